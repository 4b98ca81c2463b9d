"""The embedding stage's recall@k (how many golds reach the reranker) on the founding-story
dev set: Dutch sentences of the founding article against real English headlines."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimgraph.link.embed import default_embedder
from claimgraph.link.evaluation import (
    candidate_recall,
    embedding_ranks,
    evaluate_linking,
    read_pairs,
    read_pool,
)
from claimgraph.link.rerank import FEATURES, RerankModel

DEV = Path(__file__).resolve().parents[2] / "bench" / "data" / "linking"

pytestmark = pytest.mark.skipif(not (DEV / "pairs.jsonl").is_file(), reason="dev set absent")


def _dev() -> tuple:
    return (
        read_pairs(DEV / "pairs.jsonl"),
        read_pool(DEV / "pool_nl.jsonl", "nl"),
        read_pool(DEV / "pool_en.jsonl", "en"),
    )


def _cosine_only(candidates: int) -> RerankModel:
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("cosine")] = 1.0
    return RerankModel(weights=weights, candidates=candidates)


def test_embedding_ranks_are_the_ranks_of_cosine_alone() -> None:
    pairs, pool_nl, pool_en = _dev()
    hits = embedding_ranks(pairs, pool_nl, pool_en)
    everything = _cosine_only(len(pool_nl) + len(pool_en))
    _, ranked = evaluate_linking(pairs, pool_nl, pool_en, default_embedder(), everything)
    # the gold's rank from its own cosine, not one off (a gold tied with itself in float32)
    for hit, query, pair in zip(hits, ranked, (p for p in pairs for _ in (0, 1)), strict=True):
        gold = pair.en_id if hit[0] == "nl->en" else pair.nl_id
        expected = query["ranked"].index(gold) + 1 if gold in query["ranked"] else None
        if expected is not None:
            assert hit[2] == expected, (pair.id, hit[0])
        else:
            assert hit[2] > 10


def test_candidate_recall_grows_with_k_and_holds_every_gold_in_the_window() -> None:
    pairs, pool_nl, pool_en = _dev()
    recall = candidate_recall(embedding_ranks(pairs, pool_nl, pool_en), ks=(1, 5, 50, 1000))
    for direction in ("nl->en", "en->nl"):
        values = [recall[direction][f"recall@{k}"] for k in (1, 5, 50, 1000)]
        assert values == sorted(values)
        assert values[0] < 1.0  # one story: the nearest headline is often a sibling claim
        assert values[-1] == 1.0
        assert recall[direction]["n"] == len(pairs)
