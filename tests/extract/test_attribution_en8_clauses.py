"""English content boundaries (issue #5, round 8) on real PolNeAR train paragraphs: a quote
that ends a paraphrase makes the whole clause the content, and a content stops before a
participle cue of its own (", saying ...")."""

from __future__ import annotations

from claimgraph.model import Attribution
from claimgraph.pipeline import analyze


def _item(text: str, cue: str) -> tuple[Attribution, str]:
    doc = analyze(text, lang="en")
    item = next(a for a in doc.attributions if a.cue == cue)
    return item, doc.surface(item.content_span)


def test_attribution_en8_quote_ending_a_paraphrase_is_mixed(polnear_paragraph):
    text = polnear_paragraph(
        "breitbart_2016-02-20_the-latest-hillary-clinton-tells", "She says her"
    )
    item, content = _item(text, "says")
    assert content == "her husband will “be the best president.”"
    assert item.type == "mixed"


def test_attribution_en8_content_stops_before_a_participle_cue(polnear_paragraph):
    text = polnear_paragraph(
        "breitbart_2016-02-08_the-latest-nh-towns-cast-first-v", "sexist attacks"
    )
    _, content = _item(text, "denounced")
    assert content == "supporters that level sexist attacks"
    _, said = _item(text, "saying")
    assert said.startswith("his campaign doesn’t want")
