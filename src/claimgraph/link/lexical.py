"""Word overlap weighted by rarity (binary tf-idf cosine) over names-normalised text.

The embedding knows what a headline is about; the shared rare words (names, numbers, places
after :func:`~claimgraph.link.names.normalise_names`) tell which of several headlines on one
topic it matches. Words are cut to their first ``STEM`` letters, a crude stemmer that works the
same for every language ("accuses"/"accused", "Oekraïens"/"Oekraïense").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

import numpy as np

from claimgraph.link.lexicon import acronyms, words
from claimgraph.link.names import country_names, normalise_names

STEM = 5
MIN_LENGTH = 3
GRAM = 4
# Share of its rarity weight a country's name, demonym or landmark keeps when the two texts are
# in different languages: "US", "Russia" or "French" is rare in a day's pool yet shared by
# headlines on unrelated events, and across languages names are most of the words two
# headlines share (real nl<->en set, bench/data/linking/real/README.md). Within one language
# full weight ranks better (Emergent, on which the rerank weights were fitted).
COUNTRY_WEIGHT = 0.5


@lru_cache(maxsize=200_000)
def terms(text: str) -> frozenset[str]:
    """The stemmed words of ``text`` after name normalisation (short words dropped, except
    the acronyms of ``link/data/acronyms.toml``: "VN" and "UN" both give "un")."""
    normal = normalise_names(text)
    found = {w[:STEM] for w in words(normal) if len(w) >= MIN_LENGTH}
    found.update(acronyms()[m].lower() for m in _acronym_pattern().findall(normal))
    return frozenset(found)


@cache
def _acronym_pattern() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(f) for f in sorted(acronyms(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@lru_cache(maxsize=200_000)
def char_grams(text: str) -> frozenset[str]:
    """The letter ``GRAM``-grams of ``text``'s words after name normalisation, each word padded
    with spaces: "Zelenskyy" and "Zelensky", "drones" and "drone" share most of theirs."""
    grams: set[str] = set()
    for w in words(normalise_names(text)):
        if len(w) < MIN_LENGTH:
            continue
        padded = f" {w} "
        grams.update(padded[i : i + GRAM] for i in range(max(len(padded) - GRAM + 1, 1)))
    return frozenset(grams)


@cache
def country_terms(analyse: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """What ``analyse`` makes of the names of countries, their demonyms and landmarks."""
    forms = set(country_names()) | set(country_names().values())
    return frozenset().union(*(analyse(form) for form in forms))


class IdfOverlap:
    """Rarity-weighted overlap of a query with every text of a fixed pool (``analyse``: the
    terms of a text, :func:`terms` by default); the terms of country-level names weigh
    ``country_weight`` of their rarity."""

    def __init__(
        self,
        pool: Sequence[str],
        analyse: Callable[[str], frozenset[str]] = terms,
        country_weight: float = 1.0,
    ) -> None:
        self._analyse = analyse
        self._terms = [analyse(t) for t in pool]
        df: dict[str, int] = {}
        for ts in self._terms:
            for t in ts:
                df[t] = df.get(t, 0) + 1
        n = len(pool) + 1
        generic = country_terms(analyse) if country_weight != 1.0 else frozenset()
        self._idf = {
            t: math.log(n / c) * (country_weight if t in generic else 1.0) for t, c in df.items()
        }
        self._unseen = math.log(n)
        self._postings: dict[str, list[int]] = {}
        for j, ts in enumerate(self._terms):
            for t in ts:
                self._postings.setdefault(t, []).append(j)
        self._norms = np.array(
            [math.sqrt(sum(self._idf[t] ** 2 for t in ts)) or 1.0 for ts in self._terms]
        )

    def __len__(self) -> int:
        return len(self._terms)

    def scores(self, text: str) -> np.ndarray:
        """Cosine of ``text``'s weighted terms with each pool text's (0 to 1)."""
        shared, norm = self._shared(text)
        return shared / (self._norms * norm) if norm else shared

    def coverage(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """How much of ``text``'s term weight each pool text shares, and how much of each pool
        text's weight ``text`` shares (both 0 to 1): a short claim inside a long headline is
        covered fully although their cosine is low."""
        shared, norm = self._shared(text)
        if not norm:
            return shared, shared
        return shared / norm**2, shared / self._norms**2

    def _shared(self, text: str) -> tuple[np.ndarray, float]:
        """Summed squared weight of the terms ``text`` shares with each pool text, and the
        norm of ``text``'s weights."""
        out = np.zeros(len(self._terms))
        query = self._analyse(text)
        norm = math.sqrt(sum(self._idf.get(t, self._unseen) ** 2 for t in query))
        for t in query:
            for j in self._postings.get(t, ()):
                out[j] += self._idf[t] ** 2
        return out, norm
