"""Stored events, filtered, counted and paged in SQL (the events page and its map).

    events = query_events(store, EventQuery(actor="RUS", since="2023-05"), limit=50)
    total = count_events(store, EventQuery(actor="RUS"))

Filters run on the ``events`` table (its ``date`` column is :func:`~.mapping.event_date`);
only the page's events are joined with their article, place and claiming attribution.
Events of documents stored before events were extracted are not in the table.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select, union_all

from claimgraph.model import Attribution, Event, Place
from claimgraph.store.dialect import unicode_lower
from claimgraph.store.mapping import DOCUMENT_TABLE, ITEM_TABLES, row_to_record
from claimgraph.store.queries import dated_since
from claimgraph.store.repo import Store
from claimgraph.store.search import contains

_ITEMS = {item.attr: item for item in ITEM_TABLES}
_EVENTS = _ITEMS["events"]
_PLACES = _ITEMS["places"]
_ATTRIBUTIONS = _ITEMS["attributions"]
_DOCS = DOCUMENT_TABLE
# Enough of the text for a title when an article has none (see web.views.display_title).
LEAD_CHARS = 600
# An actor name is matched inside longer names from this many characters on ("Rusland").
_MIN_PARTIAL_ACTOR = 4


@dataclass(frozen=True)
class EventQuery:
    """Which events: either party's country code or name, PLOVER type, on or after a date
    (``YYYY[-MM[-DD]]``), GeoNames place id; empty values are no filter."""

    actor: str = ""
    type: str = ""
    since: str = ""
    place: int = 0


@dataclass(frozen=True)
class StoredEvent:
    """One stored event with what the events page shows of its article."""

    doc_id: str
    ordinal: int
    event: Event
    date: str  # the event's calendar date, else its article's
    text: str  # the event's span (else its trigger) in the article
    published: str | None
    title: str
    lang: str
    lead: str
    place: Place | None  # the article's place the event happened at, when resolved
    claimed_by: Attribution | None  # the attribution claiming the event, if any


@dataclass(frozen=True)
class PlaceCount:
    """Events at one GeoNames place: its most frequent name and where it is."""

    place_id: int
    name: str
    events: int
    country: str = ""
    lat: float | None = None
    lon: float | None = None


def _conditions(query: EventQuery) -> list[Any]:
    ev = _EVENTS.table
    conditions = []
    if query.type:
        conditions.append(func.upper(ev.c.type) == query.type.upper())
    if query.since:
        conditions.append(dated_since(ev.c.date, query.since))
    if query.place:
        conditions.append(ev.c.place_id == query.place)
    if query.actor:
        conditions.append(_involves(query.actor))
    return conditions


def _involves(actor: str) -> Any:
    """Either party's country code, or its whole name, or (from 4 characters) part of it."""
    ev, wanted = _EVENTS.table, actor.lower()
    names = (ev.c.source_actor, ev.c.target_actor)
    options = [func.lower(ev.c.source_country) == wanted, func.lower(ev.c.target_country) == wanted]
    options += [unicode_lower(name) == wanted for name in names]
    if len(wanted) >= _MIN_PARTIAL_ACTOR:
        options += [contains(name, wanted) for name in names]
    return or_(*options)


def _page_select(query: EventQuery, limit: int, offset: int) -> Select[Any]:
    """The page's events; the page's keys are chosen first, on the date index alone."""
    ev = _EVENTS.table
    order = (ev.c.date.desc(), ev.c.doc_id, ev.c.ordinal)
    page = (
        select(ev.c.doc_id, ev.c.ordinal)
        .where(*_conditions(query))
        .order_by(*order)
        .limit(limit)
        .offset(offset)
        .subquery()
    )
    keys = (page.c.doc_id == ev.c.doc_id) & (page.c.ordinal == ev.c.ordinal)
    return select(ev).join_from(ev, page, keys).order_by(*order)


def query_events(
    store: Store, query: EventQuery, limit: int = 50, offset: int = 0
) -> list[StoredEvent]:
    """One page of the matching events, newest first (undated last)."""
    with store._reading() as conn:
        rows = list(conn.execute(_page_select(query, limit, offset)).mappings())
        # Each article once (a page's events come from a few long texts), not once per event.
        doc_ids = {row["doc_id"] for row in rows}
        docs = {
            doc.id: doc
            for doc in conn.execute(
                select(_DOCS.c.id, _DOCS.c.date, _DOCS.c.title, _DOCS.c.lang, _DOCS.c.text).where(
                    _DOCS.c.id.in_(doc_ids)
                )
            )
        }
        places = _places_of(conn, rows)
        claims = _attributions_of(conn, rows)
    found = []
    for row in rows:
        event: Event = row_to_record(_EVENTS, row)  # type: ignore[assignment]
        doc = docs[row["doc_id"]]
        start, end = event.span or event.trigger_span
        found.append(
            StoredEvent(
                doc_id=doc.id,
                ordinal=row["ordinal"],
                event=event,
                date=row["date"] or "",
                text=doc.text[start:end],
                published=doc.date,
                title=doc.title,
                lang=doc.lang,
                lead=doc.text[:LEAD_CHARS],
                place=places.get((doc.id, event.place_id, event.place)) if event.place else None,
                claimed_by=claims.get((doc.id, event.attribution)) if event.attribution else None,
            )
        )
    return found


