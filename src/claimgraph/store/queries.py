"""The SQL of the store's listings and searches: which attributions, articles and speakers a
filter selects, as SQLAlchemy expressions over the ``documents`` and ``attributions`` tables
(the :class:`~claimgraph.store.repo.Store` runs them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, func, or_, select

from claimgraph.lang import person_names
from claimgraph.store.mapping import DOCUMENT_TABLE, item_table, speaker_selection
from claimgraph.store.search import ATTRIBUTION_SEARCH, DOCUMENT_SEARCH, contains_any

_DOCS = DOCUMENT_TABLE
_ATTRIBUTIONS = item_table("attributions")
_DATE_SEPARATORS = "-T: "
Filter = str | Iterable[str] | None
LEAD_CHARS = 160


def _values(value: str | Iterable[str]) -> Sequence[str]:
    return [value] if isinstance(value, str) else list(value)


def _coarser_dates(date: str) -> list[str]:
    """``date`` at each coarser precision: "2023-05-14" -> ["2023", "2023-05"]."""
    return [date[:i] for i, char in enumerate(date) if char in _DATE_SEPARATORS and i > 0]


def attribution_select() -> Select[Any]:
    """Attribution rows joined with their document's columns."""
    att = _ATTRIBUTIONS.table
    return select(att, _DOCS.c.title, _DOCS.c.lang, _DOCS.c.date, _DOCS.c.url).join_from(
        att, _DOCS, att.c.doc_id == _DOCS.c.id
    )


def attribution_conditions(
    speaker: str | None = None,
    stance: Filter = None,
    act: Filter = None,
    lang: Filter = None,
    doc_id: str | None = None,
    since: str | None = None,
    search_tables: bool = False,
    speaker_contains: str | None = None,
) -> list[Any]:
    """Conditions on attributions joined with their documents, one per given filter."""
    att = _ATTRIBUTIONS.table
    conditions = []
    if speaker:
        conditions.append(speaker_selection(att.c.speaker_key, speaker))
    if speaker_contains:
        conditions.append(_speaker_contains(speaker_contains, search_tables))
    if stance is not None:
        conditions.append(att.c.stance.in_(_values(stance)))
    if act is not None:
        conditions.append(att.c.act.in_(_values(act)))
    if lang is not None:
        conditions.append(_DOCS.c.lang.in_(_values(lang)))
    if doc_id is not None:
        conditions.append(att.c.doc_id == doc_id)
    if since:
        conditions.append(dated_since(_DOCS.c.date, since))
    return conditions


def _speaker_contains(needle: str, search_tables: bool) -> Any:
    """Attributions whose speaker contains ``needle`` (case-insensitive), or, where ``needle``
    spells a well-known person, is that person as another language writes them ("putin" finds
    the English "Vladimir Putin" and the Dutch "Vladimir Poetin")."""
    att = _ATTRIBUTIONS.table
    index = ATTRIBUTION_SEARCH if search_tables else None
    keys = [att.c.doc_id, att.c.ordinal]
    names = [needle, *(n for n in person_names(needle) if needle.lower() not in n.lower())]
    return or_(*(contains_any([att.c.speaker], name, index, keys) for name in names))


def dated_since(date: Any, since: str) -> Any:
    """Rows whose ``date`` column is on or after ``since``, a coarser date that contains it
    counting as a match ("2023-05" for since "2023-05-14"); no date never matches."""
    return or_(date >= since, date.in_(_coarser_dates(since)))


def article_select(
    lang: Filter, since: str | None, q: str | None, search_tables: bool = False
) -> Select[Any]:
    """Document columns (no text but its lead) with their number of attributions."""
    att = _ATTRIBUTIONS.table
    # Counted per listed row (a primary-key range), not for every document before the LIMIT.
    count = select(func.count()).where(att.c.doc_id == _DOCS.c.id).scalar_subquery()
    query = select(
        _DOCS.c.id,
        _DOCS.c.title,
        _DOCS.c.lang,
        _DOCS.c.date,
        _DOCS.c.url,
        _DOCS.c.source,
        count.label("attributions"),
        func.substr(_DOCS.c.text, 1, LEAD_CHARS).label("lead"),
    )
    if lang:  # "" (an HTML form's "any") is no filter
        query = query.where(_DOCS.c.lang.in_(_values(lang)))
    if since:
        query = query.where(dated_since(_DOCS.c.date, since))
    if q:
        index = DOCUMENT_SEARCH if search_tables else None
        query = query.where(contains_any([_DOCS.c.title, _DOCS.c.text], q, index, [_DOCS.c.id]))
    return query


def speaker_select(q: str | None, lang: Filter, search_tables: bool, *columns: Any) -> Select[Any]:
    """``columns`` and ``count() AS total`` over the attributions of the speakers any of whose
    names contain ``q`` (joined with their documents only to filter on ``lang``: the join would
    cost a lookup per attribution)."""
    att = _ATTRIBUTIONS.table
    query = select(*columns, func.count().label("total")).select_from(att)
    if q:
        named = select(att.c.speaker_key).where(_speaker_contains(q, search_tables))
        query = query.where(att.c.speaker_key.in_(named.correlate(None)))
    if lang:  # "" (an HTML form's "any") is no filter
        query = query.join(_DOCS, att.c.doc_id == _DOCS.c.id).where(_DOCS.c.lang.in_(_values(lang)))
    return query
