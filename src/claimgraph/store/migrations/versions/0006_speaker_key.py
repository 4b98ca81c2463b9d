"""Who each attribution's speaker is, whatever the spelling: ``attributions.speaker_key``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

A speaker page selected the attributions whose speaker *contains* the name ("President" found
"Vice President" and "Does the President"; "Putin" found "Putin's spokesperson"), and the speaker
listings merged a person's spellings ("Zelensky", "Zelenskyy", "Zelenski") only within the page
they showed. ``speaker_key`` (:func:`claimgraph.store.mapping.speaker_key`: a well-known person's
canonical name for any of their spellings, else the name, case and spacing folded) lets a
speaker page select one person and the listings group by person in SQL, across pages. Indexed
with the stance, for the listings' counts per person and stance.

The keys of stored rows are filled here from their speakers with the people data of the
claimgraph that runs the upgrade (not a frozen copy: the key means "the person these people
data name"). A store made before the fifteenth session keeps a person's Dutch spelling in English
articles ("Vladimir Poetin"); the store shows them as the article's language writes the person
(:func:`claimgraph.lang.display_name`) when it reads them, so those stores need no re-ingest.

On SQLite the search index's update trigger on ``attributions`` (migration 0002) is set aside
while the keys are filled: it would rewrite every row's search entry for a column the search
does not read. It is recreated from its own stored definition in the same transaction.

Idempotent: the column and index are added only when missing, and only rows without a key are
filled.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

from claimgraph.store.mapping import speaker_key

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLE = "attributions"
INDEX = "ix_attributions_speaker_key"
SEARCH_TRIGGER = "search_attributions_update"
_BATCH = 1000


def upgrade() -> None:
    bind = op.get_bind()
    if "speaker_key" not in {c["name"] for c in sa.inspect(bind).get_columns(TABLE)}:
        op.add_column(TABLE, sa.Column("speaker_key", sa.Text, nullable=True))
    with _search_trigger_set_aside(bind):
        _fill_keys(bind)
    bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} (speaker_key, stance)")


def _fill_keys(bind: sa.Connection) -> None:
    """Set the key of every row that has none, one UPDATE per distinct speaker (batched)."""
    table = sa.table(TABLE, sa.column("speaker"), sa.column("speaker_key"))
    speakers = bind.scalars(
        sa.select(table.c.speaker).where(table.c.speaker_key.is_(None)).distinct()
    ).all()
    update = (
        table.update()
        .where(table.c.speaker == sa.bindparam("name"), table.c.speaker_key.is_(None))
        .values(speaker_key=sa.bindparam("key"))
    )
    for start in range(0, len(speakers), _BATCH):
        batch = speakers[start : start + _BATCH]
        bind.execute(update, [{"name": name, "key": speaker_key(name)} for name in batch])


@contextmanager
def _search_trigger_set_aside(bind: sa.Connection) -> Iterator[None]:
    """Without the SQLite search index's update trigger on ``attributions`` (if any) inside."""
    definition = None
    if bind.dialect.name == "sqlite":
        found = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"
        definition = bind.exec_driver_sql(found, (SEARCH_TRIGGER,)).scalar()
    if definition:
        bind.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    yield
    if definition:
        bind.exec_driver_sql(definition)


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
    # In place (SQLite 3.35+, PostgreSQL): a batch copy of the table would drop the search
    # index's triggers on it.
    bind.exec_driver_sql(f"ALTER TABLE {TABLE} DROP COLUMN speaker_key")
