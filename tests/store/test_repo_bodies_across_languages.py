"""One body is one speaker in the store, however each language names it (issue #6): the Dutch
founding article's "persdienst van het Kremlin", "Russische autoriteiten" and "Rusland" are the
English RSS items' "Kremlin press service", "Russian authorities" and "Russia" (the store's
speaker key: ``claimgraph.extract.bodies``, ``lang/<code>/bodies.toml``). Real text, analyzed
end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimgraph
from claimgraph.extract.identity import speaker_key
from claimgraph.ingest.readers import iter_documents
from claimgraph.store import Store, open_store

NL_SAMPLE = "kremlin-drone-nl-2023-05.txt"
BLOOMBERG = "Russian Government Says Kremlin Hit by Ukraine Drones"
ABC = "Zelensky: Ukraine didn't attack Putin or Moscow"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, samples: Path) -> Store:
    headlines = iter_documents([samples / "kremlin-drone-2023-05" / "headlines.jsonl"])
    english = [doc for doc in headlines if doc.title in (BLOOMBERG, ABC)]
    (dutch,) = iter_documents([samples / NL_SAMPLE])
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('bodies') / 'cg.db'}")
    store.save_documents([claimgraph.annotate(doc) for doc in [*english, dutch]])
    return store


def _speakers(rows) -> set[tuple[str, str]]:
    return {(row.lang, row.attribution.speaker) for row in rows}


def test_english_name_finds_the_dutch_press_service(store: Store) -> None:
    found = _speakers(store.query_attributions(speaker="Kremlin press service"))
    assert found == {("en", "Kremlin press service"), ("nl", "persdienst van het Kremlin")}


def test_authorities_and_country_in_both_languages_are_one_speaker(store: Store) -> None:
    found = _speakers(store.query_attributions(speaker="Russian authorities"))
    assert found == {("en", "Russian authorities"), ("nl", "Russische autoriteiten")}
    assert ("nl", "Rusland") in _speakers(store.query_attributions(speaker="Russia"))


def test_speaker_list_has_one_row_per_body(store: Store) -> None:
    rows = store.speaker_counts(q="kremlin", limit=10)
    # the Kremlin itself is not its press service
    assert [r.speaker for r in rows if "persdienst" in r.speaker or "press" in r.speaker] == [
        "Kremlin press service"
    ]  # two English items and two Dutch: the most written name, the first of equals


def test_keys_keep_apart_what_differs() -> None:
    assert speaker_key("het Witte Huis", "d1") == speaker_key("White House", "d1")
    assert speaker_key("Kremlin", "d1") != speaker_key("Kremlin press service", "d1")
    # England (a team, a region) speaks for itself, not for the United Kingdom
    assert speaker_key("Engeland", "d1") != speaker_key("Verenigd Koninkrijk", "d1")
    assert speaker_key("Verenigd Koninkrijk", "d1") == speaker_key("United Kingdom", "d1")
