"""Expressions counted from the anchor or from the text: "gisteren", "vanavond", "last week", "three
years ago", "two weeks later", "the following day", "recent years", "now".
"""

from __future__ import annotations

from datetime import timedelta

from claimgraph.extract.timex.anaphora import _REFERENCE_GRANS, Found, _Anaphor
from claimgraph.extract.timex.context import _Ctx, _handler, _one
from claimgraph.extract.timex.dates import _add_months, _Point, _shift
from claimgraph.extract.timex.handlers.reports import _in_report, _report_quarter


@_handler("anaphor")
def _anaphor(ctx: _Ctx) -> list[Found] | None:
    """ "the following year", "that quarter", "the next day": counted from the last date;
    "that evening", "the next morning": a part of the day last mentioned (or the next)."""
    if ctx.g("daypart"):
        return _anaphor_part(ctx)
    unit = ctx.val("unit")
    if unit not in _REFERENCE_GRANS:
        return None
    offset = ctx.val("anaphor_rel") if ctx.g("anaphor_rel") else 0
    fallback = ctx.resolve(lambda d: _shift(d, unit, offset))
    s, e = ctx.m.span("_span")
    return [(s, e, fallback[0], _Anaphor(unit, offset, fallback))]


def _anaphor_part(ctx: _Ctx) -> list[Found]:
    part = ctx.val("daypart")
    offset = ctx.val("anaphor_rel") if ctx.g("anaphor_rel") else 0
    fallback = ctx.resolve(lambda d: _Point(d + timedelta(days=offset), "day", part))
    s, e = ctx.m.span("_span")
    return [(s, e, fallback[0], _Anaphor("D", offset, fallback, part))]


@_handler("ref_units")
def _ref_units(ctx: _Ctx) -> list[Found] | None:
    """ "recent years", "the coming months": vague past or future references, not durations."""
    return _one(ctx, ("DATE", ctx.val("ref_units")))


_OPEN_NUMBER = {"W": "WXX", "M": "XX"}  # a unit of the year whose number is left open


@_handler("rel_unit")
def _rel_unit(ctx: _Ctx) -> list[Found] | None:
    if ctx.g("open_unit"):  # "the week": a week of the anchor's year, which one left open
        type_, year = ctx.resolve(lambda d: _Point(d, "year"))
        return _one(ctx, (type_, f"{year}-{_OPEN_NUMBER[ctx.val('unit', 'open_unit')]}"))
    unit = ctx.val("unit")
    rel = ctx.val("rel") if ctx.g("rel") else 0
    if unit in ("H", "MIN", "S"):
        return None
    return _one(ctx, ctx.resolve(lambda d: _shift(d, unit, rel)))


_YEARS_IN = {"DE": 10, "CE": 100}  # decades and centuries, counted in years by _offset


def _offset(ctx: _Ctx, sign: int, vague_value: str) -> list[Found] | None:
    unit = ctx.val("units") if ctx.g("units") else ctx.val("unit")
    if ctx.g("vague"):
        return _one(ctx, ("DATE", vague_value))
    n = ctx.num()
    if n != int(n):
        return _one(ctx, ("DATE", vague_value))
    if unit == "Y" and _in_report(ctx):  # "a year earlier" next to quarterly results
        return _one(
            ctx,
            ctx.resolve(
                lambda d: _Point(
                    _add_months(_report_quarter(ctx, d), sign * 12 * int(n)), "quarter"
                )
            ),
        )
    if unit in _YEARS_IN:  # "a decade ago": the year ten years back, not the decade
        return _one(ctx, ctx.resolve(lambda d: _shift(d, "Y", sign * int(n) * _YEARS_IN[unit])))
    return _one(ctx, ctx.resolve(lambda d: _shift(d, unit, sign * int(n))))


@_handler("ago")
def _ago(ctx: _Ctx) -> list[Found] | None:
    return _offset(ctx, -1, "PAST_REF")


@_handler("later")
def _later(ctx: _Ctx) -> list[Found] | None:
    return _offset(ctx, 1, "FUTURE_REF")


@_handler("day_deixis")
def _day_deixis(ctx: _Ctx) -> list[Found] | None:
    offset = ctx.val("day_deixis")
    part = ctx.val("daypart") if ctx.g("daypart") else ""
    return _one(ctx, ctx.resolve(lambda d: _Point(d + timedelta(days=offset), "day", part)))


@_handler("day_part_deixis")
def _day_part_deixis(ctx: _Ctx) -> list[Found] | None:
    offset, part = ctx.val("day_part_deixis")
    return _one(ctx, ctx.resolve(lambda d: _Point(d + timedelta(days=offset), "day", part)))


@_handler("ref")
def _ref(ctx: _Ctx) -> list[Found] | None:
    return _one(ctx, ("DATE", ctx.val("ref")))
