"""Where a timex pattern is worth running and where it can start: the words a text must contain for
a template's regex to match (its gate), the offsets at which a match can begin (its starts), the
``[exclude]`` patterns with theirs, the words of a text that the gates test (``_present_words``),
and ``_matches``, which tries a pattern only there and finds exactly the matches of a full scan.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from claimgraph.errors import ConfigError
from claimgraph.extract.timex.patterns import _PLACEHOLDER, _norm

# Pattern gates (see ``_present_words``): the words of a lower-cased text, and a mark for "has a
# digit" that no word can equal.
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_DIGIT_MARK = "\\d"
_DIGIT_CLASSES = frozenset(
    {"day", "hour", "clock", "decade_digits", "decade_number", "ordinal_digits", "numeric_date"}
)
# Where a match of a digit class can begin (``_digit_starts``): the start of a word that opens
# with a digit, or a quote right before a digit (the decades "'90s", "’80", which open with it).
_DIGIT_RUN = re.compile(r"\d+")
_WORD_CHAR = re.compile(r"\w")
_DIGIT_QUOTES = "'’"
# Characters for which ``re.IGNORECASE`` and ``str.lower`` disagree: those whose lower case has
# extra case-insensitive equivalents in ``re`` (dotless i, long s, Greek and Cyrillic variants;
# every c with ``c.lower()`` among the non-ASCII keys of CPython 3.11's ``re._casefix``), and
# U+0130, which lowers to two characters. A text with one of them is not gated.
_UNSAFE_CASE = re.compile(
    "[\u00b5\u0130\u0131\u017f\u0345\u0390\u0392\u0395\u0398\u0399\u039a\u039c\u03a0\u03a1"
    "\u03a3\u03a6\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6"
    "\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422\u042a"
    "\u0432\u0434\u043e\u0441\u0442\u044a\u0462\u0463\u1c80-\u1c88\u1e60\u1e61\u1e9b"
    "\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb05\ufb06]"
)


# --------------------------------------------------------------------------- pattern gates
#
# Each of some fifty patterns would scan the whole text. A pattern is only run on a text that
# has, for every required element of its template, one of the words that element can start
# with: a gate is a necessary condition, so the matches found are exactly those of a full scan.
# An element bounded by non-word characters on both sides (a whole ``{class}`` token, a literal
# token, a context word) matches a whole word of the text, case-insensitively; its first word
# is then one of the lower-cased words of the text.


def _first_word(entry: str) -> str | None:
    m = _WORD.search(entry.lower())
    return m.group() if m else None


def _words_gate(entries: list[str]) -> frozenset[str] | None:
    """The first words of ``entries``; None (no gate) where one has no word or a character
    that ``str.lower`` folds differently from ``re``."""
    words = set()
    for entry in entries:
        word = _first_word(entry)
        if word is None or _UNSAFE_CASE.search(entry):
            return None
        words.add(word)
    return frozenset(words)


def _class_gates(
    data: dict[str, Any], tables: dict[str, dict[str, Any]]
) -> dict[str, frozenset[str] | None]:
    """Per word class of ``_class_regexes``, the words one of its matches can start with."""
    gates = {cls: _words_gate(list(tables[cls])) for cls in tables}
    digit = frozenset({_DIGIT_MARK})
    gates.update(dict.fromkeys(_DIGIT_CLASSES, digit))
    number, spelled = gates["number"], gates["year_word"]
    gates["num"] = None if number is None else digit | number
    gates["year"] = None if spelled is None else digit | spelled
    for name, values in data.get("words", {}).items():
        gates[name] = _words_gate(values)
    return gates


def _template_gate(
    template: str, gates: dict[str, frozenset[str] | None]
) -> tuple[frozenset[str], ...]:
    """The word sets a text must meet for ``template``'s regex to match it (see above)."""
    required = []
    for token in template.split():
        if token.startswith("[") and token.endswith("]"):
            required.extend(_words_gate([word]) for word in token[1:-1].split())
            continue
        whole = _PLACEHOLDER.fullmatch(token)
        if token.endswith("?"):
            continue  # optional (a token with an optional placeholder inside is not gated)
        if whole is not None:
            required.append(gates.get(whole.group(1)))
        elif "{" not in token and _WORD.fullmatch(token):
            required.append(_words_gate([token]))
    return tuple(g for g in required if g is not None)


