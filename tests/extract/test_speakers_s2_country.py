"""Speaker names on the founding corpus, issue #5 (sixteenth session, S2): a country after a
titled surname (``President Zelenskyy of Ukraine``) or owning a named person (``Russia's
Lavrov``) is no part of the speaker's name, so one person is one speaker entry. Real sentences
from ../shared/samples/kremlin-drone-2023-05 (the White House briefing of 3 May 2023 and the
headlines file); descriptions keep their country (``China's foreign ministry``)."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.lang import load_lang, person_key


def _speaker(text: str, lang: str = "en") -> str:
    doc = claimgraph.analyze(text, lang=lang)
    assert doc.attributions, text
    return doc.attributions[0].speaker


def test_titled_surname_of_a_country_is_the_person() -> None:
    # en-whitehouse-2023-05-03-press-briefing-jean-pierre.txt
    text = (
        "President Zelenskyy of Ukraine told the Washington Post that he had not had "
        "conversations with anyone at the White House about those intelligence leaks."
    )
    speaker = _speaker(text)
    assert speaker == "Volodymyr Zelensky"
    assert person_key(speaker) == person_key("Volodymyr Zelensky")


def test_country_possessor_of_a_known_surname_is_dropped() -> None:
    # headlines.jsonl, 2023-05-06
    text = "Russia’s Lavrov Says Kremlin Drone Incident Was ‘Hostile Act’"
    assert person_key(_speaker(text)) == person_key("Sergey Lavrov")


def test_titled_surname_van_a_country_in_dutch() -> None:
    nl = load_lang("nl")
    assert canonical_name("President Erdogan van Turkije", nl) == "Recep Tayyip Erdogan"


def test_titles_bodies_and_described_speakers_keep_their_country() -> None:
    en = load_lang("en")
    assert canonical_name("Chief Executive of Shell", en) == "Chief Executive of Shell"
    assert canonical_name("China’s foreign ministry", en) == "China’s foreign ministry"
    assert canonical_name("Britain's Parliament", en) == "Britain's Parliament"
    assert canonical_name("France’s Marine Le Pen", en) == "Marine Le Pen"


def test_title_of_a_country_before_a_full_name_is_cut() -> None:
    # make demo's Wikinews sample: "President of Ukraine Volodymyr Zelenskyy said, ..."
    en, nl = load_lang("en"), load_lang("nl")
    assert canonical_name("President of Ukraine Volodymyr Zelenskyy", en) == "Volodymyr Zelensky"
    assert canonical_name("Prime Minister of the Netherlands Mark Rutte", en) == "Mark Rutte"
    assert canonical_name("president van Oekraïne Volodymyr Zelensky", nl) == "Volodymyr Zelensky"
    # a body, not a country, keeps the whole phrase; no name after the country: nothing to cut
    assert canonical_name("Chief Executive of Shell", en) == "Chief Executive of Shell"
    assert canonical_name("President of the United States", en) == "President of the United States"
