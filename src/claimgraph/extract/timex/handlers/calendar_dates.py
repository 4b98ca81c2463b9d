"""Handlers of calendar dates and periods: dates and months ("3 mei 2023", "Nov. 9", "zaterdag 21 en
zondag 22 september", "last April"), numeric dates, years, halves, centuries, decades, quarters,
seasons and weekends; and the checks and the choice of year they share (``_month_ok``,
``_calendar_value``).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from claimgraph.extract.timex.anaphora import Found
from claimgraph.extract.timex.context import _Ctx, _handler, _one
from claimgraph.extract.timex.dates import (
    _add_months,
    _add_years,
    _pick,
    _Point,
    _render,
    _type_of,
    _week_day,
)
from claimgraph.extract.timex.patterns import _norm

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


_WORD_BEFORE = re.compile(r"(\S?)\s*\b(\w[\w'-]*)\s+$")


def _month_ok(ctx: _Ctx, group: str = "month") -> bool:
    """A month word on its own is a date unless it is an abbreviation, which is a first name
    as often ("Jan Kavan", "Jan Siebelink") and needs a day or year, or an ambiguous word
    (English "may", "fall") in lower case or after a capitalised word inside a sentence (a
    surname: "Theresa May")."""
    word = ctx.g(group) or ""
    if word != ctx.g("_span"):
        return True
    key = _norm(word).rstrip(".")
    if key in ctx.lex.month_abbreviations:
        return False
    if key not in ctx.lex.capitalised:
        return True
    return word[0].isupper() and not _after_name_word(ctx.text, ctx.m.start("_span"))


def _after_name_word(text: str, start: int) -> bool:
    """Whether a capitalised word that does not open a sentence stands right before ``start``."""
    m = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if m is None or not m[2][0].isupper():
        return False
    opens_text = m.start(2) == 0 or not text[: m.start(2)].strip()
    return not (opens_text or m[1] in (".", "!", "?", '"', "'", "`", ":"))


def _calendar_value(
    ctx: _Ctx, day: int | None, month: int, year: int | None, yrel: int | None
) -> tuple[str, str] | None:
    def point(y: int) -> tuple[date, date, _Point]:
        if day:
            d = date(y, month, day)
            return d, d, _Point(d, "day")
        first = date(y, month, 1)
        return first, date(y, month, monthrange(y, month)[1]), _Point(first, "month")

    try:
        if year is not None:
            p = point(year)[2]
            return _type_of(p), _render(p)
        if yrel is not None:
            return ctx.resolve(lambda d: point(d.year + yrel)[2])
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return ctx.resolve(_unmarked_pick(ctx, point))
    except ValueError:  # 31 februari
        return None


def _unmarked_pick(
    ctx: _Ctx, point: Callable[[int], tuple[date, date, _Point]]
) -> Callable[[date], _Point]:
    """Which year a month, date or quarter without a year means: by tense, else per language."""
    tense = ctx.tense()
    if tense == 0 and ctx.lex.unmarked_year == "anchor":
        return lambda d: point(d.year)[2]
    grace = ctx.lex.tense_grace
    return lambda d: _pick([point(d.year + k) for k in (-1, 0, 1)], d, tense, grace)


def _day_of(ctx: _Ctx, group: str) -> int | None:
    raw = ctx.g(group)
    return int(re.match(r"\d+", raw)[0]) if raw else None  # type: ignore[index]


def _year_of(ctx: _Ctx) -> int | None:
    return ctx.year()


@_handler("calendar")
def _calendar(ctx: _Ctx) -> list[Found] | None:
    if not _month_ok(ctx):
        return None
    yrel = ctx.val("rel", "yrel") if ctx.g("yrel") else None
    month = ctx.val("month")
    return _one(ctx, _calendar_value(ctx, _day_of(ctx, "day"), month, _year_of(ctx), yrel))


@_handler("range")
def _range(ctx: _Ctx) -> list[Found] | None:
    """ "zaterdag 21 en zondag 22 september": two dates, the first takes the second's month."""
    if not _month_ok(ctx):
        return None
    month2 = ctx.val("month")
    month1 = ctx.val("month", "month1") if ctx.g("month1") else month2
    first = _calendar_value(ctx, _day_of(ctx, "day"), month1, _year_of(ctx), None)
    second = _calendar_value(ctx, _day_of(ctx, "day2"), month2, _year_of(ctx), None)
    if first is None or second is None:
        return None
    s, e = ctx.m.span("_span")
    end1 = ctx.m.end("month1") if ctx.g("month1") else ctx.m.end("day")
    start2 = ctx.m.start("weekday2") if ctx.g("weekday2") else ctx.m.start("day2")
    return [(s, end1, *first), (start2, e, *second)]


