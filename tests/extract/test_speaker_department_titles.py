"""A minister's title with its department is no part of the name (NS1's lead, nineteenth session).

Phrases from DPG news 2019 and Wikinews; before, the name was cut at its particle
(``Hugo de Jonge`` -> ``Jonge``, ``Cora van Nieuwenhuizen`` -> ``Infrastructuur Cora``) or kept the
department (``Medische Zorg Bruno Bruins``, ``Defense Lloyd Austin``).
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.lang import load_lang


@pytest.mark.parametrize(
    ("lang", "phrase", "name"),
    [
        ("nl", "Minister van Volksgezondheid Hugo de Jonge", "Hugo de Jonge"),
        ("nl", "minister van Infrastructuur Cora van Nieuwenhuizen", "Cora van Nieuwenhuizen"),
        ("nl", "minister voor Medische Zorg Bruno Bruins", "Bruno Bruins"),
        (
            "nl",
            "staatssecretaris van Justitie en Veiligheid Ankie Broekers-Knol",
            "Ankie Broekers-Knol",
        ),
        ("nl", "minister van Financiën Wopke Hoekstra", "Wopke Hoekstra"),
        ("en", "Secretary of Defense Lloyd Austin", "Lloyd Austin"),
        ("en", "Minister of Foreign Affairs Dmytro Kuleba", "Dmytro Kuleba"),
        ("en", "Secretary of State John F. Kerry", "John F. Kerry"),
        # a surname alone after the department: the title's own name (the briefings' Blinken)
        ("en", "Secretary of State Blinken", "Antony Blinken"),
    ],
)
def test_the_name_after_a_ministers_department(lang: str, phrase: str, name: str) -> None:
    assert canonical_name(phrase, load_lang(lang)) == name


@pytest.mark.parametrize(
    ("lang", "phrase", "name"),
    [
        # a ministry is a body, and its own name may hold three capitalised words
        (
            "nl",
            "het ministerie van Volksgezondheid, Welzijn en Sport",
            "ministerie van Volksgezondheid, Welzijn en Sport",
        ),
        ("en", "the Department of Homeland Security", "Department of Homeland Security"),
    ],
)
def test_a_ministry_keeps_its_department(lang: str, phrase: str, name: str) -> None:
    assert canonical_name(phrase, load_lang(lang)) == name


@pytest.mark.parametrize(
    ("lang", "phrase", "name"),
    [
        # a title with its department and no name names the office: before, its last words
        # were taken for a name ("Financiën", "State")
        ("nl", "De minister van Financiën", "minister van Financiën"),
        ("nl", "de minister van Buitenlandse Zaken", "minister van Buitenlandse Zaken"),
        ("en", "the Secretary of State", "Secretary of State"),
        # a capitalised particle after the title starts a surname, not a department
        ("nl", "Staatssecretaris Van Veldhoven", "Van Veldhoven"),
    ],
)
def test_an_office_without_a_name_keeps_its_department(lang: str, phrase: str, name: str) -> None:
    assert canonical_name(phrase, load_lang(lang)) == name


def test_the_office_is_the_person_the_article_named_in_it() -> None:
    doc = analyze(
        "Minister van Financiën Wopke Hoekstra zegt dat Nederland de sancties tegen Rusland "
        "steunt. De minister van Financiën waarschuwde dinsdag dat Rusland Oekraïne opnieuw zal "
        "aanvallen.",
        lang="nl",
    )
    assert [a.speaker for a in doc.attributions] == ["Wopke Hoekstra", "Wopke Hoekstra"]
