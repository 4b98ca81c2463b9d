"""``_Context.where``: the tokens of a word set in a stretch of the article, from one read of the
whole Doc per word set, in text order (the per-sentence scans of the evidence and continuation
rules use it)."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution.context import _Context
from claimgraph.extract.quotes import find_quotes
from claimgraph.lang import load_lang
from claimgraph.nlp import load


@pytest.mark.parametrize(
    "words", ["reportative", "evidential_verbs", "deontic_modals", "determiners"]
)
def test_attribution_context_where_finds_the_sentence_words(founding_text, words):
    lang = load_lang("nl")
    doc = load("nl")(founding_text)
    ctx = _Context(doc, founding_text, lang, find_quotes(founding_text, lang), [t.idx for t in doc])
    wanted = lang.words(words)
    found = []
    for sent in doc.sents:
        inside = ctx.where(wanted, sent.start, sent.end)
        assert inside == [t.i for t in sent if t.lower_ in wanted]
        found += inside
    assert found == [t.i for t in doc if t.lower_ in wanted]
    if words == "determiners":
        assert found  # "de", "het": the check is not vacuous
