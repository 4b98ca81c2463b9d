"""Counting helpers shared by the scorers: precision/recall/F1, per-label scores, confusion."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

DIGITS = 4


def ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, defined as 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 (rounded); each is 0.0 where its denominator is 0."""
    precision, recall = ratio(correct, predicted), ratio(correct, gold)
    return {
        "precision": round(precision, DIGITS),
        "recall": round(recall, DIGITS),
        "f1": round(f1(precision, recall), DIGITS),
    }


def accuracy(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Share of (gold, predicted) pairs that agree; None when there are no pairs."""
    if not pairs:
        return None
    return round(sum(g == p for g, p in pairs) / len(pairs), DIGITS)


def per_label(
    pairs: Sequence[tuple[str, str]], labels: Iterable[str] | None = None
) -> dict[str, dict[str, float]]:
    """Precision/recall/F1 and gold support of each label over (gold, predicted) pairs.

    ``labels`` defaults to every label seen on either side, sorted.
    """
    gold_counts = Counter(g for g, _ in pairs)
    pred_counts = Counter(p for _, p in pairs)
    correct = Counter(g for g, p in pairs if g == p)
    if labels is None:
        labels = sorted(set(gold_counts) | set(pred_counts))
    return {
        label: {
            **prf(correct[label], pred_counts[label], gold_counts[label]),
            "support": gold_counts[label],
        }
        for label in labels
    }


def macro_f1(scores: dict[str, dict[str, float]]) -> float | None:
    """Unweighted mean F1 over the labels in ``scores``; None when there are none."""
    if not scores:
        return None
    return round(sum(s["f1"] for s in scores.values()) / len(scores), DIGITS)


def confusion(pairs: Sequence[tuple[str, str]], labels: Sequence[str]) -> dict[str, dict[str, int]]:
    """``matrix[gold][predicted]`` counts; rows and columns are ``labels`` plus any other seen."""
    seen = {label for pair in pairs for label in pair}
    order = [*labels, *sorted(seen - set(labels))]
    counts = Counter(pairs)
    return {g: {p: counts[(g, p)] for p in order} for g in order}
