"""Linking benchmarks: dev pairs (LINKING-EVAL format), Emergent headline->claim recall@1, and
the ANN index (hnswlib, usearch) against exact search on synthetic clustered unit vectors.

    nice -n 10 .venv/bin/python bench/bench_linking.py [--ann-n 100000] [--queries 200]
        [--skip-ann] [--fit] [--emergent other-split.csv] [--encoder use]
        [--pairs-dir DIR [--pad]]     # another LINKING-EVAL set (e.g. bench/data/linking/real)
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import psutil

from claimgraph.link.embed import (
    DIM,
    ENCODERS,
    EVAL_ENCODER,
    Embedder,
    cosine_scale,
    default_embedder,
    embed,
)
from claimgraph.link.evaluation import (
    PoolItem,
    candidate_recall,
    embedding_ranks,
    evaluate_linking,
    read_pairs,
    read_pool,
)
from claimgraph.link.index import VectorIndex
from claimgraph.link.rerank import (
    FEATURES,
    CandidatePool,
    RerankModel,
    default_model,
    fit_weights,
    weights_file,
    write_weights,
)
from claimgraph.settings import data_dir

DEV = Path(__file__).parent / "data" / "linking"


def dev_metrics(embedder: Embedder | None = None) -> dict:
    metrics, _ = evaluate_linking(
        read_pairs(DEV / "pairs.jsonl"),
        read_pool(DEV / "pool_nl.jsonl", "nl"),
        read_pool(DEV / "pool_en.jsonl", "en"),
        embedder,
    )
    return metrics


def padding(lang: str) -> list[PoolItem]:
    """Real headlines of other years from shared data, undated so that every query's window holds
    them: Dutch DPG 2019 titles; English Wikinews 2019-20 titles and Emergent headlines and claims.
    Added to a set's pools they make its windows ~6-10 times larger (a hidden-set-sized pool)."""
    if lang == "nl":
        path = data_dir() / "nl-news" / "dpg-news2019.jsonl"
        titles = [json.loads(line).get("title") or "" for line in path.open(encoding="utf-8")]
    else:
        titles = []
        for path in sorted((data_dir() / "en-news" / "wikinews").glob("*.csv")):
            with path.open(encoding="utf-8") as fh:
                titles += [row.get("title") or "" for row in csv.DictReader(fh)]
        for row in emergent_rows():
            titles += [row["articleHeadline"], row["claimHeadline"]]
    distinct = dict.fromkeys(t.strip() for t in titles if t.strip())
    return [PoolItem(f"pad-{lang}-{i}", t, None, "pad", lang) for i, t in enumerate(distinct)]


def set_metrics(directory: Path, embedder: Embedder, pad: bool = False) -> dict:
    """A LINKING-EVAL set's final metrics, the embedding stage's recall@k per direction (how many
    golds reach the reranker) and the CPU milliseconds per query of ranking (texts embedded
    beforehand); with ``pad``, the pools padded with :func:`padding`."""
    pairs = read_pairs(directory / "pairs.jsonl")
    pool_nl = read_pool(directory / "pool_nl.jsonl", "nl")
    pool_en = read_pool(directory / "pool_en.jsonl", "en")
    if pad:
        pool_nl, pool_en = pool_nl + padding("nl"), pool_en + padding("en")
    embedder.encode([p.text for p in pool_nl + pool_en] + [p.nl.text for p in pairs])
    embedder.encode([p.en.text for p in pairs])
    start = time.process_time()
    metrics, _ = evaluate_linking(pairs, pool_nl, pool_en, embedder)
    cpu = time.process_time() - start
    return {
        "set": str(directory),
        "padded": pad,
        "pools": {"nl": len(pool_nl), "en": len(pool_en)},
        "final": metrics,
        "candidates": candidate_recall(embedding_ranks(pairs, pool_nl, pool_en, embedder)),
        "rank_cpu_ms_per_query": round(1000 * cpu / max(2 * len(pairs), 1), 1),
    }


def emergent_rows(path: Path | None = None) -> list[dict]:
    """Emergent claim/headline rows (the train file in shared data unless ``path``)."""
    path = path or data_dir() / "emergent" / "url-versions-2015-06-14-clean-train.csv"
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def held_out(claim_id: str) -> bool:
    """The claim-disjoint quarter of Emergent train kept out of fitting (by a stable hash)."""
    return zlib.crc32(claim_id.encode()) % 4 == 0


def emergent_groups(
    rows: list[dict], model: RerankModel, embedder: Embedder | None = None
) -> tuple[list[str], list[tuple[np.ndarray, int]]]:
    """Each headline's reranker features over its claim candidates, with the gold row (-1 when
    the gold claim is not among the candidates)."""
    encode = (embedder or default_embedder()).encode
    claims = sorted({r["claimHeadline"] for r in rows})
    pool = CandidatePool(claims, ["en"] * len(claims), encode(claims))
    heads = [r["articleHeadline"] for r in rows]
    groups = []
    for head, vec, row in zip(heads, encode(heads), rows, strict=True):
        cand, cos, _ = pool.shortlist(head, "en", vec, model=model)
        gold = np.flatnonzero(cand == claims.index(row["claimHeadline"]))
        features = pool.features(head, "en", cand, cos * model.cosine_scale)
        groups.append((features, int(gold[0]) if len(gold) else -1))
    return claims, groups


