"""Where each event's time comes from: ``events.time_basis``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28

An event's ``time`` is a time named in its sentence, a "some time before/after now" of its
clause (PAST_REF, FUTURE_REF), or, when its sentence names no time, its article's publication
date, which may be days or years after the event (:attr:`claimgraph.model.Event.time_basis`:
"sentence", "clause", "published"). Before this revision a store could not tell the last from
the first; ``claimgraph events``, the exports and the events page now say which it is.

The column is added with the empty basis for the rows already stored: which basis their time
had is not recorded anywhere, and guessing "published" from a time equal to the article date
would be wrong for an event dated "vandaag" in its sentence. Re-ingesting an article (into a
new store) records it. ``events.date`` (:func:`claimgraph.store.mapping.event_date`) is left
as it is.

Idempotent: the column is added only when missing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "events"
COLUMN = "time_basis"


def upgrade() -> None:
    if COLUMN not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(TABLE)}:
        op.add_column(TABLE, sa.Column(COLUMN, sa.String, nullable=False, server_default=""))


def downgrade() -> None:
    # In place (SQLite 3.35+, PostgreSQL), as migration 0006 drops its column.
    op.get_bind().exec_driver_sql(f"ALTER TABLE {TABLE} DROP COLUMN {COLUMN}")
