"""A sentence splitter for news: paragraphs, headlines without a full stop, quotes, initials."""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.lang import available_languages, load_lang

ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({"”", "’", "'", '"', "''", "»", ")"})
NAME = "claimgraph_sentences"


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    # a comma opens a sentence only as the Dutch opening quote ",,": "(B.C.), Canada" goes on
    return first.isupper() or first.isdigit() or first in "“„‘\"'«(" or text.startswith(",,")


def _is_initial(text: str, abbreviations: frozenset[str] = frozenset()) -> bool:
    """``S.`` in ``Tim S.``, ``dr.``, or a listed abbreviation (``Mrs.``, ``Aug.``): a full stop
    that does not end a sentence."""
    short = len(text) <= 3 and text.endswith(".") and text[:1].isalpha()
    return short or text.lower() in abbreviations


@cache
def abbreviations(lang: str) -> frozenset[str]:
    """Words with a full stop that never end a sentence in ``lang``: its titles that end in one
    (``Sen.``, ``prof.``) and its grammar's ``non_final_abbreviations`` (``Aug.``, ``dhr.``);
    none for a language without data."""
    if lang not in available_languages():
        return frozenset()
    data = load_lang(lang)
    titles = {t for t in data.titles if t.endswith(".") and " " not in t}
    return frozenset(titles | data.words("non_final_abbreviations"))


@cache
def name_abbreviations(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """``lang``'s abbreviations that end a sentence only before one of its sentence openers
    (``the U.S. Senate`` goes on, ``in Washington, D.C. They ...`` ends), and those openers;
    empty for a language without data."""
    if lang not in available_languages():
        return frozenset(), frozenset()
    data = load_lang(lang)
    return data.words("name_abbreviations"), data.words("sentence_openers")


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts (a token-by-token decision, written to the Doc in one step)."""
    if not len(doc):
        return doc
    # Token.is_sent_start's setter scans the whole Doc on every call: quadratic on long texts;
    # and the decisions read plain columns, since iterating the Doc builds a Token per token.
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY, IS_SPACE]).reshape(-1, 3).tolist()
    texts = [strings[orth] for orth, _, _ in rows]
    spaces = [bool(space) for _, space, _ in rows]
    is_space = [bool(flag) for _, _, flag in rows]
    known = abbreviations(doc.lang_)
    names = name_abbreviations(doc.lang_)
    starts = [
        1 if _starts_sentence(texts, spaces, is_space, i, known, names) else -1
        for i in range(len(doc))
    ]
    column = numpy.array(starts, dtype="int64").reshape(-1, 1).astype("uint64")
    return doc.from_array([SENT_START], column)


def _starts_sentence(
    texts: list[str],
    spaces: list[bool],
    is_space: list[bool],
    i: int,
    known: frozenset[str] = frozenset(),
    names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> bool:
    """Whether token ``i`` opens a sentence (``spaces``: whether a token has trailing space;
    ``known``: the language's non-final abbreviations; ``names``: its abbreviations that end one
    only before a sentence opener, and those openers)."""
    if i == 0:
        return True
    prev, tok = texts[i - 1], texts[i]
    if is_space[i]:
        return False
    if "\n" in prev:  # a token's trailing whitespace is one space at most: never a line break
        return True  # also before a paragraph's opening quote mark
    if tok in CLOSERS and not spaces[i - 1]:
        return False  # a quote that closes right after the full stop
    if tok in CLOSERS and _ends_paragraph(texts, i):
        return False  # "... clearly.' ": a closing mark set off by a space ends its paragraph
    j = i - 1
    # step back over a second space ("them.  Director"): the tokenizer makes it a token of its own
    while j > 0 and is_space[j]:
        j -= 1
    # step back over closing quotes/brackets glued to what precedes them
    while j > 0 and texts[j] in CLOSERS and not spaces[j - 1]:
        j -= 1
    end = texts[j]
    if end == "." and j > 0 and not spaces[j - 1] and (texts[j - 1] + end).lower() in known:
        return False  # "okt" "." where the tokenizer split a listed abbreviation
    ends = end in ENDERS or (end.endswith(".") and not _is_initial(end, known))
    if ends and j == i - 1 and _continues_name(end, tok, names):
        return False
    return bool(ends and j < i and _opens_sentence(tok))


def _ends_paragraph(texts: list[str], i: int) -> bool:
    """Whether token ``i`` is the last one of the text or of its paragraph."""
    return i + 1 == len(texts) or "\n" in texts[i + 1]


def _continues_name(end: str, tok: str, names: tuple[frozenset[str], frozenset[str]]) -> bool:
    """``U.S.`` before a capitalised word that is no sentence opener (``U.S. Environmental``)."""
    abbreviations, openers = names
    return end.lower() in abbreviations and tok[:1].isupper() and tok.lower() not in openers


@Language.component(NAME)
def news_sentencizer(doc: Doc) -> Doc:
    return set_sentence_starts(doc)