def _recall(groups: list[tuple[np.ndarray, int]], weights: np.ndarray) -> dict:
    ranks = []
    for features, gold in groups:
        if gold < 0:
            ranks.append(None)
            continue
        scores = features @ weights
        ranks.append(int((scores > scores[gold]).sum()) + 1)
    n = len(ranks)
    return {
        "headlines": n,
        "recall@1": round(sum(r == 1 for r in ranks) / n, 4),
        "recall@5": round(sum(r is not None and r <= 5 for r in ranks) / n, 4),
        "mrr": round(sum(1 / r for r in ranks if r) / n, 4),
    }


def emergent_recall(
    path: Path | None = None, model: RerankModel | None = None, embedder: Embedder | None = None
) -> dict:
    """Each article headline ranks all Emergent claims; recall@1 and MRR of its own claim, with
    the reranker and with cosine alone, over all headlines and over the fitting and held-out
    (claim-disjoint) parts of train."""
    embedder = embedder or default_embedder()
    model = model or default_model(embedder.encoder)
    rows = emergent_rows(path)
    claims, groups = emergent_groups(rows, model, embedder)
    cosine_only = np.zeros(len(FEATURES))
    cosine_only[FEATURES.index("cosine")] = 1.0
    parts = {
        "all": groups,
        "fit": [g for g, r in zip(groups, rows, strict=True) if not held_out(r["claimId"])],
        "held_out": [g for g, r in zip(groups, rows, strict=True) if held_out(r["claimId"])],
    }
    out: dict = {"claims": len(claims)}
    for name, part in parts.items():
        out[name] = _recall(part, model.weights) | {
            "cosine_recall@1": _recall(part, cosine_only)["recall@1"]
        }
    return out


def fit_emergent(
    candidates: int = 50, l2: float = 1e-3, embedder: Embedder | None = None
) -> np.ndarray:
    """Fit the reranker weights for the ``embedder``'s encoder on the fitting part of Emergent
    train and write them (:func:`~claimgraph.link.rerank.weights_file`)."""
    embedder = embedder or default_embedder()
    rows = emergent_rows()
    probe = RerankModel(
        weights=np.zeros(len(FEATURES)),
        candidates=candidates,
        cosine_scale=cosine_scale(embedder.encoder),
    )
    _, groups = emergent_groups(rows, probe, embedder)
    fit = [g for g, r in zip(groups, rows, strict=True) if not held_out(r["claimId"])]
    weights = fit_weights(fit, l2=l2)
    write_weights(
        weights,
        candidates,
        "Second-stage reranker weights (claimgraph.link.rerank.FEATURES), written by\n"
        f"    nice -n 10 .venv/bin/python bench/bench_linking.py --fit --encoder {embedder.encoder}\n"
        f"Fitted on Emergent train headlines whose claim is not held out ({len(fit)} of "
        f"{len(rows)};\nheld out: crc32(claimId) % 4 == 0), softmax loss over the top "
        f"{candidates} candidates by {embedder.encoder} cosine, L2 {l2}.\n"
        "Figures: bench/results/linking.md.",
        weights_file(embedder.encoder),
    )
    default_model.cache_clear()
    return weights


