"""Cross-lingual linking evaluation (``shared/LINKING-EVAL.md``): rank, then score.

For each positive pair, the ``nl`` item queries every ``pool_en`` item dated within three days
of it, and the ``en`` item queries ``pool_nl`` the same way. Recall@1, recall@5 and MRR are
reported per direction and relation, and over all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from claimgraph.errors import InputError
from claimgraph.link.dates import within
from claimgraph.link.embed import Embedder, default_embedder
from claimgraph.link.rerank import CandidatePool, RerankModel, default_model

DIRECTIONS = ("nl->en", "en->nl")
TOP = 10
# Shortlist sizes at which the embedding stage's recall is reported (the reranker sees 50).
CANDIDATE_KS = (10, 50, 100, 200)


@dataclass(frozen=True)
class PoolItem:
    id: str
    text: str
    date: str | None
    source: str
    lang: str


@dataclass(frozen=True)
class Pair:
    id: str
    nl_id: str
    en_id: str
    relation: str
    nl: PoolItem
    en: PoolItem


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", source=str(path)) from err
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"line {number}: invalid JSON ({err.msg})", source=str(path)) from err
        if not isinstance(record, dict):
            raise InputError(f"line {number}: expected a JSON object", source=str(path))
        yield number, record


def _item(record: dict[str, Any], lang: str, fallback_id: str = "") -> PoolItem:
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("item has no 'text' string")
    return PoolItem(
        id=str(record.get("id", fallback_id)),
        text=text,
        date=record.get("date") or None,
        source=str(record.get("source", "")),
        lang=lang,
    )


def read_pool(path: Path, lang: str) -> list[PoolItem]:
    """Candidates ``{"id", "text", "date", "source"}``, one per line."""
    items = []
    for number, record in _read_jsonl(path):
        if "id" not in record:
            raise InputError(f"line {number}: pool item has no 'id'", source=str(path))
        try:
            items.append(_item(record, lang))
        except ValueError as err:
            raise InputError(f"line {number}: {err}", source=str(path)) from err
    return items


def read_pairs(path: Path) -> list[Pair]:
    """Positive pairs ``{"id", "nl_id", "en_id", "relation", "nl": {...}, "en": {...}}``."""
    pairs = []
    for number, record in _read_jsonl(path):
        try:
            pairs.append(
                Pair(
                    id=str(record["id"]),
                    nl_id=str(record["nl_id"]),
                    en_id=str(record["en_id"]),
                    relation=str(record.get("relation", "same_claim")),
                    nl=_item(record["nl"], "nl", str(record["nl_id"])),
                    en=_item(record["en"], "en", str(record["en_id"])),
                )
            )
        except (KeyError, TypeError, ValueError) as err:
            raise InputError(f"line {number}: bad pair ({err})", source=str(path)) from err
    return pairs


def rank(
    query: PoolItem,
    query_vec: np.ndarray,
    pool: list[PoolItem],
    candidates: CandidatePool,
    model: RerankModel | None = None,
) -> list[str]:
    """Ids of the ``pool`` items dated within the window of ``query``, best match first: the
    embedding's nearest candidates reranked (:mod:`claimgraph.link.rerank`, with the prior over
    the two items' publication-day gap), then the rest."""
    allowed = np.array([i for i, item in enumerate(pool) if within(query.date, item.date)])
    if not len(allowed):
        return []
    rows = candidates.rank(query.text, query.lang, query_vec, allowed, model, query.date)
    return [pool[r].id for r in rows]


def candidate_pool(pool: list[PoolItem], vectors: np.ndarray) -> CandidatePool:
    """The reranker's view of ``pool`` (indexes built once for all queries)."""
    return CandidatePool(
        [p.text for p in pool], [p.lang for p in pool], vectors, [p.date for p in pool]
    )


