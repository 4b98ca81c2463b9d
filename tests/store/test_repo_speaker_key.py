"""One speaker, one entry (attributions.speaker_key): a speaker's attributions are selected and
counted by who the speaker is, not by the written name. Zelensky, spelled three ways in the
founding story's headlines, is one row on every page of the speaker list and one speaker to
look up; "President" in the 4 May White House briefing is not the "Vice President"."""

from __future__ import annotations

from claimgraph.store import Store

ZELENSKY = "Volodymyr Zelensky"
SPELLINGS = ["Zelenskiy", "Zelensky", "Zelenskyy"]  # as the headlines write him


def _filled(store: Store, docs) -> Store:
    store.save_documents(docs)
    return store


def _all_pages(store: Store, size: int, **filters) -> list:
    rows, offset = [], 0
    while page := store.speaker_counts(**filters, limit=size, offset=offset):
        rows.extend(page)
        offset += size
    return rows


def test_a_person_is_one_row_of_the_speaker_list_on_any_page(store, spelled_speaker_docs):
    _filled(store, spelled_speaker_docs)
    for size in (1, 2, 50):
        rows = _all_pages(store, size)
        assert [row.speaker for row in rows].count(ZELENSKY) == 1, size
        assert not [
            row.speaker for row in rows if "Zelensk" in row.speaker and row.speaker != ZELENSKY
        ]
        zelensky = next(row for row in rows if row.speaker == ZELENSKY)
        assert (zelensky.total, zelensky.stances["deny"]) == (3, 3)
        assert sum(row.total for row in rows) == 8


def test_the_person_ranks_by_all_their_spellings(store, spelled_speaker_docs):
    _filled(store, spelled_speaker_docs)
    first = store.speaker_counts(limit=1)
    assert [(row.speaker, row.total) for row in first] == [(ZELENSKY, 3)]


def test_any_spelling_selects_all_of_the_persons_attributions(store, spelled_speaker_docs):
    _filled(store, spelled_speaker_docs)
    for spelling in ("Zelenskyy", "zelenski", "Volodymyr Zelensky"):
        rows = store.query_attributions(speaker=spelling)
        assert len(rows) == 3, spelling
        assert sorted(row.attribution.speaker for row in rows) == SPELLINGS
    assert store.count_attributions(speaker="Zelenskiy") == 3


def test_a_speaker_is_not_every_speaker_containing_the_name(store, spelled_speaker_docs):
    _filled(store, spelled_speaker_docs)
    president = store.query_attributions(speaker="President")
    assert [row.attribution.speaker for row in president] == ["President"]
    assert [row.attribution.speaker for row in store.query_attributions(speaker="Putin")] == []
    kremlin = store.query_attributions(speaker="kremlin")  # any case
    assert [row.attribution.speaker for row in kremlin] == ["Kremlin", "Kremlin"]


def test_speaker_contains_still_searches_by_substring(store, spelled_speaker_docs):
    _filled(store, spelled_speaker_docs)
    found = store.query_attributions(speaker_contains="President")
    assert sorted(row.attribution.speaker for row in found) == ["President", "Vice President"]
    assert store.count_attributions(speaker_contains="putin") == 1  # Putin’s spokesperson
