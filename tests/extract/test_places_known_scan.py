"""Known place names are found as ``(?<![\\w-])`` + the gazetteer's pattern would find them."""

from __future__ import annotations

import json
import re
from itertools import islice

import pytest

from claimgraph.extract.places import _known_matches, extract_places, load_gazetteer


def _with_lookbehind(code: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + load_gazetteer(code).known_pattern.pattern)


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_places_known_scan_matches_the_lookbehind_regex(founding_text):
    gaz, reference = load_gazetteer("nl"), _with_lookbehind("nl")
    found = _known_matches(founding_text, gaz)
    assert _spans(found) == _spans(reference.finditer(founding_text))
    assert {m.group() for m in found} >= {"Kremlin", "Oekraïne"}


def test_places_known_scan_refuses_a_name_inside_a_word():
    gaz, reference = load_gazetteer("nl"), _with_lookbehind("nl")
    text = "Anti-Rusland en pro-Oekraïne, maar Rusland zelf en Oekraïne niet."
    spans = _spans(_known_matches(text, gaz))
    assert spans == _spans(reference.finditer(text))
    assert [text[s:e] for s, e in spans] == ["Rusland", "Oekraïne"]


def test_places_known_scan_from_every_start_offset(founding_text):
    gaz, reference = load_gazetteer("nl"), _with_lookbehind("nl")
    text = founding_text[:1500]
    for start in range(0, len(text), 7):  # inside words too: the character before counts
        assert _spans(_known_matches(text, gaz, start)) == _spans(reference.finditer(text, start))


def test_places_known_scan_on_dpg_news(shared_data):
    path = shared_data / "nl-news" / "dpg-news2019.jsonl"
    if not path.exists():
        pytest.skip("no DPG news in the shared data")
    gaz, reference = load_gazetteer("nl"), _with_lookbehind("nl")
    with path.open(encoding="utf-8") as fh:
        texts = [r["text"] for r in islice(map(json.loads, fh), 200) if r.get("text")]
    assert sum(len(_known_matches(t, gaz)) for t in texts) > 200
    for text in texts:
        assert _spans(_known_matches(text, gaz)) == _spans(reference.finditer(text))


def test_places_body_start_inside_a_word_reads_the_body_on_its_own():
    gaz = load_gazetteer("nl")
    text = "xRusland en Oekraïne"  # the body starts at "Rusland", a name character before it
    assert [m.group() for m in _known_matches(text, gaz, 1)] == ["Oekraïne"]
    assert [m.group() for m in _known_matches(text[1:], gaz)] == ["Rusland", "Oekraïne"]
    assert [p.text for p in extract_places(text, "nl", start=1)] == ["Oekraïne"]
