"""Tagging feature rows (extract/crf_scores.py) gives crfsuite's own tags and state scores."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.extract.crf_scores import read_score_tagger, state_scores
from claimgraph.extract.learned import (
    _context,
    _scored_context,
    _tag,
    load_model,
    model_available,
    model_path,
)
from claimgraph.extract.learned_features import context_features
from claimgraph.lang import load_lang
from claimgraph.nlp import load


@pytest.fixture(scope="module")
def parsed(founding_text):
    if not model_available("nl"):
        pytest.skip("no learned Dutch model")
    return load("nl")(founding_text)


def test_crf_scores_tags_equal_crfsuite_on_the_founding_article(parsed):
    model, lang = load_model("nl"), load_lang("nl")
    by_name = _tag(_context(parsed, lang, model), model)
    by_row = _tag(_scored_context(parsed, lang, model), model)
    assert by_row == by_name
    assert {"B-CUE", "B-SOURCE", "B-CONTENT"} <= {t for _, tags in by_row for t in tags}


def test_crf_scores_features_are_the_rows_of_the_known_names(parsed):
    model, lang = load_model("nl"), load_lang("nl")
    names = context_features(_context(parsed, lang, model))[1]
    rows = context_features(_scored_context(parsed, lang, model))[1]
    lookup = model.scorer.rows
    assert rows == [[[lookup[n.decode()] for n in token] for token in para] for para in names]


def test_crf_scores_state_sums_are_crfsuites_sequential_sums(parsed):
    """The sums add each token's rows in item order from 0.0, bit for bit."""
    model, lang = load_model("nl"), load_lang("nl")
    items = context_features(_scored_context(parsed, lang, model))[1][0]
    state = model.scorer.state
    expected = []
    for token in items:
        total = [0.0] * state.shape[1]
        for row in token:
            total = [t + w for t, w in zip(total, state[row].tolist(), strict=True)]
        expected.append(total)
    assert state_scores(state, items).tolist() == expected


def test_crf_scores_state_sums_of_tokens_without_attributes():
    state = np.array([[0.5, -1.0], [0.25, 2.0], [0.0, 0.0]])
    assert state_scores(state, [[], [1, 0], [0]]).tolist() == [[0.0, 0.0], [0.75, 1.0], [0.5, -1.0]]


def test_crf_scores_carriers_score_one_label_each(parsed):
    """Each carrier attribute valued v gives its label the score v: a token whose score for
    one label dominates gets that label."""
    scorer = load_model("nl").scorer
    labels = scorer.tagger.labels()
    for k, label in enumerate(labels):
        values = [[1e6 if j == k else 0.0 for j in range(len(labels))]] * 3
        items = [dict(zip(scorer.carriers, row, strict=True)) for row in values]
        assert scorer.tagger.tag(items) == [label] * 3


@pytest.mark.parametrize("code", ["nl", "en"])
def test_crf_scores_read_every_shipped_model(code):
    if not model_available(code):
        pytest.skip(f"no learned {code} model")
    scorer = read_score_tagger(model_path(code).read_bytes())
    assert frozenset(scorer.rows) == load_model(code).attributes
    assert scorer.state.shape == (len(scorer.rows) + 1, len(scorer.carriers))
    assert not scorer.state[-1].any()


def test_crf_scores_reject_other_files(founding_text):
    with pytest.raises(ValueError, match="not a crfsuite model"):
        read_score_tagger(founding_text.encode("utf-8"))
