"""An English article names well-known people the English way ("Vladimir Putin", "Dmitry
Peskov"), a Dutch one the Dutch way ("Vladimir Poetin"), and both stay one person across
articles (``person_key``): the speaker search, the speakers list, the ledger's sources."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimgraph
from claimgraph.extract.events import extract_events
from claimgraph.extract.places import extract_places
from claimgraph.ingest.readers import iter_documents
from claimgraph.lang import display_name, display_names, load_lang, person_key, person_names
from claimgraph.link.ledger import LedgerEntry, source_key

GUARDIAN_TITLE = "Russia accuses US of being behind drone attack on Kremlin"


@pytest.fixture(scope="module")
def guardian_text(samples_dir: Path) -> str:
    """The Guardian's RSS item of 2023-05-04 from the founding story's headlines."""
    items = iter_documents([samples_dir / "kremlin-drone-2023-05" / "headlines.jsonl"])
    return next(doc.text for doc in items if doc.title == GUARDIAN_TITLE)


def test_each_language_writes_the_person_its_own_way() -> None:
    assert load_lang("en").people["poetin"] == "Vladimir Putin"
    assert load_lang("en").people["dmitri peskov"] == "Dmitry Peskov"
    assert load_lang("nl").people["putin"] == "Vladimir Poetin"
    assert load_lang("en").people["zelenskyy"] == "Volodymyr Zelensky"  # no override: canonical


def test_every_spelling_is_one_person() -> None:
    assert person_key("Vladimir Putin") == person_key("Vladimir Poetin") == "Vladimir Poetin"
    assert person_key("sergey lavrov") == "Sergej Lavrov"
    assert person_key("Kremlin spokesman") == "Kremlin spokesman"
    assert person_names("putin") == ("Vladimir Poetin", "Vladimir Putin")
    assert person_names("Marie Dupont") == ()


def test_display_names_are_spellings_of_their_person() -> None:
    people = load_lang("en").people
    for canonical, shown in display_names("en").items():
        assert person_key(shown) == canonical and people[shown.lower()] == shown


def test_english_article_speaker_and_event_actor_in_english(guardian_text: str) -> None:
    doc = claimgraph.analyze(guardian_text, lang="en", date="2023-05-04")
    speakers = {a.speaker for a in doc.attributions}
    assert "Dmitry Peskov" in speakers and "Dmitri Peskov" not in speakers
    doc.places = extract_places(doc.text, doc.lang, people=list(speakers))
    doc.events = extract_events(doc)
    actors = {(e.target_actor, e.target_country, e.target_role) for e in doc.events}
    actors |= {(e.source_actor, e.source_country, e.source_role) for e in doc.events}
    # Peskov's "saying Washington should be aware ..." (until S1 the test asked for Putin, whom
    # only a wrong item made an actor: "He did not provide any evidence", resolved to Putin and
    # read as a denial)
    assert ("Dmitry Peskov", "RUS", "GOV") in actors
    assert not any(name in ("Vladimir Poetin", "Dmitri Peskov") for name, _, _ in actors)


def test_ledger_counts_one_person_in_one_outlet_once() -> None:
    def entry(speaker: str) -> LedgerEntry:
        return LedgerEntry("c", speaker, "Russia", "assert", "statement", "d", "x", None, "", "")

    assert source_key(entry("Vladimir Putin")) == source_key(entry("Vladimir Poetin"))


@pytest.mark.parametrize(
    ("name", "lang", "shown"),
    [
        ("Dmitri Peskov", "en", "Dmitry Peskov"),  # a store written before the display names
        ("Dmitri Peskov", "nl", "Dmitri Peskov"),
        ("Putin", "en", "Vladimir Putin"),
        ("Zelenskiy", "en", "Volodymyr Zelensky"),
        ("President", "en", "President"),  # no well-known person's spelling: as it is
    ],
)
def test_display_name_is_the_articles_languages_name_for_the_person(name, lang, shown) -> None:
    assert display_name(name, lang) == shown
