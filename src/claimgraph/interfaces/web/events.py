"""The events page: who did what to whom, when and where, filtered, listed and mapped.

Events are read from the store's ``events`` table with the filters in SQL
(:mod:`claimgraph.store.events`); each links to its span on the article page. Documents stored
before events were extracted have none there (re-analyse them to add theirs).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from claimgraph.interfaces import event_when
from claimgraph.interfaces.web.highlight import event_anchor_id
from claimgraph.interfaces.web.views import article_path, display_title, speaker_path
from claimgraph.interfaces.web.worldmap import MapPlace, event_map
from claimgraph.store import Store
from claimgraph.store.events import (
    EventQuery,
    StoredEvent,
    count_events,
    event_facets,
    place_counts,
    query_events,
)

EVENTS_PATH = "/events"


@dataclass
class EventFilters:
    """Which events to show; empty values mean no filter."""

    actor: str = ""  # either party's country code (RUS) or name
    type: str = ""  # PLOVER type (ASSAULT, ACCUSE, ...)
    since: str = ""  # YYYY[-MM[-DD]]
    place: int = 0  # GeoNames id

    def as_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "type": self.type, "since": self.since, "place": self.place}

    def url(self, **changes: Any) -> str:
        """The events page with these filters, some changed (``place=...``)."""
        values = {**self.as_dict(), **changes}
        query = urlencode({k: v for k, v in values.items() if v})
        return f"{EVENTS_PATH}?{query}" if query else EVENTS_PATH

    def query(self) -> EventQuery:
        return EventQuery(self.actor, self.type, self.since, self.place)


def event_item(found: StoredEvent) -> dict[str, Any]:
    """One event with its article and a link to its span there."""
    event, att, place = found.event, found.claimed_by, found.place
    return {
        "id": f"{found.doc_id}-{found.ordinal}",
        "type": event.type,
        "mode": event.mode,
        "trigger": event.trigger,
        "source": {"name": event.source_actor, "country": event.source_country,
                   "role": event.source_role},
        "target": {"name": event.target_actor, "country": event.target_country,
                   "role": event.target_role},
        "time": event.time,
        "time_basis": event.time_basis,
        "date": found.date,
        "when": event_when(event.time, event.time_basis, found.published, found.date),
        "place": event.place,
        "place_id": event.place_id,
        "country": place.country if place else "",
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "text": found.text,
        "claimed_by": {"speaker": att.speaker, "stance": att.stance,
                       "path": speaker_path(att.speaker)} if att else None,
        "doc_id": found.doc_id,
        "article_label": display_title(found.title, found.lead, found.lang),
        "published": found.published,
        "lang": found.lang,
        "href": article_path(found.doc_id, event_anchor_id(found.ordinal)),
    }  # fmt: skip


def _facets(types: Counter[str], countries: Counter[str]) -> dict[str, list[dict[str, Any]]]:
    """The types and actor countries present, with counts, for the filter menus."""
    return {
        "types": [{"value": t, "count": n} for t, n in sorted(types.items())],
        "countries": [{"value": c, "count": n} for c, n in sorted(countries.items())],
    }


def events_context(store: Store, filters: EventFilters, limit: int, offset: int) -> dict[str, Any]:
    """The events page: filter menus, the map of all matching events, and one page of them
    (newest first)."""
    query = filters.query()
    found = query_events(store, query, limit + 1, offset)
    places = {
        MapPlace(p.place_id, p.name, p.country, p.lat, p.lon): p.events
        for p in place_counts(store, query)
    }
    chart = event_map(places)
    for place in chart["dots"] + chart["countries"]:
        place["href"] = filters.url(place=place["place_id"])
    return {
        "filters": filters.as_dict(),
        "facets": _facets(*event_facets(store)),
        "total": count_events(store, query),
        "events": [event_item(item) for item in found[:limit]],
        "more": len(found) > limit,
        "map": chart,
    }


__all__ = ["EventFilters", "event_item", "events_context"]
