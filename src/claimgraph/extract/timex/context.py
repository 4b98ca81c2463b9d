"""What a handler sees, and how it is registered: ``_Ctx`` is one pattern match in its text, with
the lexicon, the anchor and the parse (the match's groups and their table values, the tense around
it, and resolution against the anchor at the precision the anchor supports); ``_handler`` registers
a function under the name the ``[patterns]`` tables use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from claimgraph.extract.timex.anaphora import Found
from claimgraph.extract.timex.dates import _Anchor, _duration, _Point, _render, _type_of, _unknown
from claimgraph.extract.timex.gates import _WORD
from claimgraph.extract.timex.lexicon import _Lexicon
from claimgraph.extract.timex.patterns import _norm
from claimgraph.extract.timex.tense import _decisive_form, _parsed_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
