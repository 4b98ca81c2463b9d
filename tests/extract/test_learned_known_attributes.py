"""Tagging builds only the feature strings a model knows: same tags, fewer strings."""

from __future__ import annotations

import pytest

from claimgraph.extract.learned import (
    _context,
    attributions_from_tags,
    extract_attributions_learned,
    load_model,
    model_attributes,
    model_available,
    model_path,
    tag_document,
)
from claimgraph.extract.learned_features import FeatureContext, context_features
from claimgraph.lang import load_lang
from claimgraph.nlp import load

pytestmark = pytest.mark.skipif(not model_available("nl"), reason="no learned Dutch model")


@pytest.fixture(scope="module")
def parsed(founding_text):
    return load("nl")(founding_text)


@pytest.mark.parametrize("code", ["nl", "en"])
def test_learned_model_attributes_match_the_crfsuite_dump(code):
    if not model_available(code):
        pytest.skip(f"no learned {code} model")
    names = model_attributes(model_path(code).read_bytes())
    assert names == frozenset(load_model(code).tagger.info().attributes)
    assert load_model(code).attributes == names


def test_learned_model_attributes_reject_other_files(founding_text):
    with pytest.raises(ValueError, match="not a crfsuite model"):
        model_attributes(founding_text.encode("utf-8"))


def test_learned_known_features_are_a_subsequence_of_all_features(parsed):
    model, lang = load_model("nl"), load_lang("nl")
    every = context_features(FeatureContext(parsed, lang, model.learned_cues, model.syntax))[1]
    kept = context_features(_context(parsed, lang, model))[1]
    dropped = 0
    for all_para, kept_para in zip(every, kept, strict=True):
        for all_token, kept_token in zip(all_para, kept_para, strict=True):
            known = [name for name in all_token if name in model.attributes]
            # cached strings go to crfsuite UTF-8 encoded, as it reads them
            kept_names = [n.decode() if isinstance(n, bytes) else n for n in kept_token]
            assert any(isinstance(n, bytes) for n in kept_token)
            # the model's known strings, in their order; unknown token-level ones may remain
            assert [name for name in kept_names if name in model.attributes] == known
            dropped += len(all_token) - len(kept_token)
    assert dropped > 100  # e.g. "0:w=<rare word>" on the founding article


def test_learned_known_features_give_the_same_tags(parsed):
    model, lang = load_model("nl"), load_lang("nl")
    paras, every = context_features(FeatureContext(parsed, lang, model.learned_cues, True))
    full = [(p, model.tagger.tag(f)) for p, f in zip(paras, every, strict=True)]
    tagged = tag_document(parsed, lang, model)
    assert tagged == full
    assert any(tag != "O" for _, tags in tagged for tag in tags)
    # assembled from the tags alone or from the tagging context: the same attributions
    found = extract_attributions_learned(parsed, lang)
    assert [a.to_dict() for a in found] == [
        a.to_dict() for a in attributions_from_tags(parsed, lang, full)
    ]
    assert found


def test_learned_sentence_starts_follow_doc_sents(parsed):
    ctx = _context(parsed, load_lang("nl"), load_model("nl"))
    expected = [sent.start for sent in parsed.sents for _ in sent]
    assert ctx.sent_start == expected
    assert len(set(expected)) > 5
