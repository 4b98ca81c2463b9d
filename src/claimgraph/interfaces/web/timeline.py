"""A speaker's attributions over time, as the geometry of a stacked bar chart (drawn as SVG).

Dates in the store have mixed precision ("2023-05", "2020-01-13"), so the x axis is one column per
date (oldest first), not a linear time scale. When there are more dates than fit, they are
rolled up to months, then to years. The template only draws the rectangles computed here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from claimgraph.model import STANCES

UNDATED = "undated"
MAX_COLUMNS = 24
WIDTH, HEIGHT = 720, 200
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 10, 40
MAX_BAR = 48
MAX_LABELS = 12
# Cut-off lengths of a date at which to roll up: full date, "YYYY-MM", "YYYY".
_PRECISIONS = (None, 7, 4)


@dataclass(frozen=True)
class Bar:
    """One stance's part of one date's column."""

    x: float
    y: float
    width: float
    height: float
    stance: str
    date: str
    count: int


def count_by_date(pairs: Iterable[tuple[str | None, str]]) -> dict[str, dict[str, int]]:
    """``{date: {stance: n}}`` from (date, stance) pairs, dates oldest first, undated last."""
    counts: dict[str, Counter[str]] = {}
    for date, stance in pairs:
        counts.setdefault(date or UNDATED, Counter())[stance] += 1
    ordered = sorted(counts, key=lambda d: (d == UNDATED, d))
    return {date: {s: counts[date].get(s, 0) for s in STANCES} for date in ordered}


def _roll_up(counts: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    """``counts`` at the finest precision that gives at most :data:`MAX_COLUMNS` dates."""
    rolled: dict[str, dict[str, int]] = {}
    for cut in _PRECISIONS:
        rolled = {}
        for date, stances in counts.items():
            key = date if cut is None or date == UNDATED else date[:cut]
            column = rolled.setdefault(key, dict.fromkeys(STANCES, 0))
            for stance, n in stances.items():
                column[stance] = column.get(stance, 0) + n
        if len(rolled) <= MAX_COLUMNS:
            break
    return rolled


def _ticks(peak: int) -> list[int]:
    """0, the peak and a middle value when it is a whole number."""
    ticks = [0, peak]
    if peak >= 4 and peak % 2 == 0:
        ticks.insert(1, peak // 2)
    return ticks


def _r(value: float) -> float:
    return round(value, 1)


def timeline_chart(counts: Mapping[str, Mapping[str, int]]) -> dict[str, Any]:
    """The chart's size, bars, date labels and y ticks, in SVG user units."""
    columns = _roll_up(counts)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    base = TOP + plot_h
    peak = max((sum(c.values()) for c in columns.values()), default=0)
    slot = plot_w / max(len(columns), 1)
    bar_w = min(slot * 0.7, MAX_BAR)
    every = max(1, -(-len(columns) // MAX_LABELS))  # ceiling division
    bars, labels = [], []
    for i, (date, stances) in enumerate(columns.items()):
        x = LEFT + i * slot + (slot - bar_w) / 2
        y = float(base)
        for stance in STANCES:
            n = stances.get(stance, 0)
            if n:
                h = plot_h * n / peak
                y -= h
                bars.append(Bar(_r(x), _r(y), _r(bar_w), _r(h), stance, date, n))
        if i % every == 0:
            labels.append({"x": _r(x + bar_w / 2), "y": base + 16, "text": date})
    ticks = [{"y": _r(base - plot_h * t / peak), "text": str(t)} for t in _ticks(peak) if peak]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "base": base,
        "bars": [asdict(bar) for bar in bars],
        "labels": labels,
        "ticks": ticks,
        "columns": [{"date": d, "stances": s} for d, s in columns.items()],
    }


__all__ = ["UNDATED", "Bar", "count_by_date", "timeline_chart"]
