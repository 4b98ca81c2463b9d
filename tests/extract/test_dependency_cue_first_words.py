"""The dependency stage visits only the tokens that may start a cue (extract/dependency.py
``_cue_first_words``): by hash, exactly the tokens whose ``lower_`` starts a cue pattern."""

from __future__ import annotations

import pytest

from claimgraph.evaluation.gold import read_gold_jsonl
from claimgraph.extract.dependency import _cue_first_words
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def test_dependency_cue_first_words_of_the_founding_article(founding_text):
    doc, lang = load("nl")(founding_text), load_lang("nl")
    found = _cue_first_words(doc, lang)
    assert found == [t.i for t in doc if t.lower_ in lang.cues_by_first]
    assert {"zei", "aldus"} <= {doc[i].lower_ for i in found}


@pytest.mark.parametrize("code", ["nl", "en"])
def test_dependency_cue_first_words_on_dev_articles(code, shared_data):
    lang, nlp = load_lang(code), load(code)
    gold = read_gold_jsonl(shared_data / f"{code}-attribution" / "dev.jsonl")
    for doc in nlp.pipe(g.text for g in gold[:5]):
        assert _cue_first_words(doc, lang) == [t.i for t in doc if t.lower_ in lang.cues_by_first]
