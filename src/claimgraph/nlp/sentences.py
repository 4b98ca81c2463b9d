"""A sentence splitter for news: paragraphs, headlines without a full stop, quotes, initials."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({"”", "’", "'", '"', "''", "»", ")"})
NAME = "claimgraph_sentences"


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in "“„‘\"'«(,"


def _is_initial(text: str) -> bool:
    """``S.`` in ``Tim S.`` or ``dr.``: a full stop that does not end a sentence."""
    return len(text) <= 3 and text.endswith(".") and text[:1].isalpha()


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts (a token-by-token decision, written to the Doc in one step)."""
    if not len(doc):
        return doc
    # Token.is_sent_start's setter scans the whole Doc on every call: quadratic on long texts.
    starts = numpy.array([[1 if _starts_sentence(doc, i) else -1] for i in range(len(doc))])
    return doc.from_array([SENT_START], starts.astype("uint64"))


def _starts_sentence(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev, tok = doc[i - 1], doc[i]
    if tok.is_space:
        return False
    if tok.text in CLOSERS and not prev.whitespace_:
        return False  # a quote that closes right after the full stop
    if "\n" in prev.text or "\n" in prev.whitespace_:
        return True
    j = i - 1
    # step back over closing quotes/brackets glued to what precedes them
    while j > 0 and doc[j].text in CLOSERS and not doc[j - 1].whitespace_:
        j -= 1
    end = doc[j]
    ends = end.text in ENDERS or (end.text.endswith(".") and not _is_initial(end.text))
    return bool(ends and end.i < i and _opens_sentence(tok.text) and not _is_initial(end.text))


@Language.component(NAME)
def news_sentencizer(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
