"""Drop the single-column index on ``attributions.speaker`` (issue #9).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

0002 added ``ix_attributions_speaker_stance (speaker, stance)``. Its leading column serves every
lookup and grouping by speaker that ``ix_attributions_speaker`` (from ``index=True`` in the
baseline) served, so that index only cost a B-tree insert per stored attribution. Searching
speakers by substring uses the trigram search tables/indexes, not this one.

Idempotent: the index is dropped if it exists; downgrade recreates it.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEX = "ix_attributions_speaker"


def upgrade() -> None:
    op.get_bind().exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")


def downgrade() -> None:
    op.get_bind().exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {INDEX} ON attributions (speaker)")
