"""English TIMEX3 value buckets fixed on TempEval-3 TimeBank: each case is a real sentence from
the corpus (document id in the comment) with its article date, and the value the resolver gives.

Where the TimeBank gold disagrees with the value asserted here, the comment says so and why.
"""

import pytest

from claimgraph.extract.timex import extract_timexes


def _values(text: str, anchor: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, "en", anchor)]


ANAPHORA = [
    (  # APW19980418.0210: counted from the last date the text gave, not from the article date
        "On May 22, 1995, Farkas was made a brigadier general, and the following year he was"
        " appointed military attache at the Hungarian embassy in Washington.",
        "1998-04-18",
        [("May 22, 1995", "DATE", "1995-05-22"), ("the following year", "DATE", "1996")],
    ),
    (  # wsj_0585: "the day" is the day just mentioned
        "Eight trading days after Oct. 12, the day before the stock market plunge, for instance,"
        " the Nasdaq Composite had fallen 4.7%.",
        "1989-10-30",
        [("Oct. 12", "DATE", "1989-10-12"), ("the day", "DATE", "1989-10-12")],
    ),
    (  # CNN19980213.2130.0155: without an earlier date, "the day" is the article's day
        "One contrary view of the issue presented itself to the president as he arrived in"
        " Philadelphia later in the day.",
        "1998-02-13",
        [("the day", "DATE", "1998-02-13")],
    ),
    (  # wsj_0786 (shortened): "the following month" after a month
        "Last March, the board rejected the offer. The following month, the company put itself"
        " up for sale.",
        "1989-10-27",
        [("Last March", "DATE", "1989-03"), ("The following month", "DATE", "1989-04")],
    ),
]

SPELLED_YEARS = [
    (  # CNN19980227.2130.0067 (broadcast transcript)
        "January nineteen ninety-seven. Atlanta again.",
        "1998-02-27",
        [("January nineteen ninety-seven", "DATE", "1997-01")],
    ),
    (  # PRI19980205.2000.1998
        "His promise to half unemployment by the year two thousand has now been abandoned.",
        "1998-02-05",
        [("the year two thousand", "DATE", "2000"), ("now", "DATE", "PRESENT_REF")],
    ),
]

DURATIONS = [
    (  # NYT19980206.0466: "the past few weeks" is a vague duration, not PAST_REF
        "For the past few weeks we've been subjected to false leaks.",
        "1998-02-06",
        [("the past few weeks", "DURATION", "PXW")],
    ),
    (  # VOA19980303.1600.2745: "over" is a preposition here, not "more than"; "the past
        # year" is a DATE like "last year" (all three TE3 golds of "the past/last <unit>" are
        # DATEs); "the past N years" stay durations
        "A dramatic rise in the growth of hate groups in the United States over the past year.",
        "1998-03-03",
        [("the past year", "DATE", "1997")],
    ),
    (  # APW19980227.0489 and ABC19980114.1830.0611: fractions as whole units plus the rest
        "They have lived in refugee camps for 2 1/2 years.",
        "1998-02-27",
        [("2 1/2 years", "DURATION", "P2Y6M")],
    ),
    (
        "But a minute and a half later, a pilot from a nearby flight calls in.",
        "1998-01-14",
        [("a minute and a half", "DURATION", "PT1M30S")],
    ),
    (  # wsj_0376: a reporting year is a duration
        "The divested Courtaulds textile operations had operating profit of #50 million on #980"
        " million in revenue in the year ended March 31.",
        "1989-10-31",
        [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")],
    ),
    (  # wsj_0520: otherwise "the year" is the article's year
        "Nashua's stock has fluctuated sharply, rising to a high for the year of $42.875 a share.",
        "1989-10-30",
        [("the year", "DATE", "1989")],
    ),
    (  # wsj_0135: "the current fiscal year" is a date
        "It expects to post sales in the current fiscal year that are slightly above fiscal 1989"
        " sales of $155 million.",
        "1989-11-02",
        [("the current fiscal year", "DATE", "1989"), ("fiscal 1989", "DATE", "1989")],
    ),
]

TENSE = [
    (  # wsj_0918: "paid" after "be" is a passive, not a past tense; "will" decides
        "The increased dividend will be paid Dec. 14 to holders of record Nov. 15.",
        "1989-10-26",
        [("Dec. 14", "DATE", "1989-12-14"), ("Nov. 15", "DATE", "1989-11-15")],
    ),
    (  # APW19980322.0749: "set to" looks ahead, though "set" alone is a past form
        "The discovery appeared to be the latest attempt to undermine the peace process, set to"
        " resume Monday in Belfast.",
        "1998-03-22",
        [("Monday", "DATE", "1998-03-23")],
    ),
    (  # wsj_0810
        "Navigation Mixte is being traded in London and is to resume trading in Paris Tuesday.",
        "1989-10-27",
        [("Tuesday", "DATE", "1989-10-31")],
    ),
]

CALENDAR = [
    (  # APW19980322.0749: a recurring month
        "Orangemen march each July from their rural church back downtown.",
        "1998-03-22",
        [("each July", "SET", "XXXX-07")],
    ),
    (  # APW19980213.1320
        "Two new flights would leave Bombay on Tuesday nights from March 30.",
        "1998-02-13",
        [("Tuesday nights", "SET", "XXXX-WXX-2TNI"), ("March 30", "DATE", "1998-03-30")],
    ),
    (  # APW19980219.0476: centuries
        "Angkor Wat, the fabled 11th century temple, is Cambodia's main tourist attraction.",
        "1998-02-19",
        [("11th century", "DATE", "10")],
    ),
    (  # wsj_1014: decades with a modifier, halves of a year
        "It will mean lower earnings for the last half of 1989 and a bigger market share by the"
        " mid-1990s.",
        "1989-10-26",
        [("the last half of 1989", "DATE", "1989-H2"), ("the mid-1990s", "DATE", "199")],
    ),
]

NOT_TIMEXES = [
    # AP900815-0044: a fraction, not three quarters of a year
    ("Iraq imports about three-quarters of its foodstuffs.", "1990-08-15"),
    # wsj_0340: the conjunction "as soon as"
    ("Institutions were likely to buy its stock as soon as trading opened.", "1989-11-01"),
]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    ANAPHORA + SPELLED_YEARS + DURATIONS + TENSE + CALENDAR,
)
def test_timex_buckets_values(sentence: str, anchor: str, expected: list) -> None:
    assert _values(sentence, anchor) == expected


@pytest.mark.parametrize(("sentence", "anchor"), NOT_TIMEXES)
def test_timex_buckets_not_temporal(sentence: str, anchor: str) -> None:
    assert _values(sentence, anchor) == []


def test_timex_buckets_anaphor_without_earlier_date_uses_anchor() -> None:
    # No date before it: "the following year" falls back to the article's year + 1.
    assert _values("The following year he was appointed attache.", "1998-04-18") == [
        ("The following year", "DATE", "1999")
    ]


def test_timex_buckets_anaphor_needs_a_precise_enough_date() -> None:
    # "the next day" cannot be counted from a bare year; the last *day* mentioned is used.
    text = "The talks began on March 3. In 1995 they had failed. The next day, the envoy left."
    assert _values(text, "1998-03-10")[-1] == ("The next day", "DATE", "1998-03-04")
