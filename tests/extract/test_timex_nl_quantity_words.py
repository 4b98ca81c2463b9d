"""Dutch quantities of time: a singular unit after "een" ("een week geleden"), adjectives
inside the quantity ("een hele dag", "een dikke week") and "aankomende/afgelopen" before a
month or season; sentences from DPG news (shared/data/nl-news), none from the timex dev or
check sets."""

import pytest

from claimgraph.extract.timex import extract_timexes


def _values(text: str, anchor: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, "nl", anchor)]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # 10670569: one DATE with "geleden", a week before the Tuesday 2019-03-05 (W10)
            "De illegale goudmijn stortte een week geleden in, waardoor een onbekend aantal"
            " mijnwerkers bedolven raakte.",
            "2019-03-05",
            [("een week geleden", "DATE", "2019-W09")],
        ),
        (  # 10669362
            "Wielrennen is nog steeds een populaire sport, maar fans gaan niet meer een hele dag"
            " voor de tv zitten.",
            "2019-03-05",
            [("een hele dag", "DURATION", "P1D")],
        ),
        (  # 10728106: "over X" is one DATE (NOTES), the adjective inside it
            "Anders vertrekt het VK over een dikke week zonder een akkoord en daar heeft zeker"
            " ons land als belangrijke handelspartner veel last van.",
            "2019-03-21",
            [("over een dikke week", "DATE", "2019-W13")],
        ),
        (  # 10799171: the relative word belongs to the month
            "Afgelopen najaar werd al een kleine groep 14-jarigen ingeënt en aankomende juni"
            " volgt nog een ronde.",
            "2019-04-09",
            [("Afgelopen najaar", "DATE", "2018-FA"), ("aankomende juni", "DATE", "2019-06")],
        ),
    ],
)
def test_timex_nl_quantity_words(
    sentence: str, anchor: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(sentence, anchor) == expected
