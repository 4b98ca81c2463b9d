"""The held-out Dutch attribution check sets (bench/data/attribution) rebuild and validate."""

from __future__ import annotations

import copy
import json
from collections import Counter

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.settings import data_dir


@pytest.fixture(scope="module")
def builder(check_set_builder):
    return check_set_builder("attribution/build_nl_check.py", "nl-news/dpg-news2019.jsonl")


@pytest.fixture(scope="module")
def records(builder):
    return builder.build()


@pytest.fixture(scope="module")
def records_2(builder):
    return builder.build(check=builder.SET_2)


@pytest.fixture(scope="module")
def records_3(builder):
    return builder.build(check=builder.SET_3)


@pytest.fixture(scope="module")
def records_4(builder):
    return builder.build(check=builder.SET_4)


def test_rebuilt_set_is_valid_and_has_the_documented_counts(builder, records):
    assert builder.validate(records) == []
    items = [a for r in records for a in r["attributions"]]
    assert len(records) == 10 and len(items) == 130
    assert Counter(a["stance"] for a in items) == {
        "assert": 120,
        "deny": 5,
        "speculate": 4,
        "doubt": 1,
    }


def test_records_follow_the_dev_layout_and_read_as_gold(builder, records, tmp_path):
    dev = data_dir() / "nl-attribution" / "dev.jsonl"
    first = json.loads(dev.read_text(encoding="utf-8").splitlines()[1])
    dev_keys = [k for k in first if k not in ("corpus_index", "dpg_id")]
    assert all(list(r) == dev_keys for r in records)
    assert all(
        list(a) == list(first["attributions"][0]) for r in records for a in r["attributions"]
    )
    path = tmp_path / "check.jsonl"
    path.write_text(builder.to_jsonl(records), encoding="utf-8")
    documents = read_gold_jsonl(path)
    first_item = documents[0].attributions[0]
    assert documents[0].text[slice(*first_item.speaker_span)] == "omroep ARD"
    assert first_item.cue == "aldus"


def test_halves_split_the_ten_articles_five_and_five(builder, records):
    parts = builder.halves(records)
    assert [len(parts["read"]), len(parts["blind"])] == [5, 5]
    read_ids = {r["id"] for r in parts["read"]}
    assert read_ids.isdisjoint(r["id"] for r in parts["blind"])
    assert builder.split_halves([r["id"] for r in records]) == {
        r["id"]: "read" if r["id"] in read_ids else "blind" for r in records
    }


def test_selection_avoids_every_gold_text(builder, records):
    gold = builder.gold_texts(data_dir())
    assert not {r["id"] for r in records} & (set(gold) | builder.timex_check_ids())
    assert all("column" not in r["title"].lower() for r in records)


def test_validator_reports_broken_spans_labels_and_duplicates(builder, records):
    broken = copy.deepcopy(records[:1])
    items = broken[0]["attributions"]
    items[0]["content_span"] = [10, 10**6]
    items[1]["stance"] = "believe"
    items[2]["cue_span"] = list(items[2]["content_span"])
    items.append(copy.deepcopy(items[3]))
    problems = "\n".join(builder.validate(broken))
    assert "content_span [10, 1000000] empty or outside the text" in problems
    assert "stance 'believe'" in problems
    assert "cue_span overlaps the content span" in problems
    assert "duplicate (content, speaker) pair" in problems
    assert "!= selection rule" in problems


# --------------------------------------------------------------------------- set 2 (session 10)


def test_second_set_is_valid_and_has_the_documented_counts(builder, records_2):
    assert builder.validate(records_2, check=builder.SET_2) == []
    items = [a for r in records_2 for a in r["attributions"]]
    assert len(records_2) == 10 and len(items) == 158
    assert Counter(a["stance"] for a in items) == {
        "assert": 141,
        "speculate": 10,
        "deny": 6,
        "doubt": 1,
    }
    parts = builder.halves(records_2, builder.SET_2)
    assert [len(parts["read"]), len(parts["blind"])] == [5, 5]


