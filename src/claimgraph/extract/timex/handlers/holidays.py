"""The holiday handler ("Thanksgiving Day", "last Christmas", "Christmas 1998", "Easter week") and
the date of a ``[holiday]`` entry in a year: fixed, the nth weekday of a month, or counted from
Easter.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from claimgraph.extract.timex.anaphora import Found
from claimgraph.extract.timex.context import _Ctx, _handler, _one
from claimgraph.extract.timex.dates import _Point, _render
from claimgraph.extract.timex.handlers.calendar_dates import _unmarked_pick


def _easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar; anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_date(spec: dict[str, int], year: int) -> date:
    """The day of a ``[holiday]`` entry in ``year``: a fixed ``month``/``day``, the ``nth``
    ``weekday`` of ``month`` on or after ``first_day`` (``nth`` -1: the last), or ``easter``
    plus some days."""
    if "easter" in spec:
        return _easter(year) + timedelta(days=spec["easter"])
    if "day" in spec:
        return date(year, spec["month"], spec["day"])
    nth, weekday = spec["nth"], spec["weekday"]
    if nth < 0:
        last = date(year, spec["month"], monthrange(year, spec["month"])[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, spec["month"], spec.get("first_day", 1))
    return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=nth - 1)


@_handler("holiday")
def _holiday(ctx: _Ctx) -> list[Found] | None:
    """ "Thanksgiving Day", "last Thanksgiving", "Christmas 1998", "Easter week": the holiday in
    the given year, the one before or after the anchor ("last"/"next"), else by tense."""
    spec = ctx.val("holiday")
    gran = "week" if ctx.g("holiday_week") else "day"

    def point(y: int) -> tuple[date, date, _Point]:
        d = _holiday_date(spec, y)
        return d, d, _Point(d, gran)

    if ctx.g("year"):
        return _one(ctx, ("DATE", _render(point(ctx.year() or 0)[2])))
    rel = ctx.val("rel") if ctx.g("rel") else 0
    if rel == 0:
        return _one(ctx, ctx.resolve(_unmarked_pick(ctx, point)))

    def fn(d: date) -> _Point:
        y = d.year
        if rel < 0 and point(y)[0] >= d:
            y -= 1
        elif rel > 0 and point(y)[0] <= d:
            y += 1
        return point(y)[2]

    return _one(ctx, ctx.resolve(fn))
