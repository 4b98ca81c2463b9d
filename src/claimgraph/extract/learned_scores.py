"""An article's CRF state scores built feature family by feature family (issue #9).

``crf_scores.ScoreTagger`` tags tokens from their state scores: each token's attribute rows
added one by one, from 0, in the order crfsuite would read its attribute names
(``learned_features.paragraph_features``). Here the same sums are built for all tokens of an
article at once, without a Python list per token:

- a token's list opens with its word's ``lead`` features (``bias``, ``para=``, affixes,
  ``q=``), so the running sum after them depends on the word and the case only: it is worked
  out once per distinct word (:class:`WordScores`) and is the token's starting score;
- the token-level features come next (``BOS``/``EOS``/``poss+1``/``midcap``, then position,
  cue distances and words, commas and colons, quote context in the sentence): each family's
  rows are looked up in arrays of ``TokenConstants`` by indices computed with numpy;
- then the syntax features, as lists from ``learned_features`` (added position by position);
- then the window: for each offset, the rows the word there shows;
- last, the word-pair features of a model that has them.

Families are added column by column (a feature family may give a token up to k rows; tokens
with fewer get ``state``'s zero row, which adds 0.0 and changes no sum), so each token gets the
same additions in the same order as from its full list: the sums, and crfsuite's tags, are the
same. Rows are gathered with ``ndarray.take``, which reads the same values as indexing with an
index array in a fraction of its time on arrays of an article's size.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from claimgraph.extract.crf_scores import add_state_rows
from claimgraph.extract.learned_features import (
    WINDOW,
    WORD_CACHE_SIZE,
    Feature,
    FeatureContext,
    Kept,
    Paragraph,
    WordFeatures,
    _paragraphs,
    _syntax_column,
    add_bigrams,
    lead_case,
)

_SPAN = 2 * WINDOW + 1  # offsets -WINDOW..WINDOW
_FAR = 11  # distances and positions from 11 on share one bucket
_NONE = 12  # TokenConstants.cue_distance's index for "no cue"
_COMMA, _COLON = 1, 2


def _kept_array(nested: Any, shape: tuple[int, ...], zero: int) -> np.ndarray:
    """A nested tuple of kept rows (indexed by ``shape``) as an array, each padded with
    ``zero`` to the longest."""
    leaves = {index: _at(nested, index) for index in np.ndindex(*shape)}
    out = np.full((*shape, max(1, *map(len, leaves.values()))), zero, np.intp)
    for index, kept in leaves.items():
        out[index][: len(kept)] = kept
    return out


def _at(nested: Any, index: tuple[int, ...]) -> Kept:
    for i in index:
        nested = nested[i]
    return nested


def _one(kept: Kept, zero: int) -> int:
    """The row of a feature kept as at most one row (``zero`` when it is not kept)."""
    if len(kept) > 1:
        raise ValueError("a single feature kept as several rows")
    return int(kept[0]) if kept else zero


class WordScores:
    """The arrays that :func:`context_scores` reads, for one :class:`WordFeatures` with rows
    and the model's weights ``state``: the token-level constants, and per word seen (ids from
    1; 0 is the paragraph padding) its lead sums for each of ``Word.lead``'s cases, its window
    rows at each offset, its cue-word rows and flags. Words are kept until ``capacity`` is
    reached, then forgotten all at once."""

    leads: np.ndarray  # (word, case, label): the sum of the case's lead rows, from 0
    windows: np.ndarray  # (word, offset, column): rows, padded with the zero row
    widths: np.ndarray  # (word, offset): how many rows the word shows at the offset
    cue_rows: np.ndarray  # (word, 2): its cueLw= and cueRw= rows (zero row: not kept)
    flags: np.ndarray  # (word, 4): cue word, possessive, capital, comma (1) or colon (2)

    def __init__(
        self, words: WordFeatures, state: np.ndarray, capacity: int = WORD_CACHE_SIZE
    ) -> None:
        self.words = words
        self.state = state
        self.zero = zero = len(state) - 1
        self.capacity = capacity
        c = words.constants
        self.singles = [_one(kept, zero) for kept in (c.bos, c.eos, c.poss_next, c.midcap)]
        self.position = _kept_array(c.position, (3, 12, 12), zero)
        self.cue_distance = _kept_array(c.cue_distance, (13, 13), zero)
        self.counts = _kept_array(c.counts, (2, 3, 2), zero)
        self.qctx = _kept_array(c.qctx, (2, 2), zero)
        self.ids: dict[str, int] = {}
        self._allocate(256)
        self.windows[0] = self._window_rows([words.pad_window])[0]
        self.widths[0] = [len(kept) for kept in words.pad_window]

    def _allocate(self, size: int) -> None:
        """Room for ``size`` words (ids 0..size-1), keeping the words seen."""
        labels, width, zero = self.state.shape[1], self.words.window_width, self.zero
        layout = {
            "leads": ((6, labels), 0.0, np.float64),
            "windows": ((_SPAN, width), zero, np.int32),
            "widths": ((_SPAN,), 0, np.intp),
            "cue_rows": ((2,), zero, np.intp),
            "flags": ((4,), 0, np.int8),
        }
        for name, (shape, fill, dtype) in layout.items():
            array = np.full((size, *shape), fill, dtype)
            old = getattr(self, name, None)
            if old is not None:
                array[: len(old)] = old
            setattr(self, name, array)

    def word_ids(self, texts: Sequence[str]) -> np.ndarray:
        """The ids of the words ``texts``, adding the words not seen yet."""
        ids = self.ids
        missing = [text for text in dict.fromkeys(texts) if text not in ids]
        if missing:
            if len(ids) + len(missing) >= self.capacity:
                ids.clear()
                missing = list(dict.fromkeys(texts))
            self._add(missing)
        return np.fromiter(map(ids.__getitem__, texts), np.intp, len(texts))

    def _add(self, texts: list[str]) -> None:
        first = len(self.ids) + 1
        end = first + len(texts)
        if end > len(self.leads):
            self._allocate(max(end, 2 * len(self.leads)))
        words = [self.words.word(text) for text in texts]
        cases = [word.lead for word in words]
        depth = max(len(case) for lead in cases for case in lead)
        rows = np.full((len(words), len(cases[0]), depth), self.zero, np.intp)
        for i, lead in enumerate(cases):
            for c, case in enumerate(lead):
                rows[i, c, : len(case)] = case
        sums = np.zeros((*rows.shape[:2], self.state.shape[1]))
        for column in range(depth):  # from 0, row by row, as crfsuite adds them
            sums += self.state.take(rows[:, :, column], axis=0)
        self.leads[first:end] = sums
        self.windows[first:end] = self._window_rows([word.window for word in words])
        self.widths[first:end] = [[len(kept) for kept in word.window] for word in words]
        self.cue_rows[first:end] = [
            (_one(word.cue_left, self.zero), _one(word.cue_right, self.zero)) for word in words
        ]
        self.flags[first:end] = [
            (word.cue, word.possessive, word.midcap, _kind(text))
            for word, text in zip(words, texts, strict=True)
        ]
        self.ids.update(zip(texts, range(first, end), strict=True))

    def _window_rows(self, windows: list[tuple[Kept, ...]]) -> np.ndarray:
        rows = np.full((len(windows), _SPAN, self.words.window_width), self.zero, np.int32)
        for i, window in enumerate(windows):
            for offset, kept in enumerate(window):
                if kept:
                    rows[i, offset, : len(kept)] = kept
        return rows


def _kind(text: str) -> int:
    return _COMMA if text == "," else (_COLON if text == ":" else 0)


_WORD_SCORES: dict[int, WordScores] = {}


def word_scores(words: WordFeatures, state: np.ndarray) -> WordScores:
    """The (cached) :class:`WordScores` of ``words`` (with rows) for the weights ``state``."""
    found = _WORD_SCORES.get(id(words))
    if found is None or found.words is not words or found.state is not state:
        found = _WORD_SCORES[id(words)] = WordScores(words, state)
    return found


class _Tokens:
    """The tokens of an article's paragraphs, one after another, as arrays."""

    def __init__(self, ctx: FeatureContext, paras: list[Paragraph], table: WordScores) -> None:
        tokens = [i for p in paras for i in p.tokens]
        self.count = len(tokens)
        self.ids = table.word_ids([ctx.text[i] for i in tokens])
        sizes = np.array([len(p.tokens) for p in paras])
        self.para = np.repeat(np.arange(len(paras)), sizes)
        self.para_start = np.repeat(np.cumsum(sizes) - sizes, sizes)
        self.para_end = self.para_start + np.repeat(sizes, sizes)
        at = np.array(tokens, np.intp)
        self.quoted = np.array(ctx.quoted, np.intp)[at]
        self.sent_start = np.array(ctx.sent_starts, bool)[at]
        self.sentence = np.array(ctx.sent_start, np.intp)[at]
        flags = table.flags.take(self.ids, axis=0)
        self.cue, self.possessive, self.midcap = flags[:, 0] > 0, flags[:, 1] > 0, flags[:, 2] > 0
        self.kind = flags[:, 3]


