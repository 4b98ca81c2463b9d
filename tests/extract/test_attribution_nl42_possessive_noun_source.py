"""Dutch attribution, eleventh session round 3 (N23, issue #5): a possessive pronoun before a
nominal cue (``hun claim dat ...``) stands for the subject of the noun's clause when the clause's
finite verb agrees with it in number (ANNOTATION.md: nominal cues with a source and a content).
Excerpt of a DPG article from nl-attribution train (nl-dpg-10801749); the second text is the same
sentence with a singular subject, which ``hun`` cannot stand for."""

from __future__ import annotations

import claimgraph

CLAIM = (
    "Vorige maand leden de Verenigde Staten een gevoelige nederlaag bij de WTO toen die bepaalde "
    "dat belastingvoordeel aan Boeing nooit is stopgezet. Daar staat tegenover dat de Verenigde "
    "Staten eerder gelijk kregen in hun claim dat er miljarden aan subsidies aan Airbus waren "
    "verstrekt, waar het land tegenheffingen voor mag instellen."
)

CONTENT = "er miljarden aan subsidies aan Airbus waren verstrekt"


def _claim_items(text: str) -> list:
    doc = claimgraph.analyze(text, lang="nl")
    start = text.index(CONTENT)
    return [a for a in doc.attributions if a.content_span[0] <= start < a.content_span[1]]


def test_plural_possessive_before_a_noun_cue_is_the_clause_subject():
    [item] = _claim_items(CLAIM)
    assert CLAIM[slice(*item.content_span)] == CONTENT
    assert item.speaker == "Verenigde Staten"
    assert item.cue == "claim"


def test_possessive_that_disagrees_with_the_subject_is_no_source():
    text = CLAIM.replace("de Verenigde Staten eerder gelijk kregen", "de WTO eerder gelijk gaf")
    assert not [a for a in _claim_items(text) if a.speaker == "WTO"]
