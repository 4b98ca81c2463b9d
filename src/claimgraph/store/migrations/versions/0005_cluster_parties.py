"""The number of parties behind each claim cluster, to list the most contested claims first.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27

``claim_clusters.parties``: how many sides (``link.ledger.party_of``: "Kremlin spokesman" and
"Rusland" are one, Russia) assert, deny, doubt or speculate about the claim; questions do not
count. ``claimgraph ledger`` and the stories page list clusters by it, then by their number of
sources, so that a claim four sides argue about comes before one speaker repeating a line in two
briefings. Clusters are rebuilt as a whole by ``claimgraph link``; until then a store's
existing clusters have no count (NULL) and are listed after counted ones, by size.

Idempotent: the column is added only when missing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLE = "claim_clusters"


def upgrade() -> None:
    if "parties" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns(TABLE)}:
        op.add_column(TABLE, sa.Column("parties", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table(TABLE) as batch:
        batch.drop_column("parties")
