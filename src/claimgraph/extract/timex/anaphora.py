"""Values counted from the text instead of the anchor: a handler returns an ``_Anaphor`` for "the
following year", "that evening" or a bare clock time, and ``_resolve_anaphors`` counts it, once the
text's expressions are known, from the last earlier date precise enough for its unit (else from the
anchor). ``Found`` is what a handler returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from claimgraph.extract.timex.dates import _Point, _render, _shift


@dataclass(frozen=True)
class _Anaphor:
    """A value counted from the last date the text mentioned: "the following year" = +1 Y.

    ``fallback`` is the (type, value) counted from the anchor instead, for a text that has not
    mentioned a date precise enough for ``unit`` before the expression.
    """

    unit: str  # Y Q M W D
    offset: int
    fallback: tuple[str, str]
    clock: str = ""  # "at 10 p.m.", "that evening": a TIME on the day last mentioned (+ offset)


Found = tuple[int, int, str, "str | _Anaphor"]  # start, end, type, value


# The precisions of a mentioned date from which a unit can be counted ("the following day"
# needs a day, "the following year" any date).
_REFERENCE_GRANS = {
    "Y": {"D", "W", "M", "Q", "Y"}, "Q": {"D", "M", "Q"}, "M": {"D", "M"}, "W": {"D", "W"},
    "D": {"D"},
}  # fmt: skip
_REFERENCE = (
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "D"),
    (re.compile(r"(\d{4})-W(\d{2})"), "W"),
    (re.compile(r"(\d{4})-Q([1-4])"), "Q"),
    (re.compile(r"(\d{4})-(\d{2})(?!\d)"), "M"),
    (re.compile(r"(\d{4})(?!\d)"), "Y"),
)


def _reference(value: str) -> tuple[date, str] | None:
    """A resolved DATE/TIME value as (first day, precision); ``None`` for X, REF, durations."""
    for rx, gran in _REFERENCE:
        m = rx.match(value)
        if not m:
            continue
        try:
            year, n = int(m[1]), [int(g) for g in m.groups()[1:]]
            if gran == "D":
                return date(year, n[0], n[1]), gran
            if gran == "W":
                return date.fromisocalendar(year, n[0], 1), gran
            if gran == "Q":
                return date(year, 3 * n[0] - 2, 1), gran
            return date(year, n[0] if n else 1, 1), gran
        except ValueError:
            return None
    return None


def _resolve_anaphors(found: list[Found]) -> list[tuple[int, int, str, str]]:
    """Count each ``_Anaphor`` from the last earlier date precise enough for its unit."""
    out: list[tuple[int, int, str, str]] = []
    mentioned: list[tuple[date, str]] = []
    for s, e, type_, value in sorted(found, key=lambda f: f[0]):
        if isinstance(value, _Anaphor):
            grans = _REFERENCE_GRANS[value.unit]
            ref = next((r for r in reversed(mentioned) if r[1] in grans), None)
            if ref is None:
                type_, value = value.fallback
            elif value.clock:
                day = ref[0] + timedelta(days=value.offset)
                type_, value = "TIME", f"{_render(_Point(day, 'day'))}T{value.clock}"
            else:
                type_, value = "DATE", _render(_shift(ref[0], value.unit, value.offset))
        if type_ in ("DATE", "TIME") and (ref := _reference(value)):
            mentioned.append(ref)
        out.append((s, e, type_, value))
    return out
