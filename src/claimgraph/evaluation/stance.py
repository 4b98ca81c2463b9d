"""Score a headline stance classifier on Emergent (claim headline vs article headline)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from claimgraph.evaluation.metrics import accuracy, confusion, macro_f1, per_label

EMERGENT_LABELS = ("for", "against", "observing")


@runtime_checkable
class ClaimGroupPredictor(Protocol):
    """A pair predictor that can also read all headlines about one claim at once."""

    def __call__(self, claim: str, headline: str) -> str: ...

    def predict_group(self, claim: str, headlines: Sequence[str]) -> list[str]: ...


def _predict_rows(
    rows: list[dict[str, str]], predict: Callable[[str, str], str] | ClaimGroupPredictor
) -> list[str]:
    if not isinstance(predict, ClaimGroupPredictor):
        return [predict(row["claimHeadline"], row["articleHeadline"]) for row in rows]
    by_claim: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_claim[row["claimHeadline"]].append(i)
    predicted = [""] * len(rows)
    for claim, indices in by_claim.items():
        labels = predict.predict_group(claim, [rows[i]["articleHeadline"] for i in indices])
        for i, label in zip(indices, labels, strict=True):
            predicted[i] = label
    return predicted


def score_emergent(
    rows: Iterable[dict[str, str]], predict: Callable[[str, str], str] | ClaimGroupPredictor
) -> dict[str, Any]:
    """Run ``predict(claimHeadline, articleHeadline)`` on every row and compare with
    ``articleHeadlineStance``.

    A :class:`ClaimGroupPredictor` instead gets, per claim, all article headlines of the rows
    with that ``claimHeadline`` (text only; the gold labels stay here).

    Returns ``n``, ``accuracy``, ``per_class`` (precision/recall/F1/support of for, against,
    observing), ``macro_f1`` over those three classes and ``confusion[gold][predicted]``. A
    prediction outside the three labels counts as wrong and gets its own confusion column.
    """
    rows = list(rows)
    predicted = _predict_rows(rows, predict)
    pairs = [
        (row["articleHeadlineStance"], label) for row, label in zip(rows, predicted, strict=True)
    ]
    scores = per_label(pairs, EMERGENT_LABELS)
    return {
        "n": len(pairs),
        "accuracy": accuracy(pairs),
        "per_class": scores,
        "macro_f1": macro_f1(scores),
        "confusion": confusion(pairs, EMERGENT_LABELS),
    }