def evaluate_linking(
    pairs: list[Pair],
    pool_nl: list[PoolItem],
    pool_en: list[PoolItem],
    embedder: Embedder | None = None,
    model: RerankModel | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Metrics and the ranked lists (at least the top 10 per query) of every query; without
    ``model``, the weights fitted for the ``embedder``'s encoder."""
    embedder = embedder or default_embedder()
    model = model or default_model(embedder.encoder)
    cand_nl = candidate_pool(pool_nl, embedder.encode([p.text for p in pool_nl]))
    cand_en = candidate_pool(pool_en, embedder.encode([p.text for p in pool_en]))
    q_nl = embedder.encode([p.nl.text for p in pairs])
    q_en = embedder.encode([p.en.text for p in pairs])
    ranks: list[dict[str, Any]] = []
    hits: list[tuple[str, str, int | None]] = []  # direction, relation, rank (1-based)
    for i, pair in enumerate(pairs):
        for direction, query, vec, pool, candidates, gold in (
            ("nl->en", pair.nl, q_nl[i], pool_en, cand_en, pair.en_id),
            ("en->nl", pair.en, q_en[i], pool_nl, cand_nl, pair.nl_id),
        ):
            ranked = rank(query, vec, pool, candidates, model)
            ranks.append(
                {"pair": pair.id, "direction": direction, "ranked": ranked[: max(TOP, 10)]}
            )
            position = ranked.index(gold) + 1 if gold in ranked else None
            hits.append((direction, pair.relation, position))
    return score_ranks(hits), ranks


def embedding_ranks(
    pairs: list[Pair],
    pool_nl: list[PoolItem],
    pool_en: list[PoolItem],
    embedder: Embedder | None = None,
) -> list[tuple[str, str, int | None]]:
    """``(direction, relation, rank)`` of every query's gold by embedding cosine alone among the
    pool items in its window: the first stage, whose top candidates the reranker reorders; a
    gold outside the reranked list is lost whatever the reranker does."""
    embedder = embedder or default_embedder()
    vectors = {
        "en": embedder.encode([p.text for p in pool_en]),
        "nl": embedder.encode([p.text for p in pool_nl]),
    }
    pools = {"en": pool_en, "nl": pool_nl}
    queries = {
        "nl": embedder.encode([p.nl.text for p in pairs]),
        "en": embedder.encode([p.en.text for p in pairs]),
    }
    out: list[tuple[str, str, int | None]] = []
    for i, pair in enumerate(pairs):
        for direction, query, target, gold in (
            ("nl->en", pair.nl, "en", pair.en_id),
            ("en->nl", pair.en, "nl", pair.nl_id),
        ):
            pool = pools[target]
            allowed = [j for j, item in enumerate(pool) if within(query.date, item.date)]
            at = [n for n, j in enumerate(allowed) if pool[j].id == gold]
            if not at:
                out.append((direction, pair.relation, None))
                continue
            # the gold's cosine from the same product: a separate dot product may differ in
            # the last float32 bit and rank the gold behind itself
            cosines = vectors[target][allowed] @ queries[query.lang][i]
            out.append((direction, pair.relation, int((cosines > cosines[at[0]]).sum()) + 1))
    return out


def candidate_recall(
    hits: list[tuple[str, str, int | None]], ks: tuple[int, ...] = CANDIDATE_KS
) -> dict[str, dict[str, float | int]]:
    """Per direction, the share of queries whose gold is among the first ``k`` of ``hits``'
    ranks (:func:`embedding_ranks`), for each ``k`` of ``ks``."""
    out: dict[str, dict[str, float | int]] = {}
    for direction in DIRECTIONS:
        positions = [h[2] for h in hits if h[0] == direction]
        n = len(positions)
        out[direction] = {"n": n} | {
            f"recall@{k}": round(sum(p is not None and p <= k for p in positions) / n, 4)
            if n
            else 0.0
            for k in ks
        }
    return out


def score_ranks(hits: list[tuple[str, str, int | None]]) -> dict[str, Any]:
    """Recall@1, recall@5 and MRR overall, per direction and per direction and relation."""
    metrics: dict[str, Any] = {"pairs": len(hits) // 2, **_scores([h[2] for h in hits])}
    for direction in DIRECTIONS:
        own = [h for h in hits if h[0] == direction]
        metrics[direction] = _scores([h[2] for h in own])
        for relation in sorted({h[1] for h in own}):
            metrics[direction][relation] = _scores([h[2] for h in own if h[1] == relation])
    return metrics


def _scores(positions: list[int | None]) -> dict[str, float | int]:
    n = len(positions)
    if not n:
        return {"n": 0, "recall@1": 0.0, "recall@5": 0.0, "mrr": 0.0}
    return {
        "n": n,
        "recall@1": round(sum(p == 1 for p in positions) / n, 4),
        "recall@5": round(sum(p is not None and p <= 5 for p in positions) / n, 4),
        "mrr": round(sum(1 / p for p in positions if p) / n, 4),
    }
