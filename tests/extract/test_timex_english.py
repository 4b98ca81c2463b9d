"""English TIMEX3 rules on TempEval-3 (TimeBank) news sentences, and floors on its TimeBank part."""

import pytest

from claimgraph.extract.timex import extract_timexes
from claimgraph.settings import data_dir

TIMEBANK = data_dir() / "timex" / "en" / "train" / "TimeBank"


def _values(text: str, anchor: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, "en", anchor)]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # wsj_0781: reporting quarters are the last quarter that ended before the article
            "Unisys, whose revenue inched up 3.7% in the quarter to $2.35 billion from $2.27"
            " billion in the year-earlier quarter, had an operating loss.",
            "1989-10-30",
            [("the quarter", "DATE", "1989-Q3"), ("the year-earlier quarter", "DATE", "1988-Q3")],
        ),
        (  # "a year earlier" next to quarterly results is the year-ago quarter
            "Third-quarter profit rose 36% to $683 million from $502 million a year earlier.",
            "1989-10-26",
            [("Third-quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
        ),
        (  # "the weekend" read on a Monday is the one just past
            "Saudi Arabia's ambassador to Washington said over the weekend.",
            "1990-08-13",
            [("the weekend", "DATE", "1990-W32-WE")],
        ),
        (  # "last April" is the latest April before the anchor, not April of last year
            "Clearpointe holders, who approved the plan last April, will receive $21 in cash.",
            "1989-10-27",
            [("last April", "DATE", "1989-04")],
        ),
        (
            "In July last year in Phnom Penh, Pol Pot was tried.",
            "1998-02-19",
            [("July last year", "DATE", "1997-07")],
        ),
        (  # a clock time on a day is one TIME
            "The offer for Telerate Inc. common stock runs until 5 p.m. EST Nov. 9.",
            "1989-11-02",
            [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")],
        ),
        (  # a date close to the anchor is the nearest one, whatever the verb's tense
            "Dunkin' has set Nov. 10 as the deadline for the receipt of any bids.",
            "1989-11-02",
            [("Nov. 10", "DATE", "1989-11-10")],
        ),
        (  # wsj_0583, NYT19980206: some units up to / from now (TIDES PXY), not PAST_REF
            "As the yen soared in recent years, the market has moved; it expects to slow in"
            " coming months.",
            "1989-10-30",
            [("recent years", "DURATION", "PXY"), ("coming months", "DURATION", "PXM")],
        ),
        (
            "But the group began to fall apart in mid-1996 and hopes to close by year-end.",
            "1998-02-19",
            [("mid-1996", "DATE", "1996"), ("year-end", "DATE", "1998")],
        ),
        (
            "I think it's not going to change for a couple of years.",
            "1998-01-08",
            [("a couple of years", "DURATION", "P2Y")],
        ),
        (  # AQUAINT NYT19990505.0443: "scheduled" is a plan, not a past form
            "The U.S. attorney in Buffalo has scheduled a news conference Thursday.",
            "1999-05-05",
            [("Thursday", "DATE", "1999-05-06")],
        ),
        (  # NYT20000403.0463: the earliest date of a possible event lies ahead
            "The group might come to the U.S. as soon as Tuesday, according to reports.",
            "2000-04-03",
            [("Tuesday", "DATE", "2000-04-04")],
        ),
        (  # APW20000107.0318: "planning to" looks ahead; a bare "plan" noun does not
            "They were planning to drive around Miami International Airport on Monday."
            " The thrift announced the plan Aug. 21.",
            "2000-01-07",
            [("Monday", "DATE", "2000-01-10"), ("Aug. 21", "DATE", "1999-08-21")],
        ),
        (  # APW20000107.0088: "Wednesday's ruling" names a past event whatever "would" says
            "Relatives in Miami said they would look for ways to get around Wednesday's ruling.",
            "2000-01-07",
            [("Wednesday", "DATE", "2000-01-05")],
        ),
    ],
)
def test_timex_english_news_values(sentence: str, anchor: str, expected: list) -> None:
    assert _values(sentence, anchor) == expected


def test_timex_english_timebank_floors() -> None:
    if not TIMEBANK.is_dir():
        pytest.skip("TempEval-3 TimeBank data not available")
    from claimgraph.evaluation.timex import evaluate_timex_file

    scores = evaluate_timex_file(TIMEBANK)
    assert scores["lenient"]["f1"] >= 0.93
    assert scores["value_accuracy"] >= 0.865
