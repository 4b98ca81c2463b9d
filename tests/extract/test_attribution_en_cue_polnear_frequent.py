"""Issue #5, cue coverage: frequent PolNeAR train cues with a high cue precision that the English
lexicon lacked (``train/en_cue_coverage.py`` part b). Their object is the content. Sentences from
PolNeAR train."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _item(text: str, cue: str):
    (item,) = [a for a in extract_attributions(load("en")(text), load_lang("en")) if a.cue == cue]
    return item, text[slice(*item.content_span)]


def test_attribution_en_cue_polnear_pointed_to():
    text = (
        "Blackwell pointed to Cruz’s organizational capabilities, noting that he has put together "
        "“what is probably the best national ground-game campaign."
    )
    item, content = _item(text, "pointed to")
    assert item.speaker == "Blackwell" and content == "Cruz’s organizational capabilities"


def test_attribution_en_cue_polnear_referring_to():
    text = "Gross was referring to Jim Brady and his wife, Sarah, the organization’s founders."
    item, content = _item(text, "referring to")
    assert item.speaker == "Gross" and content.startswith("Jim Brady and his wife")


def test_attribution_en_cue_polnear_thanked():
    text = "Moore thanked him for “stepping up and taking action when Congress won’t."
    item, content = _item(text, "thanked")
    assert item.speaker == "Moore" and content.startswith("him for “stepping up")


def test_attribution_en_cue_polnear_complained_that():
    text = (
        "Both Blocher and the SVP have long complained that the political class does not heed "
        "the will of the people."
    )
    item, content = _item(text, "complained")
    assert content == "the political class does not heed the will of the people"
    assert item.speaker == "Blocher and the SVP" and item.act == "statement"
