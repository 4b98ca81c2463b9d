"""The English attribution CRF reads the parse (``paragraph-crf-v2+syntax``, as the Dutch one):
its meta names the syntax feature set, it has weights for parse features (it was trained on
parsed articles), and on a parsed Doc its features carry POS, relations and the governing cue,
which a Doc from the blank pipeline lacks."""

from __future__ import annotations

import json

import pytest

from claimgraph.evaluation.gold import read_gold_jsonl
from claimgraph.extract.learned import load_model, meta_path, model_available
from claimgraph.extract.learned_features import (
    SYNTAX_FEATURE_SET,
    FeatureContext,
    context_features,
)
from claimgraph.lang import load_lang
from claimgraph.nlp import load

pytestmark = pytest.mark.skipif(not model_available("en"), reason="no learned English model")

SYNTAX_FAMILIES = ("pos=", "dep=", "hpos=", "under_cue=")


@pytest.fixture(scope="module")
def trump_paragraph(shared_data) -> str:
    """Wikinews dev: 'Donald Trump said on Friday he can and may declare ...' (a ccomp of
    'said' that is the gold content)."""
    documents = read_gold_jsonl(shared_data / "en-attribution" / "dev.jsonl")
    doc = next(d for d in documents if d.id == "en-wikinews-6")
    gold = next(a for a in doc.attributions if a.cue == "said")
    begin = doc.text.rfind("\n", 0, gold.content_span[0]) + 1
    return doc.text[begin : doc.text.find("\n", gold.content_span[0])]


def _token_features(doc) -> dict[str, set[str]]:
    """Each token's features by its text (first occurrence), as the shipped model sees them."""
    model = load_model("en")
    ctx = FeatureContext(doc, load_lang("en"), model.learned_cues, model.syntax)
    paras, features = context_features(ctx)
    out: dict[str, set[str]] = {}
    for para, feats in zip(paras, features, strict=True):
        for i, names in zip(para.tokens, feats, strict=True):
            out.setdefault(doc[i].text, set(names))
    return out


def test_learned_en_meta_names_the_syntax_feature_set():
    meta = json.loads(meta_path("en").read_text(encoding="utf-8"))
    assert meta["feature_set"] == SYNTAX_FEATURE_SET
    model = load_model("en")
    assert model.syntax
    # trained on parsed Docs: an unparsed training set gives no weights for these
    assert {"dep=nsubj", "dep=ccomp", "pos=VERB", "under_cue=ccomp"} <= model.attributes


def test_learned_en_features_read_the_parse(trump_paragraph):
    features = _token_features(load("en")(trump_paragraph))
    assert {"pos=PROPN", "dep=nsubj"} <= features["Donald"]
    # the content clause 'he can and may declare ...' hangs from 'said' as its ccomp
    assert {"under_cue=ccomp", "under_cue_side=R|ccomp"} <= features["declare"]
    assert "cue_child=ccomp" in features["said"]


def test_learned_en_features_without_a_parse_have_no_syntax(trump_paragraph):
    features = _token_features(load("en", trained=False)(trump_paragraph))
    names = set().union(*features.values())
    assert not [n for n in names if n.startswith(SYNTAX_FAMILIES)]
    assert "0:w=said" in features["said"]  # the word features stay
