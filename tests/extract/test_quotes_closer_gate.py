"""``find_quotes`` tries a quote pair only on a text holding both its marks: on the Dutch DPG
news (shared data) it finds what trying every pair with an opener in the text finds."""

from __future__ import annotations

import json

import pytest

from claimgraph.extract.quotes import _pair_pattern, find_quotes
from claimgraph.lang import load_lang
from claimgraph.settings import data_dir

DPG = data_dir() / "nl-news" / "dpg-news2019.jsonl"


def _every_pair(text: str, pairs: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    taken: list[tuple[int, int]] = []
    for opener, closer in pairs:
        if opener in text:
            for m in _pair_pattern(opener, closer).finditer(text):
                if not any(s < m.end() and m.start() < e for s, e in taken):
                    taken.append(m.span())
    return sorted(taken)


def test_quotes_closer_gate_finds_the_same_quotes_on_dpg_news():
    if not DPG.is_file():
        pytest.skip(f"no shared data at {DPG}")
    lang = load_lang("nl")
    with DPG.open(encoding="utf-8") as lines:
        texts = [r["text"] for r in map(json.loads, lines) if r.get("text")]
    gated = sum('"' in t and "”" not in t for t in texts)
    assert gated > 50  # texts with a straight mark and no typographic closer: the gate acts
    for text in texts:
        assert [q.outer for q in find_quotes(text, lang)] == _every_pair(text, lang.quote_pairs)
