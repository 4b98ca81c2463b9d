"""Model records <-> table rows: the only place that knows how fields become columns.

A span field ``X_span`` maps to the columns ``X_start``/``X_end`` and ``span`` to
``span_start``/``span_end``; an implicit span (``None``) maps to two NULLs. Other fields map to
the column of the same name unless a table renames it (:data:`ITEM_TABLES`). Three columns are
derived, not fields: ``attributions.content_text`` (the content's text),
``attributions.speaker_key`` (who the speaker is:
:func:`claimgraph.extract.identity.speaker_key`) and ``events.date``
(:func:`event_date`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Table, and_

from claimgraph.extract.bare_titles import bare_title
from claimgraph.extract.identity import IN_ARTICLE, folded, shared_key, speaker_key
from claimgraph.model import Attribution, Claim, Document, Event, Mention, Place, Record, Timex
from claimgraph.store.tables import (
    AttributionTable,
    ClaimTable,
    DocumentTable,
    EventTable,
    MentionTable,
    PlaceTable,
    TimexTable,
)


@dataclass(frozen=True)
class ItemTable:
    """How one of ``Document``'s lists is stored: its attribute, record class and table."""

    attr: str
    record: type[Record]
    table: Table
    renames: dict[str, str] = field(default_factory=dict)


DOCUMENT_TABLE: Table = DocumentTable.__table__  # type: ignore[assignment]

ITEM_TABLES: tuple[ItemTable, ...] = (
    ItemTable("attributions", Attribution, AttributionTable.__table__),  # type: ignore[arg-type]
    ItemTable("entities", Mention, MentionTable.__table__),  # type: ignore[arg-type]
    ItemTable("timexes", Timex, TimexTable.__table__),  # type: ignore[arg-type]
    ItemTable("places", Place, PlaceTable.__table__),  # type: ignore[arg-type]
    ItemTable("events", Event, EventTable.__table__),  # type: ignore[arg-type]
    ItemTable(
        "claims",
        Claim,
        ClaimTable.__table__,  # type: ignore[arg-type]
        renames={"doc_id": "claim_doc_id"},
    ),
)

DOCUMENT_FIELDS = ("id", "url", "source", "lang", "date", "title", "text")


def item_table(attr: str) -> ItemTable:
    """The item table of the Document list ``attr`` ("attributions", "claims", ...)."""
    return next(item for item in ITEM_TABLES if item.attr == attr)


# A calendar date at the start of a TimeML value, not a week ("2023-W18") or a longer number.
_CALENDAR_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(?![\d\-W])")


def event_date(time: str, published: str | None) -> str:
    """An event's date: the calendar date its TimeML ``time`` starts with, else its article's
    (PRESENT_REF, a week, a period); "" when neither is known."""
    found = _CALENDAR_DATE.match(time or "")
    return found.group(0) if found else published or ""


def speaker_selection(column: Any, speaker: str) -> Any:
    """The condition on a ``speaker_key`` column that selects ``speaker`` in every article:
    its key, or for a bare title the keys of that title in any article ("President" selects
    each article's bare "President", not "Vice President")."""
    shared = shared_key(speaker)
    title = "" if shared else bare_title(speaker)
    if not title:
        return column == folded(shared or speaker)
    prefix = title + IN_ARTICLE
    # every string that starts with the prefix, and no other: the range up to its successor
    return and_(column >= prefix, column < prefix[:-1] + chr(ord(IN_ARTICLE) + 1))


def span_columns(field_name: str) -> tuple[str, str]:
    """The (start, end) column names for a span field."""
    stem = field_name.removesuffix("_span") if field_name != "span" else "span"
    return f"{stem}_start", f"{stem}_end"


def record_columns(item: ItemTable) -> list[str]:
    """Every column a record of ``item`` fills, in field order."""
    columns: list[str] = []
    for f in fields(item.record):  # type: ignore[arg-type]
        if f.name in item.record.SPAN_FIELDS:
            columns.extend(span_columns(f.name))
        else:
            columns.append(item.renames.get(f.name, f.name))
    return columns


def record_to_row(item: ItemTable, record: Record) -> dict[str, Any]:
    """The column values of one record (without ``doc_id``/``ordinal``)."""
    row: dict[str, Any] = {}
    for f in fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if f.name in item.record.SPAN_FIELDS:
            start_col, end_col = span_columns(f.name)
            row[start_col], row[end_col] = (None, None) if value is None else value
        else:
            row[item.renames.get(f.name, f.name)] = value
    return row


def row_to_record(item: ItemTable, row: Any) -> Record:
    """Rebuild a record from a result row's mapping; spans come back as tuples."""
    values: dict[str, Any] = {}
    for f in fields(item.record):  # type: ignore[arg-type]
        if f.name in item.record.SPAN_FIELDS:
            start_col, end_col = span_columns(f.name)
            start, end = row[start_col], row[end_col]
            values[f.name] = None if start is None else (start, end)
        else:
            values[f.name] = row[item.renames.get(f.name, f.name)]
    return item.record(**values)


def document_to_row(doc: Document) -> dict[str, Any]:
    """The ``documents`` row of a document (its lists go to the item tables)."""
    return {name: getattr(doc, name) for name in DOCUMENT_FIELDS}


def item_rows(doc: Document) -> list[tuple[ItemTable, list[dict[str, Any]]]]:
    """For each item table, the rows of ``doc``'s items, keyed by ``(doc_id, ordinal)``."""
    result = []
    for item in ITEM_TABLES:
        rows = []
        for ordinal, record in enumerate(getattr(doc, item.attr)):
            row = {"doc_id": doc.id, "ordinal": ordinal, **record_to_row(item, record)}
            if item.record is Attribution:
                row["content_text"] = doc.surface(record.content_span)  # type: ignore[attr-defined]
                row["speaker_key"] = speaker_key(record.speaker, doc.id)  # type: ignore[attr-defined]
            elif item.record is Event:
                row["date"] = event_date(record.time, doc.date)  # type: ignore[attr-defined]
            rows.append(row)
        result.append((item, rows))
    return result


def row_to_document(row: Any, items: dict[str, list[Record]]) -> Document:
    """Rebuild a document from its ``documents`` row and its item lists."""
    return Document(**{name: row[name] for name in DOCUMENT_FIELDS}, **items)
