"""The Dutch -> English word table: built from real text, deterministic, and used to gloss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.link.embed import Embedder
from claimgraph.link.lexical import terms
from claimgraph.link.translation import build_table, count_words, gloss, translate_word

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
ARTICLE = SAMPLES / "kremlin-drone-nl-2023-05.txt"
HEADLINES = SAMPLES / "kremlin-drone-2023-05" / "headlines.jsonl"
# From the founding article and one of its English headlines.
NL = "Minister van Buitenlandse Zaken Antony Blinken zegt alle berichten uit Moskou “met een grote korrel zout te nemen”."
EN = "Blinken on Putin assassination attempt claim: Take anything from Kremlin with 'very large shaker of salt'"

needs_samples = pytest.mark.skipif(not HEADLINES.is_file(), reason="shared/samples not present")


def _english_titles() -> list[str]:
    rows = [json.loads(line) for line in HEADLINES.read_text(encoding="utf-8").splitlines()]
    return [r["title"] for r in rows if r.get("lang") == "en"]


def test_translation_gloss_finds_translated_overlap() -> None:
    shared = terms(gloss(NL, "nl")) & terms(EN)
    assert {"large", "take"} <= shared  # grote -> large, nemen -> take
    assert not {"large", "take"} & terms(NL)
    assert gloss(EN, "en") == EN


def test_translation_splits_compounds_on_a_known_head() -> None:
    assert "conflict" in translate_word("grensconflict", "nl")
    assert translate_word("zzzzqqqq", "nl") == ()


@needs_samples
def test_translation_vocabulary_skips_names_and_title_case_capitals() -> None:
    dutch = count_words([ARTICLE.read_text(encoding="utf-8")]).words(1)
    assert "explosie" in dutch and "kremlin" not in dutch and "poetin" not in dutch
    english = count_words(_english_titles()).words(1)
    assert "drone" in english and "putin" not in english


@needs_samples
def test_translation_table_rebuilds_identically_on_the_founding_story() -> None:
    dutch = count_words([ARTICLE.read_text(encoding="utf-8")]).words(1)
    english = count_words(_english_titles()).words(1)
    first = build_table(dutch, english, Embedder().encode)
    again = build_table(dutch, english, Embedder().encode)
    assert first == again
    table = {nl: en for nl, en, _ in first}
    assert table["explosie"] == "explosion" and table["oorlog"] == "war"
    assert table.get("drone") == "drone"  # same spelling kept, for compounds
