"""One well-known person is one speaker in the store, however each language writes them: the
English "Vladimir Putin" / "Dmitry Peskov" and the Dutch "Vladimir Poetin" / "Dmitri Peskov"."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimgraph
from claimgraph.ingest.readers import iter_documents
from claimgraph.store import Store, open_store

GUARDIAN_TITLE = "Russia accuses US of being behind drone attack on Kremlin"
# the Dutch line of tests/robustness/test_cli_bad_inputs.py
DUTCH = "Poetin noemt het een „moordaanslag” op het Kremlin, zei Peskov."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, samples: Path) -> Store:
    headlines = iter_documents([samples / "kremlin-drone-2023-05" / "headlines.jsonl"])
    guardian = next(doc for doc in headlines if doc.title == GUARDIAN_TITLE)
    english = claimgraph.analyze(guardian.text, lang="en", date="2023-05-04")
    dutch = claimgraph.analyze(DUTCH, lang="nl", date="2023-05-03")
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('people') / 'cg.db'}")
    store.save_documents([english, dutch])
    return store


def _speakers(rows) -> set[tuple[str, str]]:
    return {(row.lang, row.attribution.speaker) for row in rows}


def test_full_name_in_one_spelling_finds_the_other_languages_spelling(store: Store) -> None:
    found = _speakers(store.query_attributions(speaker="Dmitry Peskov"))
    assert found == {("en", "Dmitry Peskov"), ("nl", "Dmitri Peskov")}


def test_putin_finds_poetin(store: Store) -> None:
    # Putin speaks only in the Dutch line: the Guardian's "He did not provide any evidence" is
    # Peskov's (until the seventeenth session it was wrongly given to Putin)
    for spelling in ("putin", "Vladimir Putin", "Poetin"):
        found = _speakers(store.query_attributions(speaker=spelling))
        assert found == {("nl", "Vladimir Poetin")}, spelling


def test_speaker_list_has_one_row_per_person(store: Store) -> None:
    counts = {c.speaker: c for c in store.speaker_counts(q="peskov")}
    assert len(counts) == 1
    (row,) = counts.values()
    # the Guardian's "Putin's spokesperson claims", "Dmitry Peskov ... saying" and "He did not
    # provide any evidence", the Dutch "zei Peskov": the article names the spokesperson, so all
    # four are his
    assert row.total == 4 and row.stances["assert"] == 4
