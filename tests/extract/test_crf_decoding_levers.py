"""Recall levers in the CRF's decoding (``extract/crf_decoding.py``): off unless a model's meta
asks for them (N33 measured them and shipped none); when on, they let the Dutch CRF find a
``Volgens X ...`` claim from nl dev that plain Viterbi leaves untagged."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from claimgraph.extract.crf_decoding import Decoding, decode, marginal_chunks, marginals
from claimgraph.extract.learned import (
    _assemble,
    _scored_context,
    _tag,
    load_model,
    model_available,
)
from claimgraph.lang import load_lang
from claimgraph.nlp import load

pytestmark = pytest.mark.skipif(not model_available("nl"), reason="no learned Dutch model")

# nl dev, nl-dpg-10681871 (gold: Efsa, cue "Volgens", stance doubt)
EFSA = (
    "Volgens de voedselautoriteit was er geen bewijs dat glyfosaat een verhoogde kans op "
    "kanker oplevert."
)
EFSA_CONTENT = "was er geen bewijs dat glyfosaat een verhoogde kans op kanker oplevert"


def test_shipped_models_decode_by_plain_viterbi():
    for code in ("nl", "en"):
        if model_available(code):
            assert load_model(code).decoding.plain


def test_marginals_are_crfsuites_own():
    scorer = load_model("nl").scorer
    scores = np.random.default_rng(3).normal(scale=3.0, size=(25, len(scorer.labels)))
    scorer.tagger.set(list(map(scorer.item, *scores.T.tolist())))
    crfsuite = [[scorer.tagger.marginal(label, t) for label in scorer.labels] for t in range(25)]
    assert np.allclose(marginals(scores, scorer.transitions), crfsuite, atol=1e-9)


def test_plain_decoding_is_the_viterbi_search():
    scorer = load_model("nl").scorer
    scores = np.random.default_rng(4).normal(scale=3.0, size=(40, len(scorer.labels)))
    tags = decode(scores, scorer.labels, scorer.transitions, scorer.tag_scores, Decoding())
    assert tags == scorer.tag_scores(scores)


def test_marginal_chunks_tag_likely_o_runs_and_continue_a_chunk():
    labels = ("O", "B-CUE", "I-CUE", "B-CONTENT", "I-CONTENT")
    probs = np.array(
        [
            [0.1, 0.9, 0.0, 0.0, 0.0],  # B-CUE by Viterbi
            [0.5, 0.0, 0.1, 0.0, 0.4],  # O, content 0.4
            [0.6, 0.0, 0.0, 0.0, 0.4],  # O, content 0.4
            [0.9, 0.0, 0.0, 0.0, 0.1],  # O
            [0.3, 0.0, 0.0, 0.1, 0.6],  # I-CONTENT by Viterbi
            [0.6, 0.0, 0.0, 0.0, 0.4],  # O after it, content 0.4
        ]
    )
    tags = ["B-CUE", "O", "O", "O", "I-CONTENT", "O"]
    lifted = ["B-CUE", "B-CONTENT", "I-CONTENT", "O", "I-CONTENT", "I-CONTENT"]
    assert marginal_chunks(tags, labels, probs, 0.35) == lifted
    assert marginal_chunks(tags, labels, probs, 0.45) == tags


@pytest.mark.parametrize("lever", [{"o_offset": 0.2}, {"chunk_marginal": 0.35}])
def test_a_lever_lets_the_crf_find_a_volgens_claim_viterbi_misses(lever):
    nlp, lang = load("nl"), load_lang("nl")
    doc = nlp(EFSA)
    shipped = load_model("nl")

    def contents(model) -> list[str]:
        ctx = _scored_context(doc, lang, model)
        return [EFSA[slice(*a.content_span)] for a in _assemble(ctx, lang, _tag(ctx, model))]

    assert not any(EFSA_CONTENT in c for c in contents(shipped))
    lever_on = replace(shipped, meta={**shipped.meta, "decoding": lever})
    assert any(EFSA_CONTENT in c for c in contents(lever_on))
