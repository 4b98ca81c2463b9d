"""Calendar values in TimeML: the period an article date anchors (``parse_anchor``), a point in time
at some precision (``_Point``) and its value (``2023-05-02``, ``2023-W18``, ``1989-H2``,
``XXXX-XX``), shifts by a unit, the instance a bare month or weekday means (``_pick``), and
durations (``P3Y``, ``PT90M``, ``P2Y6M``, ``PXY``).
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from claimgraph.errors import InputError

_DURATION_UNITS = {"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "TH", "MIN": "TM", "S": "TS"}
_DATE_UNITS = frozenset({"Y", "M", "W", "D"})
_SMALLER_UNIT = {"Y": ("M", 12), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


@dataclass(frozen=True)
class _Anchor:
    first: date
    last: date
    gran: str  # "day", "month" or "year"

    @property
    def mid(self) -> date:
        return self.first + (self.last - self.first) / 2


def parse_anchor(anchor: str | None) -> _Anchor | None:
    """``2023-05-03`` / ``2023-05`` / ``2023`` (a time part is ignored) -> the anchor period."""
    if anchor is None or not str(anchor).strip():
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", str(anchor).strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
        if day:
            d = date(year, month, day)
            return _Anchor(d, d, "day")
        if month:
            return _Anchor(
                date(year, month, 1), date(year, month, monthrange(year, month)[1]), "month"
            )
        return _Anchor(date(year, 1, 1), date(year, 12, 31), "year")
    except ValueError:
        raise InputError(
            f"unreadable anchor date {anchor!r} (want YYYY, YYYY-MM or YYYY-MM-DD)"
        ) from None


@dataclass(frozen=True)
class _Point:
    """A calendar value: ``day`` is a representative date, ``gran`` the precision."""

    day: date
    gran: str  # day week weekend month season quarter year decade century
    part: str = ""  # part of day or clock time (day gran), season code (season gran)


def _render(p: _Point) -> str:
    d = p.day
    if p.gran == "day":
        return f"{d:%Y-%m-%d}" + (f"T{p.part}" if p.part else "")
    if p.gran in ("week", "weekend"):
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}" + ("-WE" if p.gran == "weekend" else "")
    if p.gran == "month":
        return f"{d:%Y-%m}"
    if p.gran == "season":
        return f"{d.year:04d}-{p.part}"
    if p.gran == "half":
        return f"{d.year:04d}-H{1 if d.month < 7 else 2}"
    if p.gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if p.gran == "decade":
        return f"{d.year:04d}"[:3]
    if p.gran == "century":
        return f"{d.year:04d}"[:2]
    return f"{d.year:04d}"


def _unknown(p: _Point) -> str:
    """The value of a point whose anchor is unknown (TimeML ``X`` placeholders)."""
    unknown = {
        "day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
        "season": f"XXXX-{p.part}", "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX",
        "century": "XX",
    }  # fmt: skip
    return unknown[p.gran] + (f"T{p.part}" if p.gran == "day" and p.part else "")


def _type_of(p: _Point) -> str:
    return "TIME" if p.gran == "day" and p.part else "DATE"


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


def _add_years(d: date, n: int) -> date:
    return _add_months(d, 12 * n)


def _shift(d: date, unit: str, n: int) -> _Point:
    """``d`` moved by ``n`` units, at the precision of the unit."""
    if unit == "Y":
        return _Point(_add_years(d, n), "year")
    if unit == "M":
        return _Point(_add_months(d, n), "month")
    if unit == "W":
        return _Point(d + timedelta(weeks=n), "week")
    if unit == "Q":
        return _Point(_add_months(d, 3 * n), "quarter")
    if unit == "DE":
        return _Point(_add_years(d, 10 * n), "decade")
    if unit == "CE":
        return _Point(_add_years(d, 100 * n), "century")
    if unit == "D":
        return _Point(d + timedelta(days=n), "day")
    return _Point(d, "day")  # hours, minutes: the day is as precise as we can honestly be


def _pick(cands: list[tuple[date, date, _Point]], ref: date, tense: int, grace: int = 0) -> _Point:
    """The instance a bare month/weekday/season means: by tense, else the nearest one.

    An instance within ``grace`` days of ``ref`` wins whatever the tense ("has set Nov. 10 as
    the deadline", read on Nov. 2; "expects to report third-quarter results", read in October).
    """
    nearest = min(cands, key=lambda c: (abs((c[0] + (c[1] - c[0]) / 2 - ref).days), c[0]))
    if grace and max((nearest[0] - ref).days, (ref - nearest[1]).days) <= grace:
        return nearest[2]
    if tense < 0:
        past = [c for c in cands if c[0] <= ref]
        if past:
            return max(past, key=lambda c: c[0])[2]
    if tense > 0:
        future = [c for c in cands if c[1] >= ref]
        if future:
            return min(future, key=lambda c: c[0])[2]
    return min(cands, key=lambda c: (abs((c[0] + (c[1] - c[0]) / 2 - ref).days), c[0]))[2]


def _week_day(d: date, weekday: int, weeks: int = 0) -> date:
    return d - timedelta(days=d.weekday()) + timedelta(weeks=weeks, days=weekday)


def _compose(parts: list[tuple[int, str]]) -> str:
    """``[(2, "Y"), (6, "M")]`` -> ``P2Y6M``; time units go after the ``T``."""
    day = "".join(f"{n}{_DURATION_UNITS[u]}" for n, u in parts if n and u in _DATE_UNITS)
    time = "".join(f"{n}{_DURATION_UNITS[u][1:]}" for n, u in parts if n and u not in _DATE_UNITS)
    return "P" + day + (f"T{time}" if time else "")


def _duration(
    n: float | str, unit: str, letters: dict[str, str] | None = None, mixed: bool = False
) -> str:
    """``P3Y``, ``PT90M``, ``P18M`` (fractions go to the next smaller unit), ``PXY``.

    With ``mixed``, a fraction is written as whole units plus the rest in the next smaller
    unit (``P2Y6M``, ``PT1M30S``) as TimeML annotators of English do.

    ``letters`` maps a unit the language's gold writes with a letter of its own (TimeML
    ``P2E`` for two decades, ``PXC`` for centuries) to that letter; otherwise decades and
    centuries are counted in years.
    """
    if letters and unit in letters and (isinstance(n, str) or n == int(n)):
        return f"P{n if isinstance(n, str) else int(n)}{letters[unit]}"
    if unit == "Q":
        n, unit = (n if isinstance(n, str) else n * 3), "M"
    elif unit in ("DE", "CE"):
        n, unit = (n if isinstance(n, str) else n * (10 if unit == "DE" else 100)), "Y"
    if isinstance(n, str):
        return f"P{_DURATION_UNITS[unit][:-1]}{n}{_DURATION_UNITS[unit][-1]}"
    if mixed and n != int(n) and unit in _SMALLER_UNIT:  # P2Y6M, PT1M30S
        small, factor = _SMALLER_UNIT[unit]
        rest = (n - int(n)) * factor
        if rest == int(rest):
            return _compose([(int(n), unit), (int(rest), small)])
    while n != int(n) and unit in _SMALLER_UNIT:
        unit, factor = _SMALLER_UNIT[unit]
        n *= factor
    code = _DURATION_UNITS[unit]
    amount = int(n) if n == int(n) else round(n, 2)
    return f"P{code[:-1]}{amount}{code[-1]}"
