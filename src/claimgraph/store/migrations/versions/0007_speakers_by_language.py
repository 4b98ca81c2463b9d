"""The speaker lists filtered by language read indexes only.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

A speaker list for one language (``/speakers?lang=nl``, ``/api/speakers?lang=nl``,
``claimgraph speakers --lang nl``) counts the attributions per person of the articles in that
language: each attribution's ``doc_id`` joined with its document's ``lang``. Neither was in an
index: per attribution, its table row was read for ``doc_id`` and its document's row for
``lang``, 180-560 ms at 71,000 attributions where the list without a language takes 20-35 ms
(bench/results/web.md, seventeenth session).

1. ``ix_attributions_speaker_key_doc (speaker_key, stance, speaker, doc_id)`` replaces 0006's
   ``ix_attributions_speaker_key (speaker_key, stance, speaker)``: the same lookups and counts
   by person, stance and name, and the ``doc_id`` to join on.
2. ``ix_documents_lang_id (lang, id)`` replaces the baseline's ``ix_documents_lang (lang)``:
   the same lookups by language, and each attribution's document checked in the index.

The two tables are analyzed for the planner. Idempotent: each index is created if missing and its predecessor dropped if present; downgrade
swaps them back.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# (table, index, its columns, the index it replaces, that one's columns)
SWAPS = (
    (
        "attributions",
        "ix_attributions_speaker_key_doc",
        "speaker_key, stance, speaker, doc_id",
        "ix_attributions_speaker_key",
        "speaker_key, stance, speaker",
    ),
    ("documents", "ix_documents_lang_id", "lang, id", "ix_documents_lang", "lang"),
)


def _swap(create: str, table: str, columns: str, drop: str) -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {create} ON {table} ({columns})")
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {drop}")


def upgrade() -> None:
    for table, index, columns, old, _ in SWAPS:
        _swap(index, table, columns, old)
        # Statistics for the planner: without them SQLite walks a language's documents and
        # reads each of their attributions' rows (0.3 s for both tables at 71,000 attributions).
        op.get_bind().exec_driver_sql(f"ANALYZE {table}")


def downgrade() -> None:
    for table, index, _, old, old_columns in SWAPS:
        _swap(old, table, old_columns, index)