def synthetic(n: int, seed: int = 0, noise: float = 0.8) -> np.ndarray:
    """Unit vectors around 2,000 topic centres (news claims cluster by story); ``noise`` is
    the per-dimension spread around a centre relative to the centres' own (0.8: within a topic
    every vector is nearly as far from a query as every other, a hard case for an ANN index)."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((2000, DIM)).astype(np.float32)
    vecs = centres[rng.integers(0, 2000, n)] + noise * rng.standard_normal((n, DIM)).astype(
        np.float32
    )
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def real_sentences() -> list[str]:
    """Distinct sentences (30-300 characters) of the Dutch DPG and English Wikinews articles."""
    texts = [
        json.loads(line).get("text") or ""
        for line in (data_dir() / "nl-news" / "dpg-news2019.jsonl").open(encoding="utf-8")
    ]
    csv.field_size_limit(10**9)
    for path in sorted((data_dir() / "en-news" / "wikinews").glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            texts += [row["text"] for row in csv.DictReader(fh)]
    sentences = (s for text in texts for s in re.split(r"(?<=[.!?])\s+", text))
    return list(dict.fromkeys(s for s in sentences if 30 <= len(s) <= 300))


def real_like(n: int, real: np.ndarray, seed: int = 0, neighbours: int = 10) -> np.ndarray:
    """``n`` unit vectors on the local structure of real embeddings: each a random point on the
    segment from a real vector to one of its ``neighbours`` nearest real vectors (new claims
    lie between the ones already seen, not in random directions)."""
    rng = np.random.default_rng(seed)
    exact = VectorIndex(DIM, backend="exact")
    exact.add(real)
    near = np.concatenate(
        [
            exact.search(real[i : i + 2048], neighbours + 1)[0][:, 1:]
            for i in range(0, len(real), 2048)
        ]
    )
    base = rng.integers(0, len(real), n)
    other = near[base, rng.integers(0, neighbours, n)]
    mix = rng.random((n, 1), dtype=np.float32)
    vecs = (1 - mix) * real[base] + mix * real[other]
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def _rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


def ann_bench(
    n: int,
    queries: int,
    backends: tuple[str, ...] = ("hnswlib",),
    efs: tuple[int, ...] = (64,),
    noise: float = 0.8,
    real: bool = False,
) -> list[dict]:
    """Exact vs ANN search over ``n`` vectors, synthetic (clusters with ``noise``) or
    ``real``-like (on real USE embeddings of shared news sentences; ``n`` 0: those embeddings
    themselves): build time, median query time and recall@10 against exact search at each
    ``ef`` (search breadth), index memory."""
    if real:
        seeds = np.asarray(embed(real_sentences()), dtype=np.float32)
        if n:
            data, q = real_like(n, seeds), real_like(queries, seeds, seed=1)
            noise = -1.0  # marks the real-like rows
        else:  # the real sentence vectors themselves, some held out as queries
            held = np.random.default_rng(0).choice(len(seeds), queries, replace=False)
            data, q = np.delete(seeds, held, axis=0), seeds[held]
            n, noise = len(data), -2.0
    else:
        data, q = synthetic(n, noise=noise), synthetic(queries, seed=1, noise=noise)
    exact = VectorIndex(DIM, backend="exact")
    exact.add(data)
    truth, _ = exact.search(q, 10)
    start = time.perf_counter()
    for row in q[:50]:
        exact.search(row[None], 10)
    exact_ms = (time.perf_counter() - start) / 50 * 1000
    out = [{"backend": "exact", "n": n, "noise": noise, "median_query_ms": round(exact_ms, 2)}]
    del exact
    for backend in backends:
        index = VectorIndex(DIM, backend=backend)
        index.add(data)
        rss0 = _rss_mib()
        start = time.perf_counter()
        index.search(q[:1], 10)  # builds the graph
        build = time.perf_counter() - start
        rss1 = _rss_mib()
        for ef in efs:
            index.ef_search = ef
            times, found = [], []
            for row in q:
                s = time.perf_counter()
                labels, _ = index.search(row[None], 10)
                times.append((time.perf_counter() - s) * 1000)
                found.append(labels[0])
            hits = [len(set(f) & set(t)) / 10 for f, t in zip(found, truth, strict=True)]
            out.append(
                {
                    "backend": backend,
                    "n": n,
                    "noise": noise,
                    "ef_search": ef,
                    "build_s": round(build, 1),
                    "median_query_ms": round(statistics.median(times), 3),
                    "recall@10": round(float(np.mean(hits)), 4),
                    "index_rss_mib": round(rss1 - rss0, 1),
                    "vectors_mib": round(data.nbytes / 2**20, 1),
                }
            )
            print(json.dumps(out[-1]), file=sys.stderr, flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ann-n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--skip-ann", action="store_true")
    parser.add_argument("--fit", action="store_true", help="refit link/data/rerank.toml first")
    parser.add_argument("--emergent", type=Path, help="another Emergent CSV (e.g. the test split)")
    parser.add_argument("--ann-only", action="store_true", help="only the ANN index part")
    parser.add_argument("--ann-ef", type=int, nargs="+", default=[64], help="ef_search values")
    parser.add_argument("--ann-noise", type=float, default=0.8, help="synthetic spread (0.8: hard)")
    parser.add_argument("--ann-backends", nargs="+", default=["hnswlib"])
    parser.add_argument("--ann-real", action="store_true", help="vectors like real embeddings")
    parser.add_argument("--encoder", choices=ENCODERS, default=EVAL_ENCODER)
    parser.add_argument("--pairs-dir", type=Path, nargs="+", default=[], help="LINKING-EVAL sets")
    parser.add_argument("--pad", action="store_true", help="pad their pools (see padding())")
    args = parser.parse_args()
    embedder = Embedder(encoder=args.encoder)
    if args.fit:
        fit_emergent(embedder=embedder)
    results = {}
    if not args.ann_only:
        results = {
            "encoder": embedder.encoder,
            "dev": dev_metrics(embedder),
            "emergent": emergent_recall(args.emergent, embedder=embedder),
        }
        for directory in args.pairs_dir:
            results.setdefault("sets", []).append(set_metrics(directory, embedder, args.pad))
    if not args.skip_ann:
        results["ann"] = ann_bench(
            args.ann_n,
            args.queries,
            tuple(args.ann_backends),
            tuple(args.ann_ef),
            args.ann_noise,
            args.ann_real,
        )
    print(json.dumps(results))


if __name__ == "__main__":
    main()
