"""The held-out English check set (bench/data/attribution) rebuilds from its source and validates."""

from __future__ import annotations

import copy

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.settings import data_dir


@pytest.fixture(scope="module")
def builder(check_set_builder):
    return check_set_builder("attribution/build_en_check.py", "en-news/wikinews")


@pytest.fixture(scope="module")
def records(builder):
    return builder.build()


def test_committed_file_equals_a_fresh_build(builder, records):
    assert builder.OUTPUT.read_text(encoding="utf-8") == builder.to_jsonl(records)


def test_every_span_covers_its_annotated_substring(builder, records):
    articles = builder.parse_annotations()
    assert [a.n for a in articles] == [r["corpus_index"] for r in records]
    for article, record in zip(articles, records, strict=True):
        text = record["text"]
        for item, gold in zip(article.items, record["attributions"], strict=True):
            content = text[slice(*gold["content_span"])]
            first, _, last = item.content.split("{")[0].partition(builder.RANGE_MARK)
            assert content.startswith(first) and content.endswith(last or first)
            if item.cue is not None:
                assert gold["cue"] == item.cue.split("{")[0]
            if item.mention is not None:
                assert text[slice(*gold["speaker_span"])] == item.mention.split("{")[0]


def test_check_set_is_disjoint_from_dev_and_test_and_reads_as_gold(builder, records):
    dev = builder.dev_numbers(data_dir())
    numbers = {record["corpus_index"] for record in records}
    assert len(numbers) == 10 and all(n % 2 == 0 for n in numbers) and not numbers & dev
    documents = read_gold_jsonl(builder.OUTPUT)
    assert sum(len(d.attributions) for d in documents) == 125
    assert {a.stance for d in documents for a in d.attributions} == {
        "assert",
        "deny",
        "doubt",
        "speculate",
    }


def test_validator_reports_overlap_bad_label_and_duplicate(builder, records):
    rows = builder.wikinews_rows(data_dir())
    broken = copy.deepcopy(records[:1])
    items = broken[0]["attributions"]
    items[0]["cue_span"] = list(items[0]["content_span"])
    items[0]["cue"] = broken[0]["text"][slice(*items[0]["content_span"])]
    items[1]["stance"] = "maybe"
    items.append(copy.deepcopy(items[2]))
    problems = builder.validate(broken, rows, builder.dev_numbers(data_dir()))
    assert any("cue_span overlaps the content span" in p for p in problems)
    assert any("stance 'maybe'" in p for p in problems)
    assert any("duplicate (content, speaker)" in p for p in problems)
    assert builder.validate(records, rows, builder.dev_numbers(data_dir())) == []
