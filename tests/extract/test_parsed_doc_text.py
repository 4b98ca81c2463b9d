"""``doc_text`` reads a Doc's text once for the stages that share it."""

from __future__ import annotations

from claimgraph.extract.parsed import doc_text
from claimgraph.nlp import load


def test_parsed_doc_text_is_the_doc_text_read_once(founding_text):
    nlp = load("nl")
    first, second = nlp.make_doc(founding_text), nlp.make_doc("Rutte zei dat het kan.")
    assert doc_text(first) == first.text == founding_text
    assert doc_text(first) is doc_text(first)  # not rebuilt from the tokens
    assert doc_text(second) == "Rutte zei dat het kan."
    assert doc_text(first) == founding_text  # each Doc keeps its own text
