"""Timex patterns tried only at the offsets where a match can start find exactly the matches
of a full scan (``finditer``), pattern by pattern, on real news text."""

from __future__ import annotations

import json
import re
from itertools import islice
from pathlib import Path

import pytest

from claimgraph.extract.timex import load_timex_lexicon
from claimgraph.extract.timex.gates import _digit_starts, _matches, _present_words
from claimgraph.settings import data_dir

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
FOUNDING = SAMPLES / "kremlin-drone-nl-2023-05.txt"
BRIEFING = (
    SAMPLES / "kremlin-drone-2023-05" / "en-whitehouse-2023-05-03-press-briefing-jean-pierre.txt"
)
DPG = data_dir() / "nl-news" / "dpg-news2019.jsonl"


def _scans(text: str, lang: str) -> tuple[list, list]:
    """Every pattern's matches (span and groups) from the start offsets and from a full scan."""
    lex = load_timex_lexicon(lang)
    words = _present_words(text)
    assert words is not None
    offsets = [
        [(m.span(), m.groupdict()) for m in _matches(pattern, text, words, starts)]
        for (_, pattern), starts in zip(lex.patterns, lex.starts, strict=True)
    ]
    full = [
        [(m.span(), m.groupdict()) for m in pattern.finditer(text)] for _, pattern in lex.patterns
    ]
    return offsets, full


@pytest.mark.parametrize(("path", "lang"), [(FOUNDING, "nl"), (BRIEFING, "en")])
def test_start_offsets_find_every_match_of_a_full_scan(path: Path, lang: str):
    if not path.is_file():
        pytest.skip(f"no sample at {path}")
    offsets, full = _scans(path.read_text(encoding="utf-8"), lang)
    assert offsets == full
    assert sum(map(len, full)) >= 4  # "in de nacht van dinsdag op woensdag", ...


def test_start_offsets_agree_with_full_scans_on_dutch_news():
    if not DPG.is_file():
        pytest.skip(f"no shared data at {DPG}")
    with DPG.open(encoding="utf-8") as source:
        texts = [r["text"] for r in islice(map(json.loads, source), 60) if r.get("text")]
    for text in texts:
        offsets, full = _scans(text, "nl")
        assert offsets == full


def test_most_patterns_have_start_words_and_weekday_compounds_start_by_prefix():
    lex = load_timex_lexicon("nl")
    starts = dict(zip((p.pattern for _, p in lex.patterns), lex.starts, strict=True))
    assert sum(s is not None for s in lex.starts) >= 0.9 * len(lex.starts)
    # {weekday}{daypart}?: a word that opens with a weekday ("zaterdagavond", "zondag")
    weekday = next(s for s in starts.values() if s and s.prefix and "zaterdag" in s.words)
    words = _present_words("Zaterdagavond en zondag 3 mei kwamen ze bijeen.")
    assert words is not None
    assert words.starts(weekday) == [0, 17]
    assert words.starts(weekday._replace(prefix=False)) == [17]
    assert words.starts(weekday._replace(words=frozenset(), digits=True, prefix=False)) == [24]


def test_decades_in_digits_start_at_their_quote_and_agree_with_full_scans():
    """``{decade_digits}`` ("de jaren '80", "'30 km/u") starts at a word opening with a digit or
    at a quote before a digit, no longer scanning the whole text."""
    if not DPG.is_file():
        pytest.skip(f"no shared data at {DPG}")
    lex = load_timex_lexicon("nl")
    decades = [
        s
        for (_, p), s in zip(lex.patterns, lex.starts, strict=True)
        if "decade_digits" in p.pattern
    ]
    assert decades and all(s is not None and s.digits for s in decades)
    with DPG.open(encoding="utf-8") as source:
        rows = islice(map(json.loads, source), 1000)
        texts = [r["text"] for r in rows if re.search(r"(?<!\w)['’]\d", r.get("text") or "")]
    assert len(texts) >= 4
    decade_at = [i for i, (_, p) in enumerate(lex.patterns) if "decade_digits" in p.pattern]
    found = 0
    for text in texts[:8]:
        offsets, full = _scans(text, "nl")
        assert offsets == full
        found += sum(len(full[i]) for i in decade_at)
    assert found  # "jaren '80", "jaren '70", ...


def test_digit_starts_equal_the_regex_of_word_opening_digits_and_quoted_decades():
    """``_digit_starts`` reads the runs of digits instead of scanning every position with a
    look-behind: the same offsets, on Dutch news with numbers, dates and decades."""
    if not DPG.is_file():
        pytest.skip(f"no shared data at {DPG}")
    scan = re.compile(r"(?<!\w)\d|['’](?=\d)")
    with DPG.open(encoding="utf-8") as source:
        texts = [r["text"] for r in islice(map(json.loads, source), 400) if r.get("text")]
    quoted = 0
    for text in texts:
        expected = [m.start() for m in scan.finditer(text)]
        assert _digit_starts(text) == expected
        quoted += sum(text[i] in "'’" for i in expected)
    assert quoted  # "jaren '80", "'30 km/u"