def context_scores(
    ctx: FeatureContext, table: WordScores
) -> tuple[list[Paragraph], list[np.ndarray]]:
    """The paragraphs of the article of ``ctx`` (built with ``table``'s rows) and each one's
    state scores (token, label): the sums of the rows ``context_features`` lists."""
    paras = _paragraphs(ctx.tokens, ctx.wrapped)
    if not paras:
        return paras, []
    t = _Tokens(ctx, paras, table)
    cases = np.array([lead_case(n) for n in range(len(paras))])[t.para]
    per_word = table.leads.reshape(-1, table.leads.shape[2])  # (word, case) rows: a view
    scores = per_word.take(t.ids * table.leads.shape[1] + cases + t.quoted, axis=0)
    state = table.state
    for rows in (*_neighbour_rows(t, table), *_sentence_rows(t, table)):
        scores += state.take(rows, axis=0)
    if ctx.syntax:
        syntax = [kept for p in paras for kept in _syntax_column(ctx, p.tokens)]
        add_state_rows(state, scores, syntax)  # type: ignore[arg-type]
    _add_windows(table, scores, t)
    if table.words.bigrams_known:
        add_state_rows(state, scores, _bigram_rows(ctx, paras))  # type: ignore[arg-type]
    return paras, np.split(scores, np.cumsum([len(p.tokens) for p in paras])[:-1])


