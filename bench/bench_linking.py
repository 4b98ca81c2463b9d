"""Linking benchmarks: dev pairs (LINKING-EVAL format), Emergent headline->claim recall@1, and
the ANN index (hnswlib, usearch) against exact search on synthetic clustered unit vectors.

    nice -n 10 .venv/bin/python bench/bench_linking.py [--ann-n 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import statistics
import time
from pathlib import Path

import numpy as np

from claimgraph.link.embed import DIM, embed
from claimgraph.link.evaluation import evaluate_linking, read_pairs, read_pool
from claimgraph.link.index import VectorIndex
from claimgraph.link.lexical import IdfOverlap
from claimgraph.link.similarity import rerank_score, signature
from claimgraph.settings import data_dir

DEV = Path(__file__).parent / "data" / "linking"


def dev_metrics() -> dict:
    metrics, _ = evaluate_linking(
        read_pairs(DEV / "pairs.jsonl"),
        read_pool(DEV / "pool_nl.jsonl", "nl"),
        read_pool(DEV / "pool_en.jsonl", "en"),
    )
    return metrics


def emergent_recall() -> dict:
    """Each article headline ranks all Emergent claims; recall@1 and MRR of its own claim."""
    rows = list(
        csv.DictReader((data_dir() / "emergent" / "url-versions-2015-06-14-clean-train.csv").open())
    )
    claims = sorted({r["claimHeadline"] for r in rows})
    lexical = IdfOverlap(claims)
    cvec = embed(claims)
    csig = [signature(c, "en") for c in claims]
    heads = [r["articleHeadline"] for r in rows]
    hvec = embed(heads)
    hits, rr = 0, 0.0
    for head, vec, row in zip(heads, hvec, rows, strict=True):
        hs = signature(head, "en")
        scores = [
            rerank_score(float(c), hs, s, float(o))
            for c, s, o in zip(cvec @ vec, csig, lexical.scores(head), strict=True)
        ]
        order = np.argsort(scores)[::-1]
        rank = int(np.where(np.array(claims)[order] == row["claimHeadline"])[0][0]) + 1
        hits += rank == 1
        rr += 1 / rank
    return {
        "headlines": len(rows),
        "claims": len(claims),
        "recall@1": round(hits / len(rows), 4),
        "mrr": round(rr / len(rows), 4),
    }


def synthetic(n: int, seed: int = 0) -> np.ndarray:
    """Unit vectors around 2,000 topic centres (news claims cluster by story)."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((2000, DIM)).astype(np.float32)
    vecs = centres[rng.integers(0, 2000, n)] + 0.8 * rng.standard_normal((n, DIM)).astype(
        np.float32
    )
    return vecs / np.linalg.norm(vecs, axis=1, keepdims=True)


def ann_bench(n: int, queries: int) -> list[dict]:
    data = synthetic(n)
    q = synthetic(queries, seed=1)
    exact = VectorIndex(DIM, backend="exact")
    exact.add(data)
    truth, _ = exact.search(q, 10)
    t = [time.perf_counter()]
    for row in q[:50]:
        exact.search(row[None], 10)
    exact_ms = (time.perf_counter() - t[0]) / 50 * 1000
    out = [{"backend": "exact", "n": n, "median_query_ms": round(exact_ms, 2), "recall@10": 1.0}]
    for backend in ("hnswlib", "usearch"):
        index = VectorIndex(DIM, backend=backend, ef_search=64)
        index.add(data)
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.perf_counter()
        index.search(q[:1], 10)  # builds the graph
        build = time.perf_counter() - start
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        times, found = [], []
        for row in q:
            s = time.perf_counter()
            labels, _ = index.search(row[None], 10)
            times.append((time.perf_counter() - s) * 1000)
            found.append(labels[0])
        recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth, strict=True)])
        out.append(
            {
                "backend": backend,
                "n": n,
                "build_s": round(build, 1),
                "median_query_ms": round(statistics.median(times), 3),
                "recall@10": round(float(recall), 4),
                "rss_growth_mib": round((rss1 - rss0) / 1024, 1),
                "vectors_mib": round(data.nbytes / 2**20, 1),
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ann-n", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--skip-ann", action="store_true")
    args = parser.parse_args()
    results = {"dev": dev_metrics(), "emergent": emergent_recall()}
    if not args.skip_ann:
        results["ann"] = ann_bench(args.ann_n, args.queries)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
