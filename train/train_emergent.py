"""Train the Emergent headline stance model (for / against / observing) and estimate its accuracy.

    nice -n 10 .venv/bin/python train/train_emergent.py            # CV estimate + ship the model
    nice -n 10 .venv/bin/python train/train_emergent.py --cv-only  # only the CV estimate

The estimate is claim-grouped cross-validation (GroupKFold by claimId), because the hidden test
split shares no claim with train. The shipped model is then fitted on all of train. Headline
n-grams enter the vocabulary only if they occur with at least ``--min-claims`` different claims
(counted inside each training fold), so claim-specific words cannot carry the decision.
The cue, shape, position, overlap and sibling features are penalised less than the many word
features: their columns are multiplied by ``--dense-scale`` before fitting (an L2 penalty
``dense-scale**2`` times weaker on them) and the weights divided back, so the shipped model reads
unscaled features.
Each headline is also compared with the other headlines of its claim (their text, never their
labels; ``sibling_features`` in ``claimgraph.extract.headline_stance``): folds hold whole claims,
so this is the same view the model gets of a test file grouped by claim.
Deterministic: lbfgs solver, fixed fold assignment, sorted vocabularies, fixed seed.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from claimgraph.evaluation.gold import read_emergent
from claimgraph.evaluation.stance import score_emergent
from claimgraph.extract.headline_stance import (
    LABELS,
    MODEL_PATH,
    WORD_PREFIXES,
    StanceModel,
    claim_group_features,
    load_lexicon,
    save_model,
)
from claimgraph.settings import data_dir

SEED = 13
TRAIN_CSV = "emergent/url-versions-2015-06-14-clean-train.csv"
# chosen by the claim-grouped CV (bench/results/stance.md)
DENSE_SCALE = 2.0


def feature_vocabulary(
    feats: Sequence[dict[str, float]], claims: Sequence[str], min_claims: int
) -> list[str]:
    """Every cue/shape/overlap feature, and the word features seen with at least ``min_claims`` claims."""
    seen: dict[str, set[str]] = defaultdict(set)
    for row, claim in zip(feats, claims, strict=True):
        for name in row:
            seen[name].add(claim)
    return sorted(
        name
        for name, cs in seen.items()
        if not name.startswith(WORD_PREFIXES) or len(cs) >= min_claims
    )


def fit(
    feats: Sequence[dict[str, float]],
    labels: Sequence[str],
    claims: Sequence[str],
    c: float,
    min_claims: int,
    dense_scale: float = 1.0,
) -> StanceModel:
    """A softmax regression on the pairs given; non-word columns scaled by ``dense_scale``."""
    names = feature_vocabulary(feats, claims, min_claims)
    blank = StanceModel(LABELS, {n: j for j, n in enumerate(names)}, np.zeros((3, 0)), np.zeros(3))
    scale = np.array([1.0 if n.startswith(WORD_PREFIXES) else dense_scale for n in names])
    x = np.vstack([blank.vectorize(f) for f in feats]) * scale
    clf = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    clf.fit(x, list(labels))
    order = [list(clf.classes_).index(label) for label in LABELS]
    return StanceModel(LABELS, blank.features, clf.coef_[order] * scale, clf.intercept_[order])


def grouped_cv(
    rows: list[dict[str, str]],
    feats: list[dict[str, float]],
    c: float,
    min_claims: int,
    k: int,
    dense_scale: float = 1.0,
) -> dict:
    """Claim-grouped k-fold CV; metrics of :func:`score_emergent` over all held-out folds."""
    labels = [r["articleHeadlineStance"] for r in rows]
    claims = [r["claimId"] for r in rows]
    predicted: dict[int, str] = {}
    for train_idx, test_idx in GroupKFold(n_splits=k).split(feats, labels, claims):
        model = fit(
            [feats[i] for i in train_idx],
            [labels[i] for i in train_idx],
            [claims[i] for i in train_idx],
            c,
            min_claims,
            dense_scale,
        )
        for i in test_idx:
            probs = model.probabilities(feats[i])
            predicted[i] = max(probs, key=probs.__getitem__)
    # a (claim, headline) pair always falls in one fold (folds follow claims), so its held-out
    # prediction is well defined
    held_out = {
        (r["claimHeadline"], r["articleHeadline"]): predicted[i] for i, r in enumerate(rows)
    }
    return score_emergent(rows, lambda claim, headline: held_out[(claim, headline)])


def row_features(rows: list[dict[str, str]]) -> list[dict[str, float]]:
    """Features of every row, each headline read next to the other headlines of its claim."""
    lexicon = load_lexicon()
    by_claim: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_claim[row["claimHeadline"]].append(i)
    feats: list[dict[str, float]] = [{} for _ in rows]
    for claim, indices in by_claim.items():
        group = claim_group_features(claim, [rows[i]["articleHeadline"] for i in indices], lexicon)
        for i, row_feats in zip(indices, group, strict=True):
            feats[i] = row_feats
    return feats


def majority_baseline(rows: list[dict[str, str]]) -> dict:
    labels = [r["articleHeadlineStance"] for r in rows]
    top = max(LABELS, key=labels.count)
    return score_emergent(rows, lambda _c, _h: top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=None, help="Emergent train CSV")
    parser.add_argument("--c", type=float, default=0.1, help="inverse L2 strength")
    parser.add_argument("--min-claims", type=int, default=3, help="n-gram must occur with N claims")
    parser.add_argument(
        "--dense-scale", type=float, default=DENSE_SCALE, help="scale of the non-word features"
    )
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--cv-only", action="store_true", help="do not write the model")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)

    random.seed(SEED)
    np.random.seed(SEED)
    csv_path = args.csv or data_dir() / TRAIN_CSV
    rows = read_emergent(csv_path)
    feats = row_features(rows)

    cv = grouped_cv(rows, feats, args.c, args.min_claims, args.folds, args.dense_scale)
    summary = {
        "c": args.c,
        "min_claims": args.min_claims,
        "dense_scale": args.dense_scale,
        "folds": args.folds,
        "cv": cv,
        "majority": majority_baseline(rows),
    }
    if not args.cv_only:
        model = fit(
            feats,
            [r["articleHeadlineStance"] for r in rows],
            [r["claimId"] for r in rows],
            args.c,
            args.min_claims,
            args.dense_scale,
        )
        meta = {
            "trained_on": f"{TRAIN_CSV} ({len(rows)} pairs, {len({r['claimId'] for r in rows})} claims)",
            "c": args.c,
            "min_claims": args.min_claims,
            "dense_scale": args.dense_scale,
            "sibling_features": True,
            "cv_accuracy": round(cv["accuracy"], 4),
            "script": "train/train_emergent.py",
        }
        save_model(model, args.out, meta)
        summary["model"] = str(args.out)
        summary["n_features"] = len(model.features)
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
