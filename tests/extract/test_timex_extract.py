"""extract_timexes on real Dutch and English news sentences."""

import pytest

from claimgraph.errors import ConfigError, InputError
from claimgraph.extract.timex import extract_timexes, load_timex_lexicon, parse_anchor
from claimgraph.settings import data_dir

SAMPLE = data_dir().parent / "samples" / "kremlin-drone-nl-2023-05.txt"
NIGHT = "in de nacht van dinsdag op woensdag"


def _values(text: str, lang: str, anchor: str | None) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in extract_timexes(text, lang, anchor)]


@pytest.fixture(scope="module")
def founding_article() -> str:
    if not SAMPLE.is_file():
        pytest.skip("shared samples not available")
    return SAMPLE.read_text(encoding="utf-8")


def test_timex_night_between_weekdays_is_first_night(founding_article: str) -> None:
    found = extract_timexes(founding_article, "nl", "2023-05-03")
    night = [t for t in found if t.text.startswith("nacht van")]
    assert [(t.text, t.type, t.value) for t in night] == [
        ("nacht van dinsdag op woensdag", "TIME", "2023-05-02TNI")
    ]
    start = founding_article.index(NIGHT) + len("in de ")
    assert night[0].span == (start, start + len("nacht van dinsdag op woensdag"))


def test_timex_month_anchor_keeps_month_precision(founding_article: str) -> None:
    found = extract_timexes(founding_article, "nl", "2023-05")
    night = next(t for t in found if t.text.startswith("nacht van"))
    assert (night.type, night.value) == ("DATE", "2023-05")


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (
            "Dat eiste de officier van justitie gisteren voor de rechtbank in Arnhem.",
            "2019-04-11",
            [("gisteren", "DATE", "2019-04-10")],
        ),
        (
            "Charly T. (17) werd vorige week onverwacht vrijgelaten.",
            "2019-03-21",
            [("vorige week", "DATE", "2019-W11")],
        ),
        (
            "T. zat sinds augustus vorig jaar vast, na een beschuldiging van seksueel misbruik.",
            "2019-03-21",
            [("augustus vorig jaar", "DATE", "2018-08")],
        ),
        (
            "Afgelopen vrijdag voerden de bonden al acties uit in Moerdijk.",
            "2019-04-10",
            [("Afgelopen vrijdag", "DATE", "2019-04-05")],
        ),
        (
            "Wie vanaf gistermiddag ingeschreven stond als actievoerder kan rekenen op een korting.",
            "2019-04-10",
            [("gistermiddag", "TIME", "2019-04-09TAF")],
        ),
        (
            "Michel Delpuech (66), die sinds april 2017 het Parijse korps leidde, lag onder vuur"
            " nadat de situatie dit weekeinde weer uit de hand was gelopen.",
            "2019-03-19",
            [("april 2017", "DATE", "2017-04"), ("dit weekeinde", "DATE", "2019-W11-WE")],
        ),
        (
            "De Europese Commissie had in september voorgesteld al dit jaar te stoppen met de"
            " verplichte zomer- en wintertijdregeling.",
            "2019-03-27",
            [("september", "DATE", "2018-09"), ("dit jaar", "DATE", "2019")],
        ),
        (
            "De Eerste Kamer nam op 26 juni vorig jaar, na dik tien jaar politiek gesteggel,"
            " de wet aan.",
            "2019-04-02",
            [("26 juni vorig jaar", "DATE", "2018-06-26"), ("dik tien jaar", "DURATION", "P10Y")],
        ),
        ("Uitspraak over twee weken.", "2019-04-11", [("over twee weken", "DATE", "2019-W17")]),
        (
            "Vorige week dinsdag sprak hij drie dagen lang met Kiev.",
            "2023-05-03",
            [("Vorige week dinsdag", "DATE", "2023-04-25"), ("drie dagen", "DURATION", "P3D")],
        ),
        (
            "Eind vorig jaar was het al vier jaar geleden.",
            "2023-05-03",
            [("Eind vorig jaar", "DATE", "2022"), ("vier jaar geleden", "DATE", "2019")],
        ),
    ],
)
def test_timex_dutch_relative_dates(sentence: str, anchor: str, expected: list) -> None:
    assert _values(sentence, "nl", anchor) == expected


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        ("2023-05-03", [("gisteren", "DATE", "2023-05-02"), ("vorige maand", "DATE", "2023-04")]),
        ("2023-05", [("gisteren", "DATE", "2023-05"), ("vorige maand", "DATE", "2023-04")]),
        ("2023", [("gisteren", "DATE", "2023"), ("vorige maand", "DATE", "2023")]),
        (None, [("gisteren", "DATE", "XXXX-XX-XX"), ("vorige maand", "DATE", "XXXX-XX")]),
    ],
)
def test_timex_anchor_precision_is_honest(anchor: str | None, expected: list) -> None:
    assert _values("Moskou meldde gisteren wat vorige maand gebeurde.", "nl", anchor) == expected


def test_timex_without_anchor_keeps_what_the_text_says() -> None:
    found = _values("De aanval was op 3 mei, de wet dateert van 1 augustus 2019.", "nl", None)
    assert found == [("3 mei", "DATE", "XXXX-05-03"), ("1 augustus 2019", "DATE", "2019-08-01")]


def test_timex_ages_and_money_are_not_timexes() -> None:
    text = "Een Arnhemmer (46) en twee kinderen van 12 en 14 jaar oud betaalden 2019 euro."
    assert extract_timexes(text, "nl", "2019-04-11") == []


def test_timex_english_last_tuesday_and_ago() -> None:
    found = _values(
        "The Kremlin said last Tuesday that two drones were downed two weeks ago.",
        "en",
        "2023-05-03",
    )
    assert found == [("last Tuesday", "DATE", "2023-05-02"), ("two weeks ago", "DATE", "2023-W16")]


def test_timex_english_modal_may_is_not_a_month() -> None:
    assert _values("Russia may retaliate in May 2023.", "en", "2023-05-03") == [
        ("May 2023", "DATE", "2023-05")
    ]


def test_timex_bad_anchor_and_unknown_language_raise() -> None:
    with pytest.raises(InputError, match="anchor"):
        parse_anchor("3 mei")
    with pytest.raises(ConfigError, match="xx"):
        load_timex_lexicon("xx")
