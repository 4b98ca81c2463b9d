"""``quote_type`` counts word characters per merged quotation instead of marking every
character: the same answer as the character-by-character definition, with nested and
overlapping quotations and spans that cut through them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimgraph.extract.learned import quote_type


def _by_character(text: str, span: tuple[int, int], quoted: list[tuple[int, int]]) -> str:
    chars = [i for i in range(*span) if text[i].isalnum()]
    inside = [i for i in chars if any(s <= i < e for s, e in quoted)]
    if chars and len(inside) == len(chars):
        return "direct"
    return "mixed" if inside else "indirect"


TEXT = 'Hij zei: "We vallen niet aan", en \'ook niet "Moskou"\' - 2 keer.'
positions = st.integers(min_value=0, max_value=len(TEXT))


@given(
    span=st.tuples(positions, positions).map(sorted).map(tuple),
    quoted=st.lists(st.tuples(positions, positions).map(sorted).map(tuple), max_size=4),
)
def test_learned_quote_type_equals_the_character_definition(span, quoted) -> None:
    assert quote_type(TEXT, span, quoted) == _by_character(TEXT, span, quoted)


def test_learned_quote_type_on_the_founding_quote() -> None:
    text = 'Zelensky zei: "We vallen Poetin of Moskou niet aan."'
    inner = (text.index('"') + 1, len(text) - 1)
    assert quote_type(text, inner, [(inner[0] - 1, len(text))]) == "direct"
    assert quote_type(text, (0, len(text)), [(inner[0] - 1, len(text))]) == "mixed"
    assert quote_type(text, (0, 12), [(inner[0] - 1, len(text))]) == "indirect"
