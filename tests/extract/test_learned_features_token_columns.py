"""The token columns of the CRF features (extract/learned_features.py ``_token_columns``):
texts cut from the article at each token's offset and length are the Tokens' own texts."""

from __future__ import annotations

import pytest

from claimgraph.extract.learned_features import _token_columns
from claimgraph.nlp import load


def _by_token(doc):
    tokens = [(t.text, t.whitespace_, t.is_space) for t in doc]
    return tokens, [t.pos_ for t in doc], [t.dep_ for t in doc], [t.idx for t in doc]


def test_learned_features_token_columns_of_the_founding_article(founding_text):
    doc = load("nl")(founding_text)
    assert _token_columns(doc, doc.text) == _by_token(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Poetin 🇷🇺 zei: “Het is een terreuraanval” 😡 — Zelenski (45) ontkende\n\nDat zeggen ze.",
        "Café  Zürich,\tnaïef\u00a0en coöperatie\u0301s; 𝒳 telt twee code units in UTF-16.",
    ],
)
def test_learned_features_token_columns_with_wide_characters_and_spaces(text):
    doc = load("nl")(text)
    assert _token_columns(doc, doc.text) == _by_token(doc)
