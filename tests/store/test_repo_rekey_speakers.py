"""``Store.rekey_speakers``: a spelling added to the people data after rows were written joins
the person's other spellings once the store is re-keyed. The founding story's headlines write
Zelensky three ways; a store written while people.toml lacked "Zelenskiy" lists that headline's
denial as another speaker until then."""

from __future__ import annotations

import copy

from claimgraph.link.claims import claims_from_attributions
from claimgraph.store import Store
from claimgraph.store.ledger import load_claims
from claimgraph.store.speaker_keys import SpeakerChanges

ZELENSKY = "Volodymyr Zelensky"


def _zelensky_rows(store: Store) -> list[tuple[str, int]]:
    return [(row.speaker, row.total) for row in store.speaker_counts(q="zelensk")]


def _written_before_the_spelling(store: Store, docs, people_lacking) -> None:
    with people_lacking("Zelenskiy"):
        store.save_documents(docs)
        assert sorted(_zelensky_rows(store)) == [(ZELENSKY, 2), ("Zelenskiy", 1)]


def test_rekey_makes_a_later_spelling_one_person(store, spelled_speaker_docs, people_lacking):
    _written_before_the_spelling(store, spelled_speaker_docs, people_lacking)
    # keyed as written: the list shows him twice
    assert _zelensky_rows(store) == [(ZELENSKY, 2), (ZELENSKY, 1)]

    changes = store.rekey_speakers()

    assert changes.keys == 1  # the headline's "Zelenskiy"
    assert changes.names == 3  # each spelling as English writes him (as ingest does now)
    assert _zelensky_rows(store) == [(ZELENSKY, 3)]
    assert len(store.query_attributions(speaker="Zelenskiy")) == 3
    assert store.count_speakers() == 5  # Zelensky, Kremlin, Putin’s spokesperson, (Vice) President
    # the search index followed the new names
    assert store.count_attributions(speaker_contains="Volodymyr") == 3


def test_rekey_twice_changes_nothing(store, spelled_speaker_docs, people_lacking):
    _written_before_the_spelling(store, spelled_speaker_docs, people_lacking)
    assert store.rekey_speakers()
    assert store.rekey_speakers() == SpeakerChanges()
    assert _zelensky_rows(store) == [(ZELENSKY, 3)]


def test_rekey_of_a_store_written_with_the_same_people_data_changes_nothing(
    store, spelled_speaker_docs
):
    store.save_documents(spelled_speaker_docs[-1:])  # the briefing: President, Vice President
    assert not store.rekey_speakers()


def test_rekey_renames_the_claims_the_ledgers_read(store, spelled_speaker_docs, people_lacking):
    """The claims ingest makes of each attribution (``claims.speaker``, read by ``claimgraph
    link`` and the ledgers) are renamed with their attributions."""
    docs = copy.deepcopy(spelled_speaker_docs)
    for doc in docs:
        doc.claims = claims_from_attributions(doc)
    _written_before_the_spelling(store, docs, people_lacking)

    changes = store.rekey_speakers()

    assert changes.claims == 3
    zelensky = [c.claim.speaker for c in load_claims(store) if c.claim.stance == "deny"]
    assert zelensky == [ZELENSKY] * 3
