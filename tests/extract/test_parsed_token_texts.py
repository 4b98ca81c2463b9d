"""Token texts shared by the rule and learned stages (extract/parsed.py ``token_texts``): cut
from the article at each token's offset and length, they are the Tokens' own texts."""

from __future__ import annotations

import pytest

from claimgraph.extract.learned_features import _token_columns
from claimgraph.extract.parsed import remember_text, token_texts
from claimgraph.nlp import load


def test_parsed_token_texts_of_the_founding_article(founding_text):
    doc = load("nl")(founding_text)
    remember_text(doc, founding_text)
    assert token_texts(doc) == tuple(t.text for t in doc)
    tokens, pos, dep, idx = _token_columns(doc)
    assert tokens == [(t.text, t.whitespace_, t.is_space) for t in doc]
    assert (pos, dep, idx) == ([t.pos_ for t in doc], [t.dep_ for t in doc], [t.idx for t in doc])


@pytest.mark.parametrize(
    "text",
    [
        "Poetin 🇷🇺 zei: “Het is een terreuraanval” 😡 — Zelenski (45) ontkende\n\nDat zeggen ze.",
        "Café  Zürich,\tnaïef\u00a0en coöperatie\u0301s; 𝒳 telt twee code units in UTF-16.",
        "",
    ],
)
def test_parsed_token_texts_with_wide_characters_and_spaces(text):
    doc = load("nl")(text)
    assert token_texts(doc) == tuple(t.text for t in doc)
