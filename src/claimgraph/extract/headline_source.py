"""A headline that is one quotation and nothing else (``'Maak 30 km de norm in bebouwde kom'``)
attributes its words to a source it does not name. ANNOTATION.md counts headlines that attribute
and takes a headline's source from the article when the headline lacks it (``speaker_span``
null, convention 10); the source is the one the body gives for the same claim: the body item
whose content shares most content words with the headline (``'Doktersassistente, haal een
mazelenprik'`` and the GGD's ``oproep ... zich te laten inenten tegen de mazelen``). A quoted
headline that no body item repeats (``'Erdogan verliest ook Istanbul'``, said in the body by the
narrator) gives nothing. The rules leave such headlines alone (``_headline_quote`` wants the
source in the headline); this runs after every attribution stage, on their items.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.orphan_quotes import cueless_direct_item
from claimgraph.extract.quotes import Quote, find_quotes
from claimgraph.lang import LangData
from claimgraph.model import Attribution

# the parts of speech that carry a claim's matter (names are its topic: a body item that only
# names the same person says something else about them)
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM"})
COMPOUND_PART_MIN = 4  # "mazelen" in "mazelenprik": shorter prefixes match by chance
REPEATED_RUN = 4  # words in a row a body quotation shares with the headline's ("is goed voor mij")
WORD = re.compile(r"\w+")


def headline_quote_item(
    atts: list[Attribution], text: str, parsed: Doc, lang: LangData
) -> Attribution | None:
    """The direct item for a headline that is a single quotation, spoken by the source of the
    body item that repeats most of its content words; None when the headline is no such
    quotation, an item covers it already, or no body item shares a content word with it."""
    inner = _quoted_headline(text, lang)
    if inner is None or any(a.content_span[0] < inner[1] for a in atts):
        return None
    headline = parsed.char_span(*inner, alignment_mode="expand")
    source = _same_claim(_content_words(headline), atts, parsed) if headline else None
    if source is None:
        return None
    return cueless_direct_item(source.speaker, inner, parsed, lang, weight=0.8)


def _quoted_headline(text: str, lang: LangData) -> tuple[int, int] | None:
    """The quoted words of a first line (of several) that is one quotation, marks included."""
    quote = _opening_quote(text, lang)
    last = len(text[: text.find("\n")].rstrip())
    return quote.inner if quote is not None and quote.outer[1] == last else None


def _opening_quote(text: str, lang: LangData) -> Quote | None:
    """The quotation a first line (of several) opens with."""
    line_end = text.find("\n")
    if line_end < 0:
        return None
    lead = len(text) - len(text.lstrip())
    for quote in find_quotes(text, lang):
        if quote.outer[0] == lead and quote.outer[1] <= line_end:
            return quote
        if quote.outer[0] >= line_end:
            break
    return None


def repeat_headline_speakers(atts: list[Attribution], text: str, lang: LangData) -> None:
    """A headline that opens with a quotation lifted from the body (``'Het is niet niks, twee
    explosieven'. Smoke Palace: ...`` over ``"... Het is niet niks, twee explosieven in twee
    maanden."``, ``'Deze prik is goed voor mij'`` over ``,,Het is goed voor mij", vindt ...``):
    the items of that quotation are spoken by the source of the body item that repeats the most
    words of it in a row, at least ``REPEATED_RUN``, whatever phrase the headline puts after it
    (readable Dutch gold: 3 such headlines, the repeating item's speaker right in all 3)."""
    quote = _opening_quote(text, lang)
    if quote is None:
        return
    words = _words(text[slice(*quote.inner)])
    body = [a for a in atts if a.speaker and a.content_span[0] >= quote.outer[1]]
    runs = [(_longest_run(words, _words(text[slice(*a.content_span)])), a) for a in body]
    run, source = max(runs, key=lambda r: r[0], default=(0, None))
    if source is None or run < REPEATED_RUN:
        return
    for att in atts:
        if quote.inner[0] <= att.content_span[0] and att.content_span[1] <= quote.inner[1]:
            att.speaker, att.speaker_span = source.speaker, None


def _words(text: str) -> list[str]:
    return WORD.findall(text.casefold())


def _longest_run(a: list[str], b: list[str]) -> int:
    """The most words ``a`` and ``b`` share in a row."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.find_longest_match(0, len(a), 0, len(b)).size


def _content_words(tokens: Iterable[Token]) -> set[str]:
    """Lower-case forms of the tokens that carry a claim's matter (no stop words, no names; the
    pipeline's parses have no lemmas)."""
    return {
        t.lower_
        for t in tokens
        if t.pos_ in CONTENT_POS and not t.is_stop and (t.is_alpha or t.like_num)
    }


def _shared(headline: set[str], body: set[str]) -> int:
    """How many headline words the body has, as a word or a compound part (``mazelen`` in
    ``mazelenprik``)."""
    return sum(
        any(
            h == b
            or (min(len(h), len(b)) >= COMPOUND_PART_MIN and (h.startswith(b) or b.startswith(h)))
            for b in body
        )
        for h in headline
    )


def _same_claim(headline: set[str], atts: list[Attribution], parsed: Doc) -> Attribution | None:
    """The earliest item with a speaker that shares most content words with the headline."""
    best, best_shared = None, 0
    for att in sorted(atts, key=lambda a: a.content_span):
        content: Span | None = parsed.char_span(*att.content_span, alignment_mode="expand")
        if not att.speaker or content is None:
            continue
        shared = _shared(headline, _content_words(content))
        if shared > best_shared:
            best, best_shared = att, shared
    return best
