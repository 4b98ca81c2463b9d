"""Event phrase patterns written as a trie match what a longest-first list of the same forms
matches, on real news text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph.extract.events import _name_pattern, _people_variants, _phrases, load_event_lexicon

FOUNDING = (
    Path(__file__).resolve().parents[3] / "shared" / "samples" / "kremlin-drone-nl-2023-05.txt"
)


def _listed(forms: list[str]) -> re.Pattern[str]:
    """The forms as a plain alternation, longest first (how the patterns were written before)."""
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def test_trie_takes_the_longest_form_that_ends_a_word():
    pattern = _phrases(["aanval", "aanvallen", "aanval op", "dreigen"])
    text = "De aanvallen, een aanval op Moskou, aanvalsplan en Dreigen-achtig; aanval."
    assert [m.group() for m in pattern.finditer(text)] == ["aanvallen", "aanval op", "aanval"]


def test_trie_and_listed_forms_agree_on_the_founding_article():
    if not FOUNDING.is_file():
        pytest.skip(f"no sample at {FOUNDING}")
    text = FOUNDING.read_text(encoding="utf-8")
    lex = load_event_lexicon("nl")
    names = [v for v in _people_variants("nl") if v[:1].isalpha()]
    for forms, pattern in (
        (list(lex.triggers), lex.trigger_pattern),
        (list(lex.roles), lex.role_pattern),
        (names, _name_pattern("nl")),
    ):
        found = [m.span() for m in pattern.finditer(text)]
        assert found == [m.span() for m in _listed(forms).finditer(text)]
    assert [m.group().lower() for m in lex.trigger_pattern.finditer(text)]  # "aanval", ...
