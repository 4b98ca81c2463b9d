"""The held-out Dutch timex check set (bench/data/timex) rebuilds from shared data and validates."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from claimgraph.evaluation.timex import read_timex_gold
from claimgraph.settings import data_dir


@pytest.fixture(scope="module")
def builder(check_set_builder):
    return check_set_builder("timex/build_nl_check.py", "nl-news/dpg-news2019.jsonl")


@pytest.fixture(scope="module")
def records(builder):
    return builder.build()


def _record(records: list[dict], record_id: str) -> dict:
    return copy.deepcopy(next(r for r in records if r["id"] == record_id))


def test_rebuilt_set_is_valid_and_has_the_documented_counts(builder, records):
    assert builder.validate(records) == []
    counts = Counter(t["type"] for r in records for t in r["timexes"])
    assert len(records) == 10 and counts == {"DATE": 76, "DURATION": 13, "TIME": 8}


def test_records_read_as_timex_gold_in_the_dev_layout(builder, records, tmp_path):
    dev = data_dir() / "timex" / "nl" / "dev.jsonl"
    dev_keys = list(json.loads(dev.read_text(encoding="utf-8").splitlines()[0]))
    assert all(list(r) == dev_keys for r in records)
    path = tmp_path / "check.jsonl"
    path.write_text(builder.to_jsonl(records), encoding="utf-8")
    documents = read_timex_gold(path)
    assert [t.text for t in documents[2].timexes][:2] == ["gistermiddag", "nu"]
    assert all(d.text[slice(*t.span)] == t.text for d in documents for t in d.timexes)


def test_validator_reports_span_shape_overlap_and_missing_candidate(builder, records):
    record = _record(records, "nl-dpg-10801124")
    timexes = record["timexes"]
    timexes[0]["span"][1] += 1  # "gistermiddag" -> "gistermiddag "
    timexes[1]["value"] = "now"
    timexes[3]["span"] = [timexes[2]["span"][0] + 2, timexes[3]["span"][1]]
    timexes[3]["text"] = record["text"][slice(*timexes[3]["span"])]
    del timexes[-1]  # "vier jaar" becomes an uncovered candidate
    problems = " | ".join(builder.validate([record]))
    assert "timex 'gistermiddag' 239-252: span does not cover its text" in problems
    assert "value 'now' is not a DATE value" in problems
    assert "overlaps the previous timex" in problems
    assert "candidate 'vier jaar'" in problems


def test_arithmetic_check_catches_wrong_deictic_weekday_and_offset_values(builder, records):
    record = _record(records, "nl-dpg-10748045")  # Tuesday 2019-03-26
    by_text = {t["text"]: t for t in record["timexes"]}
    words = builder.load_words()
    assert builder.arithmetic_problems(record, words) == []
    by_text["Gisteren"]["value"] = "2019-03-24"
    by_text["over twee weken"]["value"] = "2019-W14"
    by_text["juni 1967"]["value"] = "1967-07"
    problems = " | ".join(builder.arithmetic_problems(record, words))
    assert "gisteren should be 2019-03-25" in problems
    assert "offset should be 2019-W15" in problems
    assert "month 6 not in the value" in problems
    sunday = _record(records, "nl-dpg-10746918")
    sunday["timexes"][0]["value"] = "2019-03-23"  # "zondag" moved to a Saturday
    assert any("not a zondag" in p for p in builder.arithmetic_problems(sunday, words))


def test_locate_needs_an_occurrence_index_for_repeated_strings(builder, records):
    text = _record(records, "nl-dpg-10776301")["text"]
    with pytest.raises(ValueError, match="occurs 2 times"):
        builder.locate(text, "1995", None)
    start, end = builder.locate(text, "1995", 2)
    assert text[start:end] == "1995" and text[start - 3 : start] == "in "
    start, end = builder.locate(text, "[2014]Juichpak", None)
    assert text[start:end] == "2014" and text[end:].startswith("Juichpak")
