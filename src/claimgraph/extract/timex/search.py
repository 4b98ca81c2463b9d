"""The search behind ``extract_timexes``: each pattern whose gate a text meets is tried where its
matches can start, its handler turns a match into timexes, the longest and highest-priority
candidates win over those they overlap or that an ``[exclude]`` pattern covers, a point or quantity
modifier just before an expression joins it, and anaphors are resolved.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimgraph.errors import InputError
from claimgraph.extract.parsed import doc_text
from claimgraph.extract.timex.anaphora import Found, _resolve_anaphors
from claimgraph.extract.timex.context import _Ctx
from claimgraph.extract.timex.dates import _Anchor, parse_anchor
from claimgraph.extract.timex.gates import _matches, _present_words, _TextWords
from claimgraph.extract.timex.handlers import _HANDLERS  # importing it registers every handler
from claimgraph.extract.timex.lexicon import _Lexicon, load_timex_lexicon
from claimgraph.extract.timex.tense import _parsed_past_verbs
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
