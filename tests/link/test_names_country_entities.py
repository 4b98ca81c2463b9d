"""Countries as one entity however a headline names them (country, demonym, landmark)."""

from __future__ import annotations

from claimgraph.link.names import countries_in
from claimgraph.link.similarity import signature

# Real headlines of 2025-12-22 (Volkskrant, BBC News, NOS; bench/data/linking/real/).
ELYSEE_NL = "Chef tafeldekken in het Elysée stal peperdure borden en champagneglazen uit het paleis"
ELYSEE_EN = "French presidential palace employee accused of stealing tableware worth up to €40k"
CYBER_NL = "Cyberaanval treft Franse banken en post in hectische kerstperiode"


def test_names_landmark_resolves_to_its_country() -> None:
    assert countries_in(ELYSEE_NL) == {"France"}


def test_names_demonyms_of_both_languages_give_the_country() -> None:
    assert countries_in(ELYSEE_EN) == countries_in(CYBER_NL) == {"France"}
    assert countries_in("Venezuela krijgt ‘volledige steun’ Rusland in conflict met VS") == {
        "Venezuela",
        "Russia",
        "United States",
    }


def test_names_person_is_not_a_country() -> None:
    assert countries_in("Trump pauzeert bouw windenergieparken om ‘nationale veiligheid’") == set()


def test_similarity_signature_names_one_country_for_demonym_and_landmark() -> None:
    assert signature(ELYSEE_NL, "nl").entities == signature(ELYSEE_EN, "en").entities
    assert "French" not in signature(CYBER_NL, "nl").entities
