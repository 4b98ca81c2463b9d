"""quote_type: direct/mixed/indirect from the share of word characters inside quotations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimgraph.extract.learned import quote_type

TEXT = 'Rutte zei: "We gaan door." Volgens hem is het "een lastige zaak" voor het kabinet.'


def _per_character(text: str, span: tuple[int, int], quoted: list[tuple[int, int]]) -> str:
    words = inside = 0
    for index in range(*span):
        if text[index].isalnum():
            words += 1
            inside += any(s <= index < e for s, e in quoted)
    if words and inside == words:
        return "direct"
    return "mixed" if inside else "indirect"


def test_quote_type_on_a_sentence():
    quoted = [(11, 26), (47, 66)]
    assert TEXT[11:26] == '"We gaan door."'
    assert quote_type(TEXT, (11, 26), quoted) == "direct"
    assert quote_type(TEXT, (27, len(TEXT)), quoted) == "mixed"
    assert quote_type(TEXT, (0, 10), quoted) == "indirect"


spans = st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT))).map(sorted).map(tuple)


@given(spans, st.lists(spans, max_size=4))
def test_quote_type_agrees_with_a_per_character_check(span, quoted):
    assert quote_type(TEXT, span, quoted) == _per_character(TEXT, span, quoted)
