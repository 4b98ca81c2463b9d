"""Store.save_documents writes a batch in one transaction, each document under its own savepoint:
one existence query and one commit per batch, a failing document rolled back alone, the
documents around it kept; concurrent batch writers store every document once."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from claimgraph.errors import StoreError
from claimgraph.model import Document
from claimgraph.store import Store, open_store, repo

TABLES = ("documents", "attributions", "entities", "timexes", "places", "events", "claims")
PG_URL_ENV = "CLAIMGRAPH_TEST_PG_URL"


def _row_counts(store: Store, doc_id: str) -> set[int]:
    """The row counts of ``doc_id`` in every table, through the store's own engine."""
    counts = set()
    with store._engine.connect() as conn:
        for table in TABLES:
            key = "id" if table == "documents" else "doc_id"
            query = text(f"SELECT count(*) FROM {table} WHERE {key} = :d")
            counts.add(conn.scalar(query, {"d": doc_id}))
    return counts


@pytest.fixture
def fail_places_of(monkeypatch: pytest.MonkeyPatch):
    """Make inserting the attributions of one document fail (after its document row went in)."""

    def install(doc: Document, error: Exception | None = None) -> None:
        real_insert = repo._insert_rows

        def insert_rows(conn, item, rows):
            if item.attr == "attributions" and any(row["doc_id"] == doc.id for row in rows):
                raise error or OperationalError(
                    "INSERT INTO attributions", {}, sqlite3.OperationalError("disk I/O error")
                )
            real_insert(conn, item, rows)

        monkeypatch.setattr(repo, "_insert_rows", insert_rows)

    return install


