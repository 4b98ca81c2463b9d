"""Reads of a parsed spaCy Doc that several extraction stages share, done once per Doc."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # importing spaCy is slow; callers that never parse need not pay for it
    from spacy.tokens import Doc

# (Doc, the text it was parsed from) of the latest articles, as ``remember_text`` was told
_GIVEN_TEXTS: deque[tuple[Doc, str]] = deque(maxlen=2)


def remember_text(doc: Doc, text: str) -> None:
    """Record that ``doc`` was parsed from ``text``, so that ``doc_text`` need not rebuild it:
    spaCy's tokenizer keeps every character, so the two are equal. A ``text`` whose length is
    not where ``doc``'s last token ends is not ``doc``'s and is ignored."""
    last = doc[-1] if len(doc) else None
    if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
        _GIVEN_TEXTS.append((doc, text))


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from a Token object per token on every access."""
    for known, text in tuple(_GIVEN_TEXTS):  # a copy: another thread may append meanwhile
        if known is doc:
            return text
    return _rebuilt_text(doc)


# Several stages read the text of the same Doc in a row; two entries cover an article and the
# one before it. A Doc hashes and compares by identity, and the cache holds it, so an entry
# cannot outlive its Doc; a Doc's text never changes (retokenizing keeps it).
@lru_cache(maxsize=2)
def _rebuilt_text(doc: Doc) -> str:
    return doc.text


@lru_cache(maxsize=2)  # the rule and learned stages both read them
def token_texts(doc: Doc) -> tuple[str, ...]:
    """Each token's text, cut from the article's text at the token's offset and length: no
    Token object per token (Doc iteration) and no string-store lookup (a slice costs less)."""
    text = doc_text(doc)
    starts, lengths = doc.to_array(["IDX", "LENGTH"]).reshape(-1, 2).T.tolist()
    return tuple(text[start : start + size] for start, size in zip(starts, lengths, strict=True))


@lru_cache(maxsize=2)  # read for each learned item of an article: Doc.sents builds every Span
def sentence_ends(doc: Doc) -> tuple[int, ...]:
    """The end character of each sentence of ``doc``."""
    return tuple(s.end_char for s in doc.sents)


def in_values(column: np.ndarray, values: Iterable[int]) -> np.ndarray:
    """``numpy.isin(column, values)`` for a few ``values`` (a Doc array's tags or relations):
    one comparison per value, without ``isin``'s set-up, which costs more on an article's
    few hundred tokens than the comparisons do."""
    found = np.zeros(len(column), bool)
    for value in values:
        found |= column == value
    return found
