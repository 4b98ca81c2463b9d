"""The finite past verbs that count as past words ([tense] parsed_past) are read from the token
arrays, each morphology once: the same offsets as reading every verb Token's morphology."""

from __future__ import annotations

import pytest

from claimgraph.extract.timex import load_timex_lexicon
from claimgraph.extract.timex.patterns import _norm
from claimgraph.extract.timex.tense import _PAST_FINITE, _VERB_POS, _parsed_past_verbs
from claimgraph.nlp import load


def _from_tokens(doc, blockers) -> frozenset[int]:
    return frozenset(
        t.idx
        for t in doc
        if t.pos_ in _VERB_POS
        and "Past" in t.morph.get("Tense")
        and "Fin" in t.morph.get("VerbForm")
        and _norm(t.text) not in blockers
    )


def test_timex_parsed_past_arrays_match_the_tokens(founding_text):
    nlp = load("nl")
    if "parser" not in nlp.pipe_names:
        pytest.skip("no trained Dutch pipeline")
    lex = load_timex_lexicon("nl")
    doc = nlp(founding_text + "\nHij zou vertrekken, zei hij. Ze besloot dinsdag af te treden.")
    found = _parsed_past_verbs(lex, doc)
    assert found == _from_tokens(doc, lex.parsed_past_blockers)
    assert doc.text.index("besloot") in found  # a past verb no word list names
    assert doc.text.index("zou vertrekken") not in found  # "zou" looks ahead


def test_timex_parsed_past_morphology_cache_holds_across_articles(founding_text):
    """Each morphology's finite-past answer is kept per process (``_PAST_FINITE``, by MORPH key):
    later articles, read with the answers of earlier ones, get the offsets their Tokens give."""
    nlp = load("nl")
    if "parser" not in nlp.pipe_names:
        pytest.skip("no trained Dutch pipeline")
    lex = load_timex_lexicon("nl")
    texts = [
        founding_text,
        "Ze besloot dinsdag af te treden. Hij werd gisteren gekozen en zal morgen spreken.",
        "De minister zei dat hij had gewacht. Zij hebben het plan vorige week gesteund.",
    ]
    for _ in range(2):  # the second round reads every morphology from the cache
        for doc in nlp.pipe(texts):
            assert _parsed_past_verbs(lex, doc) == _from_tokens(doc, lex.parsed_past_blockers)
    assert _PAST_FINITE and set(_PAST_FINITE.values()) == {True, False}
