"""Cross-lingual word overlap in the reranker: glossed words, acronyms, lexical candidates."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.link.embed import embed
from claimgraph.link.lexical import terms
from claimgraph.link.rerank import CandidatePool, RerankModel, default_model

NL = "Minister van Buitenlandse Zaken Antony Blinken zegt alle berichten uit Moskou “met een grote korrel zout te nemen”."


@pytest.fixture(scope="module")
def titles(english_titles: list[str]) -> list[str]:
    """The founding story's first 60 English headlines."""
    return english_titles[:60]


def test_lexical_terms_count_short_acronyms_across_languages() -> None:
    assert "un" in terms("VN: staakt-het-vuren") & terms("U.N. calls for ceasefire")
    assert "nato" in terms("NAVO-top in Den Haag") & terms("NATO summit")
    assert "eu" in terms("EU gaat zelf lenen") & terms("With New E.U. Loan")
    assert "eu" not in terms("eu, Un")  # lower case: other words


def test_rerank_word_scores_use_the_gloss_across_languages(titles: list[str]) -> None:
    blinken = next(i for i, t in enumerate(titles) if "shaker of salt" in t)
    pool = CandidatePool(titles, ["en"] * len(titles), embed(titles))
    rows = np.arange(len(titles))
    assert int(np.argmax(pool.word_scores(NL, "nl", rows))) == blinken
    plain = pool.words.scores(NL)[blinken]
    assert pool.word_scores(NL, "nl", rows)[blinken] > plain


def test_rerank_shortlist_adds_lexical_candidates_beyond_the_cosine_top(titles: list[str]) -> None:
    pool = CandidatePool(titles, ["en"] * len(titles), embed(titles))
    query = embed([NL])[0]
    weights = default_model().weights
    narrow = RerankModel(weights=weights, candidates=3, lexical_candidates=0)
    wide = RerankModel(weights=weights, candidates=3, lexical_candidates=2)
    base, _, _ = pool.shortlist(NL, "nl", query, model=narrow)
    chosen, cosines, rest = pool.shortlist(NL, "nl", query, model=wide)
    assert list(chosen[:3]) == list(base) and 3 < len(chosen) <= 5
    assert len(chosen) + len(rest) == len(titles) and not set(chosen) & set(rest)
    extra = chosen[3:]
    assert (pool.word_scores(NL, "nl", extra) > 0).all()
    assert (cosines[3:] <= cosines[2]).all()  # from beyond the cosine top 3
    ranked = pool.rank(NL, "nl", query, model=wide)
    assert sorted(ranked) == list(range(len(titles))) and set(ranked[: len(chosen)]) == set(chosen)
