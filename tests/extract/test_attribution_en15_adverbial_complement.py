"""Issue #5, session 7 (E10): after a cue, a prepositional phrase is an adverbial; where the parse
finds no clausal complement, the content opens after the complementizer that follows it (``said
in a financial filing to the U.S. Securities and Exchange Commission that X``). A sentence from
English Wikinews (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

FILING = (
    "Ford said in a financial filing to the U.S. Securities and Exchange Commission that the "
    "criminal investigation started on some unspecified date after Ford voluntarily disclosed "
    "the matter to the federal government on February 21."
)


def test_attribution_en15_content_opens_after_adverbial_and_complementizer():
    items = extract_attributions(load("en")(FILING), load_lang("en"))
    [said] = [a for a in items if a.cue == "said"]
    assert FILING[slice(*said.content_span)].startswith("the criminal investigation started")
