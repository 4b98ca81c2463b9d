"""Write the country outlines for the events map (src/.../web/static/world-110m.json).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/world_outline.py package/countries-110m.json

world-atlas 2.0.2 (ISC, Mike Bostock) is Natural Earth 4.1.0 Admin 0 countries at 1:110m, which
Natural Earth puts in the public domain. This decodes its TopoJSON into plain lon/lat rings
rounded to 0.1 degree, keyed by ISO 3166-1 numeric code, so the web app needs no TopoJSON or GIS library and fetches nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "claimgraph" / "interfaces" / "web" / "static" / "world-110m.json"
SOURCE = (
    "Natural Earth 4.1.0 Admin 0 countries 1:110m (public domain), "
    "via npm world-atlas 2.0.2 countries-110m.json (ISC); decoded by scripts/world_outline.py"
)
SOUTH = -60.0
Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Every arc as absolute lon/lat points (TopoJSON arcs are quantized and delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[Point]], indices: list[int]) -> list[list[float]]:
    """One closed ring from arc indices (``~i`` is arc ``i`` reversed), rounded, deduplicated."""
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 1), round(lat, 1)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def unwrap(ring: list[list[float]]) -> list[list[float]]:
    """A ring cut at the antimeridian (Russia's Chukotka, Fiji) continued past 180 degrees east,
    so that an equirectangular map draws no line across the world."""
    lons = [p[0] for p in ring]
    if min(lons) < -170 and max(lons) > 170:
        return [[lon + 360 if lon < 0 else lon, lat] for lon, lat in ring]
    return ring


def polygons(geometry: dict[str, Any]) -> list[list[int]]:
    if geometry["type"] == "Polygon":
        return list(geometry["arcs"])
    if geometry["type"] == "MultiPolygon":
        return [r for polygon in geometry["arcs"] for r in polygon]
    return []


def countries(topology: dict[str, Any]) -> list[dict[str, Any]]:
    arcs = decode_arcs(topology)
    found = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        rings = [unwrap(ring(arcs, r)) for r in polygons(geometry)]
        # Antarctica (all south of 60 S) is left out: the map's world view stops there.
        rings = [r for r in rings if len(r) >= 3 and max(p[1] for p in r) > SOUTH]
        if rings:
            name = geometry.get("properties", {}).get("name", "")
            # ``id`` is the ISO 3166-1 numeric code ("643"); a few disputed areas have none.
            iso = int(geometry.get("id") or 0)
            found.append({"iso": iso, "name": name, "rings": rings})
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    data = {"source": SOURCE, "countries": countries(topology)}
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['countries'])} countries, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
