"""Temporal expressions (TimeML TIMEX3): find them by pattern, resolve them against the anchor.

The surface forms of a language live in ``lang/<code>/timex.toml``: word tables (months,
weekdays, parts of day, number words, units, relative words ...) and, per *handler*, a list of
pattern templates such as ``"{rel:weekrel} week {weekday}"``. This module only knows the
handlers, i.e. how a kind of expression is normalised, never the words.

Values follow TimeML: ``2023-05-02``, ``2023-W18``, ``2023-05-02TNI``, ``P2D``, ``PXY``,
``PRESENT_REF``, ``XXXX-05-03`` ... Relative expressions are resolved against the anchor (the
article date) with honest precision: against a month-precision anchor such as ``2023-05`` an
expression keeps day precision only when every day of that month would give the same value,
otherwise it falls back to the anchor's own precision (``"gisteren"`` -> ``2023-05``).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from claimgraph.errors import InputError
from claimgraph.extract.parsed import doc_text
from claimgraph.extract.timex.anaphora import _REFERENCE_GRANS, Found, _Anaphor, _resolve_anaphors
from claimgraph.extract.timex.dates import (
    _add_months,
    _add_years,
    _Anchor,
    _duration,
    _pick,
    _Point,
    _render,
    _shift,
    _type_of,
    _unknown,
    _week_day,
    parse_anchor,
)
from claimgraph.extract.timex.gates import _WORD, _matches, _present_words, _TextWords
from claimgraph.extract.timex.lexicon import _Lexicon, load_timex_lexicon
from claimgraph.extract.timex.patterns import _norm
from claimgraph.extract.timex.tense import _decisive_form, _parsed_past_verbs, _parsed_tense
from claimgraph.model import Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Handlers whose expression may carry a point modifier ("begin juli", "eind vorig jaar") or a
# quantity modifier ("zo'n twaalf jaar", "nog geen dag") just before it.
_POINT_MOD_HANDLERS = frozenset(
    {
        "calendar",
        "year",
        "rel_unit",
        "season",
        "quarter",
        "decade",
        "weekend",
        "range",
        "rel_month",
        "report_period",
    }
)
_APPROX_HANDLERS = frozenset({"duration", "ago", "later"})


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass
class _Ctx:
    text: str
    lex: _Lexicon
    anchor: _Anchor | None
    parsed: Doc | None = None
    past_verbs: frozenset[int] = frozenset()  # start offsets of the parse's past-tense verbs
    m: re.Match[str] = field(init=False)

    def g(self, name: str) -> str | None:
        try:
            return self.m.group(name)
        except IndexError:
            return None

    def val(self, cls: str, group: str | None = None) -> Any:
        return self.lex.value(cls, self.g(group or cls) or "")

    def year(self, group: str = "year") -> int | None:
        """The year in ``group``: digits or words ("nineteen ninety-six", "two thousand")."""
        word = self.g(group)
        if not word:
            return None
        if word.isdigit():
            return int(word)
        key = _norm(word)
        return self.lex.tables["year_word"].get(key) or self.lex.tables["year_thousand"][key]

    def duration(self, n: float | str, unit: str) -> str:
        return _duration(n, unit, self.lex.duration_units, self.lex.mixed_fractions)

    def num(self, group: str = "num") -> float:
        word = self.g(group) or ""
        m = re.fullmatch(r"(\d+(?:[.,]\d+)?)(\s+1/2)?", word)
        if m:
            return float(m[1].replace(",", ".")) + (0.5 if m[2] else 0)
        return float(self.lex.tables["number"][_norm(word)])

    def tense(self) -> int:
        """-1 past, +1 future, 0 unknown: where the text is parsed, a decisive verb-group form
        first ("had been due to expire Friday"); then a tense word next to the expression
        ("until", "since", "announced"), else the governing verb's tense where the language says
        how to read it, else the nearest tense word in the sentence."""
        rules = self.lex.verb_tenses
        if self.parsed is None or rules is None:
            return self._word_tense(self.lex.tense_window)
        decisive = _decisive_form(self.parsed, *self.m.span("_span"), rules)
        if decisive:
            return rules.forms.get(decisive, 0)
        near = self._word_tense(rules.cue_window, after=False)
        if near:
            return near
        parsed = _parsed_tense(self.parsed, *self.m.span("_span"), rules, self.lex.future)
        return parsed or self._word_tense(self.lex.tense_window)

    def _word_tense(self, window: int, after: bool = True) -> int:
        """The tense of the nearest tense word within ``window`` words in the same sentence
        (before the expression only, without ``after``)."""
        s, e = self.m.span("_span")
        start = max(self.text.rfind(c, 0, s) for c in ".!?\n") + 1
        ends = [i for i in (self.text.find(c, e) for c in ".!?\n") if i >= 0]
        before = list(_WORD.finditer(self.text, start, s))[::-1]
        end = min(ends, default=len(self.text)) if after else e
        after_words = list(_WORD.finditer(self.text, e, end))
        past_verbs = self.past_verbs
        for i in range(window):
            for words, step in ((before, 1), (after_words, -1)):
                if i < len(words):
                    w = words[i][0].lower()
                    # The word in front of words[i] in reading order (None: the expression).
                    j = i + step
                    prev = words[j][0].lower() if 0 <= j < len(words) else None
                    # Future cues first: "scheduled", "expected" are -ed forms too.
                    if w in self.lex.future or (prev and f"{prev} {w}" in self.lex.future):
                        return 1
                    if self._past_form(w, prev) or words[i].start() in past_verbs:
                        return -1
        return 0

    def _past_form(self, word: str, prev: str | None) -> bool:
        """A past form ("announced", "paid"), not an adjective or passive ("will be paid")."""
        listed = word in self.lex.past
        regular = len(word) > 4 and word.endswith(self.lex.past_suffixes or ("\0",))
        if not (listed or regular):
            return False
        return prev is None or prev not in self.lex.ed_blockers

    def resolve(self, fn: Callable[[date], _Point]) -> tuple[str, str]:
        """Apply ``fn`` to the anchor; keep only the precision the anchor supports."""
        if self.anchor is None:
            p = fn(date(2000, 6, 15))
            return _type_of(p), _unknown(p)
        a = self.anchor
        first, last = fn(a.first), fn(a.last)
        if _render(first) == _render(last):
            return _type_of(first), _render(first)
        return "DATE", _render(_Point(fn(a.mid).day, a.gran))


_HANDLERS: dict[str, Callable[[_Ctx], list[Found] | None]] = {}


def _handler(name: str) -> Callable[[Callable[[_Ctx], Any]], Callable[[_Ctx], Any]]:
    def register(fn: Callable[[_Ctx], Any]) -> Callable[[_Ctx], Any]:
        _HANDLERS[name] = fn
        return fn

    return register


def _one(ctx: _Ctx, type_value: tuple[str, str] | None) -> list[Found] | None:
    if type_value is None:
        return None
    s, e = ctx.m.span("_span")
    return [(s, e, *type_value)]


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


def _last_quarter(d: date) -> date:
    """The first day of the last quarter that ended before ``d``."""
    return _add_months(date(d.year, 3 * ((d.month - 1) // 3) + 1, 1), -3)


def _report_quarter(ctx: _Ctx, d: date) -> date:
    """The first day of the quarter a results report read on ``d`` is about: the last quarter
    that ended, numbered as the company numbers it once the text has named a fiscal quarter
    ("the fiscal first quarter ended Sept. 29": "the quarter" is then Q1, until the text names
    another quarter)."""
    last = _last_quarter(d)
    q = _named_fiscal_quarter(ctx)
    return last if q is None else date(last.year, 3 * q - 2, 1)


def _named_fiscal_quarter(ctx: _Ctx) -> int | None:
    """The number of the quarter the text named last before the expression, where the text has
    named a fiscal quarter before it; else ``None``."""
    rx = ctx.lex.named_quarter
    if rx is None:
        return None
    named = list(rx.finditer(ctx.text, 0, ctx.m.start("_span")))
    if not any(m.group("fiscal") for m in named):
        return None
    return int(ctx.lex.value("ordinal", named[-1].group("ordinal")))


@_handler("report_period")
def _report_period(ctx: _Ctx) -> list[Found] | None:
    """ "the latest quarter", "the year-ago period", "year-earlier", "the 1988 quarter":
    reporting quarters.

    Company results are reported for the quarter that ended last before the article; the
    ``report_rel`` word, before or after the period ("the quarter a year ago"), gives the offset
    in quarters from it ("year-ago" = -4).
    """
    rel = ctx.g("report_rel") or ctx.g("report_adj")
    offset = ctx.lex.value("report_rel", rel) if rel else 0
    if ctx.g("year"):
        year = ctx.year() or 0
        q = int(ctx.val("ordinal")) if ctx.g("ordinal") else None
        if q is None and (ctx.g("quarter_word") or ctx.g("period_word")):
            # "the 1988 quarter", "the 1989 period": the reporting quarter of that year
            return _one(
                ctx,
                ctx.resolve(
                    lambda d: _Point(date(year, _report_quarter(ctx, d).month, 1), "quarter")
                ),
            )
        if q is None:  # "fiscal 1988"
            return _one(ctx, ("DATE", str(year)))
        return _one(ctx, ("DATE", f"{year}-Q{q}") if 1 <= q <= 4 else None)
    if ctx.g("ordinal"):
        q = int(ctx.val("ordinal"))
        if not 1 <= q <= 4:
            return None
        shift = -12 if offset <= -4 else 0
        return _one(
            ctx,
            ctx.resolve(
                lambda d: _Point(_add_months(date(d.year, 3 * q - 2, 1), shift), "quarter")
            ),
        )
    return _one(
        ctx,
        ctx.resolve(lambda d: _Point(_add_months(_report_quarter(ctx, d), 3 * offset), "quarter")),
    )


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


def _in_report(ctx: _Ctx) -> bool:
    """Whether the text just before the expression speaks of quarterly results."""
    rx = ctx.lex.report_context
    start = ctx.m.start("_span")
    return rx is not None and rx.search(ctx.text, max(0, start - 400), start) is not None


@_handler("ago")
def _ago(ctx: _Ctx) -> list[Found] | None:
    return _offset(ctx, -1, "PAST_REF")


@_handler("later")
def _later(ctx: _Ctx) -> list[Found] | None:
    return _offset(ctx, 1, "FUTURE_REF")


@_handler("clock")
def _clock(ctx: _Ctx) -> list[Found] | None:
    """A clock time without a day ("shot to death at 10 p.m.") is on the day the text last
    mentioned (the story's day, TimeML's temporal focus), else on the anchor's day."""
    clock = _clock_text(ctx)
    fallback = ctx.resolve(lambda d: _Point(d, "day", clock))
    s, e = ctx.m.span("_span")
    return [(s, e, fallback[0], _Anaphor("D", 0, fallback, clock))]


