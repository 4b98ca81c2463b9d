"""Issue #5, cue coverage: inflections of listed English cue verbs that the lexicon lacked
(``train/en_cue_coverage.py`` part a). Participles take the object after them as content, never
as an inverted speaker. Sentences from PolNeAR train."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _items(text: str, cue: str):
    return [a for a in extract_attributions(load("en")(text), load_lang("en")) if a.cue == cue]


def _content(text: str, cue: str) -> str:
    (item,) = _items(text, cue)
    return text[slice(*item.content_span)]


def test_attribution_en_cue_paradigms_implying_hedges():
    text = (
        "He concluded by implying that some government-provided insurance would be necessary "
        "for providing those most vulnerable people with health care."
    )
    (item,) = _items(text, "implying")
    assert text[slice(*item.content_span)].startswith("some government-provided insurance")
    assert item.speaker == "He" and item.stance == "speculate"


def test_attribution_en_cue_paradigms_emphasizing_takes_its_object():
    text = (
        "Instead, he is emphasizing his strong third-place finish in last week’s Iowa caucus, "
        "asserting that he has a chance to do equally as well in New Hampshire."
    )
    assert (
        _content(text, "emphasizing") == "his strong third-place finish in last week’s Iowa caucus"
    )


def test_attribution_en_cue_paradigms_believing_participle():
    text = (
        "Sanders supporters have long called for her ouster, believing she was tipping the "
        "scales toward Clinton in the primary."
    )
    (item,) = _items(text, "believing")
    assert (
        text[slice(*item.content_span)]
        == "she was tipping the scales toward Clinton in the primary"
    )
    assert item.stance == "assert"
