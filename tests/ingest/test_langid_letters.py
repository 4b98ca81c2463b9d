"""The letter check before language identification stops at the letters it needs."""

from __future__ import annotations

import unicodedata

import pytest

from claimgraph.ingest.langid import MIN_LETTERS, _has_letters, detect_language


def _letters(text: str) -> int:
    return sum(unicodedata.category(c).startswith("L") for c in text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12:30",
        "Sebas G.",
        "Kremlin!",
        "Кремль 2023",
        "ÉÉN 1 2 3",
        "a1b2c3d4e5f6g7h",
        "東京都の知事",
    ],
)
def test_langid_has_letters_counts_unicode_letters(text):
    for count in range(0, 12):
        assert _has_letters(text, count) == (_letters(text) >= count)


def test_langid_short_texts_stay_undetermined(founding_text):
    assert _letters("Sebas Gr.") == MIN_LETTERS - 1
    assert detect_language("Sebas Gr.") == "und"  # one letter short
    assert detect_language(founding_text) == "nl"
