"""A month word that is also a name: an abbreviation alone ("Jan") and a capitalised ambiguous
month after a capitalised word ("Theresa May") are not dates; real news sentences."""

import pytest

from claimgraph.extract.timex import extract_timexes


def _values(text: str, lang: str, anchor: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, lang, anchor)]


@pytest.mark.parametrize(
    ("sentence", "lang", "anchor", "expected"),
    [
        (  # DPG 2019 (nl-news): "Jan" is the first name, not January
            'Campagneleider en Kamerlid Jan Paternotte zegt: "Als je gaat regeren kun je het'
            ' flink voor de kiezen krijgen."',
            "nl",
            "2019-03-21",
            [],
        ),
        (  # AQUAINT APW19990312.0251
            "Czech Foreign Minister Jan Kavan said he was in nearby Kansas City working with the"
            " anti-Soviet undergound in 1968 when Russian troops swept through Praque.",
            "en",
            "1999-03-12",
            [("1968", "DATE", "1968")],
        ),
        (  # Wikinews 2019: the surname after a first name
            "Following the UK's Brexit vote, Theresa May appointed him Foreign Secretary, which"
            " he served as until 2018.",
            "en",
            "2019-07-24",
            [("2018", "DATE", "2018")],
        ),
        (  # AQUAINT APW19980322.0749: the month after a lower-case word stays a date
            "talks that are supposed to conclude by May, invited Sinn Fein to rejoin",
            "en",
            "1998-03-22",
            [("May", "DATE", "1998-05")],
        ),
        (  # an abbreviation with a day number is still a date
            "Het gebeurde op 3 jan. in Utrecht.",
            "nl",
            "2019-03-21",
            [("3 jan.", "DATE", "2019-01-03")],
        ),
    ],
)
def test_timex_month_name_is_not_a_date(
    sentence: str, lang: str, anchor: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(sentence, lang, anchor) == expected
