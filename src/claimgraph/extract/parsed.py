"""Reads of a parsed spaCy Doc that several extraction stages share, done once per Doc."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # importing spaCy is slow; callers that never parse need not pay for it
    from spacy.tokens import Doc


# Several stages read the text of the same Doc in a row; two entries cover an article and the
# one before it. A Doc hashes and compares by identity, and the cache holds it, so an entry
# cannot outlive its Doc; a Doc's text never changes (retokenizing keeps it).
@lru_cache(maxsize=2)
def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from a Token object per token on every access."""
    return doc.text


@lru_cache(maxsize=2)  # read for each learned item of an article: Doc.sents builds every Span
def sentence_ends(doc: Doc) -> tuple[int, ...]:
    """The end character of each sentence of ``doc``."""
    return tuple(s.end_char for s in doc.sents)
