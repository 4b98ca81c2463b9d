"""Issue #5, session 8 (E11): a cue heading an adverbial clause that a subordinator opens before
the main clause reports only its own clause (``After Hewitt suggested that X, Trump contradicted
him``); an aside cue (``In between, she testified, she was ...``) keeps the clause after it.
Sentences from PolNeAR train (every 5th article, held out) and English Wikinews (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

HEWITT = (
    "After Hewitt suggested that Trump simply meant that Obama’s policies created the conditions "
    "in which ISIS could emerge, Trump contradicted him."
)
SPANTON = (
    "In between, she testified, she was gang raped by Quirin, Redouane, and an unidentified "
    "third officer."
)


def _content(text: str, cue: str) -> str:
    items = extract_attributions(load("en")(text), load_lang("en"))
    [item] = [a for a in items if a.cue == cue]
    return text[slice(*item.content_span)]


def test_attribution_en16_fronted_adverbial_clause_ends_the_content():
    assert _content(HEWITT, "suggested") == (
        "Trump simply meant that Obama’s policies created the conditions in which ISIS could emerge"
    )


def test_attribution_en16_aside_cue_keeps_the_clause_after_it():
    assert _content(SPANTON, "testified").startswith("she was gang raped")