def test_batch_one_commit_and_one_lookup(store: Store, sample_docs: list[Document]) -> None:
    commits, lookups = [], []
    event.listen(store._engine, "commit", lambda conn: commits.append(1))

    def count_lookup(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "documents.id IN" in statement:
            lookups.append(statement)

    event.listen(store._engine, "before_cursor_execute", count_lookup)
    assert store.save_documents(sample_docs, batch=3) == (4, 0)
    assert len(commits) == 2 and len(lookups) == 2  # batches of 3 + 1 documents
    assert [store.get_document(d.id) for d in sample_docs] == sample_docs


def test_batch_skips_stored_and_repeated(store: Store, nl_doc, en_doc, ru_doc, pl_doc) -> None:
    assert store.save_document(pl_doc)
    assert store.save_documents([nl_doc, nl_doc, pl_doc, en_doc, ru_doc, en_doc]) == (3, 3)
    assert store.count_documents() == 4
    assert store.get_document(nl_doc.id) == nl_doc


def test_batch_failure_rolls_back_that_document_alone(
    store: Store, fail_places_of, nl_doc, en_doc, ru_doc, pl_doc
) -> None:
    fail_places_of(nl_doc)
    errors: list[StoreError] = []
    assert store.save_documents([en_doc, nl_doc, ru_doc, pl_doc], errors=errors) == (3, 0)
    assert [e.source for e in errors] == [nl_doc.id]
    assert "disk I/O error" in str(errors[0]) and "\n" not in str(errors[0])
    assert _row_counts(store, nl_doc.id) == {0}
    for doc in (en_doc, ru_doc, pl_doc):  # before and after it, in the same transaction
        assert store.get_document(doc.id) == doc


def _search_rows_match_tables(store: Store) -> bool:
    """On SQLite, whether the search tables hold one row per document and attribution."""
    if not store._search_tables:
        return True  # PostgreSQL: the trigram indexes belong to the tables themselves
    pairs = [("search_documents", "documents"), ("search_attributions", "attributions")]
    with store._engine.connect() as conn:
        return all(
            conn.scalar(text(f"SELECT count(*) FROM {index}"))
            == conn.scalar(text(f"SELECT count(*) FROM {table}"))
            for index, table in pairs
        )


def test_batch_search_indexes_the_saved_documents_alone(
    store: Store, monkeypatch: pytest.MonkeyPatch, fail_places_of, nl_doc, en_doc, ru_doc, pl_doc
) -> None:
    fail_places_of(nl_doc)
    errors: list[StoreError] = []
    assert store.save_documents([en_doc, nl_doc, ru_doc, pl_doc], errors=errors) == (3, 0)
    assert store.search_claims("zelensky") == []  # the failed document left nothing behind
    assert [hit.attribution for hit in store.search_claims("zaatakowany")] == ["pl-a1"]
    assert [hit.attribution for hit in store.search_claims("непричастность")] == ["ru-a1"]
    assert [a.id for a in store.list_articles(q="BLATANT, BALD")] == [en_doc.id]
    assert _search_rows_match_tables(store)

    monkeypatch.undo()
    assert store.save_documents([nl_doc]) == (1, 0)
    assert {hit.attribution for hit in store.search_claims("zelensky")} == {"nl-a1", "nl-a2"}
    assert [a.id for a in store.list_articles(q="droneaanval")] == [nl_doc.id]
    assert _search_rows_match_tables(store)


def test_batch_raises_first_failure_keeps_earlier(
    store: Store, fail_places_of, nl_doc, en_doc, ru_doc, pl_doc
) -> None:
    fail_places_of(ru_doc)
    with pytest.raises(StoreError) as info:
        store.save_documents([en_doc, nl_doc, ru_doc, pl_doc])
    assert info.value.source == ru_doc.id
    assert store.has_document(en_doc.id) and store.has_document(nl_doc.id)
    assert not store.has_document(ru_doc.id) and _row_counts(store, ru_doc.id) == {0}
    assert not store.has_document(pl_doc.id)  # not attempted, as before batching
    assert store.save_documents([ru_doc, pl_doc], errors=[]) == (1, 0)  # still failing


def test_batch_unexpected_error_keeps_earlier(
    store: Store, fail_places_of, nl_doc, en_doc, ru_doc
) -> None:
    fail_places_of(nl_doc, ValueError("not a database error"))
    with pytest.raises(ValueError, match="not a database error"):
        store.save_documents([en_doc, nl_doc, ru_doc])
    assert store.get_document(en_doc.id) == en_doc
    assert _row_counts(store, nl_doc.id) == {0} and not store.has_document(ru_doc.id)
    assert [hit.attribution for hit in store.search_claims("blatant")] == ["en-a1"]
    assert _search_rows_match_tables(store)


def test_batch_transaction_failure_saves_one_by_one(
    store: Store, monkeypatch: pytest.MonkeyPatch, sample_docs: list[Document]
) -> None:
    def locked(conn, ids):
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(repo, "_stored_ids", locked)
    assert store.save_documents(sample_docs) == (4, 0)
    assert [store.get_document(d.id) for d in sample_docs] == sample_docs
    assert [hit.attribution for hit in store.search_claims("zaatakowany")] == ["pl-a1"]
    assert _search_rows_match_tables(store)


def _shared_url(backend: str, tmp_path: Path) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'claims.db'}"
    if not os.environ.get(PG_URL_ENV):
        pytest.skip(f"${PG_URL_ENV} is not set")
    return os.environ[PG_URL_ENV]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_batches_store_each_document_once(
    backend: str, tmp_path: Path, sample_docs: list[Document], nl_doc, en_doc
) -> None:
    url = _shared_url(backend, tmp_path)
    with open_store(url) as setup, setup._engine.begin() as conn:
        for table in reversed(TABLES):  # a PostgreSQL test database may hold earlier runs
            conn.execute(text(f"DELETE FROM {table}"))
    orders = [sample_docs * 3, list(reversed(sample_docs)) * 3, [nl_doc, en_doc] * 6]
    barrier = threading.Barrier(len(orders))
    results: list[tuple[int, int]] = []
    failures: list[BaseException] = []

    def save(docs: list[Document]) -> None:
        try:
            with open_store(url) as store:
                barrier.wait()
                results.append(store.save_documents(docs, batch=2))
        except BaseException as exc:  # reported below: a thread's exception is otherwise lost
            failures.append(exc)

    threads = [threading.Thread(target=save, args=(docs,)) for docs in orders]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not failures
    assert sum(added for added, _ in results) == len(sample_docs)
    assert sum(map(sum, results)) == sum(map(len, orders))
    with open_store(url) as store:
        assert [store.get_document(d.id) for d in sample_docs] == sample_docs


def test_batch_one_insert_per_table(store: Store, sample_docs: list[Document]) -> None:
    inserts: list[str] = []

    def count_insert(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO") and " SELECT " not in statement:
            inserts.append(statement.split()[2])

    event.listen(store._engine, "before_cursor_execute", count_insert)
    assert store.save_documents(sample_docs) == (4, 0)
    assert sorted(inserts) == sorted(set(inserts)) and "documents" in inserts  # one per table
    assert "attributions" in inserts
    assert [store.get_document(d.id) for d in sample_docs] == sample_docs


def test_an_interrupt_saves_the_documents_given_before_it(
    store: Store, nl_doc, en_doc, ru_doc, pl_doc
) -> None:
    # Ctrl-C while ingest analyzed the next article lost the batch gathered so far (up to 63
    # analyzed articles): none of it was saved
    def interrupted_after_three() -> Iterator[Document]:
        yield from (nl_doc, en_doc, nl_doc)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as stop:
        store.save_documents(interrupted_after_three(), batch=64)
    assert (stop.value.added, stop.value.skipped) == (2, 1)
    assert store.count_documents() == 2
    assert store.get_document(en_doc.id) == en_doc and _row_counts(store, ru_doc.id) == {0}
    assert store.save_documents([nl_doc, en_doc, ru_doc, pl_doc]) == (2, 2)  # a rerun goes on
