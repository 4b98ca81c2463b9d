"""A capital that stands for its government counts as its country when claims are compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.link.names import capitals, countries_in
from claimgraph.link.similarity import agreement, signature

# The founding article's main claim and the English headline that states it (shared/samples).
MAIN_NL = "Moskou zag daarin een poging van Kiev om president Vladimir Poetin te vermoorden"
MAIN_EN = (
    "Russia accused Ukraine of a failed attempt to assassinate Putin in a drone attack on "
    "Moscow's Kremlin citadel."
)
US_DOUBT_NL = "Washington hecht ook weinig geloof aan de beweringen uit Rusland"


@pytest.fixture(scope="module")
def founding_article(samples_dir: Path) -> str:
    return (samples_dir / "kremlin-drone-nl-2023-05.txt").read_text(encoding="utf-8")


def test_names_capitals_of_both_languages_give_the_country(founding_article: str) -> None:
    assert MAIN_NL in founding_article and US_DOUBT_NL in founding_article
    assert countries_in(MAIN_NL) == {"Russia", "Ukraine"}
    assert countries_in(US_DOUBT_NL) == {"United States", "Russia"}
    assert countries_in("Russia said Ukraine had launched a drone attack, which Kyiv denied") == {
        "Russia",
        "Ukraine",
    }


def test_similarity_capital_and_country_are_one_entity_across_languages(
    founding_article: str,
) -> None:
    nl, en = signature(MAIN_NL, "nl"), signature(MAIN_EN, "en")
    assert {"Russia", "Ukraine"} <= nl.entities & en.entities
    assert not {"Moscow", "Kyiv"} & (nl.entities | en.entities)
    assert agreement(nl, en) >= 0.0  # no name clash between the claim and its headline


def test_names_capital_standing_for_something_else_is_no_country() -> None:
    assert "Brussels" not in capitals()  # the EU institutions, not Belgium
    assert countries_in("Brussels fines Google over its shopping service") == set()
    assert capitals()["Moscow"] == "RU" and capitals()["Washington"] == "US"


def test_names_capital_opening_a_longer_name_is_no_country() -> None:
    assert countries_in("The Washington Post reported the attack, citing officials") == set()
    assert countries_in("De Kyiv Independent meldt dat Moskou ontkent") == {"Russia"}
    assert countries_in("Washington denies any role in the drone attack") == {"United States"}