@_handler("week_of")
def _week_of(ctx: _Ctx) -> list[Found] | None:
    value = _calendar_value(ctx, _day_of(ctx, "day"), ctx.val("month"), _year_of(ctx), None)
    if value is None or "X" in value[1]:
        return _one(ctx, ("DATE", "XXXX-WXX")) if value else None
    iso = date.fromisoformat(value[1][:10]).isocalendar()
    return _one(ctx, ("DATE", f"{iso.year}-W{iso.week:02d}"))


@_handler("weekday_day")
def _weekday_day(ctx: _Ctx) -> list[Found] | None:
    """A weekday with a day number; the month comes from the text that follows, if any."""
    following = ctx.lex.month_class.search(ctx.text, ctx.m.end(), ctx.m.end() + 80)
    day = _day_of(ctx, "day")
    if following:
        month = ctx.lex.value("month", following["month"].rstrip("."))
        year = int(following["year"]) if (following["year"] or "").isdigit() else None
        return _one(ctx, _calendar_value(ctx, day, month, year, None))
    weekday = ctx.val("weekday")

    def fn(d: date) -> _Point:
        cands = []
        for k in (-1, 0, 1):
            first = _add_months(d.replace(day=1), k)
            if day and day <= monthrange(first.year, first.month)[1]:
                cands.append(first.replace(day=day))
        matching = [c for c in cands if c.weekday() == weekday] or cands
        return _Point(min(matching, key=lambda c: abs((c - d).days)), "day")

    return _one(ctx, ctx.resolve(fn))


@_handler("numeric_date")
def _numeric_date(ctx: _Ctx) -> list[Found] | None:
    import dateparser  # slow import; only numeric dates need it

    settings = {"DATE_ORDER": ctx.lex.date_order, "STRICT_PARSING": True}
    raw = ctx.g("numeric_date") or ""
    parsed = dateparser.parse(raw, settings=settings)  # type: ignore[arg-type]
    return _one(ctx, ("DATE", f"{parsed:%Y-%m-%d}")) if parsed else None


@_handler("year")
def _year(ctx: _Ctx) -> list[Found] | None:
    return _one(ctx, ("DATE", f"{ctx.year():04d}"))


@_handler("half")
def _half(ctx: _Ctx) -> list[Found] | None:
    """ "the second half of 1989", "the first half": ``1989-H2``."""
    n = int(ctx.val("half_ordinal"))

    def point(y: int) -> tuple[date, date, _Point]:
        first = date(y, 6 * n - 5, 1)
        return first, _add_months(first, 6) - timedelta(days=1), _Point(first, "half")

    if ctx.g("year"):
        return _one(ctx, ("DATE", _render(point(ctx.year() or 0)[2])))
    if ctx.g("yrel"):
        rel = ctx.val("rel", "yrel")
        return _one(ctx, ctx.resolve(lambda d: point(d.year + rel)[2]))
    return _one(ctx, ctx.resolve(_unmarked_pick(ctx, point)))


@_handler("century")
def _century(ctx: _Ctx) -> list[Found] | None:
    """ "the 20th century", "the nineteenth century": TimeML ``19``, ``18``."""
    raw = ctx.g("ordinal_digits")
    n = int(raw[:-2]) if raw else int(ctx.val("century_ordinal"))
    return _one(ctx, ("DATE", f"{n - 1:02d}")) if 1 <= n <= 30 else None


