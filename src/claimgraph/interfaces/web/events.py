"""The events page: who did what to whom, when and where, filtered, listed and mapped.

Events are read from stored documents (computed on the fly for documents stored before events
existed, as ``claimgraph events`` does); each links to its span on the article page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from claimgraph.interfaces.cli.events import event_matches, events_of
from claimgraph.interfaces.web.highlight import event_anchor_id
from claimgraph.interfaces.web.views import article_path, display_title, speaker_path
from claimgraph.interfaces.web.worldmap import MapPlace, event_map
from claimgraph.model import Document, Event, Place

EVENTS_PATH = "/events"
_CALENDAR_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(?![\d\-W])")


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


def place_of(doc: Document, event: Event) -> Place | None:
    """The resolved place an event happened at, if any."""
    if not event.place:
        return None
    return next(
        (p for p in doc.places if p.geonames_id == event.place_id and p.name == event.place), None
    )


def event_item(doc: Document, index: int, event: Event) -> dict[str, Any]:
    """One event with its article and a link to its span there."""
    att = next((a for a in doc.attributions if a.id and a.id == event.attribution), None)
    place = place_of(doc, event)
    return {
        "id": f"{doc.id}-{index}",
        "type": event.type,
        "mode": event.mode,
        "trigger": event.trigger,
        "source": {"name": event.source_actor, "country": event.source_country,
                   "role": event.source_role},
        "target": {"name": event.target_actor, "country": event.target_country,
                   "role": event.target_role},
        "time": event.time,
        "date": event_date(event.time, doc.date),
        "place": event.place,
        "place_id": event.place_id,
        "country": place.country if place else "",
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "text": doc.surface(event.span or event.trigger_span),
        "claimed_by": {"speaker": att.speaker, "stance": att.stance,
                       "path": speaker_path(att.speaker)} if att else None,
        "doc_id": doc.id,
        "article_label": display_title(doc.title, doc.text, doc.lang),
        "published": doc.date,
        "lang": doc.lang,
        "href": article_path(doc.id, event_anchor_id(index)),
    }  # fmt: skip


def event_date(time: str, published: str | None) -> str:
    """The event's date, or its article's where the time is no calendar date (PRESENT_REF, a
    week, a period)."""
    found = _CALENDAR_DATE.match(time)
    return found.group(0) if found else published or ""


def _passes(doc: Document, event: Event, filters: EventFilters) -> bool:
    if filters.place and event.place_id != filters.place:
        return False
    return event_matches(
        event, doc.date, filters.actor or None, filters.type or None, filters.since or None
    )


def _facets(pairs: list[tuple[Document, int, Event]]) -> dict[str, list[dict[str, Any]]]:
    """The types and actor countries present, with counts, for the filter menus."""
    types = Counter(event.type for _, _, event in pairs if event.type)
    countries: Counter[str] = Counter()
    for _, _, event in pairs:
        countries.update({c for c in (event.source_country, event.target_country) if c})
    return {
        "types": [{"value": t, "count": n} for t, n in sorted(types.items())],
        "countries": [{"value": c, "count": n} for c, n in sorted(countries.items())],
    }


def _map_counts(items: list[dict[str, Any]]) -> dict[MapPlace, int]:
    """Events per place, one place per GeoNames id ("Kremlin, Moscow" and "Moscow" share one),
    named by its most frequent name."""
    by_id: dict[int, list[dict[str, Any]]] = {}
    for item in items:
        if item["place_id"]:
            by_id.setdefault(item["place_id"], []).append(item)
    counts = {}
    for place_id, group in by_id.items():
        name = Counter(item["place"] for item in group).most_common(1)[0][0]
        first = group[0]
        place = MapPlace(place_id, name, first["country"], first["lat"], first["lon"])
        counts[place] = len(group)
    return counts


def events_context(
    docs: Iterable[Document], filters: EventFilters, limit: int, offset: int
) -> dict[str, Any]:
    """The events page: filter menus, the map of all matching events, and one page of them
    (newest first)."""
    pairs = [(doc, i, event) for doc in docs for i, event in enumerate(events_of(doc))]
    matching = [
        event_item(doc, i, event) for doc, i, event in pairs if _passes(doc, event, filters)
    ]
    matching.sort(key=lambda item: item["id"])
    matching.sort(key=lambda item: item["date"], reverse=True)  # newest first, stable
    chart = event_map(_map_counts(matching))
    for place in chart["dots"] + chart["countries"]:
        place["href"] = filters.url(place=place["place_id"])
    return {
        "filters": filters.as_dict(),
        "facets": _facets(pairs),
        "total": len(matching),
        "events": matching[offset : offset + limit],
        "more": len(matching) > offset + limit,
        "map": chart,
    }


__all__ = ["EventFilters", "event_date", "event_item", "events_context", "place_of"]
