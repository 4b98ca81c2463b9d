"""A failing save rolls back that document alone and keeps what was stored before."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from claimgraph.errors import StoreError
from claimgraph.model import Attribution, Document
from claimgraph.store import open_store, repo
from claimgraph.store.ledger import link_store

TABLES = ("documents", "attributions", "entities", "timexes", "places", "events", "claims")


def _rows_of(url: str, doc_id: str) -> dict[str, int]:
    """Row counts per table for ``doc_id``, read through a separate engine."""
    engine = create_engine(url)
    counts = {}
    with engine.connect() as conn:
        for table in TABLES:
            key = "id" if table == "documents" else "doc_id"
            query = text(f"SELECT count(*) FROM {table} WHERE {key} = :d")
            counts[table] = conn.scalar(query, {"d": doc_id})
    engine.dispose()
    return counts


@pytest.fixture
def failing_places(monkeypatch: pytest.MonkeyPatch, nl_doc: Document) -> list[str]:
    """Make inserting nl_doc's places fail, after its document, attributions, entities, timexes."""
    inserted: list[str] = []
    real_insert = repo._insert_rows

    def insert_rows(conn, item, rows):
        if item.attr == "places" and any(row["doc_id"] == nl_doc.id for row in rows):
            raise OperationalError(
                "INSERT INTO places", {}, sqlite3.OperationalError("disk I/O error")
            )
        real_insert(conn, item, rows)
        inserted.append(item.attr)

    monkeypatch.setattr(repo, "_insert_rows", insert_rows)
    return inserted


def test_failure_mid_insert_rolls_back_document(tmp_path: Path, failing_places, nl_doc, en_doc):
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    with open_store(url) as store:
        assert store.save_document(en_doc)
        with pytest.raises(StoreError) as info:
            store.save_document(nl_doc)
        assert {"attributions", "entities", "timexes"} <= set(failing_places)  # got that far
        assert store.get_document(en_doc.id) == en_doc
        assert store.count_documents() == 1
    assert set(_rows_of(url, nl_doc.id).values()) == {0}
    message = str(info.value)
    assert "\n" not in message and nl_doc.id in message and "disk I/O error" in message


def test_save_documents_collects_failure_and_goes_on(tmp_path, failing_places, sample_docs, nl_doc):
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    errors: list[StoreError] = []
    with open_store(url) as store:
        assert store.save_documents(sample_docs, errors=errors) == (3, 0)
        assert len(errors) == 1 and errors[0].source == nl_doc.id
        assert not store.has_document(nl_doc.id)
    assert set(_rows_of(url, nl_doc.id).values()) == {0}


def test_save_documents_raises_first_failure_keeps_earlier(store, failing_places, en_doc, nl_doc):
    with pytest.raises(StoreError):
        store.save_documents([en_doc, nl_doc])
    assert store.has_document(en_doc.id) and not store.has_document(nl_doc.id)


def test_failed_document_can_be_saved_later(store, monkeypatch, nl_doc) -> None:
    real_insert = repo._insert_rows

    def failing(conn, item, rows):
        if item.attr == "claims":
            raise OperationalError("INSERT INTO claims", {}, sqlite3.OperationalError("locked"))
        real_insert(conn, item, rows)

    monkeypatch.setattr(repo, "_insert_rows", failing)
    with pytest.raises(StoreError):
        store.save_document(nl_doc)
    monkeypatch.setattr(repo, "_insert_rows", real_insert)
    # Nothing partial was left behind that would make this look like a duplicate.
    assert store.save_document(nl_doc) is True
    assert store.get_document(nl_doc.id) == nl_doc


def test_invalid_item_is_rejected_by_database(store, ru_doc: Document, pl_doc: Document) -> None:
    store.save_document(pl_doc)
    # content_span is required: the NOT NULL columns reject the row, the whole document goes.
    no_content = Attribution("Россия", None, "", None, content_span=None)  # type: ignore[arg-type]
    broken = Document(text=ru_doc.text, lang="ru", entities=[], attributions=[no_content])
    with pytest.raises(StoreError, match="cannot save document"):
        store.save_document(broken)
    assert not store.has_document(broken.id)
    assert store.get_document(pl_doc.id) == pl_doc


def test_read_failure_gives_one_line_store_error(tmp_path: Path, pl_doc: Document) -> None:
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    with open_store(url) as store:
        store.save_document(pl_doc)
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE attributions"))
        engine.dispose()
        with pytest.raises(StoreError, match="cannot read the store") as info:
            store.query_attributions(speaker="kreml")
        assert "\n" not in str(info.value)
        with pytest.raises(StoreError):
            store.get_document(pl_doc.id)


def test_link_into_a_read_only_store_says_why(tmp_path: Path, sample_docs) -> None:
    # `claimgraph link` on a read-only store said only "cannot save claim links
    # (OperationalError)"
    path = tmp_path / "store.db"
    with open_store(f"sqlite:///{path}") as store:
        store.save_documents(sample_docs)
    read_only = open_store(f"sqlite:///file:{path}?mode=ro&uri=true")
    with read_only, pytest.raises(StoreError, match="attempt to write a readonly database"):
        link_store(read_only)


def test_a_read_only_store_is_found_before_any_document_is_saved(
    tmp_path: Path, sample_docs
) -> None:
    # ingest into a read-only store failed only at its first save, after analyzing a batch,
    # naming the first document ("4e7ff8e8c49a1951: cannot save document ...") not the store
    path = tmp_path / "store.db"
    with open_store(f"sqlite:///{path}") as store:
        store.check_writable()  # a writable store passes, and nothing is written
        assert store.count_documents() == 0
    read_only = open_store(f"sqlite:///file:{path}?mode=ro&uri=true")
    with read_only, pytest.raises(StoreError) as info:
        read_only.check_writable()
    message = str(info.value)
    assert message.startswith(read_only.url + ": cannot write to this store")
    assert "attempt to write a readonly database" in message