def _gate_word(word: str, regex: str) -> bool:
    """Whether ``word`` can gate ``regex`` or start its matches: the digit mark or one safe
    word, and in the regex (a check against typos; that every match has it as a whole word, or
    starts with it, is the data's promise)."""
    safe = word == _DIGIT_MARK or (_WORD.fullmatch(word) and not _UNSAFE_CASE.search(word))
    return bool(safe) and word in regex


class _Exclude(NamedTuple):
    """An ``[exclude]`` pattern, its gate: words (lower-cased; ``_DIGIT_MARK`` for "a digit")
    of which every match has one as a whole word (a text with none of them is not scanned), and
    where its matches can start (tried there only, as :func:`_matches` does)."""

    pattern: re.Pattern[str]
    gate: frozenset[str] | None = None  # None: every text is scanned
    starts: _Starts | None = None  # None: at every position


def _exclude(entry: str | dict[str, Any], path: Path) -> _Exclude:
    """One ``[exclude]`` entry: a regex, or a table of ``regex`` and its gate ``words`` and/or
    the ``starts`` of its matches: whole words that occur in the regex (``\\d``: a digit, for
    ``starts`` a word that opens with one)."""
    if isinstance(entry, str):
        return _Exclude(re.compile(entry))
    regex, words, starts = entry.get("regex", ""), entry.get("words"), entry.get("starts")
    given = [w for w in (words, starts) if w is not None]
    if not regex or not given or not all(w and all(_gate_word(x, regex) for x in w) for w in given):
        raise ConfigError(
            f"bad timex exclude {regex!r}: words {words!r}, starts {starts!r}", str(path)
        )
    gate = None if words is None else frozenset(w.lower() for w in words)
    opening = None
    if starts is not None:
        found = frozenset(w.lower() for w in starts if w != _DIGIT_MARK)
        opening = _Starts(found, _DIGIT_MARK in starts)
    return _Exclude(re.compile(regex), gate, opening)


# ------------------------------------------------------------------------- pattern starts
#
# A pattern that passes its gate would still be tried at every position of the text (``re``
# gets no first-character skip from a pattern that opens with a look-behind or ignores case).
# Most patterns can only start at a word of a few dozen (the first words of their first
# element, or of the first two when the first is optional), or at a word that opens with a
# digit: they are tried at those positions only, left to right, each from the end of the match
# before, which finds exactly the matches of ``finditer``. A first element that runs on into
# the next one (``{weekday}{daypart}?``: "zaterdagavond") starts at a word that opens with one of
# its first words; a decade in digits ("'90s") at its opening quote. One that can open with
# another non-word character (``'s ochtends``) gives no start set: its pattern scans the whole
# text.


class _Starts(NamedTuple):
    """Where a pattern's match can start: at one of ``words`` (lower-cased; with ``prefix``,
    at a word that opens with one of them), or, when ``digits``, at a word opening with a digit
    or a quote before a digit (``_digit_starts``)."""

    words: frozenset[str]
    digits: bool = False
    prefix: bool = False


def _start_words(entries: list[str]) -> _Starts | None:
    """The first words of ``entries``, when every entry opens with a word character and no
    entry has a character that ``str.lower`` folds differently from ``re``."""
    words = set()
    for entry in entries:
        norm = _norm(entry)
        first = _WORD.match(norm)
        if first is None or _UNSAFE_CASE.search(entry):
            return None
        words.add(first.group())
    return _Starts(frozenset(words))


def _class_starts(
    data: dict[str, Any], tables: dict[str, dict[str, Any]]
) -> dict[str, _Starts | None]:
    """Per word class of ``_class_regexes``, where one of its matches can start."""
    starts = {cls: _start_words(list(tables[cls])) for cls in tables}
    starts.update(dict.fromkeys(_DIGIT_CLASSES, _Starts(frozenset(), True)))
    for cls, words in (("num", "number"), ("year", "year_word")):
        spelled = starts[words]
        starts[cls] = None if spelled is None else _Starts(spelled.words, True)
    for name, values in data.get("words", {}).items():
        starts[name] = _start_words(values)
    return starts


