"""crfsuite's Viterbi called on the state scores (extract/crf_viterbi.py) gives the tags the
tagger gives the same scores as carrier items: on real articles of both languages, on ties and
on signed zeros; and it is not used when it would disagree."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.extract.crf_viterbi import crfsuite_viterbi
from claimgraph.extract.learned import _scored_context, load_model, model_available
from claimgraph.extract.learned_scores import context_scores, word_scores
from claimgraph.lang import load_lang
from claimgraph.nlp import load

ENGLISH = (
    'The minister said on Tuesday that the plan would go ahead. "We will not wait," she told '
    "reporters, adding that critics were wrong. According to the police, two men were arrested."
)


def _scorer(code: str):
    if not model_available(code):
        pytest.skip(f"no learned {code} model")
    scorer = load_model(code).scorer
    if scorer is None or scorer.viterbi is None:
        pytest.skip("crfsuite's context functions are not available here")
    return scorer


def _article_scores(code: str, text: str) -> list[np.ndarray]:
    nlp, lang, model = load(code), load_lang(code), load_model(code)
    ctx = _scored_context(nlp(text), lang, model)
    return context_scores(ctx, word_scores(ctx.words, model.scorer.state))[1]


@pytest.mark.parametrize("code", ["nl", "en"])
def test_crf_viterbi_direct_tags_equal_the_taggers_on_an_article(code, founding_text):
    scorer = _scorer(code)
    paragraphs = _article_scores(code, founding_text if code == "nl" else ENGLISH)
    tags = [scorer.tag_scores(scores) for scores in paragraphs]
    assert tags == [scorer.tagger_tags(scores) for scores in paragraphs]
    assert {"B-CUE", "B-CONTENT"} <= {t for para in tags for t in para}


def test_crf_viterbi_direct_ties_and_signed_zeros_as_the_tagger():
    scorer = _scorer("nl")
    labels = len(scorer.labels)
    ties = np.zeros((12, labels))  # every path ties on the state scores
    signed = np.array([[-0.0] * labels, [0.0] * labels] * 3)
    rounded = np.round(np.random.default_rng(3).normal(size=(30, labels)), 1)  # many equal sums
    for scores in (ties, signed, rounded, np.zeros((1, labels))):
        assert scorer.tag_scores(scores) == scorer.tagger_tags(scores)
    assert scorer.viterbi.best_path(np.zeros((0, labels))) == []


def test_crf_viterbi_direct_is_dropped_when_it_disagrees():
    scorer = _scorer("nl")
    transitions = scorer.viterbi.transitions
    assert crfsuite_viterbi(transitions, lambda s: [0] * len(s)) is None  # a tagger of all O
    found = crfsuite_viterbi(transitions, scorer.viterbi.best_path)
    assert found is not None and np.array_equal(found.transitions, transitions)