@_handler("day_deixis")
def _day_deixis(ctx: _Ctx) -> list[Found] | None:
    offset = ctx.val("day_deixis")
    part = ctx.val("daypart") if ctx.g("daypart") else ""
    return _one(ctx, ctx.resolve(lambda d: _Point(d + timedelta(days=offset), "day", part)))


@_handler("day_part_deixis")
def _day_part_deixis(ctx: _Ctx) -> list[Found] | None:
    offset, part = ctx.val("day_part_deixis")
    return _one(ctx, ctx.resolve(lambda d: _Point(d + timedelta(days=offset), "day", part)))


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


@_handler("ref")
def _ref(ctx: _Ctx) -> list[Found] | None:
    return _one(ctx, ("DATE", ctx.val("ref")))


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


def _candidates(
    text: str, lex: _Lexicon, anchor: _Anchor | None, parsed: Doc | None, words: _TextWords | None
) -> Iterator[tuple]:
    past_verbs = _parsed_past_verbs(lex, parsed)
    gated = zip(lex.patterns, lex.gates, lex.starts, strict=True)
    for priority, ((handler, pattern), gate, starts) in enumerate(gated):
        if words is not None and any(g.isdisjoint(words.present) for g in gate):
            continue
        for m in _matches(pattern, text, words, starts):
            ctx = _Ctx(text, lex, anchor, parsed, past_verbs)
            ctx.m = m
            try:
                found = _HANDLERS[handler](ctx)
            except (KeyError, ValueError, OverflowError):
                found = None  # a word the tables lack, or a date outside the calendar
            if found:
                yield (m.end() - m.start(), -priority, m.start(), handler, found)


