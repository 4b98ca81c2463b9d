"""Migration 0003: a store made at revision 0002 (search tables filled by insert triggers,
planner statistics from an ANALYZE of the new, empty store) is upgraded with its data and
search intact, and FTS5 then merges its index segments by rowid instead of scanning them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from claimgraph.model import Document
from claimgraph.store import open_store
from claimgraph.store.dialect import make_engine
from claimgraph.store.mapping import DOCUMENT_TABLE, document_to_row, item_rows
from claimgraph.store.schema import current_revision, head_revision, upgrade_schema
from claimgraph.store.search import SEARCH_TABLES

# The statement FTS5 runs when it merges segments (fts5_index.c, fts5DataRemoveSegment).
SEGMENT_DELETE = "DELETE FROM {table}_data WHERE id>=? AND id<=?"
# Columns that later revisions added to tables of 0002.
LATER = {"speaker_key", "time_basis"}


def _segment_delete_plans(conn: Connection) -> list[str]:
    plans = []
    for table in SEARCH_TABLES:
        rows = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + SEGMENT_DELETE.format(table=table), (1, 2)
        ).all()
        plans.append(" ".join(row[-1] for row in rows))
    return plans


def _uses_rowid(plans: list[str]) -> bool:
    return all("SEARCH" in plan and "INTEGER PRIMARY KEY" in plan for plan in plans)


def _triggers(conn: Connection) -> set[str]:
    rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
    return {row[0] for row in rows}


def _store_at_0002(path: Path, docs: list[Document]) -> str:
    """A new store migrated to 0002 only, its documents inserted as the code of that
    revision did (its insert triggers fill the search tables)."""
    url = f"sqlite:///{path}"
    engine = make_engine(make_url(url))
    upgrade_schema(engine, "0002")
    with engine.begin() as conn:
        for doc in docs:
            conn.execute(DOCUMENT_TABLE.insert(), document_to_row(doc))
            for item, rows in item_rows(doc):
                if rows:  # without the speaker key (0006) and the events' time basis (0009)
                    old_rows = [{k: v for k, v in r.items() if k not in LATER} for r in rows]
                    conn.execute(item.table.insert(), old_rows)
    with engine.connect() as conn:
        assert current_revision(conn) == "0002"
        assert not _uses_rowid(_segment_delete_plans(conn))  # the fault 0003 repairs
    engine.dispose()
    return url


def test_store_at_0002_upgrades_with_data_and_search_intact(
    tmp_path: Path, nl_doc, en_doc, ru_doc, pl_doc
) -> None:
    url = _store_at_0002(tmp_path / "r2.db", [nl_doc, en_doc, ru_doc])

    with open_store(url) as store:
        with store._engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            assert _uses_rowid(_segment_delete_plans(conn))
            triggers = _triggers(conn)
        assert not {f"{table}_insert" for table in SEARCH_TABLES} & triggers
        assert {f"{table}_{op}" for table in SEARCH_TABLES for op in ("delete", "update")} <= (
            triggers
        )
        for doc in (nl_doc, en_doc, ru_doc):
            assert store.get_document(doc.id) == doc
        assert {hit.attribution for hit in store.search_claims("zelensky")} == {"nl-a1", "nl-a2"}
        assert [a.id for a in store.list_articles(q="DRONEAANVAL")] == [nl_doc.id]
        # Saved after the upgrade: indexed by the store, not by a trigger.
        assert store.save_documents([pl_doc, nl_doc]) == (1, 1)
        assert [hit.attribution for hit in store.search_claims("zaatakowany")] == ["pl-a1"]
        assert len(store.search_claims("zelensky")) == 2  # the skipped document not twice

    with open_store(url) as store, store._engine.connect() as conn:  # a new connection
        assert _uses_rowid(_segment_delete_plans(conn))


@pytest.mark.parametrize("where", ["memory", "file"])
def test_new_store_merges_search_segments_by_rowid(tmp_path: Path, where: str, ru_doc) -> None:
    url = "sqlite://" if where == "memory" else f"sqlite:///{tmp_path / 'new.db'}"
    with open_store(url) as store:
        with store._engine.connect() as conn:
            assert _uses_rowid(_segment_delete_plans(conn))
        store.save_document(ru_doc)
        assert [hit.attribution for hit in store.search_claims("Украины")] == ["ru-a1"]
    if where == "file":
        with open_store(url) as store, store._engine.connect() as conn:
            assert _uses_rowid(_segment_delete_plans(conn))
