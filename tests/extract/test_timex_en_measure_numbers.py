"""A four-digit number before a unit of measure ("1770 km") is a quantity, not a year; real
Wikinews text (English timex check set, read half)."""

from claimgraph.extract.timex import extract_timexes


def test_timex_en_four_digit_distance_is_no_year() -> None:
    text = (  # en-wikinews-9
        "Easter Island is located 2300 miles (3700 km) off the west coast of South America and"
        " 1,100 miles (1770 km) from its nearest neighbor island."
    )
    assert [t.text for t in extract_timexes(text, "en", "2019-01-12")] == []
