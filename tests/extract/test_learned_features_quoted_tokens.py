"""A token counts as quoted when its first character lies inside a quotation (the ``q=`` and
quote-context features); founding article (examples/), whose quotes are typographic."""

from __future__ import annotations

from claimgraph.extract.learned_features import FeatureContext, _in_spans
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def test_quoted_tokens_are_those_starting_inside_a_quotation(founding_text):
    ctx = FeatureContext(load("nl")(founding_text), load_lang("nl"))
    assert len(ctx.quotes) >= 6
    want = [any(s <= char < e for s, e in ctx.quotes) for char in ctx.idx]
    assert ctx.quoted == want
    assert 0 < sum(want) < len(want)


def test_in_spans_bounds_and_empty_spans():
    spans = [(3, 6), (10, 12)]
    assert _in_spans(spans, [0, 3, 5, 6, 9, 10, 11, 12, 40]) == [
        False, True, True, False, False, True, True, False, False,
    ]  # fmt: skip
    assert _in_spans([], [0, 5]) == [False, False]
