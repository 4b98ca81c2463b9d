"""Score a headline stance classifier on Emergent (claim headline vs article headline)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from claimgraph.evaluation.metrics import accuracy, confusion, macro_f1, per_label

EMERGENT_LABELS = ("for", "against", "observing")


def score_emergent(
    rows: Iterable[dict[str, str]], predict: Callable[[str, str], str]
) -> dict[str, Any]:
    """Run ``predict(claimHeadline, articleHeadline)`` on every row and compare with
    ``articleHeadlineStance``.

    Returns ``n``, ``accuracy``, ``per_class`` (precision/recall/F1/support of for, against,
    observing), ``macro_f1`` over those three classes and ``confusion[gold][predicted]``. A
    prediction outside the three labels counts as wrong and gets its own confusion column.
    """
    pairs = [
        (row["articleHeadlineStance"], predict(row["claimHeadline"], row["articleHeadline"]))
        for row in rows
    ]
    scores = per_label(pairs, EMERGENT_LABELS)
    return {
        "n": len(pairs),
        "accuracy": accuracy(pairs),
        "per_class": scores,
        "macro_f1": macro_f1(scores),
        "confusion": confusion(pairs, EMERGENT_LABELS),
    }
