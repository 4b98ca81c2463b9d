"""English content boundaries (issue #5, round 8) on real PolNeAR train paragraphs: a quote
that ends a paraphrase makes the whole clause the content, and a content stops before a
participle cue of its own (", saying ...")."""

from __future__ import annotations

import pytest

from claimgraph.model import Attribution
from claimgraph.pipeline import analyze
from claimgraph.settings import data_dir

TEXTS = data_dir() / "polnear" / "train" / "text"


def _paragraph(article: str, phrase: str) -> str:
    path = TEXTS / f"{article}.txt"
    if not path.is_file():
        pytest.skip(f"shared data not found: {path}")
    return next(p for p in path.read_text(encoding="utf-8").split("\n") if phrase in p)


def _item(text: str, cue: str) -> tuple[Attribution, str]:
    doc = analyze(text, lang="en")
    item = next(a for a in doc.attributions if a.cue == cue)
    return item, doc.surface(item.content_span)


def test_attribution_en8_quote_ending_a_paraphrase_is_mixed():
    text = _paragraph("breitbart_2016-02-20_the-latest-hillary-clinton-tells", "She says her")
    item, content = _item(text, "says")
    assert content == "her husband will “be the best president.”"
    assert item.type == "mixed"


def test_attribution_en8_content_stops_before_a_participle_cue():
    text = _paragraph("breitbart_2016-02-08_the-latest-nh-towns-cast-first-v", "sexist attacks")
    _, content = _item(text, "denounced")
    assert content == "supporters that level sexist attacks"
    _, said = _item(text, "saying")
    assert said.startswith("his campaign doesn’t want")
