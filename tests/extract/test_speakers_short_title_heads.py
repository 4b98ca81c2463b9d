"""Role nouns under five letters that head compounds (grammar.toml ``short_title_heads``:
``jeugd|arts``, ``omroep|baas``) and the look-alikes that are none (``non_title_endings``:
``huis|w|aarts``); English has no short heads (``speaking`` is no ``spea|king``)."""

from __future__ import annotations

import pytest

from claimgraph.extract.speakers.words import _person_noun, _title_word
from claimgraph.lang import load_lang


@pytest.mark.parametrize("word", ["jeugdarts", "huisartsen", "omroepbaas", "politiechef", "arts"])
def test_compound_of_short_head_is_a_role(word: str) -> None:
    assert _person_noun(word, load_lang("nl"))


@pytest.mark.parametrize("word", ["huiswaarts", "voorwaarts", "zuidwaarts", "kwarts", "verbaas"])
def test_adverbs_and_look_alikes_are_no_role(word: str) -> None:
    lang = load_lang("nl")
    assert not _person_noun(word, lang) and not _title_word(word, lang)


def test_english_has_no_short_compound_heads() -> None:
    assert not _person_noun("speaking", load_lang("en"))
