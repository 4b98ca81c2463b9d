"""Quotation pair patterns tried only where their opening mark stands find exactly the
matches of a full scan (``finditer``), pair by pair, on real Dutch and English news."""

from __future__ import annotations

import json
from itertools import islice

import pytest

from claimgraph.extract.quotes import _matches_at_openers, _pair_pattern
from claimgraph.lang import load_lang
from claimgraph.settings import data_dir

SETS = {
    "nl": data_dir() / "nl-news" / "dpg-news2019.jsonl",
    "en": data_dir() / "en-attribution" / "dev.jsonl",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_matches_at_openers_equal_full_scans_on_news(lang: str):
    path = SETS[lang]
    if not path.is_file():
        pytest.skip(f"no shared data at {path}")
    with path.open(encoding="utf-8") as source:
        texts = [r["text"] for r in islice(map(json.loads, source), 120) if r.get("text")]
    found = 0
    for opener, closer in load_lang(lang).quote_pairs:
        pattern = _pair_pattern(opener, closer)
        for text in texts:
            full = [m.span(1) for m in pattern.finditer(text)]
            assert [m.span(1) for m in _matches_at_openers(pattern, text, opener)] == full
            found += len(full)
    assert found >= 50


def test_matches_at_openers_go_on_from_the_end_of_the_match_before():
    """A mark inside a quotation opens none (``finditer`` goes on from the match's end), and a
    straight opener after a letter opens none (the look-behind sees the text before it)."""
    text = 'Hij zei "dat is "raar" genoeg" en x"niet" maar "wel".'
    pattern = _pair_pattern('"', '"')
    full = [m.group(1) for m in pattern.finditer(text)]
    assert [m.group(1) for m in _matches_at_openers(pattern, text, '"')] == full
    assert full == ["raar", "wel"]
