""" "the first nine months", "the first two years": the whole phrase is the duration (TimeBank
spans); "the first two quarters of 1990" is left to the year. Real TimeBank sentences."""

import pytest

from claimgraph.extract.timex import extract_timexes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # TimeBank wsj_0144
            "In the first nine months, net was $306 million, compared with a loss of $195 million"
            " in the 1988 period.",
            ("the first nine months", "DURATION", "P9M"),
        ),
        (  # TimeBank wsj_0157
            "The El Paso, Texas, maker of Western boots and leather accessories said the preferred"
            " stock would accrue dividends at a 12% rate, but wouldn't be paid for the first two"
            " years.",
            ("the first two years", "DURATION", "P2Y"),
        ),
        (  # TimeBank wsj_0904: the same months a year before
            "Net for the year-earlier nine months also included a gain of $9.7 million.",
            ("the year-earlier nine months", "DURATION", "P9M"),
        ),
    ],
)
def test_timex_en_first_n_units_is_one_duration(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    found = [(t.text, t.type, t.value) for t in extract_timexes(sentence, "en", "1989-11-02")]
    assert found[0] == expected


def test_timex_en_first_quarters_of_a_year_are_not_a_duration() -> None:
    sentence = (  # TimeBank wsj_1003
        "Wall Street analysts expect the disappointing trend to continue into the fourth quarter"
        " and through at least the first two quarters of 1990, when the industry will"
        " increasingly see the effect of price erosion in major product lines."
    )
    found = [(t.text, t.type) for t in extract_timexes(sentence, "en", "1989-10-26")]
    assert ("1990", "DATE") in found
    assert not any(type_ == "DURATION" for _, type_ in found)
