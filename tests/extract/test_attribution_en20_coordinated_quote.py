"""Issue #5, session 9 (E16): a second quotation joined by ``and`` to a cue's quoted content
(``said on Friday "A" and "B"``) is a second item of the same speaker and cue. Sentence from
English Wikinews 6 (en dev), CC BY 2.5."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

SCHUMER = (
    'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the president '
    'once again: don\'t hold hundreds of thousands of federal workers hostage" and "So we told '
    'the president we needed the government open. He resisted."'
)


def test_attribution_en20_quote_after_and_is_a_second_item():
    items = extract_attributions(load("en")(SCHUMER), load_lang("en"))
    said = [a for a in items if a.cue == "said"]
    assert [SCHUMER[slice(*a.content_span)][:22] for a in said] == [
        "We made a plea to the ",
        "So we told the preside",
    ]
    assert {a.type for a in said} == {"direct"}
    assert len({a.speaker_span for a in said}) == 1
