"""Baseline: the schema that ``Base.metadata.create_all`` made before migrations existed.

Revision ID: 0001
Revises:
Create Date: 2026-11-26

Creates each table (and its indexes) only when it is missing, so a store made by the
pre-Alembic code is adopted as it is, and a new store gets the full baseline. The tables are
copied here, frozen, from tables.py/link_tables.py as they were at that time: later schema
changes are later migrations, never edits of this file.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _item_keys() -> list[sa.Column]:
    return [
        sa.Column(
            "doc_id",
            sa.String,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("ordinal", sa.Integer, primary_key=True),
    ]


def baseline_metadata() -> sa.MetaData:
    """The pre-Alembic schema (claimgraph at commit 06dc8ce)."""
    md = sa.MetaData()
    sa.Table(
        "documents", md,
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("lang", sa.String, nullable=False, index=True),
        sa.Column("date", sa.String, nullable=True, index=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )  # fmt: skip
    sa.Table(
        "attributions", md,
        sa.Column("id", sa.String, nullable=False, index=True),
        sa.Column("speaker", sa.Text, nullable=False, index=True),
        sa.Column("speaker_start", sa.Integer), sa.Column("speaker_end", sa.Integer),
        sa.Column("cue", sa.Text, nullable=False),
        sa.Column("cue_start", sa.Integer), sa.Column("cue_end", sa.Integer),
        sa.Column("content_start", sa.Integer, nullable=False),
        sa.Column("content_end", sa.Integer, nullable=False),
        sa.Column("content_text", sa.Text, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("stance", sa.String, nullable=False, index=True),
        sa.Column("act", sa.String, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        *_item_keys(),
    )  # fmt: skip
    sa.Table(
        "entities", md,
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("label", sa.String, nullable=False),
        sa.Column("canonical", sa.Text, nullable=False),
        *_item_keys(),
    )  # fmt: skip
    sa.Table(
        "timexes", md,
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("value", sa.String, nullable=False),
        *_item_keys(),
    )  # fmt: skip
    sa.Table(
        "places", md,
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.Integer, nullable=False),
        sa.Column("lat", sa.Float), sa.Column("lon", sa.Float),
        sa.Column("country", sa.String, nullable=False),
        *_item_keys(),
    )  # fmt: skip
    sa.Table(
        "events", md,
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("mode", sa.String, nullable=False),
        sa.Column("source_actor", sa.Text, nullable=False),
        sa.Column("source_country", sa.String, nullable=False),
        sa.Column("source_role", sa.String, nullable=False),
        sa.Column("target_actor", sa.Text, nullable=False),
        sa.Column("target_country", sa.String, nullable=False),
        sa.Column("target_role", sa.String, nullable=False),
        sa.Column("time", sa.String, nullable=False),
        sa.Column("place", sa.Text, nullable=False),
        sa.Column("place_id", sa.Integer, nullable=False),
        sa.Column("attribution", sa.String, nullable=False),
        sa.Column("span_start", sa.Integer), sa.Column("span_end", sa.Integer),
        *_item_keys(),
    )  # fmt: skip
    sa.Table(
        "claims", md,
        sa.Column("id", sa.String, nullable=False, index=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("speaker", sa.Text, nullable=False, index=True),
        sa.Column("stance", sa.String, nullable=False),
        sa.Column("act", sa.String, nullable=False),
        sa.Column("attribution", sa.String, nullable=False),
        sa.Column("claim_doc_id", sa.String, nullable=False),
        sa.Column("lang", sa.String, nullable=False),
        sa.Column("date", sa.String),
        *_item_keys(),
    )  # fmt: skip
    sa.Table(
        "stories", md,
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("first_date", sa.String), sa.Column("last_date", sa.String),
        sa.Column("clusters", sa.Integer, nullable=False),
    )  # fmt: skip
    sa.Table(
        "claim_clusters", md,
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("story_id", sa.String, nullable=False, index=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("status", sa.String, nullable=False, index=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("first_date", sa.String),
    )  # fmt: skip
    sa.Table(
        "claim_members", md,
        sa.Column("claim_id", sa.String, primary_key=True),
        sa.Column("cluster_id", sa.String, nullable=False, index=True),
    )  # fmt: skip
    sa.Table(
        "claim_links", md,
        sa.Column("source", sa.String, primary_key=True),
        sa.Column("target", sa.String, primary_key=True, index=True),
        sa.Column("relation", sa.String, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("similarity", sa.Float, nullable=False),
        sa.Column("opposite_polarity", sa.Boolean, nullable=False),
        sa.Column("method", sa.String, nullable=False),
    )  # fmt: skip
    return md


def upgrade() -> None:
    baseline_metadata().create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    baseline_metadata().drop_all(op.get_bind(), checkfirst=True)