def _token_starts(token: str, classes: dict[str, _Starts | None]) -> _Starts | None:
    """Where a match of one template token (``?`` stripped from a literal) can start: a whole
    ``{class}`` token as its class, one that opens with a required ``{class}`` as a word
    opening like that class, a literal word as itself."""
    whole = _PLACEHOLDER.fullmatch(token)
    if whole is not None:
        return classes.get(whole.group(1))
    opening = _PLACEHOLDER.match(token)
    if opening is not None and not opening.group(3):
        found = classes.get(opening.group(1))
        return None if found is None else found._replace(prefix=True)
    if "{" in token or not _WORD.fullmatch(token) or _UNSAFE_CASE.search(token):
        return None
    return _Starts(frozenset({token.lower()}))


def _template_starts(template: str, classes: dict[str, _Starts | None]) -> _Starts | None:
    """Where a match of ``template``'s regex (``_compile_template``) can start; None when that
    cannot be told from its first words."""
    tokens = template.split()
    if not tokens:
        return None
    if tokens[0].startswith("["):  # leading context: the match opens with its first word
        first = tokens[0][1:-1].split() if tokens[0].endswith("]") else []
        return _token_starts(first[0], {}) if first else None
    core = [t for t in tokens if not (t.startswith("[") and t.endswith("]"))]
    first = _token_starts(core[0].removesuffix("?"), classes) if core else None
    whole = _PLACEHOLDER.fullmatch(core[0]) if core else None
    if first is None or not (core[0].endswith("?") and (whole or "{" not in core[0])):
        return first  # a required first token (or none known)
    # an optional first token: the match opens with it or with the second, which is required
    if len(core) < 2 or core[1].endswith("?"):
        return None
    second = _token_starts(core[1], classes)
    if second is None:
        return None
    return _Starts(
        first.words | second.words, first.digits or second.digits, first.prefix or second.prefix
    )


class _TextWords(NamedTuple):
    """The lower-cased words of a text with their start offsets, and ``present``: those words
    plus the digit mark when the text has a digit (what the gates test)."""

    present: set[str]
    at: dict[str, list[int]]
    digit_starts: list[int]
    ordered: list[str]  # ``at``'s words sorted: those with one opening are a run of them

    def starts(self, where: _Starts) -> list[int]:
        """The offsets, in text order, at which a match starting as ``where`` says can begin."""
        if where.prefix:
            found = {i for word in self._opening_with(where.words) for i in self.at[word]}
        else:
            found = {i for word in where.words for i in self.at.get(word, ())}
        if where.digits:
            found.update(self.digit_starts)
        return sorted(found)

    def _opening_with(self, openings: Iterable[str]) -> Iterator[str]:
        """The words that start with one of ``openings``."""
        for opening in openings:
            k = bisect.bisect_left(self.ordered, opening)
            while k < len(self.ordered) and self.ordered[k].startswith(opening):
                yield self.ordered[k]
                k += 1


def _present_words(text: str) -> _TextWords | None:
    """The words of ``text`` and where they start; None where gates and start sets cannot be
    trusted (a character ``re`` folds differently from ``str.lower``)."""
    if _UNSAFE_CASE.search(text):
        return None
    at: dict[str, list[int]] = {}
    for m in _WORD.finditer(text.lower()):  # str.lower keeps offsets for every safe text
        at.setdefault(m.group(), []).append(m.start())
    present = set(at)
    if _DIGIT.search(text):
        present.add(_DIGIT_MARK)
    return _TextWords(present, at, _digit_starts(text), sorted(at))


def _digit_starts(text: str) -> list[int]:
    r"""The offsets of ``(?<!\w)\d|['’](?=\d)`` in ``text``, from its runs of digits: a run's
    first digit starts a word unless a word character precedes it, and a quote before it is
    a quote before a digit (``re`` gets no first-character skip from a look-behind opening)."""
    found: list[int] = []
    for run in _DIGIT_RUN.finditer(text):
        at = run.start()
        if at and text[at - 1] in _DIGIT_QUOTES:
            found.append(at - 1)
        if not at or _WORD_CHAR.match(text, at - 1) is None:
            found.append(at)
    return found


def _matches(
    pattern: re.Pattern[str], text: str, words: _TextWords | None, starts: _Starts | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, trying only the offsets where a match can start (when
    known). ``match`` at an offset sees the text before it, as the scan does (look-behinds)."""
    if words is None or starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for offset in words.starts(starts):
        if offset < end:
            continue  # inside the match before: finditer goes on from its end
        m = pattern.match(text, offset)
        if m is not None:
            yield m
            end = m.end()
