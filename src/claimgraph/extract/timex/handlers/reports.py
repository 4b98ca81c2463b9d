"""Reporting periods of company results ("the latest quarter", "the year-ago period", "fiscal
1988"): the quarter that ended last before the article, numbered as the text numbers fiscal
quarters, and whether the text around an expression speaks of results.
"""

from __future__ import annotations

from datetime import date

from claimgraph.extract.timex.anaphora import Found
from claimgraph.extract.timex.context import _Ctx, _handler, _one
from claimgraph.extract.timex.dates import _add_months, _Point


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


def _in_report(ctx: _Ctx) -> bool:
    """Whether the text just before the expression speaks of quarterly results."""
    rx = ctx.lex.report_context
    start = ctx.m.start("_span")
    return rx is not None and rx.search(ctx.text, max(0, start - 400), start) is not None
