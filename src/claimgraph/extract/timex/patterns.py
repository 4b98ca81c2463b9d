"""Timex pattern templates compiled to regular expressions: a template such as ``"{rel:weekrel} week
{weekday}"`` becomes one case-insensitive regex whose ``{class}`` placeholders are the words of that
class (written as a trie, longest first), and the normalisation every table word goes through
(``_norm``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from claimgraph.errors import ConfigError

_PLACEHOLDER = re.compile(r"\{(\w+)(?::(\w+))?\}(\?)?")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 12)  # the handlers look up the same table words match after match
def _norm(word: str) -> str:
    return _SPACES.sub(" ", word.strip().lower().replace("’", "'"))


def _word_regex(word: str) -> str:
    parts = [re.escape(p).replace("'", "['’]") for p in word.split()]
    return r"\s+".join(parts)


def _alternation(words: list[str]) -> str:
    """A group matching any of ``words``, longest first, written as a trie.

    ``re`` tries the branches of ``a|b|c`` one by one at every position, and the number words
    alone run into hundreds; the trie tests one branch per distinct next character. Its greedy
    optional tails try a longer word before its prefix, as a longest-first list does.
    """
    trie: dict[str, dict] = {}
    for word in {_norm(w) for w in words}:
        node = trie
        for token in _word_tokens(word):
            node = node.setdefault(token, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie) or r"(?!x)x"


def _word_tokens(word: str) -> list[str]:
    """The regex of each character of ``word``; a space matches any run of whitespace."""
    tokens: list[str] = []
    for n, part in enumerate(word.split()):
        if n:
            tokens.append(r"\s+")
        tokens.extend("['’]" if c == "'" else re.escape(c) for c in part)
    return tokens


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [token + _trie_regex(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _month_abbreviations(months: dict[str, Any]) -> list[str]:
    """The month words that are a prefix of a longer name ("jan", "sept")."""
    return [w for w in months if any(o != w and o.startswith(w) for o in months)]


def _month_regex(months: dict[str, Any]) -> str:
    """Month names; an abbreviation (a prefix of a longer name) may carry a full stop."""
    abbreviations = _month_abbreviations(months)
    full = [w for w in months if w not in abbreviations]
    return rf"(?:{_alternation(abbreviations)})\.?(?!\w)|{_alternation(full)}"


def _class_regexes(data: dict[str, Any], tables: dict[str, dict[str, Any]]) -> dict[str, str]:
    words = data.get("words", {})
    day_suffix = data.get("day_suffix", "")
    classes = {cls: _alternation(list(tables[cls])) for cls in tables}
    classes["month"] = _month_regex(tables["month"])
    classes["num"] = rf"\d+(?:[.,]\d+)?(?:\s+1/2)?|{_alternation(list(tables['number']))}"
    classes["day"] = rf"(?:[12]\d|3[01]|0?[1-9]){day_suffix}"
    digits = r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)(?![.,]?\d)"
    spelled = list(tables["year_word"])
    classes["year"] = f"{digits}|{_alternation(spelled)}" if spelled else digits
    classes["hour"] = r"[01]?\d|2[0-3]"
    classes["clock"] = r"(?:[01]?\d|2[0-3])[.:][0-5]\d"
    classes["decade_digits"] = r"['’]\d0(?:['’]?s)?|(?:\d0|1[5-9]\d0|20\d0)['’]?s"
    classes["decade_number"] = r"['’]?\d0"
    classes["ordinal_digits"] = r"\d{1,2}(?:st|nd|rd|th)"
    classes["numeric_date"] = (
        r"\d{1,2}-\d{1,2}-(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}"
    )
    for name, values in words.items():
        classes[name] = _alternation(values)
    return classes


def _compile_template(template: str, classes: dict[str, str]) -> re.Pattern[str]:
    """Template -> regex. ``[w]`` tokens are context outside the span; ``X?`` is optional."""
    tokens = template.split()
    before = [t[1:-1] for t in tokens if t.startswith("[") and t.endswith("]")]
    core = [t for t in tokens if not (t.startswith("[") and t.endswith("]"))]
    lead = tokens[0].startswith("[") if tokens else False

    def token_regex(token: str) -> tuple[str, bool]:
        whole = _PLACEHOLDER.fullmatch(token)
        optional = token.endswith("?") and (whole is not None or "{" not in token)
        if optional and whole is None:
            token = token[:-1]
        out, pos = [], 0
        for m in _PLACEHOLDER.finditer(token):
            out.append(re.escape(token[pos : m.start()]))
            cls, group = m.group(1), m.group(2) or m.group(1)
            if cls not in classes:
                raise ConfigError(f"unknown word class {{{cls}}} in timex pattern {template!r}")
            piece = f"(?P<{group}>{classes[cls]})"
            out.append(f"(?:{piece})?" if m.group(3) and whole is None else piece)
            pos = m.end()
        out.append(re.escape(token[pos:]))
        return "".join(out), optional

    sep = r",?\s+"
    body = ""
    for i, (rx, optional) in enumerate(token_regex(t) for t in core):
        if i == 0:
            body = f"(?:{rx}{sep})?" if optional else rx
        elif optional:
            body += f"(?:{sep}{rx})?"
        else:
            body += rx if body.endswith(f"{sep})?") and i == 1 else sep + rx
    context = r"\s+".join(_word_regex(w) for w in before)
    span = f"(?P<_span>{body})"
    if not context:
        regex = span
    elif lead:
        regex = f"{context}\\s+{span}"
    else:
        regex = f"{span}\\s+{context}"
    # Not inside a word, nor part of a hyphenated compound ("zomer- en wintertijd").
    return re.compile(rf"(?<!\w)(?<![^\W\d_]-){regex}(?!\w)(?!-[^\W\d_]|-\s)", re.IGNORECASE)
