"""Durations and sets: "twee jaar", "for years", "the past two years" (but "the past year", which
names one year, is a date), "elke week", "on Mondays", "$33 million a year".
"""

from __future__ import annotations

from claimgraph.extract.timex.anaphora import Found
from claimgraph.extract.timex.context import _Ctx, _handler, _one
from claimgraph.extract.timex.dates import _shift
from claimgraph.extract.timex.patterns import _norm


@_handler("set")
def _set(ctx: _Ctx) -> list[Found] | None:
    if ctx.g("set_word"):
        return _one(ctx, ("SET", ctx.val("set_word")))
    if ctx.g("weekday") and not ctx.g("daypart_plural"):
        return _one(ctx, ("SET", f"XXXX-WXX-{ctx.val('weekday') + 1}"))
    if ctx.g("units"):  # "elke twee jaar"
        return _one(ctx, ("SET", ctx.duration(ctx.num(), ctx.val("units"))))
    if ctx.g("month"):  # "each July"
        return _one(ctx, ("SET", f"XXXX-{ctx.val('month'):02d}"))
    if ctx.g("weekday_plural"):  # "on Mondays", "Tuesday nights"
        weekday, part = ctx.val("weekday_plural"), ""
    elif ctx.g("daypart_plural"):
        weekday, part = ctx.val("weekday"), ctx.val("daypart_plural")
    else:
        return _one(ctx, ("SET", ctx.duration(1, ctx.val("unit"))))
    return _one(ctx, ("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else "")))


@_handler("rate")
def _rate(ctx: _Ctx) -> list[Found] | None:
    """ "per year" always, "a year" after an amount or a plural noun ("$33 million a year",
    "interviews a day"; the parsed words in ``[rate] after``): a SET, once per unit."""
    if not ctx.g("rate_per") and not _after_rate_word(ctx):
        return None
    return _one(ctx, ("SET", ctx.duration(1, ctx.val("unit"))))


def _after_rate_word(ctx: _Ctx) -> bool:
    """Whether the parsed word before the match is one ``[rate] after`` lists (a part of speech,
    with a morphological feature where given)."""
    if ctx.parsed is None:
        return False
    span = ctx.parsed.char_span(ctx.m.start("_span"), ctx.m.end("_span"), alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = ctx.parsed[span.start - 1]
    features = str(before.morph).split("|")
    return any(before.pos_ == pos and (not f or f in features) for pos, f in ctx.lex.rate_after)


@_handler("duration")
def _duration_handler(ctx: _Ctx) -> list[Found] | None:
    if ctx.g("unit_long"):
        return _one(ctx, ("DURATION", ctx.duration("X", ctx.val("unit_long"))))
    if ctx.g("unit"):
        return _one(ctx, ("DURATION", ctx.duration(1, ctx.val("unit"))))
    unit = ctx.val("units")
    # "the past two years", "for years": some years; "the next year": one year.
    single = _norm(ctx.g("units") or "") in ctx.lex.tables["unit"]
    if single and ctx.g("rel") and _names_one_unit(ctx):
        rel = ctx.val("rel")
        return _one(ctx, ctx.resolve(lambda d: _shift(d, unit, rel)))
    n: float | str = "X"
    if ctx.g("num") and not ctx.g("vague"):
        n = ctx.num() + (0.5 if ctx.g("half") else 0)
    elif single and not ctx.g("vague"):
        n = 1
    return _one(ctx, ("DURATION", ctx.duration(n, unit)))


def _names_one_unit(ctx: _Ctx) -> bool:
    """ "the current year" and "the past year" (TE3 gold: DATE 1997, read in 1998) are dates,
    like "this year" and "last year"; "the next year" stays the year ahead (a duration)."""
    rel = ctx.val("rel")
    return rel == 0 or (rel < 0 and _norm(ctx.m.group("_span")).startswith("the "))
