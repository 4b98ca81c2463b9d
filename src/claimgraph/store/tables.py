"""The store's schema: one table per ``model.py`` class, columns mirroring its fields.

Spans are stored as two integer columns: field ``X_span`` becomes ``X_start``/``X_end`` and field
``span`` becomes ``span_start``/``span_end`` (see :mod:`claimgraph.store.mapping`). Every item
table is keyed by ``(doc_id, ordinal)``, the owning document and the item's position in its list;
that primary key also serves as the ``doc_id`` index. Only portable types are used (strings
without a length, which PostgreSQL allows and SQLite ignores), so the same schema works on SQLite
and PostgreSQL.

This module describes the schema at the newest migration (``store/migrations/versions``): a
change here needs a migration there, which is what reaches existing stores. The full-text
search structures are dialect-specific and live only in the migrations (see
:mod:`claimgraph.store.search`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base holding the store's metadata."""


class DocumentTable(Base):
    """One row per :class:`claimgraph.model.Document`; ``id`` is its content hash."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    url: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String, default="")
    lang: Mapped[str] = mapped_column(String, default="")
    # A string, not a DATE: it keeps the precision the source gave ("2023", "2023-05", ...).
    date: Mapped[str | None] = mapped_column(String, nullable=True, index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


# A language's documents, and each attribution's document's language read in the index
# (migration 0007: the speaker lists by language).
Index("ix_documents_lang_id", DocumentTable.lang, DocumentTable.id)
# The listings' orders (undated last): attributions by date, articles newest first.
Index("ix_documents_date_order", DocumentTable.date.is_(None), DocumentTable.date, DocumentTable.id)
Index(
    "ix_documents_date_listing",
    DocumentTable.date.is_(None),
    DocumentTable.date.desc(),
    DocumentTable.id,
)


class _Item:
    """Columns shared by every table of items that belong to a document."""

    doc_id: Mapped[str] = mapped_column(
        String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    ordinal: Mapped[int] = mapped_column(Integer, primary_key=True)


class AttributionTable(_Item, Base):
    """One row per :class:`claimgraph.model.Attribution`."""

    __tablename__ = "attributions"

    id: Mapped[str] = mapped_column(String, default="", index=True)
    speaker: Mapped[str] = mapped_column(Text)
    # Derived: who the speaker is whatever the spelling (claimgraph.extract.identity.speaker_key);
    # NULL only in a row that migration 0006 has not filled yet.
    speaker_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    speaker_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    speaker_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cue: Mapped[str] = mapped_column(Text)
    cue_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cue_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    # Denormalised copy of text[content_start:content_end], for search and export.
    content_text: Mapped[str] = mapped_column(Text, default="")
    type: Mapped[str] = mapped_column(String)
    stance: Mapped[str] = mapped_column(String, index=True)
    act: Mapped[str] = mapped_column(String)
    confidence: Mapped[float] = mapped_column(Float)

    # Covers a speaker page's lookup and the speaker listings' counts per person and stance and
    # their names per person (migration 0006, which dropped the (speaker, stance) index of 0002),
    # and their join with the documents' language (doc_id: migration 0007).
    __table_args__ = (
        Index("ix_attributions_speaker_key_doc", "speaker_key", "stance", "speaker", "doc_id"),
    )


class MentionTable(_Item, Base):
    """One row per :class:`claimgraph.model.Mention` (``Document.entities``)."""

    __tablename__ = "entities"

    text: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String)
    canonical: Mapped[str] = mapped_column(Text, default="")


class TimexTable(_Item, Base):
    """One row per :class:`claimgraph.model.Timex`."""

    __tablename__ = "timexes"

    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String)
    value: Mapped[str] = mapped_column(String)


class PlaceTable(_Item, Base):
    """One row per :class:`claimgraph.model.Place`."""

    __tablename__ = "places"

    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    geonames_id: Mapped[int] = mapped_column(Integer, default=0)
    lat: Mapped[float | None] = mapped_column(Float, nullable=True)
    lon: Mapped[float | None] = mapped_column(Float, nullable=True)
    country: Mapped[str] = mapped_column(String, default="")

    __table_args__ = (Index("ix_places_geonames_id", "geonames_id"),)


class EventTable(_Item, Base):
    """One row per :class:`claimgraph.model.Event`."""

    __tablename__ = "events"

    trigger: Mapped[str] = mapped_column(Text)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String)
    mode: Mapped[str] = mapped_column(String, default="")
    source_actor: Mapped[str] = mapped_column(Text, default="")
    source_country: Mapped[str] = mapped_column(String, default="")
    source_role: Mapped[str] = mapped_column(String, default="")
    target_actor: Mapped[str] = mapped_column(Text, default="")
    target_country: Mapped[str] = mapped_column(String, default="")
    target_role: Mapped[str] = mapped_column(String, default="")
    time: Mapped[str] = mapped_column(String, default="")
    # Where ``time`` comes from (``Event.time_basis``); "" in rows stored before migration 0009.
    time_basis: Mapped[str] = mapped_column(String, server_default="")
    place: Mapped[str] = mapped_column(Text, default="")
    # GeoNames id; 0 when the place is unknown or below the gazetteer's threshold.
    place_id: Mapped[int] = mapped_column(Integer, default=0)
    attribution: Mapped[str] = mapped_column(String, default="")
    span_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    span_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Denormalised: the event's calendar date, else its article's (``mapping.event_date``);
    # the events page filters and sorts on it.
    date: Mapped[str | None] = mapped_column(String, nullable=True)


class ClaimTable(_Item, Base):
    """One row per :class:`claimgraph.model.Claim`.

    ``Claim.doc_id`` is stored as ``claim_doc_id``: the name ``doc_id`` is the owning document.
    """

    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(String, index=True)
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str] = mapped_column(Text, index=True)
    stance: Mapped[str] = mapped_column(String)
    act: Mapped[str] = mapped_column(String)
    attribution: Mapped[str] = mapped_column(String)
    claim_doc_id: Mapped[str] = mapped_column(String)
    lang: Mapped[str] = mapped_column(String, default="")
    date: Mapped[str | None] = mapped_column(String, nullable=True)


# The events page: newest first, then in article order.
Index("ix_events_date", EventTable.date.desc(), EventTable.doc_id, EventTable.ordinal)
