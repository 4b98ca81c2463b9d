"""Reading TIMEX3 gold and scoring predictions against it."""

import re

import pytest

from claimgraph.errors import InputError
from claimgraph.evaluation.timex import (
    evaluate_timex_file,
    read_tempeval,
    read_timex_gold,
    score_timexes,
    value_matches,
)
from claimgraph.model import Document, Timex
from claimgraph.settings import data_dir

TEXT = "Moskou meldde gisteren een aanval; de uitspraak volgt over twee weken."
GOLD = Document(
    text=TEXT,
    lang="nl",
    date="2019-04-11",
    timexes=[
        Timex((14, 22), "gisteren", "DATE", "2019-04-10"),
        Timex((50, 69), "over twee weken", "DATE", "2019-W17"),
    ],
)


def test_timex_score_perfect_prediction() -> None:
    scores = score_timexes([GOLD], [GOLD.timexes])
    assert scores["lenient"] == scores["strict"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["type_accuracy"] == scores["value_accuracy"] == 1.0


def test_timex_score_overlap_counts_only_leniently() -> None:
    pred = [
        Timex((14, 22), "gisteren", "DATE", "2019-04-09"),  # wrong day
        Timex((55, 69), "twee weken", "DURATION", "P2W"),  # overlapping, other type
        Timex((0, 6), "Moskou", "DATE", "XXXX"),  # spurious
    ]
    scores = score_timexes([GOLD], [pred])
    assert scores["lenient"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8}
    assert scores["strict"] == {"precision": 0.3333, "recall": 0.5, "f1": 0.4}
    assert scores["type_accuracy"] == 0.5
    assert scores["value_accuracy"] == 0.0


def test_timex_value_matching_conventions() -> None:
    assert value_matches("2019-W17", "2019-04-25")  # a day inside the gold ISO week
    assert not value_matches("2019-W17", "2019-04-29")
    assert value_matches("198X", "198") and value_matches("1982-XX", "1982")
    assert not value_matches("XXXX-WXX-2", "XXXX")


def test_timex_one_digit_week_is_the_same_week() -> None:
    # AQUAINT (APW20000107.0318) writes "this week" as 2000-W6; ISO 8601 pads it to 2000-W06.
    assert value_matches("2000-W6", "2000-W06") and value_matches("2000-W06", "2000-W6")
    assert value_matches("2000-W6", "2000-02-09")  # a day of that week
    assert not value_matches("2000-W6", "2000-W16") and not value_matches("2000-W7", "2000-W05")


def test_timex_durations_in_calendar_units_of_the_same_length_match() -> None:
    # TimeBank: "almost two decades" (NYT19980206.0460) is gold P20Y, "about a decade" P1E;
    # "the next three quarters" (wsj_0176) is gold P9M, "every quarter" P1Q.
    assert value_matches("P20Y", "P2E") and value_matches("P1E", "P10Y")
    assert value_matches("P9M", "P3Q") and value_matches("P100Y", "P1C")
    assert value_matches("P18M", "P1Y6M")
    assert not value_matches("P20Y", "P3E") and not value_matches("P9M", "P2Q")
    assert not value_matches("PT3M", "P3M")  # minutes are not months
    assert not value_matches("PXM", "PXQ") and not value_matches("P1W", "P7M")


def test_timex_score_needs_aligned_documents() -> None:
    with pytest.raises(InputError):
        score_timexes([GOLD], [])


def _dutch_gold():
    path = data_dir() / "timex" / "nl" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("Dutch timex gold not available")
    return path


def test_timex_read_dutch_gold() -> None:
    docs = read_timex_gold(_dutch_gold())
    assert len(docs) == 12 and sum(len(d.timexes) for d in docs) == 122
    for doc in docs:
        assert doc.lang == "nl" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date)
        assert all(doc.text[t.span[0] : t.span[1]] == t.text for t in doc.timexes)


def test_timex_read_tempeval_file() -> None:
    path = data_dir() / "timex" / "en" / "train" / "TimeBank" / "ABC19980108.1830.0711.tml"
    if not path.is_file():
        pytest.skip("TempEval-3 data not available")
    (doc,) = read_tempeval(path)
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") : raw.index("</TEXT>")]
    assert doc.date == "1998-01-08" and doc.lang == "en"
    assert [t.text for t in doc.timexes] == re.findall(r"<TIMEX3[^>]*>([^<]*)</TIMEX3>", body)
    assert doc.timexes[0].type == "DURATION" and doc.timexes[0].value == "P1W"
    assert all(doc.text[t.span[0] : t.span[1]] == t.text for t in doc.timexes)


def test_timex_read_gold_reports_bad_input(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        read_timex_gold(bad)
    with pytest.raises(InputError, match="no such"):
        read_timex_gold(tmp_path / "missing.jsonl")


def test_timex_dutch_dev_meets_targets() -> None:
    scores = evaluate_timex_file(_dutch_gold())
    assert scores["documents"] == 12
    assert scores["lenient"]["f1"] >= 0.9
    assert scores["value_accuracy"] >= 0.9