def _neighbour_rows(t: _Tokens, table: WordScores) -> list[np.ndarray]:
    """``BOS``, ``EOS`` (the next token opens a sentence), ``poss+1``, ``midcap`` rows."""
    bos, eos, poss_next, midcap = table.singles
    zero = table.zero
    has_next = np.arange(t.count) + 1 < t.para_end
    next_start = np.append(t.sent_start[1:], False) & has_next
    next_possessive = np.append(t.possessive[1:], False) & has_next
    return [
        np.where(t.sent_start, bos, zero),
        np.where(next_start, eos, zero),
        np.where(next_possessive, poss_next, zero),
        np.where(t.midcap & ~t.sent_start, midcap, zero),
    ]


def _sentence_rows(t: _Tokens, table: WordScores) -> list[np.ndarray]:
    """The rows of each token's place in its sentence (its run of tokens with one sentence
    start within its paragraph): position, nearest cues, commas and colons before, quotes."""
    n, zero = t.count, table.zero
    index = np.arange(n)
    opens = np.ones(n, bool)
    opens[1:] = (t.para[1:] != t.para[:-1]) | (t.sentence[1:] != t.sentence[:-1])
    group = np.cumsum(opens) - 1
    starts = np.flatnonzero(opens)
    ends = np.append(starts[1:], n)
    first, last = starts[group], ends[group] - 1
    para_first_group = group[t.para_start]
    sent = np.minimum(group - para_first_group, 2)
    out = _columns(
        _kept_at(
            table.position, sent, np.minimum(index - first, _FAR), np.minimum(last - index, _FAR)
        )
    )
    # the nearest cue before and after each token in its sentence (not itself)
    before = np.maximum.accumulate(np.where(t.cue, index, -1))
    left = np.append(-1, before[:-1])
    after = np.minimum.accumulate(np.where(t.cue, index, n)[::-1])[::-1]
    right = np.append(after[1:], n)
    has_left, has_right = left >= first, right <= last
    to_left = np.where(has_left, np.minimum(index - left, _FAR), _NONE)
    to_right = np.where(has_right, np.minimum(right - index, _FAR), _NONE)
    out += _columns(_kept_at(table.cue_distance, to_left, to_right))
    cue_rows = table.cue_rows
    out.append(np.where(has_left, cue_rows[t.ids[np.maximum(left, 0)], 0], zero))
    out.append(np.where(has_right, cue_rows[t.ids[np.minimum(right, n - 1)], 1], zero))
    commas = _before_in_sentence(t.kind == _COMMA, first)
    colons = _before_in_sentence(t.kind == _COLON, first)
    cues = _before_in_sentence(t.cue, first)
    in_sentence = cues[last] + t.cue[last]
    scue = (in_sentence > 0).astype(np.intp)
    out += _columns(
        _kept_at(table.counts, scue, np.minimum(commas, 2), (colons > 0).astype(np.intp))
    )
    quoted = t.quoted > 0
    quotes_before = _before_in_sentence(quoted, first)
    quotes = quotes_before[last] + quoted[last]
    quote_before = (quotes_before > 0).astype(np.intp)
    quote_after = (quotes - quotes_before - quoted > 0).astype(np.intp)
    qctx = _columns(_kept_at(table.qctx, quote_before, quote_after))
    out += [np.where(quotes > 0, rows, zero) for rows in qctx]
    return out


