"""Dutch attribution, eleventh session round 3 (N23, issue #5): the participle of a reflexive
prepositional cue (``zich had uitgesproken tegen``, ANNOTATION.md rule 7) in a sentence that opens
with an adverbial clause (``Nadat ...,``): the subordinator and the focus particle are no part of
the speaker, and the content stops at the comma that closes the clause, before the main clause.
Excerpt of a DPG article from nl-attribution train (nl-dpg-10744630)."""

from __future__ import annotations

import claimgraph

COUP = (
    "Maar met een oplossing voor de brexitchaos nog geen millimeter naderbij, blijft Mays positie "
    "uiterst wankel. Nadat ook minister van Financiën Philip Hammond zich had uitgesproken tegen "
    "het afzetten van May, leek de coup even afgewend."
)


def test_reflexive_participle_cue_in_a_fronted_clause():
    doc = claimgraph.analyze(COUP, lang="nl")
    [item] = [a for a in doc.attributions if a.cue and "uitgesproken" in a.cue]
    assert COUP[slice(*item.content_span)] == "tegen het afzetten van May"
    assert COUP[slice(*item.speaker_span)] == "minister van Financiën Philip Hammond"
    assert item.speaker == "Philip Hammond"
    assert item.stance == "assert"
