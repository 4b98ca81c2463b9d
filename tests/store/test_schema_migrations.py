"""Schema migrations: a store made by the pre-Alembic code is upgraded in place, new stores and
concurrent openers end at the newest revision, and that revision matches tables.py."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from types import ModuleType

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from claimgraph.model import Document
from claimgraph.store import open_store
from claimgraph.store.mapping import DOCUMENT_TABLE, document_to_row, item_rows
from claimgraph.store.schema import MIGRATIONS, current_revision, head_revision
from claimgraph.store.search import SEARCH_TABLES
from claimgraph.store.tables import Base

NEW_INDEXES = {
    "ix_documents_date_order",
    "ix_documents_date_listing",
    "ix_attributions_speaker_key_doc",  # 0007's, which replaced 0006's, which replaced 0002's
    "ix_documents_lang_id",  # 0007's, which replaced the baseline's (lang)
    "ix_places_geonames_id",
    "ix_events_date",
}


# derived columns that later migrations added (and fill)
NEW_DERIVED = {"events": {"date"}, "attributions": {"speaker_key"}}


def _baseline() -> ModuleType:
    path = MIGRATIONS / "versions" / "0001_baseline.py"
    spec = importlib.util.spec_from_file_location("_claimgraph_baseline", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _old_store(path: Path, docs: list[Document]) -> str:
    """A SQLite store as the pre-Alembic code made it: create_all of that schema, no
    ``alembic_version``, no new indexes, no search tables, events without ``date``."""
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    metadata = _baseline().baseline_metadata()
    metadata.create_all(engine)
    with engine.begin() as conn:
        for doc in docs:
            conn.execute(DOCUMENT_TABLE.insert(), document_to_row(doc))
            for item, rows in item_rows(doc):
                dropped = NEW_DERIVED.get(item.table.name, set())
                old_rows = [{k: v for k, v in row.items() if k not in dropped} for row in rows]
                if old_rows:
                    conn.execute(metadata.tables[item.table.name].insert(), old_rows)
    engine.dispose()
    return url


def _index_names(url: str) -> set[str]:
    engine = create_engine(url)
    with engine.connect() as conn:
        names = {
            row[0]
            for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
        }
    engine.dispose()
    return names


def test_old_store_is_upgraded_in_place_with_its_data(tmp_path: Path, sample_docs) -> None:
    url = _old_store(tmp_path / "old.db", sample_docs)
    assert not NEW_INDEXES & _index_names(url)

    with open_store(url) as store:
        assert store._search_tables
        for doc in sample_docs:
            assert store.get_document(doc.id) == doc
        hits = store.search_claims("zelensky")
        assert {hit.attribution for hit in hits} == {"nl-a1", "nl-a2"}
        assert [hit.attribution for hit in store.search_claims("непричастность")] == ["ru-a1"]
        assert [a.id for a in store.list_articles(q="DRONEAANVAL")] == [sample_docs[0].id]
        assert [s.speaker for s in store.speaker_counts(q="blinken")] == ["Antony Blinken"]
        with store._engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            dates = conn.execute(text("SELECT date FROM events ORDER BY ordinal")).scalars()
            assert list(dates) == ["2023-05-02", "2023-05"]  # a TimeML date; the article's
    assert _index_names(url) >= NEW_INDEXES

    # Stored after the upgrade: the triggers index it in the same transaction.
    pl = sample_docs[3]
    with open_store(url) as store:
        assert [h.attribution for h in store.search_claims("zaatakowany")] == [
            pl.attributions[0].id
        ]


def test_new_store_is_at_head_and_matches_tables_py(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_store(url).close()
    engine = create_engine(url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert set(SEARCH_TABLES) <= set(inspect(conn).get_table_names())
        with pytest.warns():  # SQLAlchemy cannot reflect the expression indexes; it says so
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    # Only the FTS tables (and their shadow tables), which tables.py leaves to the migrations.
    unexpected = [
        d
        for d in diffs
        if not (d[0] == "remove_table" and d[1].name.startswith(SEARCH_TABLES))
        and not (d[0] == "add_index" and d[1].name.startswith("ix_documents_date_"))
    ]
    assert unexpected == []


def test_concurrent_openers_of_a_new_store_all_succeed(tmp_path: Path, sample_docs) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    errors: list[BaseException] = []

    def open_and_save(doc: Document) -> None:
        try:
            with open_store(url) as store:
                store.save_document(doc)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_and_save, args=(doc,)) for doc in sample_docs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(url) as store:
        assert store.count_documents() == len(sample_docs)
        assert len(store.search_claims("zaatakowany")) == 1


def test_store_that_lost_its_tables_is_rebuilt(tmp_path: Path, ru_doc) -> None:
    url = f"sqlite:///{tmp_path / 'wiped.db'}"
    open_store(url).close()
    engine = create_engine(url)
    Base.metadata.drop_all(engine)  # leaves alembic_version (and the FTS tables) behind
    engine.dispose()
    with open_store(url) as store:
        store.save_document(ru_doc)
        assert store.get_document(ru_doc.id) == ru_doc
        assert len(store.search_claims("Украины")) == 1


def test_store_from_a_newer_claimgraph_is_refused_in_one_line_and_left_alone(tmp_path) -> None:
    from claimgraph.errors import StoreError

    url = f"sqlite:///{tmp_path / 'newer.db'}"
    with open_store(url) as store:
        store.save_document(Document(text="Rusland dreigt met vergelding.", id="d1", lang="nl"))
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0999'"))
    with pytest.raises(StoreError, match="0999 is newer than this claimgraph") as caught:
        open_store(url)
    assert "\n" not in str(caught.value)
    with engine.connect() as conn:  # nothing was changed or lost
        assert current_revision(conn) == "0999"
        assert conn.execute(text("SELECT count(*) FROM documents")).scalar() == 1
    engine.dispose()
