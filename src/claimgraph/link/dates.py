"""Date windows for linking: two items link only when their dates are close enough."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

WINDOW_DAYS = 3


def date_range(value: str | None) -> tuple[date, date] | None:
    """The first and last day a possibly coarse ISO date covers ("2023-05" -> May 1..31)."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(parts[2]))
    except ValueError:
        return None
    return day, day


def chronological(value: str) -> str:
    """Sort key for ISO dates of mixed precision: each at the end of the period it covers, so a
    source dated only "2023-05" sorts after "2023-05-31" (by then it certainly existed) and a bare
    day after that day's times. ISO strings compare like dates; the key extends that by one step."""
    return value + "\uffff"


def within(a: str | None, b: str | None, days: int = WINDOW_DAYS) -> bool:
    """The two dates are at most ``days`` apart (unknown or unreadable dates always are)."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None:
        return True
    gap = timedelta(days=days)
    return ra[0] - gap <= rb[1] and rb[0] - gap <= ra[1]


def day_gap(a: str | None, b: str | None) -> int | None:
    """Whole days between two dates given to the day ("2023-05-03" and "2023-05-05": 2); None
    when either is unknown, unreadable or coarser than a day."""
    ra, rb = date_range(a), date_range(b)
    if ra is None or rb is None or ra[0] != ra[1] or rb[0] != rb[1]:
        return None
    return abs((ra[0] - rb[0]).days)
