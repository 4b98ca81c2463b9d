"""English rule spans on PolNeAR train sentences: the content opens at the complement, keeps
its clause subject and stays in the cue's paragraph."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


@pytest.fixture(scope="module")
def parse():
    nlp, lang = load("en"), load_lang("en")
    return lambda text: (text, extract_attributions(nlp(text), lang))


def _by_cue(found, cue: str):
    text, items = found
    item = next(a for a in items if a.cue == cue)
    return text[item.content_span[0] : item.content_span[1]], item


def test_attribution_en_content_opens_after_complementizer_past_object(parse):
    # breitbart_2016-02-20_the-latest-hillary-clinton-tells
    found = parse(
        "Wilson told The Post and Courier newspaper of Charleston on Saturday that he cast his "
        "ballot for Rubio."
    )
    content, item = _by_cue(found, "told")
    assert content == "he cast his ballot for Rubio"
    assert item.speaker == "Wilson"


def test_attribution_en_content_keeps_subject_of_complement(parse):
    # nyt_2016-05-31_trampling-latinos-sensibilities: "he" is the complement's subject
    found = parse(
        "Mr. Regalado, 69, said he had been inundated with angry email, some of it mentioning "
        "Mr. Trump by name."
    )
    content, item = _by_cue(found, "said")
    assert content.startswith("he had been inundated with angry email")
    assert item.speaker == "Regalado"


def test_attribution_en_content_stays_in_its_paragraph(parse):
    # huff-post_2016-02-07_the-latest-gop-debate-kicked-off
    found = parse(
        "The governor claimed that crime has gone down 20 percent and the prison population has "
        'gone down 10 percent.\n"This is a disease," Christie said. "It’s not a moral failing."'
    )
    content, _ = _by_cue(found, "claimed")
    assert content == (
        "crime has gone down 20 percent and the prison population has gone down 10 percent"
    )
    quote, item = _by_cue(found, "said")
    assert "\n" not in quote and item.speaker == "Christie"
