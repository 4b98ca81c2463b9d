"""Case-insensitive substring search served by a trigram index, on SQLite and PostgreSQL.

Search keeps one meaning everywhere: ``q`` occurs in the column, case-insensitively (Unicode),
in any language and script, without stemming (names, Cyrillic, Dutch compounds). Trigram
indexes serve exactly that on both dialects, so the index only makes it fast:

- SQLite: FTS5 tables with the ``trigram`` tokenizer (``search_attributions``: speaker and
  content of each attribution; ``search_documents``: title and text), filled by
  :func:`add_to_search` in the transaction that stores the rows, one statement per table for
  a whole batch of documents (FTS5 writes an index segment at every statement and savepoint
  boundary, so a trigger, which runs once per row, made a segment per attribution and cost
  three times as much); triggers on ``attributions``/``documents`` keep them in step when
  rows are updated or deleted.
  ``detail='none'`` keeps the index small (no positions): a query asks for every trigram of
  ``q`` (:func:`trigram_query`), which finds candidates, and the exact ``lower(col) LIKE``
  test on the candidates keeps the answer exact. The FTS tables hold their own copy of the
  keys: SQLite may renumber implicit rowids on VACUUM, so an external-content table keyed by
  rowid could drift.
- PostgreSQL: ``pg_trgm`` GIN indexes on ``lower(col)``, which the planner uses for the very
  ``lower(col) LIKE '%q%'`` the store already runs; nothing else changes.

Needles under 3 characters have no trigram: they are matched by scanning, as before. The
tables and triggers are created by the migrations (``versions/0002_*``, ``0003_*``), never by
``create_all``; a store without them (an SQLite built without FTS5) searches by scanning.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    or_,
    select,
    tuple_,
)
from sqlalchemy.sql import literal_column

from claimgraph.store.dialect import unicode_lower
from claimgraph.store.tables import AttributionTable, DocumentTable

MIN_CHARS = 3
# Enough trigrams to leave few candidates; the exact test removes the rest.
MAX_TRIGRAMS = 12

_META = MetaData()  # not Base.metadata: create_all/drop_all must not touch the FTS tables
ATTRIBUTION_SEARCH = Table(
    "search_attributions",
    _META,
    Column("doc_id", String),
    Column("ordinal", Integer),
    Column("speaker", Text),
    Column("content", Text),
)
DOCUMENT_SEARCH = Table(
    "search_documents",
    _META,
    Column("doc_id", String),
    Column("title", Text),
    Column("text", Text),
)
SEARCH_TABLES = (ATTRIBUTION_SEARCH.name, DOCUMENT_SEARCH.name)


def trigram_query(needle: str) -> str | None:
    """An FTS5 query for rows holding every trigram of ``needle`` (at most ``MAX_TRIGRAMS``,
    spread over it), or None when it is too short to have one."""
    folded = needle.lower()
    grams = list(dict.fromkeys(folded[i : i + 3] for i in range(len(folded) - 2)))
    if not grams:
        return None
    if len(grams) > MAX_TRIGRAMS:
        step = (len(grams) - 1) / (MAX_TRIGRAMS - 1)
        grams = [grams[round(i * step)] for i in range(MAX_TRIGRAMS)]
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


def add_to_search(conn: Connection, doc_ids: Collection[str]) -> None:
    """Index the stored documents ``doc_ids`` (title, text and attributions) in the search
    tables, in ``conn``'s transaction: call it once per batch, after the batch's rows."""
    if not doc_ids:
        return
    docs: Table = DocumentTable.__table__  # type: ignore[assignment]
    att: Table = AttributionTable.__table__  # type: ignore[assignment]
    ids = list(doc_ids)
    conn.execute(
        DOCUMENT_SEARCH.insert().from_select(
            ["doc_id", "title", "text"],
            select(docs.c.id, docs.c.title, docs.c.text).where(docs.c.id.in_(ids)),
        )
    )
    conn.execute(
        ATTRIBUTION_SEARCH.insert().from_select(
            ["doc_id", "ordinal", "speaker", "content"],
            select(att.c.doc_id, att.c.ordinal, att.c.speaker, att.c.content_text).where(
                att.c.doc_id.in_(ids)
            ),
        )
    )


def contains(column: Any, needle: str) -> Any:
    """Case-insensitive substring match; ``%`` and ``_`` in ``needle`` match only themselves."""
    return unicode_lower(column).contains(needle.lower(), autoescape=True)


def contains_any(
    columns: list[Any], needle: str, index: Table | None = None, keys: list[Any] | None = None
) -> Any:
    """Rows where any of ``columns`` contains ``needle``.

    With ``index`` (an FTS table above, present in the store) the rows are first narrowed to
    its candidates: ``keys`` (the table's key columns) in the index's key columns.
    """
    exact = or_(*(contains(column, needle) for column in columns))
    query = trigram_query(needle) if index is not None and keys else None
    if query is None:
        return exact
    index_keys = [index.c.doc_id] if len(keys or ()) == 1 else [index.c.doc_id, index.c.ordinal]
    candidates = select(*index_keys).where(literal_column(index.name).op("MATCH")(query))
    target = keys[0] if len(keys or ()) == 1 else tuple_(*keys or ())
    return target.in_(candidates) & exact


__all__ = [
    "ATTRIBUTION_SEARCH",
    "DOCUMENT_SEARCH",
    "MIN_CHARS",
    "SEARCH_TABLES",
    "add_to_search",
    "contains",
    "contains_any",
    "trigram_query",
]
