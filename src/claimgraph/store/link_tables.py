"""Tables for claim linking: links between claims, clusters of one claim, stories of clusters.

Rebuilt as a whole by ``claimgraph link`` (:func:`claimgraph.store.ledger.save_links`); the
claims themselves stay in ``claims``.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from claimgraph.store.tables import Base


class StoryTable(Base):
    """Clusters of claims about one event, over days."""

    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    label: Mapped[str] = mapped_column(Text, default="")
    first_date: Mapped[str | None] = mapped_column(String, nullable=True)
    last_date: Mapped[str | None] = mapped_column(String, nullable=True)
    clusters: Mapped[int] = mapped_column(Integer, default=0)


class ClaimClusterTable(Base):
    """One claim as stated by all its sources; ``status`` as derived by the ledger."""

    __tablename__ = "claim_clusters"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    story_id: Mapped[str] = mapped_column(String, index=True, default="")
    label: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String, index=True)
    size: Mapped[int] = mapped_column(Integer)
    # sides taking a stance on the claim (migration 0005; NULL until ``claimgraph link`` reruns)
    parties: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_date: Mapped[str | None] = mapped_column(String, nullable=True)


class ClaimMemberTable(Base):
    """Which cluster each claim belongs to."""

    __tablename__ = "claim_members"

    claim_id: Mapped[str] = mapped_column(String, primary_key=True)
    cluster_id: Mapped[str] = mapped_column(String, index=True)


class ClaimLinkTable(Base):
    """A scored link between two claims (``source`` < ``target``)."""

    __tablename__ = "claim_links"

    source: Mapped[str] = mapped_column(String, primary_key=True)
    target: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    relation: Mapped[str] = mapped_column(String)
    score: Mapped[float] = mapped_column(Float)
    similarity: Mapped[float] = mapped_column(Float)
    opposite_polarity: Mapped[bool] = mapped_column(Boolean, default=False)
    method: Mapped[str] = mapped_column(String, default="embedding")
