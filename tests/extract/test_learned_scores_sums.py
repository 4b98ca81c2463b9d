"""State scores built family by family (extract/learned_scores.py) equal the sums of each token's
full row list, bit for bit, so crfsuite gives the same tags."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.crf_scores import add_state_rows, state_scores
from claimgraph.extract.learned import _context, _scored_context, _tag, load_model, model_available
from claimgraph.extract.learned_features import context_features
from claimgraph.extract.learned_scores import WordScores, context_scores, word_scores
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _parsed(code: str, text: str):
    if not model_available(code):
        pytest.skip(f"no learned {code} model")
    return load(code)(text)


@pytest.fixture
def wikinews_text(shared_data) -> str:
    """Two English Wikinews articles of the gold dev set, one after the other."""
    docs = read_gold_jsonl(shared_data / "en-attribution" / "dev.jsonl")
    return "\n\n".join(doc.text for doc in docs[:2])


def _row_sums(ctx, model) -> list[list[list[float]]]:
    """Each token's rows from its full list, added one by one (crf_scores.state_scores)."""
    return [state_scores(model.scorer.state, rows).tolist() for rows in context_features(ctx)[1]]


@pytest.mark.parametrize("code", ["nl", "en"])
def test_learned_scores_equal_the_sums_of_the_row_lists(code, founding_text, request):
    text = founding_text if code == "nl" else request.getfixturevalue("wikinews_text")
    parsed, lang, model = _parsed(code, text), load_lang(code), load_model(code)
    ctx = _scored_context(parsed, lang, model)
    paras, scores = context_scores(ctx, word_scores(ctx.words, model.scorer.state))
    assert paras == context_features(ctx)[0]
    assert len(paras) > (1 if code == "nl" else 10)
    assert [s.tolist() for s in scores] == _row_sums(ctx, model)


@pytest.mark.parametrize("code", ["nl", "en"])
def test_learned_scores_tags_equal_crfsuite_on_names(code, founding_text, request):
    text = founding_text if code == "nl" else request.getfixturevalue("wikinews_text")
    parsed, lang, model = _parsed(code, text), load_lang(code), load_model(code)
    by_scores = _tag(_scored_context(parsed, lang, model), model)
    assert by_scores == _tag(_context(parsed, lang, model), model)
    assert {"B-CUE", "B-SOURCE", "B-CONTENT"} <= {t for _, tags in by_scores for t in tags}


def test_learned_scores_words_forgotten_at_capacity_are_added_again(founding_text):
    """A table that forgets its words every few paragraphs gives the same sums."""
    parsed, lang, model = _parsed("nl", founding_text), load_lang("nl"), load_model("nl")
    ctx = _scored_context(parsed, lang, model)
    paras = context_features(ctx)[0]
    distinct = len({ctx.text[i] for para in paras for i in para.tokens})
    small = WordScores(ctx.words, model.scorer.state, capacity=distinct + 1)
    first = context_scores(ctx, small)[1]
    small.word_ids(["Kremlin-woordvoerder", "zei", "nieuw-woord-1", "nieuw-woord-2"])
    again = context_scores(ctx, small)[1]
    assert len(small.ids) == distinct  # cleared, then the article's words only
    expected = _row_sums(ctx, model)
    assert [s.tolist() for s in first] == expected == [s.tolist() for s in again]


def test_learned_scores_add_state_rows_adds_in_item_order_to_given_scores():
    state = np.array([[0.1, 1e16], [0.2, 1.0], [0.0, 0.0]])
    scores = np.array([[0.3, -1e16], [1.0, 2.0], [5.0, 6.0]])
    add_state_rows(state, scores, [[0, 1], [], [1, 1, 0]])
    # (0.3 + 0.1) + 0.2 and (-1e16 + 1e16) + 1.0: the order of additions shows
    third = [((5.0 + 0.2) + 0.2) + 0.1, ((6.0 + 1.0) + 1.0) + 1e16]
    assert scores.tolist() == [[(0.3 + 0.1) + 0.2, 1.0], [1.0, 2.0], third]
