"""A sentence splitter for news: paragraphs, headlines without a full stop, quotes, initials;
hard-wrapped plain text (transcripts, e-mails) read as its paragraphs, not its lines."""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import pairwise

import numpy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from claimgraph.lang import available_languages, load_lang

ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({"”", "’", "'", '"', "''", "»", ")"})
NAME = "claimgraph_sentences"
# Hard-wrapped text: at least WRAP_MIN_LINES lines that run on into the next line, at least half of
# them ending mid-sentence, at least WRAP_SIZED_SHARE of them WRAP_WIDTH characters long. Never
# seen in our news corpora (1,414 DPG, 295 Wikinews, 924 PolNeAR texts); both White House
# briefing transcripts of the founding story are (lines of ~72 characters).
WRAP_MIN_LINES = 10
WRAP_WIDTH = (40, 100)
WRAP_SIZED_SHARE = 0.8
_LINE_ENDERS = frozenset(".?!:;\"”’')»")


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


@lru_cache(maxsize=8)  # asked by several stages of one article
def hard_wrapped(text: str) -> bool:
    """Whether ``text`` breaks its paragraphs into lines of a fixed width that mostly end
    mid-sentence, so that a single line break in it is a space, not the end of a sentence."""
    lines = text.split("\n")
    inner = [line.rstrip() for line, after in pairwise(lines) if line.strip() and after.strip()]
    if len(inner) < WRAP_MIN_LINES:
        return False
    unended = sum(1 for line in inner if line[-1:] not in _LINE_ENDERS)
    sized = sum(1 for line in inner if WRAP_WIDTH[0] <= len(line) <= WRAP_WIDTH[1])
    return unended >= len(inner) / 2 and sized >= WRAP_SIZED_SHARE * len(inner)


def ends_paragraph(whitespace: str, wrapped: bool) -> bool:
    """Whether ``whitespace`` ends a paragraph: any line break in it, or in hard-wrapped text a
    blank line (a single break there only wraps the line)."""
    return "\n" in whitespace and (not wrapped or whitespace.count("\n") > 1)


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
    wrapped = hard_wrapped("".join(t + " " if s else t for t, s in zip(texts, spaces, strict=True)))
    starts = [
        1 if _starts_sentence(texts, spaces, is_space, i, known, names, wrapped) else -1
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
    wrapped: bool = False,
) -> bool:
    """Whether token ``i`` opens a sentence (``spaces``: whether a token has trailing space;
    ``known``: the language's non-final abbreviations; ``names``: its abbreviations that end one
    only before a sentence opener, and those openers; ``wrapped``: the text is hard-wrapped, so
    a single line break is a space)."""
    if i == 0:
        return True
    prev, tok = texts[i - 1], texts[i]
    if is_space[i]:
        return False
    # a token's trailing whitespace is one space at most: "\n" in it is never a line break
    if ends_paragraph(prev, wrapped):
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
