"""Word tests the speaker resolver shares: titles and roles, also as the head of a compound
(``oud-premier``, ``verkeersminister``), person nouns and source nouns with their inflected forms,
each answer kept per word and word list, and whether a token is capitalised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from spacy.tokens import Token

from claimgraph.extract.speakers.constants import _NOTHING
from claimgraph.lang import LangData


def _low(tok: Token) -> str:
    return tok.text.lower()


def _title_word(word: str, lang: LangData) -> bool:
    """A title or role, also as the head of a compound (``oud-premier``, ``verkeersminister``)."""
    return _is_title(word, lang.titles, _short_heads(lang)) and not _false_compound(word, lang)


def _short_heads(lang: LangData) -> frozenset[str]:
    """Titles shorter than five letters that head compounds too (``jeugd|arts``)."""
    return lang.words("short_title_heads")


def _false_compound(word: str, lang: LangData) -> bool:
    """``huiswaarts`` ends in ``arts`` but is no role: the language's ``non_title_endings``."""
    return any(word.endswith(e) for e in lang.words("non_title_endings"))


# The noun tests below run a regular expression per word and per inflected form, for the same
# words again and again: their answers are kept per word and word lists.
@lru_cache(maxsize=1 << 16)
def _is_title(word: str, titles: frozenset[str], short_heads: frozenset[str] = frozenset()) -> bool:
    if word in titles or word.rsplit("-", 1)[-1] in titles:
        return True
    return _compound_title(titles, short_heads).search(word) is not None


def _base_forms(word: str, endings: frozenset[str]) -> Iterator[str]:
    """The forms ``word`` may be the plural or feminine of (``endings``: the language's
    ``noun_inflections``)."""
    for inflected, base in _inflections(endings):
        stem = word[: -len(inflected)]
        if word.endswith(inflected) and len(stem) >= 3:
            yield stem + base


@cache
def _inflections(endings: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """``noun_inflections`` entries (``inflected=base``) as (inflected, base) pairs."""
    return tuple((inflected, base) for inflected, _, base in (e.partition("=") for e in endings))


def _person_noun(word: str, lang: LangData) -> bool:
    """A title or role, also inflected (``rechercheurs``, ``klimatologen``, ``klimatologe``)."""
    endings = lang.words("noun_inflections")
    return _is_person_noun(word, lang.titles, endings, _short_heads(lang)) and not (
        _false_compound(word, lang)
    )


@lru_cache(maxsize=1 << 16)
def _is_person_noun(
    word: str, titles: frozenset[str], endings: frozenset[str], short_heads: frozenset[str]
) -> bool:
    return _is_title(word, titles, short_heads) or any(
        _is_title(w, titles, short_heads) for w in _base_forms(word, endings)
    )


def _source_noun(word: str, lang: LangData) -> bool:
    """A source noun, or the plural of a source or document noun (``onderzoeken``)."""
    return _is_source_noun(
        word,
        lang.source_nouns,
        lang.document_nouns,
        lang.words("noun_inflections"),
        lang.words("compound_source_heads"),
    )


@lru_cache(maxsize=1 << 16)
def _is_source_noun(
    word: str,
    sources: frozenset[str],
    documents: frozenset[str],
    endings: frozenset[str],
    compound_heads: frozenset[str] = frozenset(),
) -> bool:
    compound = _compound_source(compound_heads).search
    return (
        word in sources
        or compound(word) is not None
        or any(
            w in sources or w in documents or compound(w) is not None
            for w in _base_forms(word, endings)
        )
    )


@cache
def _compound_source(heads: frozenset[str]) -> re.Pattern[str]:
    """Compounds that end in one of the language's ``compound_source_heads`` after at least three
    more letters (``onderwijs|inspectie``, ``oog|getuige``, ``branche|vereniging``); matches
    nothing when the language has none."""
    if not heads:
        return _NOTHING
    ordered = sorted(heads, key=len, reverse=True)
    return re.compile(r"^\w{3,}(?:" + "|".join(map(re.escape, ordered)) + r")$")


@cache
def _compound_title(titles: frozenset[str], short_heads: frozenset[str]) -> re.Pattern[str]:
    """Compounds ending in a title of at least five letters or in one of ``short_heads``
    (``jeugd|arts``), after at least three more letters."""
    long_heads = {t for t in titles if len(t) >= 5 and t.isalpha()}
    heads = sorted(long_heads | short_heads, key=len, reverse=True)
    return re.compile(r"^\w{3,}(?:" + "|".join(map(re.escape, heads)) + r")$")


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()
