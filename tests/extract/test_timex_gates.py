"""The timex pattern gates are exact: they never hide a match a full scan would find."""

from __future__ import annotations

import pytest

from claimgraph.extract.timex import extract_timexes, search
from claimgraph.extract.timex.gates import _UNSAFE_CASE


def test_unsafe_case_covers_every_character_re_folds_beyond_str_lower():
    casefix = pytest.importorskip("re._casefix")  # CPython's table of extra case equivalents
    extra = {chr(code) for code in casefix._EXTRA_CASES if code > 127}
    missing = [c for c in map(chr, range(0x110000)) if c.lower() in extra]
    assert [c for c in missing if not _UNSAFE_CASE.search(c)] == []


def test_gated_and_full_scans_agree_on_news_text(monkeypatch):
    # founding-story sentences; the last has a dotless ı (a text the gates must not trust)
    texts = [
        "In de nacht van dinsdag op woensdag vielen twee drones het Kremlin aan, meldde "
        "het Kremlin woensdagmiddag. Volgende week volgt meer.",
        "Last Tuesday, two weeks after the elections of May 2019, the minister resigned.",
        "Op 3 mei 2023 zei Peskov: 'Wij zullen reageren.' Istanbul ılık.",
    ]
    gated = [
        [(t.span, t.value) for t in extract_timexes(x, "nl" if i != 1 else "en", "2023-05-03")]
        for i, x in enumerate(texts)
    ]
    monkeypatch.setattr(search, "_present_words", lambda text: None)  # no gates: full scans
    full = [
        [(t.span, t.value) for t in extract_timexes(x, "nl" if i != 1 else "en", "2023-05-03")]
        for i, x in enumerate(texts)
    ]
    assert gated == full and any(gated)
