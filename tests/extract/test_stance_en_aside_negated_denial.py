"""Issue #5, session 7 (E10): English stance. A negated denial word (``did not lie``) declares
no claim false (ANNOTATION.md rules 1 and 4); the stance after a subject's aside is tested with
its sentence in test_attribution_en15_aside_cue.py. A sentence from English Wikinews (CC BY
2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load


def _items(text: str, cue: str) -> list[Attribution]:
    return [a for a in extract_attributions(load("en")(text), load_lang("en")) if a.cue == cue]


def _speaker(text: str, item: Attribution) -> str:
    assert item.speaker_span is not None
    return text[slice(*item.speaker_span)]


OBADIA = (
    'Sophie Obadia, another lawyer for the victim, told reporters "Women in France who have been '
    "raped don't have to justify their private life. The court has found that Mme Spanton did not "
    'lie, she is not a liar. She was portrayed as a liar, she did not lie."'
)


def test_attribution_en15_negated_denial_word_is_no_denial():
    [item] = _items(OBADIA, "told reporters")
    assert _speaker(OBADIA, item) == "Sophie Obadia"
    assert item.stance == "assert"
