"""Source phrases of pass 2: ``volgens X`` and ``according to X``, whose content is the clause
around them and whose source is the governed noun phrase (a known surname, a compound head, the
author of a document, or a pronoun), and ``…, aldus X``, which attributes what comes before.
"""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.attribution.complements import _skip_complementizer
from claimgraph.extract.attribution.constants import CLAUSE_EDGES, SOURCE_HEAD_POS
from claimgraph.extract.attribution.context import CueHit, _add, _Context, _trim
from claimgraph.extract.attribution.subjects import _article_phrase_after, _finite, _first_word
from claimgraph.extract.speakers.mentions import noun_phrase_after, plausible_speaker

SOURCE_STOPS = CLAUSE_EDGES | {'"', "“", "”", "''", "."}  # where a governed source phrase ends
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})  # what a possessive pronoun precedes
# the words of a source phrase past the parsed noun phrase: "het Centraal Bureau voor de
# Statistiek", "de PVV en de SP", "Rammstein zelf"
SOURCE_PHRASE_REACH = 25  # tokens from the parsed phrase to the finite verb
SOURCE_PHRASE_POS = NOMINAL_POS | {"DET", "ADP", "CCONJ", "PRON", "X", "PUNCT"}


def _according(ctx: _Context, sent: Span, hit: CueHit) -> None:
    """``volgens X …`` / ``…, volgens X`` / ``according to X, …``."""
    np = noun_phrase_after(ctx.doc, hit.end, sent.end, ctx.lang)
    governed = _according_object(ctx, sent, hit)
    if np is None or not plausible_speaker(ctx.doc, np, ctx.lang):
        np = _according_pronoun(ctx, sent, hit) or governed
    if np is None:
        return
    np = _with_compound_head(ctx, np, sent.end)
    np = _known_surname(ctx, np)
    if governed and _authored_document(ctx, np, governed):
        np = governed  # "according to a statement by the Kremlin press service"
    before = (sent.start, hit.start)
    # "according to a CBS poll released Monday": the source "CBS" ends where the phrase does not
    source_end = max(np[1], governed[1]) if governed else np[1]
    after = (_fronted_source_end(ctx, sent, hit, source_end), sent.end)
    comma_before = hit.start > sent.start and ctx.doc[hit.start - 1].text == ","
    # "... 46 percent to 39 percent according to a CBS poll.": nothing follows the source
    ends_sentence = all(ctx.doc[i].is_punct or ctx.doc[i].is_space for i in range(*after))
    use_before = (comma_before or ends_sentence) and (hit.start - sent.start >= 3)
    start, end = before if use_before else after
    if not use_before:  # "Dat toch ook weer niet, volgens X": a sentence's "Dat" is its subject
        start = _skip_complementizer(ctx, start, end)
    if end - start >= 2:
        _add(ctx, np, hit, _trim(ctx, start, end))


def _fronted_source_end(ctx: _Context, sent: Span, hit: CueHit, end: int) -> int:
    """``Volgens het Centraal Bureau voor de Statistiek voerde Nederland ...``, ``Volgens De Hond,
    die al jaren ..., is daarmee ...``: in a verb-second language a source phrase that opens the
    sentence is its first constituent, which the finite verb closes, so the content opens with
    that verb, past the words the parsed noun phrase left out (a prepositional part, a second
    conjunct, an aside between commas); else at ``end``."""
    if not ctx.lang.verb_second or hit.start != _first_word(ctx, sent.start, hit.start):
        return end
    j = end
    while j < min(sent.end, end + SOURCE_PHRASE_REACH):
        tok = ctx.doc[j]
        if ctx.in_quote(tok):
            return end
        if _finite(tok):
            return j
        if tok.text == ",":
            j = _aside_end(ctx, j, sent.end)
        elif tok.pos_ not in SOURCE_PHRASE_POS:
            return end
        j += 1
    return end


def _aside_end(ctx: _Context, comma: int, end: int) -> int:
    """The comma that closes an aside opened by the comma at ``comma`` (``, die ... ,``), or
    ``end`` when none does."""
    return next((k for k in range(comma + 1, end) if ctx.texts[k] == ","), end)


