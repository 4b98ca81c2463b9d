"""The Dutch -> English word table: built from real text, deterministic, and used to gloss."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.link.embed import Embedder
from claimgraph.link.lexical import terms
from claimgraph.link.translation import build_table, count_words, gloss, translate_word

# From the founding article and one of its English headlines.
NL = "Minister van Buitenlandse Zaken Antony Blinken zegt alle berichten uit Moskou “met een grote korrel zout te nemen”."
EN = "Blinken on Putin assassination attempt claim: Take anything from Kremlin with 'very large shaker of salt'"


@pytest.fixture(scope="module")
def founding_words(samples_dir: Path, english_titles: list[str]) -> tuple[list[str], list[str]]:
    """The words of the founding article and of its English headlines (once each)."""
    article = (samples_dir / "kremlin-drone-nl-2023-05.txt").read_text(encoding="utf-8")
    return count_words([article]).words(1), count_words(english_titles).words(1)


def test_translation_gloss_finds_translated_overlap() -> None:
    shared = terms(gloss(NL, "nl")) & terms(EN)
    assert {"large", "take"} <= shared  # grote -> large, nemen -> take
    assert not {"large", "take"} & terms(NL)
    assert gloss(EN, "en") == EN


def test_translation_splits_compounds_on_a_known_head() -> None:
    assert "conflict" in translate_word("grensconflict", "nl")
    assert translate_word("zzzzqqqq", "nl") == ()


def test_translation_vocabulary_skips_names_and_title_case_capitals(
    founding_words: tuple[list[str], list[str]],
) -> None:
    dutch, english = founding_words
    assert "explosie" in dutch and "kremlin" not in dutch and "poetin" not in dutch
    assert "drone" in english and "putin" not in english


def test_translation_table_rebuilds_identically_on_the_founding_story(
    founding_words: tuple[list[str], list[str]],
) -> None:
    dutch, english = founding_words
    first = build_table(dutch, english, Embedder().encode)
    again = build_table(dutch, english, Embedder().encode)
    assert first == again
    table = {nl: en for nl, en, _ in first}
    assert table["explosie"] == "explosion" and table["oorlog"] == "war"
    assert table.get("drone") == "drone"  # same spelling kept, for compounds
