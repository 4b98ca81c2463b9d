"""The seeded English check sets (bench/data/attribution, --set 2, 3, 4) rebuild and follow their rule."""

from __future__ import annotations

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.settings import data_dir

# Attributions per seeded set, as committed (the sets are blind: fixed once annotated).
ATTRIBUTIONS = {2: 101, 3: 96, 4: 94}


@pytest.fixture(scope="module")
def builder(check_set_builder):
    return check_set_builder("attribution/build_en_check.py", "en-news/wikinews")


@pytest.fixture(scope="module", params=sorted(ATTRIBUTIONS))
def check_set(request):
    return request.param


@pytest.fixture(scope="module")
def records(builder, check_set):
    return builder.build(check_set=check_set)


def test_seeded_set_files_equal_a_fresh_build(builder, check_set, records):
    files = builder.outputs(records, check_set)
    assert builder.CHECK_SETS[check_set][1] in files
    assert all(path.read_text(encoding="utf-8") == text for path, text in files.items())


def test_seeded_set_is_its_selection_disjoint_from_dev_and_earlier_sets(
    builder, check_set, records
):
    rows = builder.wikinews_rows(data_dir())
    reserved = builder.reserved_numbers(data_dir(), check_set, earlier_only=True)
    numbers = [record["corpus_index"] for record in records]
    assert numbers == builder.seeded_selection(rows, reserved, check_set)
    for earlier in range(1, check_set):
        source = builder.CHECK_SETS[earlier][0]
        assert {article.n for article in builder.parse_annotations(source)} <= reserved
    assert builder.dev_numbers(data_dir()) <= reserved
    others = builder.reserved_numbers(data_dir(), check_set)
    assert len(numbers) == 10 and not set(numbers) & others and all(n % 2 == 0 for n in numbers)


def test_seeded_set_reads_as_gold_and_rejects_a_set_one_article(builder, check_set, records):
    documents = read_gold_jsonl(builder.CHECK_SETS[check_set][1])
    assert sum(len(d.attributions) for d in documents) == ATTRIBUTIONS[check_set]
    rows = builder.wikinews_rows(data_dir())
    reused = builder.build(check_set=1)[:1]
    problems = builder.validate(reused, rows, builder.reserved_numbers(data_dir(), check_set))
    assert any("outside dev and other sets" in p for p in problems)


def test_third_set_fills_the_short_year_from_the_other_one(builder):
    rows = builder.wikinews_rows(data_dir())
    reserved = builder.reserved_numbers(data_dir(), 3, earlier_only=True)
    numbers = builder.seeded_selection(rows, reserved, 3)
    years = [rows[n]["date"][:4] for n in numbers]
    assert years.count("2020") == 2 and years.count("2019") == 8


def test_fourth_set_lowers_the_reporting_word_minimum_to_fill_both_years(builder):
    rows = builder.wikinews_rows(data_dir())
    reserved = builder.reserved_numbers(data_dir(), 4, earlier_only=True)
    numbers = builder.seeded_selection(rows, reserved, 4)
    years = [rows[n]["date"][:4] for n in numbers]
    assert years == ["2019"] * 5 + ["2020"] * 5
    words = [len(builder.REPORTING_WORD.findall(builder.article_text(rows[n]))) for n in numbers]
    assert min(words[:5]) >= builder.MIN_REPORTING_WORDS
    assert min(words[5:]) == 2 < builder.MIN_REPORTING_WORDS


def test_fourth_set_halves_alternate_in_selection_order(builder):
    records = builder.build(check_set=4)
    halves = builder.halves(records)
    numbers = [[record["corpus_index"] for record in halves[half]] for half in builder.HALVES]
    assert numbers == [[140, 34, 144, 190, 172], [164, 96, 220, 234, 188]]
    assert sorted(numbers[0] + numbers[1]) == sorted(r["corpus_index"] for r in records)
    assert set(builder.outputs(records, 2)) == {builder.CHECK_SETS[2][1]}
