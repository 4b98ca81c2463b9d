"""Read-side queries the web pages need beyond :class:`claimgraph.store.Store`'s methods.

Listing articles without their text, counting stances per speaker and searching titles,
speakers and claim texts are aggregate SQL queries over the store's tables. They live here
until the store offers them; every value reaches SQL as a bound parameter.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, func, or_, select
from sqlalchemy.exc import SQLAlchemyError

from claimgraph.errors import StoreError
from claimgraph.model import STANCES
from claimgraph.store import Store
from claimgraph.store.dialect import unicode_lower
from claimgraph.store.mapping import DOCUMENT_TABLE, ITEM_TABLES

_DOCS = DOCUMENT_TABLE
_ATTS = next(item.table for item in ITEM_TABLES if item.attr == "attributions")


@dataclass(frozen=True)
class ArticleSummary:
    """An article without its text, as listed on index pages."""

    id: str
    title: str
    lang: str
    date: str | None
    url: str
    source: str
    attributions: int


@dataclass
class SpeakerCounts:
    """How often a speaker is quoted, per stance."""

    speaker: str
    total: int = 0
    stances: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STANCES, 0))


@contextmanager
def _connect(store: Store) -> Iterator[Connection]:
    try:
        with store._engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the store ({type(exc).__name__})", source=store.url) from exc


def _values(value: str | Iterable[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _contains(column: Any, needle: str) -> Any:
    """Case-insensitive substring match; ``%`` and ``_`` in ``needle`` match only themselves."""
    return unicode_lower(column).contains(needle.lower(), autoescape=True)


def _article_select(lang: str | None, since: str | None, q: str | None) -> Select[Any]:
    counts = select(_ATTS.c.doc_id, func.count().label("n")).group_by(_ATTS.c.doc_id).subquery()
    query = select(
        _DOCS.c.id,
        _DOCS.c.title,
        _DOCS.c.lang,
        _DOCS.c.date,
        _DOCS.c.url,
        _DOCS.c.source,
        func.coalesce(counts.c.n, 0).label("attributions"),
    ).outerjoin(counts, counts.c.doc_id == _DOCS.c.id)
    if lang:
        query = query.where(_DOCS.c.lang.in_(_values(lang)))
    if since:
        query = query.where(_DOCS.c.date >= since)
    if q:
        query = query.where(or_(_contains(_DOCS.c.title, q), _contains(_DOCS.c.text, q)))
    return query


def list_articles(
    store: Store,
    lang: str | None = None,
    since: str | None = None,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[ArticleSummary]:
    """Articles, newest first (undated last), optionally filtered by language, date and text."""
    query = (
        _article_select(lang, since, q)
        .order_by(_DOCS.c.date.is_(None), _DOCS.c.date.desc(), _DOCS.c.id)
        .limit(limit)
        .offset(offset)
    )
    with _connect(store) as conn:
        return [ArticleSummary(**row) for row in conn.execute(query).mappings()]


def speaker_counts(
    store: Store,
    q: str | None = None,
    lang: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[SpeakerCounts]:
    """Speakers with their number of attributions per stance, most quoted first."""
    ranked = select(_ATTS.c.speaker, func.count().label("total")).join_from(
        _ATTS, _DOCS, _ATTS.c.doc_id == _DOCS.c.id
    )
    if q:
        ranked = ranked.where(_contains(_ATTS.c.speaker, q))
    if lang:
        ranked = ranked.where(_DOCS.c.lang.in_(_values(lang)))
    ranked = (
        ranked.group_by(_ATTS.c.speaker)
        .order_by(func.count().desc(), _ATTS.c.speaker)
        .limit(limit)
        .offset(offset)
    )
    with _connect(store) as conn:
        speakers = {
            row.speaker: SpeakerCounts(row.speaker, row.total) for row in conn.execute(ranked)
        }
        if not speakers:
            return []
        per_stance = (
            select(_ATTS.c.speaker, _ATTS.c.stance, func.count().label("n"))
            .join_from(_ATTS, _DOCS, _ATTS.c.doc_id == _DOCS.c.id)
            .where(_ATTS.c.speaker.in_(list(speakers)))
            .group_by(_ATTS.c.speaker, _ATTS.c.stance)
        )
        if lang:
            per_stance = per_stance.where(_DOCS.c.lang.in_(_values(lang)))
        for row in conn.execute(per_stance):
            speakers[row.speaker].stances[row.stance] = row.n
    return list(speakers.values())


@dataclass(frozen=True)
class ClaimHit:
    """An attribution whose content matched a search, with its article's title and date."""

    doc_id: str
    attribution: str
    speaker: str
    stance: str
    act: str
    content: str
    title: str
    date: str | None


def search_claims(store: Store, q: str, limit: int = 50, offset: int = 0) -> list[ClaimHit]:
    """Attributions whose content or speaker contains ``q`` (case-insensitive), newest first."""
    query = (
        select(
            _ATTS.c.doc_id,
            _ATTS.c.id.label("attribution"),
            _ATTS.c.speaker,
            _ATTS.c.stance,
            _ATTS.c.act,
            _ATTS.c.content_text.label("content"),
            _DOCS.c.title,
            _DOCS.c.date,
        )
        .join_from(_ATTS, _DOCS, _ATTS.c.doc_id == _DOCS.c.id)
        .where(or_(_contains(_ATTS.c.content_text, q), _contains(_ATTS.c.speaker, q)))
        .order_by(_DOCS.c.date.is_(None), _DOCS.c.date.desc(), _ATTS.c.doc_id, _ATTS.c.ordinal)
        .limit(limit)
        .offset(offset)
    )
    with _connect(store) as conn:
        return [ClaimHit(**row) for row in conn.execute(query).mappings()]


__all__ = [
    "ArticleSummary",
    "ClaimHit",
    "SpeakerCounts",
    "list_articles",
    "search_claims",
    "speaker_counts",
]
