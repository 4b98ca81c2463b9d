"""Time words inside names and titles are no timexes ("Easter Island", "the Daily Hive", "Back
to the Future", "Fall of Grace"), while the holidays, seasons and references themselves still
are; real Wikinews sentences (English timex check set, read half, and the corpus)."""

import pytest

from claimgraph.extract.timex import extract_timexes


def _found(sentence: str, anchor: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_timexes(sentence, "en", anchor)]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # en-wikinews-9
            "A United-States-based team of scientists released findings on Thursday about the"
            " large statues that dot the island of Rapa Nui, also called Easter Island.",
            "2019-01-12",
            [("Thursday", "2019-01-10")],
        ),
        (  # en-wikinews-44
            'Mancini has been described by the Daily Hive as a "squirrel whisperer", for the close'
            " affinity some of the animals have for her.",
            "2019-03-29",
            [],
        ),
        ("Marty McFly from Back to the Future", "2019-03-29", []),  # en-wikinews-44
        (  # Wikinews 2019-01-14 (corpus row 11)
            "The attacker is reported to have jumped on stage during the Great Orchestra of"
            " Christmas Charity and claimed he was wrongfully imprisoned.",
            "2019-01-14",
            [],
        ),
        (  # en-wikinews-79
            "The result was his recent film, Fall of Grace.",
            "2019-08-05",
            [],
        ),
    ],
)
def test_timex_en_name_word_is_not_a_timex(
    sentence: str, anchor: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # Wikinews 2019-12-30 (corpus row 170): a holiday before a capitalised time word
            "United States radio personality, television host, and philanthropist Don Imus, known"
            " to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center in"
            " College Station, Texas after being hospitalized since Christmas Eve, his family"
            " reported.",
            "2019-12-30",
            [("Friday", "2019-12-27"), ("Christmas Eve", "2019-12-24")],
        ),
        (  # Wikinews 2019-03-17 (corpus row 41): the lower-case reference
            "Further charges may be laid in the future, police said.",
            "2019-03-17",
            [("the future", "FUTURE_REF")],
        ),
    ],
)
def test_timex_en_holiday_and_reference_stay(
    sentence: str, anchor: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(sentence, anchor) == expected
