"""The English timex check set (bench/data/timex, Wikinews) rebuilds from its annotation and the
shared corpus, follows its selection rule, validates, and matches the committed JSONL files."""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from claimgraph.evaluation.timex import read_timex_gold


@pytest.fixture(scope="module")
def builder(check_set_builder):
    return check_set_builder("timex/build_en_check.py", "en-news/wikinews/wikinews_2019.csv")


@pytest.fixture(scope="module")
def built(builder):
    return builder.build()


def test_en_check_set_is_valid_with_the_documented_counts(builder, built):
    records, skips = built
    assert builder.validate(records, skips) == []
    counts = Counter(t["type"] for r in records for t in r["timexes"])
    assert counts == {"DATE": 103, "TIME": 12, "DURATION": 13, "SET": 1}
    halves = builder.halves(records)
    assert [len(h) for h in halves.values()] == [6, 6]
    assert sum(len(r["timexes"]) for r in halves["read"]) == 64


def test_en_check_set_files_are_the_built_records(builder, built):
    records, _ = built
    assert builder.OUTPUT.read_text(encoding="utf-8") == builder.to_jsonl(records)
    documents = read_timex_gold(builder.HALVES["blind"])
    assert [d.id for d in documents] == [r["id"] for r in records[1::2]]
    assert all(d.text[slice(*t.span)] == t.text for d in documents for t in d.timexes)


def test_en_check_validator_reports_uncovered_candidate_and_bad_value(builder, built):
    records, skips = built
    record = copy.deepcopy(records[0])  # en-wikinews-79
    dropped = record["timexes"].pop(0)  # the dateline "Monday, August 5, 2019"
    record["timexes"][0]["value"] = "July"
    problems = builder._record_problems(record, skips[record["id"]])
    assert any("'Monday'" in p and "neither annotated nor skipped" in p for p in problems)
    assert any("bad type/value DATE July" in p for p in problems)
    assert dropped["text"] == "Monday, August 5, 2019"
