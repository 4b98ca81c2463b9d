"""score_emergent: accuracy, per-class scores and confusion on the real Emergent rows."""

from __future__ import annotations

import pytest

from claimgraph.evaluation.gold import read_emergent
from claimgraph.evaluation.stance import score_emergent


@pytest.fixture
def rows(emergent_path):
    return read_emergent(emergent_path)


def test_oracle_scores_one(rows):
    gold = {(r["claimHeadline"], r["articleHeadline"]): r["articleHeadlineStance"] for r in rows}
    result = score_emergent(rows, lambda claim, headline: gold[(claim, headline)])
    assert result["n"] == 2071
    assert result["accuracy"] == result["macro_f1"] == 1.0
    assert result["confusion"]["against"] == {"for": 0, "against": 304, "observing": 0}


def test_majority_baseline(rows):
    result = score_emergent(rows, lambda claim, headline: "for")
    assert result["accuracy"] == round(992 / 2071, 4)
    per_class = result["per_class"]
    assert per_class["for"]["recall"] == 1.0
    assert per_class["for"]["precision"] == round(992 / 2071, 4)
    assert per_class["against"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 304}
    assert result["macro_f1"] == round(per_class["for"]["f1"] / 3, 4)
    assert sum(result["confusion"]["observing"].values()) == 775


def test_unknown_prediction_is_wrong_and_shown(rows):
    result = score_emergent(rows[:50], lambda claim, headline: "unrelated")
    assert result["accuracy"] == 0.0
    assert result["macro_f1"] == 0.0
    assert sum(row["unrelated"] for row in result["confusion"].values()) == 50
