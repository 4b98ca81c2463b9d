"""The second English check set (bench/data/attribution, --set 2) rebuilds and follows its rule."""

from __future__ import annotations

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.settings import data_dir


@pytest.fixture(scope="module")
def builder(check_set_builder):
    return check_set_builder("attribution/build_en_check.py", "en-news/wikinews")


@pytest.fixture(scope="module")
def records(builder):
    return builder.build(check_set=2)


def test_second_set_file_equals_a_fresh_build(builder, records):
    output = builder.CHECK_SETS[2][1]
    assert output.read_text(encoding="utf-8") == builder.to_jsonl(records)


def test_second_set_is_the_seeded_selection_disjoint_from_dev_and_set_one(builder, records):
    rows = builder.wikinews_rows(data_dir())
    reserved = builder.reserved_numbers(data_dir(), 2)
    numbers = [record["corpus_index"] for record in records]
    assert numbers == builder.seeded_selection(rows, reserved)
    first_set = {article.n for article in builder.parse_annotations(builder.CHECK_SETS[1][0])}
    assert first_set <= reserved and builder.dev_numbers(data_dir()) <= reserved
    assert not set(numbers) & reserved and all(n % 2 == 0 for n in numbers)


def test_second_set_reads_as_gold_and_rejects_a_set_one_article(builder, records):
    documents = read_gold_jsonl(builder.CHECK_SETS[2][1])
    assert sum(len(d.attributions) for d in documents) == 101
    rows = builder.wikinews_rows(data_dir())
    reused = builder.build(check_set=1)[:1]
    problems = builder.validate(reused, rows, builder.reserved_numbers(data_dir(), 2))
    assert any("outside dev and other sets" in p for p in problems)
