"""Quotations in an article: which stretches of text are someone's own words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from claimgraph.lang import LangData

MAX_QUOTE_CHARS = 3000
# The one table of quote marks; every other module takes its sets from here.
APOSTROPHES = "'’"
STRAIGHT_DOUBLE = '"'
DOUBLE_MARKS = '"“”„«»'
# every mark that opens or closes a quotation, the straight apostrophe aside (mostly an apostrophe)
QUOTE_MARKS = DOUBLE_MARKS + "‘’"
ALL_QUOTE_MARKS = QUOTE_MARKS + "'"
# the marks a quotation ends with in Dutch and English typography
CLOSING_MARKS = "\"'”’»"


@dataclass(frozen=True)
class Quote:
    """A quotation: ``outer`` includes the quote marks, ``inner`` is the quoted words."""

    outer: tuple[int, int]
    inner: tuple[int, int]
    words: int

    def contains(self, start: int, end: int) -> bool:
        return self.outer[0] <= start and end <= self.outer[1]


@cache
def _pair_pattern(opener: str, closer: str) -> re.Pattern[str]:
    o, c = re.escape(opener), re.escape(closer)
    if closer in APOSTROPHES:
        # the closer doubles as an apostrophe: one between letters (don't, don’t) closes nothing
        c = rf"(?<!\w{c}(?=\w)){c}(?!\w)"
    if opener in "'\"" and closer == opener:
        # straight quotes: opener after start/space/bracket, closer before space/punctuation;
        # the body may not hold a newline pair and must start with a non-space; an apostrophe
        # between letters may sit inside it
        body = rf"(?:[^{o}]|(?<=\w){o}(?=\w))"
        # a closer may stand one space after a closing single quote ("... clearly.' "), which
        # keeps the two marks apart
        closing = (
            rf"(?:(?<=\S)|(?<=[{APOSTROPHES}]\s)){c}"
            if opener == STRAIGHT_DOUBLE
            else rf"(?<=\S){c}"
        )
        return re.compile(
            rf"(?:(?<=^)|(?<=[\s(\[—–-])){o}(?=\S)((?:(?!\n\n){body}){{1,{MAX_QUOTE_CHARS}}}?){closing}(?=[\s.,;:!?)\]—–-]|$)"
        )
    if STRAIGHT_DOUBLE in (opener, closer) and {opener, closer} <= set(DOUBLE_MARKS):
        return _mixed_pattern(opener, closer)
    return re.compile(rf"{o}((?:(?!\n\n)(?!{o}).){{1,{MAX_QUOTE_CHARS}}}?){c}", re.S)


def _mixed_pattern(opener: str, closer: str) -> re.Pattern[str]:
    """A straight double mark paired with a typographic one: the straight mark sits where a
    straight quote would (an opener after start/space/bracket, a closer before space or
    punctuation) and the body holds no double mark at all, so no quote is crossed."""
    o, c = re.escape(opener), re.escape(closer)
    if opener == STRAIGHT_DOUBLE:
        o = rf"(?:(?<=^)|(?<=[\s(\[—–-])){o}(?=\S)"
    else:
        c = rf"(?<=\S){c}(?=[\s.,;:!?)\]—–-]|$)"
    body = rf"[^{re.escape(DOUBLE_MARKS)}]"
    return re.compile(rf"{o}((?:(?!\n\n){body}){{1,{MAX_QUOTE_CHARS}}}?){c}")


def find_quotes(text: str, lang: LangData) -> list[Quote]:
    """All non-overlapping quotations, earliest first; pairs are tried in ``quote_pairs`` order
    (typographic before straight, a curly opener's straight closer before its curly one)."""
    return list(_quotes(text, lang.quote_pairs))


@lru_cache(maxsize=4)  # the attribution stages each ask for the quotes of the same article
def _quotes(text: str, quote_pairs: tuple[tuple[str, str], ...]) -> tuple[Quote, ...]:
    taken: list[tuple[int, int]] = []
    quotes: list[Quote] = []
    for opener, closer in quote_pairs:
        if opener not in text or closer not in text:
            continue  # every match holds both marks
        for m in _matches_at_openers(_pair_pattern(opener, closer), text, opener):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            inner = m.span(1)
            taken.append((start, end))
            quotes.append(Quote((start, end), inner, len(m.group(1).split())))
    return tuple(sorted(quotes, key=lambda q: q.outer[0]))


def _matches_at_openers(pattern: re.Pattern[str], text: str, opener: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pair pattern, whose every match opens with ``opener``:
    tried only where ``opener`` stands (``re`` gets no first-character skip from a pattern that
    opens with a look-behind), left to right, each from the end of the match before. ``match``
    at an offset sees the text before it, as the scan does (look-behinds)."""
    end = 0
    at = text.find(opener)
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None:
            yield m
            end = m.end()
        at = text.find(opener, max(at + 1, end))


def trim_inner(text: str, start: int, end: int) -> tuple[int, int]:
    """Quoted content without surrounding spaces and a quote-final comma (ANNOTATION conventions)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end
