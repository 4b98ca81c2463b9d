"""_contains_any (phrases grouped by first word) answers as any(_contains(...)) over a list."""

from __future__ import annotations

import re

import pytest

from claimgraph.extract.stance import _contains, _contains_any, _positions
from claimgraph.lang import load_lang

_WORD = re.compile(r"\w+|[^\w\s]")


def _sentences(text: str) -> list[list[str]]:
    return [_WORD.findall(s.lower()) for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


@pytest.mark.parametrize("code", ["nl", "en"])
def test_stance_any_phrase_agrees_with_each_phrase_on_real_text(code, founding_text):
    lang = load_lang(code)
    lists = [*lang.stance_phrases.values(), *lang.act_phrases.values()]
    sentences = _sentences(founding_text)
    # each list's phrases also in the text they are meant for, a word or two after the start
    sentences += [["zo", *p[:1], "x", *p[1:]] for phrases in lists for p in phrases]
    found = 0
    for words in sentences:
        where = _positions(words)
        for phrases in lists:
            expected = any(_contains(words, p, where) for p in phrases)
            assert _contains_any(words, phrases, where) is expected, (words, phrases)
            found += expected
    assert found > len(lists)  # phrases are found, and not only in their own sentences


def test_stance_any_phrase_empty_phrase_and_gaps():
    words = ["hij", "kan", "het", "niet", "bevestigen"]
    where = _positions(words)
    assert _contains_any(words, ((),), where) is True
    assert _contains_any(words, (), where) is False
    assert _contains_any(words, (("kan", "...", "bevestigen"),), where) is True
    assert _contains_any(words, (("hij", "...", "bevestigen"),), where) is False  # 3 between
    assert _contains_any(words, (("ontkent",), ("kan", "...", "niet")), where) is True