def test_second_set_avoids_the_first_and_reads_as_gold(builder, records, records_2, tmp_path):
    assert not {r["id"] for r in records} & {r["id"] for r in records_2}
    assert builder.select_articles(data_dir()) == [r["id"] for r in records]
    path = tmp_path / "check2.jsonl"
    path.write_text(builder.to_jsonl(records_2), encoding="utf-8")
    item = read_gold_jsonl(path)[0].attributions[1]
    assert read_gold_jsonl(path)[0].text[slice(*item.speaker_span)] == "AIVD-baas Dick Schoof"
    assert (item.cue, item.stance) == ("stelt", "speculate")


def test_validator_checks_the_second_set_against_its_own_rule(builder, records):
    problems = "\n".join(builder.validate(records, check=builder.SET_2))
    assert "!= selection rule" in problems
    assert f"{records[0]['id']}: also in a gold or timex check set" in problems


# --------------------------------------------------------------------------- set 3 (session 12)


def test_third_set_is_valid_and_has_the_documented_counts(builder, records_3):
    assert builder.validate(records_3, check=builder.SET_3) == []
    items = [a for r in records_3 for a in r["attributions"]]
    assert len(records_3) == 10 and len(items) == 137
    assert Counter(a["stance"] for a in items) == {
        "assert": 126,
        "speculate": 7,
        "deny": 3,
        "doubt": 1,
    }
    parts = builder.halves(records_3, builder.SET_3)
    assert [len(parts["read"]), len(parts["blind"])] == [5, 5]
    assert builder.split_halves([r["id"] for r in records_3], builder.SET_3.seed) == {
        r["id"]: half for half, part in parts.items() for r in part
    }


def test_third_set_avoids_the_earlier_sets_and_reads_as_gold(
    builder, records, records_2, records_3, tmp_path
):
    ids = {r["id"] for r in records_3}
    assert not ids & {r["id"] for r in records} and not ids & {r["id"] for r in records_2}
    path = tmp_path / "check3.jsonl"
    path.write_text(builder.to_jsonl(records_3), encoding="utf-8")
    document = read_gold_jsonl(path)[0]
    item = document.attributions[0]
    assert document.text[slice(*item.speaker_span)] == "de Amsterdamse recherchechef Olivier Dutilh"
    assert (item.speaker, item.cue, item.type) == ("Olivier Dutilh", "zegt", "direct")


def test_validator_checks_the_third_set_against_its_own_rule(builder, records_2):
    problems = "\n".join(builder.validate(records_2, check=builder.SET_3))
    assert "!= selection rule" in problems
    assert f"{records_2[0]['id']}: also in a gold or timex check set" in problems


# --------------------------------------------------------------------------- set 4 (session 13)


def test_fourth_set_is_valid_and_has_the_documented_counts(builder, records_4):
    assert builder.validate(records_4, check=builder.SET_4) == []
    items = [a for r in records_4 for a in r["attributions"]]
    assert len(records_4) == 10 and len(items) == 126
    assert Counter(a["stance"] for a in items) == {
        "assert": 117,
        "deny": 3,
        "speculate": 3,
        "doubt": 3,
    }
    parts = builder.halves(records_4, builder.SET_4)
    assert [len(parts["read"]), len(parts["blind"])] == [5, 5]
    assert [sum(len(r["attributions"]) for r in parts[half]) for half in ("read", "blind")] == [
        62,
        64,
    ]
    assert builder.split_halves([r["id"] for r in records_4], builder.SET_4.seed) == {
        r["id"]: half for half, part in parts.items() for r in part
    }


def test_fourth_set_avoids_the_earlier_sets_and_reads_as_gold(
    builder, records, records_2, records_3, records_4, tmp_path
):
    ids = {r["id"] for r in records_4}
    for earlier in (records, records_2, records_3):
        assert not ids & {r["id"] for r in earlier}
    path = tmp_path / "check4.jsonl"
    path.write_text(builder.to_jsonl(records_4), encoding="utf-8")
    document = read_gold_jsonl(path)[0]
    item = document.attributions[0]
    assert document.text[slice(*item.speaker_span)] == "Demonstrante"
    assert (item.speaker, item.cue, item.type) == ("Mila van den B.", "vond", "indirect")


def test_validator_checks_the_fourth_set_against_its_own_rule(builder, records_3):
    problems = "\n".join(builder.validate(records_3, check=builder.SET_4))
    assert "!= selection rule" in problems
    assert f"{records_3[0]['id']}: also in a gold or timex check set" in problems
