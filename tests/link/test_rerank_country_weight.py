"""Across languages, a shared country name weighs less than a shared person's name."""

from __future__ import annotations

import numpy as np

from claimgraph.link.rerank import FEATURES, CandidatePool

# Real English headlines of 2025-12-22 (r/worldnews, NYT, BBC News; bench/data/linking/real/).
SHARES_COUNTRY = "France Prepares for Russia as US Withdraws"
SHARES_PERSON = "Angering Denmark, Trump Appoints Special Envoy to Greenland"
OTHERS = [
    "Liverpool striker Isak has surgery on broken leg",
    "Gold price climbs to new record high",
    "Wildfire-hit town wins €468m in Spain's Christmas lottery",
    "Two New Banksy Murals Appear in London",
]
# NRC, 2025-12-19: names the United States ("Amerika") and Trump.
QUERY = "Botte afperspraktijken door het Amerika van Trump"
WORDS = FEATURES.index("words")


def _word_scores(query_lang: str) -> np.ndarray:
    texts = [SHARES_COUNTRY, SHARES_PERSON, *OTHERS]
    pool = CandidatePool(texts, ["en"] * len(texts), np.zeros((len(texts), 4)))
    rows = np.arange(2)
    return pool.features(QUERY, query_lang, rows, np.zeros(2))[:, WORDS]


def test_rerank_country_alone_does_not_outrank_shared_person_across_languages() -> None:
    country, person = _word_scores("nl")
    assert person > country > 0


def test_rerank_country_keeps_full_weight_within_one_language() -> None:
    # the same texts read as one language: the two words of "United States" outweigh "Trump"
    country, person = _word_scores("en")
    assert country > person
