"""Issue #5, session 8 (E11): a headline that ends ``..., <source> <cue>`` attributes the words
before the comma to that source, although a parser reads the headline's verbs as nouns.
Headline from English Wikinews (CC BY 2.5), the check set's tuning half (en-wikinews-246)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

HEADLINE = (
    "11-month old baby finds illegal drugs in playground in British Columbia, Canadian police "
    "report\n\nA mother called the police in Kamloops on Sunday morning."
)


def test_attribution_en16_headline_source_after_comma():
    items = extract_attributions(load("en")(HEADLINE), load_lang("en"))
    [item] = [a for a in items if a.cue == "report"]
    assert HEADLINE[slice(*item.content_span)] == (
        "11-month old baby finds illegal drugs in playground in British Columbia"
    )
    assert HEADLINE[slice(*item.speaker_span)] == "Canadian police"
