"""Clock times: "10 p.m. Wednesday", "noon Thursday", "om acht uur"; a clock time without a day
falls on the day the text last mentioned.
"""

from __future__ import annotations

import re

from claimgraph.extract.timex.anaphora import Found, _Anaphor
from claimgraph.extract.timex.context import _Ctx, _handler, _one
from claimgraph.extract.timex.dates import _Point
from claimgraph.extract.timex.handlers.calendar_dates import _calendar_value, _day_of, _year_of
from claimgraph.extract.timex.handlers.weekdays import _bare_weekday
from claimgraph.extract.timex.patterns import _norm


def _clock_text(ctx: _Ctx) -> str:
    """``HH:MM`` of a clock time in digits ("8.15") or with a spelled-out hour ("acht uur");
    ``ValueError`` for a number that is no hour."""
    if ctx.g("clock_word"):
        return str(ctx.val("clock_word"))
    raw = ctx.g("clock") or ctx.g("hour") or ""
    hour_text, minute = ([*re.split(r"[.:]", raw), "0"])[:2]
    hour = int(hour_text) if hour_text.isdigit() else ctx.lex.tables["number"][_norm(hour_text)]
    if hour != int(hour) or not 0 <= hour <= 24:
        raise ValueError(f"no hour: {raw!r}")
    hour = int(hour)
    if ctx.g("meridiem") and hour < 12:
        hour += ctx.val("meridiem")
    return f"{hour:02d}:{int(minute):02d}"


@_handler("clock_day")
def _clock_day(ctx: _Ctx) -> list[Found] | None:
    """ "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": a clock time on a day."""
    clock = _clock_text(ctx)
    if ctx.g("weekday"):
        value = _bare_weekday(ctx, ctx.val("weekday"), "")
    else:
        value = _calendar_value(ctx, _day_of(ctx, "day"), ctx.val("month"), _year_of(ctx), None)
    if value is None or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", value[1]):
        return _one(ctx, value)
    return _one(ctx, ("TIME", f"{value[1]}T{clock}"))


@_handler("clock")
def _clock(ctx: _Ctx) -> list[Found] | None:
    """A clock time without a day ("shot to death at 10 p.m.") is on the day the text last
    mentioned (the story's day, TimeML's temporal focus), else on the anchor's day."""
    clock = _clock_text(ctx)
    fallback = ctx.resolve(lambda d: _Point(d, "day", clock))
    s, e = ctx.m.span("_span")
    return [(s, e, fallback[0], _Anaphor("D", 0, fallback, clock))]
