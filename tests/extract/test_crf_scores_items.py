"""The crfsuite items ``ScoreTagger`` hands over (extract/crf_scores.py): one ``{carrier:
score}`` dict per token, carriers in label order, each score the float of its row unchanged."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.extract.learned import load_model, model_available


@pytest.mark.parametrize("code", ["nl", "en"])
def test_crf_scores_items_hold_each_score_under_its_carrier(code):
    if not model_available(code):
        pytest.skip(f"no learned model for {code}")
    scorer = load_model(code).scorer
    scores = np.random.default_rng(7).normal(size=(40, len(scorer.carriers)))
    scores[3] = 0.0
    scores[5, 1] = -0.0
    items = list(map(scorer.item, *scores.T.tolist()))
    for item, row in zip(items, scores.tolist(), strict=True):
        assert list(item) == list(scorer.carriers)
        assert item == dict(zip(scorer.carriers, row, strict=True))
        assert [np.float64(v).tobytes() for v in item.values()] == [
            np.float64(v).tobytes() for v in row
        ]
