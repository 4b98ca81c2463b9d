"""English day ranges ("August 22 to 25", "December 5 and 6", "July 27–28") are two dates, the
second taking the first's month (TimeML tags both ends); real Wikinews and AQUAINT sentences."""

import pytest

from claimgraph.extract.timex import extract_timexes


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # Wikinews 2019-09-02 (corpus row 92)
            "Running from August 22 to 25, the event featured extensive retail areas, panels,"
            " celebrity appearances, an artist alley, and attendees in cosplay.",
            "2019-09-02",
            [("August 22", "2019-08-22"), ("25", "2019-08-25")],
        ),
        (  # Wikinews 2020-01-01 (corpus row 171)
            "On December 5 and 6, the government of Samoa executed a planned shutdown of public"
            " services and the private sector.",
            "2020-01-01",
            [("December 5", "2019-12-05"), ("6", "2019-12-06")],
        ),
        (  # Wikinews 2019-08-05 (check set, read half): a dash without spaces
            "Wikinews attended the Texas Haunters Convention on the last weekend of July — July"
            " 27–28 — in Mesquite, Texas.",
            "2019-08-05",
            [("July 27", "2019-07-27"), ("28", "2019-07-28")],
        ),
        (  # AQUAINT XIE19990210.0079
            "to become full members of NATO before the NATO Washington summit on April 24 and 25.",
            "1999-02-10",
            [("April 24", "1999-04-24"), ("25", "1999-04-25")],
        ),
    ],
)
def test_timex_en_day_range_gives_two_dates(
    sentence: str, anchor: str, expected: list[tuple[str, str]]
) -> None:
    found = [(t.text, t.value) for t in extract_timexes(sentence, "en", anchor)]
    assert [pair for pair in found if pair in expected] == expected