def _excluded(lex: _Lexicon, text: str, words: _TextWords | None) -> list[tuple[int, int]]:
    """The spans of the ``[exclude]`` patterns, each tried only where its gate is met, and only
    where its matches can start."""
    present = None if words is None else words.present
    return [
        m.span()
        for ex in lex.excludes
        if ex.gate is None or present is None or not ex.gate.isdisjoint(present)
        for m in _matches(ex.pattern, text, words, ex.starts)
    ]


def _with_modifier(text: str, lex: _Lexicon, handler: str, start: int, floor: int) -> int:
    """Move ``start`` left over a modifier ("begin", "zo'n") that belongs to the expression."""
    prefix = (
        lex.mod_prefix if handler in _POINT_MOD_HANDLERS
        else lex.approx_prefix if handler in _APPROX_HANDLERS
        else None
    )  # fmt: skip
    if prefix is None:
        return start
    if prefix is lex.approx_prefix and lex.no_approx_before.match(text, start):
        return start  # "over the past year": a preposition, not "more than"
    m = prefix.search(text, max(floor, start - 30), start)
    return m.start() if m else start


def extract_timexes(
    text: str, lang: str, anchor: str | None, parsed: Doc | None = None
) -> list[Timex]:
    """Temporal expressions in ``text`` (language ``lang``), resolved against ``anchor``.

    ``anchor`` is the reference date (usually the article's publication date) as ``YYYY-MM-DD``,
    ``YYYY-MM`` or ``YYYY``; with ``None``, relative expressions get TimeML ``X`` values.
    ``parsed``, a spaCy Doc of ``text`` with morphology and dependencies, lets the tense of the
    governing verb choose between an earlier and a later weekday, month or season.
    Raises ``ConfigError`` for a language without timex data, ``InputError`` for a bad anchor
    or a ``parsed`` Doc of another text.
    """
    lex = load_timex_lexicon(lang)
    ref = parse_anchor(anchor)
    if parsed is not None and doc_text(parsed) != text:
        raise InputError("the parsed Doc given for timex extraction is not of this text")
    words = _present_words(text)
    blocked = _excluded(lex, text, words)
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[str, list[Found]]] = []
    candidates = _candidates(text, lex, ref, parsed, words)
    for cand in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2])):
        _, _, _, handler, found = cand
        spans = [(f[0], f[1]) for f in found]
        if any(bs <= s and e <= be for s, e in spans for bs, be in blocked):
            continue
        if any(s < te and ts < e for s, e in spans for ts, te in taken):
            continue
        taken.extend(spans)
        chosen.append((handler, found))
    spans: list[Found] = []
    for handler, found in chosen:
        for i, (s, e, type_, value) in enumerate(found):
            if i == 0:
                floor = max((te for ts, te in taken if te <= s), default=0)
                s = _with_modifier(text, lex, handler, s, floor)
            spans.append((s, e, type_, value))
    return [
        Timex(span=(s, e), text=text[s:e], type=type_, value=value)
        for s, e, type_, value in _resolve_anaphors(spans)
    ]
