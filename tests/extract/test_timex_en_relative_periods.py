"""English relative periods whose TIMEX3 value follows the clear majority of the TempEval-3 gold
(tenth session of issue #7): "the 1988 quarter" in a results report, "the past year", "last
February" read on March 1. Sentences and values are TimeBank's."""

from __future__ import annotations

import pytest

from claimgraph.extract.timex import extract_timexes


def _values(text: str, anchor: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, "en", anchor)]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # wsj_0585: a year before the reporting quarter is a quarter, not the whole year
            "The company said its third-quarter earnings will probably be lower than the 16"
            " cents a share it reported last year. Kirschner earned $376,000 on revenue of"
            " $14.5 million in the 1988 quarter.",
            "1989-10-30",
            [
                ("third-quarter", "DATE", "1989-Q3"),
                ("last year", "DATE", "1988"),
                ("the 1988 quarter", "DATE", "1988-Q3"),
            ],
        ),
        (  # wsj_0292
            "The quarter-to-quarter comparison was also enhanced by charges taken in the"
            " year-earlier period. In the 1989 period also, interest expense was lower.",
            "1989-11-01",
            [
                ("the year-earlier period", "DATE", "1988-Q3"),
                ("the 1989 period", "DATE", "1989-Q3"),
            ],
        ),
        (  # fiscal years stay years
            "The company earned $12 million in fiscal 1988.",
            "1989-11-01",
            [("fiscal 1988", "DATE", "1988")],
        ),
        (  # VOA19980303.1600.2745: "the past year" is last year, like "last year"
            "A new report says there has been a dramatic rise in the growth of hate groups in"
            " the United States over the past year.",
            "1998-03-03",
            [("the past year", "DATE", "1997")],
        ),
        (  # some years, and the year ahead, stay durations
            "Hate groups grew over the past two years and may grow in the next year.",
            "1998-03-03",
            [("the past two years", "DURATION", "P2Y"), ("the next year", "DURATION", "P1Y")],
        ),
        (  # APW19980301.0720: the February just ended would be "last month"
            "In addition, 73 soldiers were killed en route to Lebanon when two military"
            " helicopters crashed last February.",
            "1998-03-01T14:11:00",
            [("last February", "DATE", "1997-02")],
        ),
        (  # wsj_0938: an earlier month of this year stays this year's
            "Last April, the company sold its stake.",
            "1989-10-26",
            [("Last April", "DATE", "1989-04")],
        ),
    ],
)
def test_relative_period_values(sentence: str, anchor: str, expected: list) -> None:
    assert _values(sentence, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # wsj_0924: a fiscal quarter named, the year-ago figures are for the same quarter
            "Dominion Textile posted net income of 4.7 million Canadian dollars for the"
            " fiscal-first quarter ended Sept. 30. The company had a net loss of C$2.3 million,"
            " or 14 Canadian cents a share, a year ago.",
            [
                ("the fiscal-first quarter", "DATE", "1989-Q1"),
                ("Sept. 30", "DATE", "1989-09-30"),
                ("a year ago", "DATE", "1988-Q1"),
            ],
        ),
        (  # wsj_0928
            "Sun said it earned $5.2 million in the fiscal first quarter. Sun reported sales of"
            " $538.5 million for the quarter, up 39% from a year earlier. In the 1988 period,"
            " the company earned $20.6 million.",
            [
                ("the fiscal first quarter", "DATE", "1989-Q1"),
                ("the quarter", "DATE", "1989-Q1"),
                ("a year earlier", "DATE", "1988-Q1"),
                ("the 1988 period", "DATE", "1988-Q1"),
            ],
        ),
        (  # wsj_1011: a calendar quarter named after it is counted from again
            "Delta posted a loss for the fiscal first quarter. America West posted third-quarter"
            " net of $102 million, up from $100 million a year earlier.",
            [
                ("the fiscal first quarter", "DATE", "1989-Q1"),
                ("third-quarter", "DATE", "1989-Q3"),
                ("a year earlier", "DATE", "1988-Q3"),
            ],
        ),
        (  # wsj_0781: without a fiscal quarter, the calendar quarter that ended last
            "Unisys, whose revenue inched up 3.7% in the quarter to $2.35 billion, expects a"
            " fourth-quarter loss.",
            [("the quarter", "DATE", "1989-Q3"), ("fourth-quarter", "DATE", "1989-Q4")],
        ),
    ],
)
def test_fiscal_quarter_numbering(sentence: str, expected: list) -> None:
    assert _values(sentence, "1989-10-26") == expected


def test_year_ago_reporting_periods_are_one_expression() -> None:
    # wsj_0344 and wsj_1013: the period and "a year ago"/"last year" after it are one quarter
    text = (
        "Net income was $1.8 million for the corresponding period last year. U.K. sales for"
        " last year's quarter were about $3 million. For the quarter a year ago, Columbia"
        " reported earnings."
    )
    assert [(t.text, t.value) for t in extract_timexes(text, "en", "1989-11-01")] == [
        ("the corresponding period last year", "1988-Q3"),
        ("last year's quarter", "1988-Q3"),
        ("the quarter a year ago", "1988-Q3"),
    ]


def test_the_week_leaves_its_number_open() -> None:
    # wsj_0585 and wsj_0586: TE3 writes "the week" as a week of the year, which one open
    # (1989-WXX in all four golds); "this week" and "last week" keep their week numbers
    text = (
        "The Nasdaq Composite Index tumbled 5.39 on Friday. For the week, the index dropped 3.8%."
        " Volume was up from Thursday and the week's most active session, after the gains"
        " these issues made this week."
    )
    assert [(t.text, t.value) for t in extract_timexes(text, "en", "1989-10-30")] == [
        ("Friday", "1989-10-27"),
        ("the week", "1989-WXX"),
        ("Thursday", "1989-10-26"),
        ("the week", "1989-WXX"),
        ("this week", "1989-W44"),
    ]
