"""The learned English attribution model: loads offline and finds attributions in real news."""

from __future__ import annotations

import pytest

from claimgraph.evaluation.gold import read_gold_jsonl, read_polnear
from claimgraph.extract.learned import (
    extract_attributions_learned,
    load_model,
    model_available,
)
from claimgraph.lang import load_lang
from claimgraph.nlp import load

pytestmark = pytest.mark.skipif(not model_available("en"), reason="no learned English model")


def _learned(text: str):
    return extract_attributions_learned(load("en")(text), load_lang("en"))


def _paragraph(text: str, start: int) -> tuple[str, int]:
    """The paragraph around character ``start`` and its offset in ``text``."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin : end if end >= 0 else len(text)], begin


def test_learned_en_model_loads_offline():
    model = load_model("en")
    assert model.meta["feature_set"]
    assert "said" in model.learned_cues
    tags = model.tagger.labels()
    assert {"B-CUE", "B-SOURCE", "B-CONTENT"} <= set(tags)


def test_learned_en_polnear_dev_indirect_speech(shared_data):
    documents = read_polnear(shared_data / "polnear" / "dev")
    doc = next(d for d in documents if d.id.startswith("breitbart_2016-09-12_stealth"))
    gold = next(a for a in doc.attributions if a.cue == "reports")
    paragraph, offset = _paragraph(doc.text, gold.content_span[0])
    found = _learned(paragraph)
    content = (gold.content_span[0] - offset, gold.content_span[1] - offset)
    hits = [a for a in found if a.content_span[0] < content[1] and content[0] < a.content_span[1]]
    assert hits, [paragraph[a.content_span[0] : a.content_span[1]] for a in found]
    att = hits[0]
    assert paragraph[att.speaker_span[0] : att.speaker_span[1]] == "The New York Post"
    assert paragraph[att.cue_span[0] : att.cue_span[1]] == "reports"


def test_learned_en_wikinews_reported_speech(shared_data):
    documents = read_gold_jsonl(shared_data / "en-attribution" / "dev.jsonl")
    doc = next(d for d in documents if d.id == "en-wikinews-6")
    gold = next(a for a in doc.attributions if a.cue == "said")
    paragraph, offset = _paragraph(doc.text, gold.content_span[0])
    found = _learned(paragraph)
    start = gold.content_span[0] - offset
    att = next(a for a in found if a.content_span[0] <= start < a.content_span[1])
    gold_speaker = paragraph[gold.speaker_span[0] - offset : gold.speaker_span[1] - offset]
    assert gold_speaker.endswith("Donald Trump")
    assert paragraph[att.speaker_span[0] : att.speaker_span[1]].endswith("Donald Trump")
    assert att.speaker == "Donald Trump"
    assert att.cue == "said"
    assert att.type == "indirect"
