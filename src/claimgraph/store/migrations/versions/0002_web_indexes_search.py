"""Indexes for the web pages, the events' date, and the trigram search index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

- ``documents``: the listing orders (undated last) as indexes, so LIMIT/OFFSET pages walk an
  index instead of sorting every row; ``attributions (speaker, stance)`` covers the speaker
  counts; ``places (geonames_id)`` for the events map.
- ``events.date``: the event's calendar date, else its article's (filled here for stored
  events), indexed with the key: the events page filters and sorts on it in SQL.
- Search (see claimgraph.store.search): on SQLite FTS5 trigram tables kept by triggers, filled
  from the stored rows; on PostgreSQL pg_trgm GIN indexes on ``lower(col)`` (skipped, with
  search left to scans, when the extension cannot be created).

Idempotent: each step does only what is missing.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (
    "ix_documents_date_order ON documents ((date IS NULL), date, id)",
    "ix_documents_date_listing ON documents ((date IS NULL), date DESC, id)",
    "ix_attributions_speaker_stance ON attributions (speaker, stance)",
    "ix_places_geonames_id ON places (geonames_id)",
    "ix_events_date ON events (date DESC, doc_id, ordinal)",
)
# Frozen copy of claimgraph.store.mapping.event_date as of this revision.
_CALENDAR_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(?![\d\-W])")
_BATCH = 5000

# SQLite: one FTS5 table per searched table, with the trigger that keeps it.
FTS = {
    "search_attributions": {
        "columns": "doc_id UNINDEXED, ordinal UNINDEXED, speaker, content",
        "source": "attributions",
        "keys": ("doc_id", "ordinal"),
        "values": ("doc_id", "ordinal", "speaker", "content_text"),
    },
    "search_documents": {
        "columns": "doc_id UNINDEXED, title, text",
        "source": "documents",
        "keys": ("id",),
        "values": ("id", "title", "text"),
    },
}
# PostgreSQL: trigram indexes on the lower-cased searched columns.
TRIGRAM_INDEXES = {
    "ix_attributions_speaker_trgm": ("attributions", "speaker"),
    "ix_attributions_content_trgm": ("attributions", "content_text"),
    "ix_documents_title_trgm": ("documents", "title"),
    "ix_documents_text_trgm": ("documents", "text"),
}


def upgrade() -> None:
    bind = op.get_bind()
    _add_event_dates(bind)
    for index in INDEXES:
        bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {index}")
    if bind.dialect.name == "sqlite":
        _sqlite_search(bind)
    elif bind.dialect.name == "postgresql":
        _postgresql_search(bind)
    # Statistics for the planner: without them SQLite sorts every attribution for a deep page
    # instead of walking the new date index.
    bind.exec_driver_sql("ANALYZE")


def downgrade() -> None:
    bind = op.get_bind()
    for name in [index.split()[0] for index in INDEXES] + list(TRIGRAM_INDEXES):
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for table in FTS:
        for suffix in ("insert", "delete", "update"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
    op.drop_column("events", "date")


def _add_event_dates(bind: sa.Connection) -> None:
    if "date" not in {c["name"] for c in sa.inspect(bind).get_columns("events")}:
        op.add_column("events", sa.Column("date", sa.String, nullable=True))
    rows = bind.execute(
        sa.text(
            "SELECT e.doc_id, e.ordinal, e.time, d.date AS published FROM events e "
            "JOIN documents d ON d.id = e.doc_id WHERE e.date IS NULL"
        )
    ).all()
    update = sa.text("UPDATE events SET date = :date WHERE doc_id = :doc_id AND ordinal = :ordinal")
    for start in range(0, len(rows), _BATCH):
        bind.execute(
            update,
            [
                {"date": _event_date(r.time, r.published), "doc_id": r.doc_id, "ordinal": r.ordinal}
                for r in rows[start : start + _BATCH]
            ],
        )


def _event_date(time: str, published: str | None) -> str:
    found = _CALENDAR_DATE.match(time or "")
    return found.group(0) if found else published or ""


def _has_fts5(bind: sa.Connection) -> bool:
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def _sqlite_search(bind: sa.Connection) -> None:
    if not _has_fts5(bind):
        return  # search goes on by scanning
    for table, spec in FTS.items():
        bind.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({spec['columns']}, "
            "tokenize='trigram', detail='none')"
        )
        if _create_triggers(bind, table, spec):
            # New triggers: whatever the table held may be stale; fill it from the rows.
            values = ", ".join(spec["values"])
            bind.exec_driver_sql(f"DELETE FROM {table}")
            bind.exec_driver_sql(f"INSERT INTO {table} SELECT {values} FROM {spec['source']}")


def _create_triggers(bind: sa.Connection, table: str, spec: dict) -> bool:
    """The triggers keeping ``table`` in step with its source; True when they were missing."""
    existing = {
        row[0]
        for row in bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (spec["source"],),
        )
    }
    wanted = {f"{table}_insert", f"{table}_delete", f"{table}_update"}
    if wanted <= existing:
        return False
    new = ", ".join(f"NEW.{column}" for column in spec["values"])
    match = " AND ".join(
        f"{column} = OLD.{key}"
        for column, key in zip(("doc_id", "ordinal"), spec["keys"], strict=False)
    )
    source = spec["source"]
    bind.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS {table}_insert AFTER INSERT ON {source} "
        f"BEGIN INSERT INTO {table} VALUES ({new}); END"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS {table}_delete AFTER DELETE ON {source} "
        f"BEGIN DELETE FROM {table} WHERE {match}; END"
    )
    bind.exec_driver_sql(
        f"CREATE TRIGGER IF NOT EXISTS {table}_update AFTER UPDATE ON {source} "
        f"BEGIN DELETE FROM {table} WHERE {match}; INSERT INTO {table} VALUES ({new}); END"
    )
    return True


def _postgresql_search(bind: sa.Connection) -> None:
    schema = _trigram_schema(bind)
    if schema is None:
        return  # no pg_trgm here: search goes on by scanning
    opclass = f'"{schema}".gin_trgm_ops'
    for name, (table, column) in TRIGRAM_INDEXES.items():
        bind.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (lower({column}) {opclass})"
        )


def _trigram_schema(bind: sa.Connection) -> str | None:
    """The schema holding pg_trgm, created (a trusted extension) when missing; None when it
    cannot be."""
    find = sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    )
    schema = bind.execute(find).scalar()
    if schema is not None:
        return schema
    savepoint = bind.begin_nested()
    try:
        bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        savepoint.rollback()
        return None
    savepoint.commit()
    return bind.execute(find).scalar()
