"""Features for a trained model: exactly its known names, encoded; absent families never built."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.extract.learned import _context, load_model, model_available
from claimgraph.extract.learned_features import (
    FeatureContext,
    WordFeatures,
    _known,
    _window_offsets,
    context_features,
)
from claimgraph.lang import load_lang
from claimgraph.nlp import load

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _english_text() -> str:
    with (EXAMPLES / "wikinews-2020.jsonl").open(encoding="utf-8") as lines:
        return json.loads(next(lines))["text"]


@pytest.fixture(scope="module", params=["nl", "en"])
def case(request, founding_text):
    """(language code, parsed real article, model) for each shipped model."""
    code = request.param
    if not model_available(code):
        pytest.skip(f"no learned {code} model")
    text = founding_text if code == "nl" else _english_text()
    return code, load(code)(text), load_model(code)


def test_learned_kept_features_are_the_known_full_features_in_order(case):
    code, parsed, model = case
    lang = load_lang(code)
    every = context_features(FeatureContext(parsed, lang, model.learned_cues, model.syntax))[1]
    kept = context_features(_context(parsed, lang, model))[1]
    tokens = dropped = 0
    for all_para, kept_para in zip(every, kept, strict=True):
        for all_token, kept_token in zip(all_para, kept_para, strict=True):
            # token-level names too (bias, spos=, pos=, under_cue=...): known only, UTF-8
            want = [name.encode() for name in all_token if _known(name, model.attributes)]
            assert list(kept_token) == want
            tokens += 1
            dropped += len(all_token) - len(kept_token)
    assert tokens > 100
    assert dropped > tokens  # e.g. "0:w=<rare word>" and word pairs the model never saw


def test_learned_feature_families_follow_the_model(case):
    code, parsed, model = case
    words = _context(parsed, load_lang(code), model).words
    has_pairs = any(name.startswith(("bi-1=", "bi+1=")) for name in model.attributes)
    assert words.bigrams_known == has_pairs
    assert words.has("0:w") and words.has("spos")
    assert not words.has("no-such-family")
    words.bigrams.cache_clear()
    features = context_features(_context(parsed, load_lang(code), model))[1]
    pairs = [f for para in features for token in para for f in token if f[:3] in (b"bi-", b"bi+")]
    # the retrained Dutch CRF has no word-pair features: none is even looked for
    assert (words.bigrams.cache_info().misses > 0) == has_pairs
    assert bool(pairs) == has_pairs


def test_learned_training_features_keep_every_family(founding_text):
    words = WordFeatures(load_lang("nl"), frozenset())
    assert words.has("bi+1") and words.bigrams_known
    ctx = FeatureContext(load("nl")(founding_text), load_lang("nl"), syntax=True)
    names = {f.partition("=")[0] for para in context_features(ctx)[1] for t in para for f in t}
    assert {"bi-1", "bi+1", "bias", "spos", "cueL", "under_cue", "pos"} <= names
    assert all(isinstance(f, str) for para in context_features(ctx)[1] for t in para for f in t)


def test_learned_window_offsets_group_known_names_by_attribute():
    known = frozenset({"0:w=zegt", "-1:w=zegt", "2:shape=Xx", "bias", "cueLw=0:x", "4:w=x"})
    assert _window_offsets(known) == {"w=zegt": {0, -1}, "shape=Xx": {2}}


@pytest.mark.skipif(not model_available("nl"), reason="no learned Dutch model")
def test_learned_word_window_matches_name_by_name_lookup(founding_text):
    model, lang = load_model("nl"), load_lang("nl")
    words = WordFeatures(lang, model.learned_cues, model.attributes)
    # a NUL ends the name crfsuite looks up: "0:w=volgens\0x" is found as "0:w=volgens"
    for text in {*founding_text.split(), "volgens\0x", "Volgens"}:
        word = words.word(text)
        for offset, shown in zip(range(-3, 4), word.window, strict=True):
            names = [name.decode() for name in shown]
            assert all(_known(name, model.attributes) for name in names)
            everything = WordFeatures(lang, model.learned_cues).word(text).window[offset + 3]
            assert names == [name for name in everything if _known(name, model.attributes)]
    assert "0:w=volgens" in model.attributes
    assert b"0:w=volgens\x00x" in words.word("volgens\0x").window[3]
