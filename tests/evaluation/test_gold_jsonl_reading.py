"""Reading our attribution gold (shared/ANNOTATION.md format)."""

from __future__ import annotations

import json

import pytest

from claimgraph.errors import InputError
from claimgraph.evaluation.gold import quote_type, quoted_mask, read_gold_jsonl


def test_gold_reads_nl_dev(nl_dev_path):
    docs = read_gold_jsonl(nl_dev_path)
    assert len(docs) == 13
    assert sum(len(d.attributions) for d in docs) == 239
    founding = next(d for d in docs if d.id == "nl-seed-kremlin-drone")
    assert founding.lang == "nl"
    zelensky = [a for a in founding.attributions if a.speaker == "Volodymyr Zelensky"]
    assert zelensky and all(a.cue_span is None or founding.surface(a.cue_span) for a in zelensky)


def test_gold_reads_en_dev(en_dev_path):
    docs = read_gold_jsonl(en_dev_path)
    assert len(docs) == 10
    assert sum(len(d.attributions) for d in docs) == 149
    assert {d.lang for d in docs} == {"en"}


def _first_line(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


def test_gold_rejects_bad_json_with_line_number(nl_dev_path, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_first_line(nl_dev_path)) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        read_gold_jsonl(bad)


def test_gold_rejects_span_outside_text(nl_dev_path, tmp_path):
    article = _first_line(nl_dev_path)
    article["attributions"][0]["content_span"] = [0, len(article["text"]) + 5]
    bad = tmp_path / "span.jsonl"
    bad.write_text(json.dumps(article), encoding="utf-8")
    with pytest.raises(InputError, match="content_span"):
        read_gold_jsonl(bad)


def test_gold_rejects_unknown_stance(nl_dev_path, tmp_path):
    article = _first_line(nl_dev_path)
    article["attributions"][0]["stance"] = "agree"
    bad = tmp_path / "stance.jsonl"
    bad.write_text(json.dumps(article), encoding="utf-8")
    with pytest.raises(InputError, match="stance"):
        read_gold_jsonl(bad)


def test_gold_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError, match=r"missing\.jsonl"):
        read_gold_jsonl(tmp_path / "missing.jsonl")


@pytest.mark.parametrize("fixture", ["nl_dev_path", "en_dev_path"])
def test_quote_type_agrees_with_annotated_type(fixture, request):
    """The quote-based type (used for PolNeAR) reproduces our annotators' type on 95%+."""
    docs = read_gold_jsonl(request.getfixturevalue(fixture))
    agree = total = 0
    for doc in docs:
        mask = quoted_mask(doc.text)
        for item in doc.attributions:
            agree += quote_type(doc.text, [item.content_span], mask) == item.type
            total += 1
    assert agree / total >= 0.95


def test_quote_type_on_founding_article(nl_dev_path):
    doc = next(d for d in read_gold_jsonl(nl_dev_path) if d.id == "nl-seed-kremlin-drone")
    start = doc.text.index("We vallen Poetin")
    end = doc.text.index("onze dorpen en steden") + len("onze dorpen en steden")
    assert quote_type(doc.text, [(start, end)]) == "direct"
    start = doc.text.index("de Russische beschuldiging")
    end = doc.text.index("moordaanslag”") + len("moordaanslag”")
    assert quote_type(doc.text, [(start, end)]) == "mixed"
    start = doc.text.index("De Oekraïense president")
    assert quote_type(doc.text, [(start, start + 40)]) == "indirect"
