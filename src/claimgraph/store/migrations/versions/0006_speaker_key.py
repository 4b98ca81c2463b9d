"""Who each attribution's speaker is, whatever the spelling: ``attributions.speaker_key``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

A speaker page selected the attributions whose speaker *contains* the name ("President" found
"Vice President" and "Does the President"; "Putin" found "Putin's spokesperson"), and the speaker
listings merged a person's spellings ("Zelensky", "Zelenskyy", "Zelenski") only within the page
they showed. ``speaker_key`` (:func:`claimgraph.extract.identity.speaker_key`: a well-known person's
canonical name for any of their spellings, else the name, case and spacing folded) lets a
speaker page select one person and the listings group by person in SQL, across pages.

Steps, each with the people data of the claimgraph that runs the upgrade (not a frozen copy:
the key means "the person these people data name"):

1. A well-known person's stored name becomes the one their article's language writes them with
   (:func:`claimgraph.lang.display_name`), as ``claimgraph ingest`` writes it since the fifteenth
   session: a store made before then has "Vladimir Poetin" in its English articles and now shows
   "Vladimir Putin" without a re-ingest. The claims that ``claimgraph link`` and the claim
   ledgers read (``claims.speaker``) change with them. Only the rows of known people's
   spellings change (the search index follows them through its update trigger).
2. The key of every row is filled, one UPDATE per distinct speaker. On SQLite the search
   index's update trigger on ``attributions`` (migration 0002) is set aside meanwhile: it would
   rewrite every row's search entry for a column the search does not read. It is recreated from
   its own stored definition in the same transaction.
3. ``(speaker_key, stance, speaker)`` is indexed: it covers a speaker page's lookup and the
   listings' counts per person and stance and their names per person. It supersedes
   ``ix_attributions_speaker_stance (speaker, stance)`` (migration 0002), which is dropped: no
   query looks up the written name any more, and each index costs a B-tree insert per stored
   attribution.

Steps 1 and 2 are :func:`claimgraph.store.speaker_keys.rekey_speakers`, which ``claimgraph
speakers --rekey`` runs after the people data change (seventeenth session).

Idempotent: the column and index are added only when missing, only rows whose key differs
from their speaker's are updated, and a name already as its language writes it is left alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from claimgraph.store.speaker_keys import rekey_speakers

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLE = "attributions"
INDEX = "ix_attributions_speaker_key"
OLD_INDEX = "ix_attributions_speaker_stance"


def upgrade() -> None:
    bind = op.get_bind()
    if "speaker_key" not in {c["name"] for c in sa.inspect(bind).get_columns(TABLE)}:
        op.add_column(TABLE, sa.Column("speaker_key", sa.Text, nullable=True))
    rekey_speakers(bind)  # steps 1 and 2
    bind.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} (speaker_key, stance, speaker)"
    )
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def downgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {TABLE} (speaker, stance)")
    bind.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
    # In place (SQLite 3.35+, PostgreSQL): a batch copy of the table would drop the search
    # index's triggers on it.
    bind.exec_driver_sql(f"ALTER TABLE {TABLE} DROP COLUMN speaker_key")
