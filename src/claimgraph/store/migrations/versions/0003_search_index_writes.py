"""Search index writes that do not grow with the store (SQLite; issue #9).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Saving a document took time in proportion to the number stored (2.4 ms per document at 1,000
stored documents, 10.8 ms at 6,000, on a new store), for two reasons, both in the FTS5 search
tables of 0002:

- Statistics. 0002 ends with ``ANALYZE``; on a new store that runs right after the FTS5 tables
  are made, so ``sqlite_stat1`` records 2 rows for each ``search_*_data`` table (FTS5's two
  header records). Believing that, SQLite (3.40) plans the statement FTS5 runs whenever it
  merges index segments, ``DELETE FROM search_*_data WHERE id>=? AND id<=?``, as a scan of the
  table, which holds the whole trigram index, instead of a rowid range. These tables are read
  only by FTS5's own statements, by rowid, so their statistics row is set to the size SQLite
  assumes for a table without statistics (about a million rows), under which FTS5 uses the
  rowid. A row that is there is reloaded at once (removing it would leave every open
  connection, and an in-memory store's only one, with the old estimate). ``PRAGMA optimize``
  leaves these tables alone (they have no index); a later full ``ANALYZE`` of a store with data
  records its real size, which plans the rowid range too (any size from 10 rows on).
- Triggers. FTS5 writes an index segment at every statement and savepoint boundary, and a
  trigger runs its insert as a statement per row: a segment, and merges, per attribution. The
  insert triggers are dropped; the store adds each batch of saved documents to the search
  tables with one statement per table, in the batch's transaction
  (:func:`claimgraph.store.search.add_to_search`). The update and delete triggers stay.

PostgreSQL keeps its own statistics (autovacuum), and its trigram GIN indexes take inserts
through their pending list: nothing changes there.

Idempotent: the statistics rows are replaced, the triggers dropped if they exist.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen copy of 0002's FTS5 tables and the tables whose inserts fed them.
SOURCES = {"search_attributions": "attributions", "search_documents": "documents"}
INSERTED = {
    "search_attributions": "NEW.doc_id, NEW.ordinal, NEW.speaker, NEW.content_text",
    "search_documents": "NEW.id, NEW.title, NEW.text",
}
# SQLite's row estimate for a table without statistics (LogEst 200, 2**20 rows).
ASSUMED_ROWS = "1048576"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    present = _tables(bind)
    tables = [table for table in SOURCES if table in present]
    for table in tables:
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_insert")
    if tables:
        _pin_segment_statistics(bind, [f"{table}_data" for table in tables])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    present = _tables(bind)
    for table, source in SOURCES.items():
        if table in present:
            bind.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {table}_insert AFTER INSERT ON {source} "
                f"BEGIN INSERT INTO {table} VALUES ({INSERTED[table]}); END"
            )
    if "sqlite_stat1" in present:
        segments = tuple(f"{table}_data" for table in SOURCES)
        bind.exec_driver_sql(
            "DELETE FROM sqlite_stat1 WHERE tbl IN (?, ?) AND stat = ?", (*segments, ASSUMED_ROWS)
        )


def _pin_segment_statistics(bind: sa.Connection, names: list[str]) -> None:
    bind.exec_driver_sql("ANALYZE sqlite_schema")  # creates sqlite_stat1 when missing
    for name in names:
        bind.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = ?", (name,))
        bind.exec_driver_sql(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, NULL, ?)", (name, ASSUMED_ROWS)
        )
    bind.exec_driver_sql("ANALYZE sqlite_schema")  # this connection plans with them from now on


def _tables(bind: sa.Connection) -> set[str]:
    rows = bind.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}
