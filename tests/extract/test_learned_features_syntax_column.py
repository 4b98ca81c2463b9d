"""The syntax column, worked out once per article, gives every token what the token-by-token
definition gives: POS and relation features, the ``cue_child=`` relations of a cue's children
(sorted), and how the token hangs from its nearest cue ancestor (at most MAX_CUE_DEPTH up)."""

from __future__ import annotations

import numpy

from claimgraph.extract.learned_features import (
    MAX_CUE_DEPTH,
    FeatureContext,
    _governing_cues,
    _syntax_column,
    paragraphs,
)
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _governing_cue(ctx: FeatureContext, i: int) -> tuple[int, str] | None:
    child = i
    for _ in range(MAX_CUE_DEPTH):
        head = ctx.head[child]
        if head == child:
            return None
        if ctx.word[head].cue:
            return head, ctx.dep[child]
        child = head
    return None


def _token_by_token(ctx: FeatureContext, i: int) -> tuple[str, ...]:
    head = ctx.head[i]
    feats = [f"pos={ctx.pos[i]}", f"dep={ctx.dep[i]}", f"hpos={ctx.pos[head]}"]
    feats.append(f"dep|hdep={ctx.dep[i]}|{ctx.dep[head]}")
    if ctx.word[i].cue:
        children = [j for j, h in enumerate(ctx.head) if h == i and j != i]
        feats += sorted({f"cue_child={ctx.dep[j]}" for j in children})
    governing = _governing_cue(ctx, i)
    if governing is not None:
        cue, relation = governing
        side = "L" if i < cue else "R"
        feats += [f"under_cue={relation}", f"under_cue_side={side}|{relation}"]
    return tuple(feats)


def test_syntax_column_equals_the_token_by_token_features(founding_text):
    ctx = FeatureContext(load("nl")(founding_text), load_lang("nl"), syntax=True)
    tokens = [i for para in paragraphs(ctx.doc) for i in para.tokens]
    column = [f for para in paragraphs(ctx.doc) for f in _syntax_column(ctx, para.tokens)]
    assert column == [_token_by_token(ctx, i) for i in tokens]
    governed = [f for f in column if any(name.startswith("under_cue=") for name in f)]
    assert 10 < len(governed) < len(column)
    assert any(name.startswith("cue_child=") for f in column for name in f)


def test_governing_cues_stop_at_the_root_and_the_depth_limit():
    # a chain 0 <- 1 <- ... <- 8 (token 0 is the root), the root a cue: tokens 1..6 are within
    # MAX_CUE_DEPTH (6) of it, 7 and 8 are not; the cue itself has no cue above it
    heads = numpy.array([0, 0, 1, 2, 3, 4, 5, 6, 7])
    governed, found, via = _governing_cues(heads, numpy.array([True] + [False] * 8))
    assert governed == [1, 2, 3, 4, 5, 6]
    assert found == [0] * 6 and via == [1] * 6
