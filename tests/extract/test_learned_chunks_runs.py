"""Chunks from BIO tags (extract/learned.py ``_chunks``) read tag by tag, as they were before
only the tags other than O were visited: the same chunks on real tags and on edge cases."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from claimgraph.extract.learned import (
    Chunk,
    _chunks,
    _scored_context,
    _tag,
    load_model,
    model_available,
)
from claimgraph.extract.learned_features import Paragraph
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _chunks_tag_by_tag(
    para: Paragraph, tags: list[str], sent_starts: Sequence[bool]
) -> list[Chunk]:
    """The reading of every tag, an O appended: the reference the fast path must equal."""
    sentence: dict[int, int] = {}
    start = para.tokens[0]
    for i in para.tokens:
        start = i if sent_starts[i] else start
        sentence[i] = start
    out: list[Chunk] = []
    role, first = "", -1
    for k, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        if role and (prefix != "I" or name != role):
            begin = para.tokens[first]
            out.append(Chunk(role, begin, para.tokens[k - 1] + 1, sentence[begin]))
            role = ""
        if prefix == "B" or (prefix == "I" and not role):
            role, first = name, k
    return out


@pytest.mark.parametrize(
    "tags",
    [
        ["O", "O", "O", "O", "O", "O"],
        ["B-CUE", "I-CUE", "O", "I-CUE", "I-CUE", "O"],  # an I- after an O opens a chunk
        ["B-SOURCE", "I-CUE", "I-CUE", "B-CUE", "B-CUE", "I-SOURCE"],  # another role's I-
        ["O", "B-CONTENT", "I-CONTENT", "I-CONTENT", "I-CONTENT", "I-CONTENT"],  # runs to the end
        ["I-CONTENT", "O", "B-CONTENT", "O", "O", "B-CUE"],
    ],
)
def test_learned_chunks_equal_a_tag_by_tag_reading(tags):
    para = Paragraph((2, 3, 5, 6, 7, 9))  # a space token (4, 8) lies outside the paragraph
    sent_starts = [True, False, False, False, True, False, True, False, True, False]
    assert _chunks(para, tags, sent_starts) == _chunks_tag_by_tag(para, tags, sent_starts)


def test_learned_chunks_of_the_founding_article(founding_text):
    if not model_available("nl"):
        pytest.skip("no learned Dutch model")
    model, lang = load_model("nl"), load_lang("nl")
    ctx = _scored_context(load("nl")(founding_text), lang, model)
    found = 0
    for para, tags in _tag(ctx, model):
        chunks = _chunks(para, tags, ctx.sent_starts)
        assert chunks == _chunks_tag_by_tag(para, tags, ctx.sent_starts)
        found += len(chunks)
    assert found >= 3