def _places_of(conn: Any, rows: list[Any]) -> dict[tuple[str, int, str], Place]:
    """The page's events' places: (doc id, GeoNames id, name) -> the first such place."""
    wanted = {(r["doc_id"], r["place_id"], r["place"]) for r in rows if r["place"]}
    if not wanted:
        return {}
    table = _PLACES.table
    query = (
        select(table)
        .where(table.c.doc_id.in_({w[0] for w in wanted}))  # the key's prefix: a few rows each
        .order_by(table.c.doc_id, table.c.ordinal)
    )
    found: dict[tuple[str, int, str], Place] = {}
    for row in conn.execute(query).mappings():
        key = (row["doc_id"], row["geonames_id"], row["name"])
        if key in wanted and key not in found:
            found[key] = row_to_record(_PLACES, row)  # type: ignore[assignment]
    return found


def _attributions_of(conn: Any, rows: list[Any]) -> dict[tuple[str, str], Attribution]:
    """The attributions claiming the page's events: (doc id, attribution id) -> the first."""
    wanted = {(r["doc_id"], r["attribution"]) for r in rows if r["attribution"]}
    if not wanted:
        return {}
    table = _ATTRIBUTIONS.table
    query = (
        select(table)
        .where(table.c.doc_id.in_({w[0] for w in wanted}))  # not by id: "a1" is in every article
        .order_by(table.c.doc_id, table.c.ordinal)
    )
    found: dict[tuple[str, str], Attribution] = {}
    for row in conn.execute(query).mappings():
        key = (row["doc_id"], row["id"])
        if key in wanted and key not in found:
            found[key] = row_to_record(_ATTRIBUTIONS, row)  # type: ignore[assignment]
    return found


def count_events(store: Store, query: EventQuery) -> int:
    ev = _EVENTS.table
    count = select(func.count()).select_from(ev).where(*_conditions(query))
    with store._reading() as conn:
        return conn.scalar(count) or 0


def event_facets(store: Store) -> tuple[Counter[str], Counter[str]]:
    """Every stored event's type, and each actor country (once per event), with counts."""
    ev = _EVENTS.table
    types = select(ev.c.type, func.count()).where(ev.c.type != "").group_by(ev.c.type)
    # Each event counts once per country: the target's only when it differs from the source's.
    sides = union_all(
        select(ev.c.source_country.label("country")).where(ev.c.source_country != ""),
        select(ev.c.target_country).where(
            ev.c.target_country != "", ev.c.target_country != ev.c.source_country
        ),
    ).subquery()
    countries = select(sides.c.country, func.count()).group_by(sides.c.country)
    with store._reading() as conn:
        return (
            Counter(dict(conn.execute(types).all())),
            Counter(dict(conn.execute(countries).all())),
        )


def place_counts(store: Store, query: EventQuery) -> list[PlaceCount]:
    """The matching events per GeoNames place, named by the place's most frequent name."""
    ev, places = _EVENTS.table, _PLACES.table
    names = (
        select(ev.c.place_id, ev.c.place, func.count())
        .where(ev.c.place_id != 0, *_conditions(query))
        .group_by(ev.c.place_id, ev.c.place)
    )
    with store._reading() as conn:
        by_id: dict[int, Counter[str]] = {}
        for place_id, name, count in conn.execute(names):
            by_id.setdefault(place_id, Counter())[name] = count
        if not by_id:
            return []
        # One GeoNames id has one position; max() skips the mentions left without one.
        where = (
            select(
                places.c.geonames_id,
                func.max(places.c.country).label("country"),
                func.max(places.c.lat).label("lat"),
                func.max(places.c.lon).label("lon"),
            )
            .where(places.c.geonames_id.in_(list(by_id)))
            .group_by(places.c.geonames_id)
        )
        located = {row.geonames_id: row for row in conn.execute(where)}
    counts = []
    for place_id, names_found in by_id.items():
        name = min(names_found, key=lambda n: (-names_found[n], n))
        at = located.get(place_id)
        counts.append(
            PlaceCount(
                place_id,
                name,
                sum(names_found.values()),
                at.country if at else "",
                at.lat if at else None,
                at.lon if at else None,
            )
        )
    return counts


__all__ = [
    "EventQuery",
    "PlaceCount",
    "StoredEvent",
    "count_events",
    "event_facets",
    "place_counts",
    "query_events",
]