def _known_surname(ctx: _Context, np: tuple[int, int]) -> tuple[int, int]:
    """``volgens Brussee de Kamer onjuist geïnformeerd``: a phrase opening with the surname of a
    full name earlier in the text (``Wilco Brussee``) ends with it; the words after it are the
    content's (a surname takes no second name part)."""
    doc = ctx.doc
    first = doc[np[0]]
    if np[1] - np[0] < 2 or first.pos_ != "PROPN" or not doc[np[0] + 1].text.islower():
        return np
    earlier = (
        j
        for j in range(1, np[0])
        if doc[j].text == first.text
        and doc[j - 1].pos_ == "PROPN"
        and doc[j - 1].text[:1].isupper()
        and doc[j + 1].pos_ != "PROPN"
    )
    return (np[0], np[0] + 1) if next(earlier, None) is not None else np


def _with_compound_head(ctx: _Context, np: tuple[int, int], end: int) -> tuple[int, int]:
    """``according to USA Today``: a phrase whose last word is a compound of the capitalised word
    after it (the parser's head of the name, ``Today``) runs on to that word; ``a CBS poll``
    keeps its source ``CBS``."""
    last = ctx.doc[np[1] - 1]
    if (
        np[1] < end
        and last.dep_ == "compound"
        and last.head.i == np[1]
        and ctx.texts[np[1]][:1].isupper()
    ):
        return np[0], np[1] + 1
    return np


def _authored_document(ctx: _Context, np: tuple[int, int], governed: tuple[int, int]) -> bool:
    """``a statement`` that the governed phrase goes on to give an author (``by X``)."""
    return (
        governed[0] <= np[0] < np[1] < governed[1] - 1
        and ctx.low(np[1] - 1) in ctx.lang.document_nouns
        and ctx.low(np[1]) in ctx.lang.words("author_prepositions")
    )


def _according_object(ctx: _Context, sent: Span, hit: CueHit) -> tuple[int, int] | None:
    """``according to a pool report``, ``according to several senior Democrats``: the noun
    phrase the cue is the ``case`` marker of, up to its first punctuation. Whatever the cue
    governs is the source, also a document or a poll (PolNeAR, ANNOTATION.md). Not in a
    verb-second language, whose parser takes the finite verb after a fronted ``volgens X`` into
    the phrase (``Volgens Koolmees tart dit voorstel``)."""
    if ctx.lang.verb_second:
        return None
    head = ctx.doc[hit.start].head
    if ctx.doc[hit.start].dep_ != "case" or not hit.end <= head.i < sent.end:
        return None
    if head.pos_ not in SOURCE_HEAD_POS or ctx.in_quote(head):
        return None
    end = min(head.right_edge.i + 1, sent.end)
    stop = next((i for i in range(hit.end, end) if ctx.doc[i].text in SOURCE_STOPS), end)
    return (hit.end, stop) if stop > head.i else None


def _according_pronoun(ctx: _Context, sent: Span, hit: CueHit) -> tuple[int, int] | None:
    """``Volgens haar was ze``, ``volgens hen``: an object pronoun of the language's
    ``according_pronouns`` that is not a possessive before a noun (``volgens haar familie``).
    Inside another item's content it is that item's speaker, no nested source (ANNOTATION.md
    rule 8: ``herhaalt Schouten dat een verbod volgens haar onterecht is``)."""
    i = hit.end
    if i >= sent.end or ctx.low(i) not in ctx.lang.words("according_pronouns"):
        return None
    if i + 1 < sent.end and ctx.doc[i + 1].pos_ in NOMINAL_POS:
        return None
    cue = ctx.doc[hit.start].idx
    if any(a.content_span[0] <= cue < a.content_span[1] for a in ctx.attributions):
        return None
    return i, i + 1


def _aldus(ctx: _Context, sent: Span, hit: CueHit) -> None:
    """``…, aldus X``: a plausible speaker phrase, or an article phrase ending the clause
    (``…, aldus de inlichtingendienst AIVD.``)."""
    np = noun_phrase_after(ctx.doc, hit.end, sent.end, ctx.lang)
    if np is not None and not plausible_speaker(ctx.doc, np, ctx.lang):
        np = None
    np = np or _article_phrase_after(ctx, hit.end, sent.end)
    if np is None or hit.start - sent.start < 2:
        return
    _add(ctx, np, hit, _trim(ctx, sent.start, hit.start))
