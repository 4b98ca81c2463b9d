"""Answers cached per language (SP2, twentieth session): a cached function answers as it does
uncached, and keeps the languages apart. Phrases from DPG news 2019 and Wikinews."""

from __future__ import annotations

import pytest

from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.timex.gates import _present_words, _Starts
from claimgraph.lang import cached_per_language, load_lang

PHRASES = [
    ("nl", "minister van Infrastructuur Cora van Nieuwenhuizen"),
    ("nl", "Lilianne Ploumen (PvdA)"),
    ("nl", "het OM"),
    ("en", "Secretary of State Blinken"),
    ("en", "Russia's Lavrov"),
]


@pytest.mark.parametrize(("lang", "phrase"), PHRASES)
def test_a_cached_name_is_the_uncached_one(lang: str, phrase: str) -> None:
    data = load_lang(lang)
    uncached = canonical_name.__wrapped__(phrase, data)
    assert canonical_name(phrase, data) == uncached
    assert canonical_name(phrase, data) == uncached  # now from the cache


def test_the_cache_keeps_languages_apart() -> None:
    calls: list[str] = []

    @cached_per_language(maxsize=8)
    def code_of(word: str, lang) -> str:  # type: ignore[no-untyped-def]
        calls.append(lang.code)
        return f"{word}/{lang.code}"

    nl, en = load_lang("nl"), load_lang("en")
    assert [code_of("zegt", nl), code_of("zegt", en), code_of("zegt", nl)] == [
        "zegt/nl",
        "zegt/en",
        "zegt/nl",
    ]
    assert calls == ["nl", "en"]


def test_prefix_starts_are_the_words_opening_with_a_prefix() -> None:
    text = "Het kabinet wil volgend jaar 2 miljard bezuinigen, zei premier Rutte donderdag."
    words = _present_words(text)
    assert words is not None
    starts = words.starts(_Starts(frozenset({"do", "volg"}), prefix=True))
    assert [text[i : i + 5] for i in starts] == ["volge", "donde"]
    # the scan over every word that the sorted index replaced
    scanned = sorted(
        i for word, at in words.at.items() if word.startswith(("do", "volg")) for i in at
    )
    assert starts == scanned