@_handler("decade")
def _decade(ctx: _Ctx) -> list[Found] | None:
    raw = ctx.g("decade_digits") or ctx.g("decade_number")
    if raw:
        digits = re.sub(r"\D", "", raw)
        if len(digits) == 4:
            return _one(ctx, ("DATE", digits[:3]))
        tens = int(digits[0])
    else:
        tens = int(ctx.val("decade"))
    ref = ctx.anchor.first.year if ctx.anchor else 1999
    century = max(c for c in (18, 19, 20) if c * 100 + tens * 10 <= ref) if ref >= 1800 else 19
    return _one(ctx, ("DATE", f"{century}{tens}"))


@_handler("quarter")
def _quarter(ctx: _Ctx) -> list[Found] | None:
    q = int(ctx.val("ordinal"))
    if not 1 <= q <= 4:
        return None
    if ctx.g("year"):
        return _one(ctx, ("DATE", f"{ctx.year():04d}-Q{q}"))

    def point(y: int) -> tuple[date, date, _Point]:
        first = date(y, 3 * q - 2, 1)
        return first, _add_months(first, 3) - timedelta(days=1), _Point(first, "quarter")

    return _one(ctx, ctx.resolve(_unmarked_pick(ctx, point)))


def _season_point(code: str, year: int) -> tuple[date, date, _Point]:
    first = date(year, _SEASON_START[code], 1)
    return first, _add_months(first, 3) - timedelta(days=1), _Point(first, "season", code)


@_handler("season")
def _season(ctx: _Ctx) -> list[Found] | None:
    if not _month_ok(ctx, "season"):
        return None
    code = ctx.val("season")
    if ctx.g("year"):
        return _one(ctx, ("DATE", f"{ctx.year():04d}-{code}"))
    rel = ctx.val("rel") if ctx.g("rel") else None
    tense = ctx.tense() if rel is None else 0

    def fn(d: date) -> _Point:
        cands = [_season_point(code, d.year + k) for k in (-2, -1, 0, 1)]
        if rel is None:
            return _pick(cands, d, tense)
        mids = [(c[0] + (c[1] - c[0]) / 2, c) for c in cands]
        if rel < 0:
            return max((m for m in mids if m[0] < d), key=lambda m: m[0])[1][2]
        if rel > 0:
            return min((m for m in mids if m[0] >= d), key=lambda m: m[0])[1][2]
        return next(c for c in cands if c[0] <= d <= c[1] or c[0].year == d.year)[2]

    return _one(ctx, ctx.resolve(fn))


@_handler("weekend")
def _weekend(ctx: _Ctx) -> list[Found] | None:
    rel = ctx.val("rel") if ctx.g("rel") else 0
    tense = 0 if ctx.g("rel") else ctx.tense()

    def fn(d: date) -> _Point:
        # Read on Monday or Tuesday, "this weekend" is the one just past.
        weeks = rel - 1 if rel <= 0 and d.weekday() <= 1 else rel
        if tense < 0 and 1 < d.weekday() < 5:
            weeks = -1
        if tense > 0 and d.weekday() < 5:  # "ahead of the weekend"
            weeks = 0
        if rel > 0 and d.weekday() < 5:
            weeks = 0
        return _Point(_week_day(d, 5, weeks), "weekend")

    return _one(ctx, ctx.resolve(fn))


@_handler("rel_month")
def _rel_month(ctx: _Ctx) -> list[Found] | None:
    """ "last April", "next March": the nearest such month before or after the anchor month;
    "last Oct. 23": the nearest such day before the anchor. The month just ended is "last
    month", so "last February" read on March 1 is the February a year before (TE3 gold)."""
    if not _month_ok(ctx):
        return None
    month, rel, day = ctx.val("month"), ctx.val("rel"), _day_of(ctx, "day")

    def fn(d: date) -> _Point:
        first = date(d.year, month, day or 1)
        now = d if day else _add_months(d.replace(day=1), -1 if rel < 0 else 0)
        if rel < 0 and first >= now:
            first = _add_years(first, -1)
        elif rel > 0 and first <= now:
            first = _add_years(first, 1)
        return _Point(first, "day" if day else "month")

    return _one(ctx, ctx.resolve(fn))
