"""Weekdays: "last Tuesday", "volgende week vrijdag", a bare "dinsdag" (the instance the tense
around it points to), "in de nacht van dinsdag op woensdag".
"""

from __future__ import annotations

from datetime import date, timedelta

from claimgraph.extract.timex.anaphora import Found
from claimgraph.extract.timex.context import _Ctx, _handler, _one
from claimgraph.extract.timex.dates import _pick, _Point, _week_day


@_handler("rel_weekday")
def _rel_weekday(ctx: _Ctx) -> list[Found] | None:
    weekday = ctx.val("weekday")
    part = ctx.val("daypart") if ctx.g("daypart") else ""
    if ctx.g("weekrel"):
        weeks = ctx.val("rel", "weekrel")
        return _one(ctx, ctx.resolve(lambda d: _Point(_week_day(d, weekday, weeks), "day", part)))
    rel = ctx.val("rel")

    def fn(d: date) -> _Point:
        this_week = _week_day(d, weekday)
        if rel < 0:
            day = this_week if this_week < d else this_week - timedelta(weeks=1)
        elif rel > 0:
            day = this_week if this_week > d else this_week + timedelta(weeks=1)
        else:
            day = this_week
        return _Point(day, "day", part)

    return _one(ctx, ctx.resolve(fn))


def _bare_weekday(ctx: _Ctx, weekday: int, part: str, shift: int = 0) -> tuple[str, str]:
    # "Wednesday's ruling": the clause's tense is not the weekday's.
    nominal = ctx.text.startswith(ctx.lex.untensed_after, ctx.m.end("_span"))
    tense = (0 if nominal else ctx.tense()) or (-1 if ctx.lex.unmarked_weekday == "past" else 0)

    def fn(d: date) -> _Point:
        days = [_week_day(d, weekday, k) for k in (-1, 0, 1)]
        p = _pick([(x, x, _Point(x, "day")) for x in days], d, tense)
        return _Point(p.day + timedelta(days=shift), "day", part)

    if ctx.anchor is None:
        return ("TIME" if part else "DATE"), f"XXXX-WXX-{weekday + 1}" + (
            f"T{part}" if part else ""
        )
    return ctx.resolve(fn)


@_handler("weekday")
def _weekday(ctx: _Ctx) -> list[Found] | None:
    part = ctx.val("daypart") if ctx.g("daypart") else ""
    return _one(ctx, _bare_weekday(ctx, ctx.val("weekday"), part))


@_handler("night_between")
def _night_between(ctx: _Ctx) -> list[Found] | None:
    """ "in de nacht van dinsdag op woensdag": the first day + TNI (the gold convention)."""
    return _one(ctx, _bare_weekday(ctx, ctx.val("weekday", "weekday2"), "NI", shift=-1))
