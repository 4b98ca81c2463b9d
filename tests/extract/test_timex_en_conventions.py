"""English TIMEX3 values decided by the TimeML/TIDES conventions (round 5 of issue #7): vague
spans of units, quarters as a duration unit, rates, holidays, "last Oct. 23", "a decade ago",
"effective <date>" and clock times on the day last mentioned. Sentences are from TempEval-3
TimeBank and AQUAINT with their gold values."""

from __future__ import annotations

import pytest

from claimgraph.extract.timex import extract_timexes
from claimgraph.nlp import load


def _values(text: str, anchor: str, parsed: bool = False) -> list[tuple[str, str, str]]:
    doc = load("en")(text) if parsed else None
    return [(t.text, t.type, t.value) for t in extract_timexes(text, "en", anchor, doc)]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # XIE19980812.0062
            "We have been sharing information and tightening security at our embassies in"
            " recent days, she said.",
            "1998-08-11",
            [("recent days", "DURATION", "PXD")],
        ),
        (  # NYT19990312.0271
            "They agreed to buy NATO compatible equipment in the coming years.",
            "1999-03-12",
            [("the coming years", "DURATION", "PXY")],
        ),
        (  # wsj_0791 and wsj_0568: quarters stay quarters in a duration or a set
            "The company has had substantial losses in the past two quarters and must pay"
            " about $100 million in interest every quarter.",
            "1989-10-27",
            [("the past two quarters", "DURATION", "P2Q"), ("every quarter", "SET", "P1Q")],
        ),
        (  # NYT19990419.0515: a month and day after "last" is the latest such day
            "He was shot to death last Oct. 23 at his home in suburban Amherst.",
            "1999-04-19",
            [("last Oct. 23", "DATE", "1998-10-23")],
        ),
        (  # APW19990312.0251: "a decade ago" is the year ten years back
            "NATO's three newest members just a decade ago were still under the Soviet umbrella.",
            "1999-03-12",
            [("a decade ago", "DATE", "1989")],
        ),
        (  # wsj_0973
            "It hasn't had a nuclear power plant order from a U.S. utility in about a decade.",
            "1989-10-26",
            [("about a decade", "DURATION", "P1E")],
        ),
        (  # WSJ910225-0066
            "Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday night.",
            "1991-02-25",
            [("a week or so ago", "DATE", "1991-W08"), ("Saturday night", "TIME", "1991-02-23TNI")],
        ),
        (  # wsj_0927: "effective" announces when a change takes effect
            "It also created a four-member office of the chairman, effective Feb. 1.",
            "1989-10-26",
            [("Feb. 1", "DATE", "1990-02-01")],
        ),
        (  # NYT20000106.0007, APW20000210.0328: holidays
            "He was plucked from the Atlantic on Thanksgiving Day and brought ashore.",
            "2000-01-06",
            [("Thanksgiving Day", "DATE", "1999-11-25")],
        ),
        (
            "He was found in the Atlantic last Thanksgiving following a boat wreck.",
            "2000-02-10",
            [("last Thanksgiving", "DATE", "1999-11-25")],
        ),
        (  # NYT19981026.0446: the Tuesday after the first Monday in November
            "Violence is going to be a major theme of our campaign from now to Election Day.",
            "1998-10-26",
            [("now", "DATE", "PRESENT_REF"), ("Election Day", "DATE", "1998-11-03")],
        ),
        (  # APW20000417.0031: Easter 2000 fell on 23 April
            "Protesters prayed for divine help as Easter week began.",
            "2000-04-17",
            [("Easter week", "DATE", "2000-W16")],
        ),
        (  # APW19980808.0022 (shortened): a clock time without a day is on the day last named
            "The bombs went off on Friday. The blast in Nairobi occurred at about 10:35 a.m.",
            "1998-08-08",
            [("Friday", "DATE", "1998-08-07"), ("10:35 a.m.", "TIME", "1998-08-07T10:35")],
        ),
        (  # without an earlier day it is on the anchor's day
            "The offer expires at 5 p.m.",
            "1989-10-30",
            [("5 p.m.", "TIME", "1989-10-30T17:00")],
        ),
    ],
)
def test_timex_en_convention_values(sentence: str, anchor: str, expected: list) -> None:
    assert _values(sentence, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "timex", "parsed_value", "words_value"),
    [
        (  # wsj_0918: "a year" after an amount is a rate
            "The company will post additional pretax profit of about $33 million a year.",
            "1989-10-26",
            "a year",
            ("SET", "P1Y"),
            ("DURATION", "P1Y"),
        ),
        (  # NYT19981121.0173: after a plural noun
            "We are doing dozens if not hundreds of interviews a day, said Paul Moskal.",
            "1998-11-21",
            "a day",
            ("SET", "P1D"),
            ("DURATION", "P1D"),
        ),
        (  # APW19980227.0494: after a verb "a year" is no rate
            "The investigation will finish within a year, it said.",
            "1998-02-27",
            "a year",
            ("DURATION", "P1Y"),
            ("DURATION", "P1Y"),
        ),
    ],
)
def test_timex_en_rate_needs_parse(
    sentence: str, anchor: str, timex: str, parsed_value: tuple, words_value: tuple
) -> None:
    parsed = {t: (ty, v) for t, ty, v in _values(sentence, anchor, parsed=True)}
    words = {t: (ty, v) for t, ty, v in _values(sentence, anchor)}
    assert parsed[timex] == parsed_value
    assert words[timex] == words_value


def test_timex_en_per_is_a_rate_without_parse() -> None:
    # wsj_0781
    text = "Intel clocks the chip's speed at 15 million instructions per second."
    assert _values(text, "1989-10-27") == [("per second", "SET", "PT1S")]