def _before_in_sentence(flags: np.ndarray, first: np.ndarray) -> np.ndarray:
    """For each token, how many tokens of its sentence before it have ``flags``."""
    before = np.cumsum(flags) - flags
    return before - before[first]


def _kept_at(kept: np.ndarray, *index: np.ndarray) -> np.ndarray:
    """``kept[index]``: the rows kept for each token's ``index`` into a table of kept rows (its
    last axis), read with ``take`` from the table's flat view."""
    flat = np.ravel_multi_index(index, kept.shape[:-1])
    return kept.reshape(-1, kept.shape[-1]).take(flat, axis=0)


def _columns(rows: np.ndarray) -> list[np.ndarray]:
    return [rows[:, k] for k in range(rows.shape[1])]


def _add_windows(table: WordScores, scores: np.ndarray, t: _Tokens) -> None:
    """Add each token's window rows: offset by offset, column by column."""
    # every paragraph's word ids with WINDOW pads (id 0) on each side, one after another
    pieces = np.split(t.ids, np.flatnonzero(np.diff(t.para)) + 1)
    edge = np.zeros(WINDOW, np.intp)
    padded = np.concatenate([part for piece in pieces for part in (edge, piece, edge)])
    base = np.arange(t.count) + 2 * WINDOW * t.para  # a token's first window slot
    widths = table.widths.take(padded, axis=0).max(axis=0).tolist()
    state = table.state
    for offset, width in enumerate(widths):
        if width:
            rows = table.windows.take(padded[base + offset], axis=0)[:, offset]
            for column in range(width):
                scores += state.take(rows[:, column], axis=0)


def _bigram_rows(ctx: FeatureContext, paras: list[Paragraph]) -> list[list[Feature]]:
    rows: list[list[Feature]] = []
    for para in paras:
        words = [ctx.word[i] for i in para.tokens]
        feats: list[list[Feature]] = [[] for _ in words]
        if len(words) > 1:
            add_bigrams(ctx.words, words, feats)
        rows += feats
    return rows
