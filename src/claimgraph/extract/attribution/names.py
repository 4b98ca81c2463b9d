"""The named people the narrator introduces as subjects of the article's own sentences (``Monteur
Jan de Vries``, ``Jasmine van Kessel (17)``), outside quotations and the items' contents: the
candidates that ``resolve_speakers`` may give a pronoun speaker.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from claimgraph.extract.attribution.constants import SUBJECT_RELATIONS
from claimgraph.extract.attribution.context import _Context
from claimgraph.extract.attribution.subjects import _flat_end, _mid_sentence_capitals
from claimgraph.extract.parsed import in_values
from claimgraph.extract.speakers.constants import FUNCTION_POS
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.speakers.pronouns import one_of_group
from claimgraph.extract.speakers.words import is_capitalised
from claimgraph.model import Attribution

AGE_IN_BRACKETS = re.compile(r"\(\d{1,3}\)")  # "Jasmine van Kessel (17)"
OPENING_MODIFIERS = 3  # words before a sentence's opening name ("De toentertijd 42-jarige")
MODIFIER_POS = frozenset({"DET", "ADJ", "ADV", "NUM"})


def _subject_names(ctx: _Context) -> list[tuple[int, str]]:
    """(character offset, name) of the named parsed subjects in the narrator's own text after
    the headline, outside quotations and items' contents (``Monteur Peter (29) speelde ...``):
    the people a later ``hij`` may stand for, also where they said nothing before."""
    body = ctx.text.find("\n")
    named: frozenset[str] | None = None  # read once a subject needs it
    names = []
    candidates = set(_proper_noun_subjects(ctx.doc)) | set(_aged_names(ctx)) | _opening_names(ctx)
    for i in sorted(candidates):
        tok = ctx.doc[i]
        if ctx.in_quote(tok) or one_of_group(tok):
            continue
        end = _flat_end(ctx.doc, tok)
        while end < len(ctx.doc) and ctx.doc[end].is_alpha and is_capitalised(ctx.doc[end]):
            end += 1  # "Geoffrey Cox" where the parser left "Cox" out of the name
        start = i if tok.dep_ == "appos" else tok.left_edge.i
        while start < tok.i and ctx.doc[start].pos_ in FUNCTION_POS - {"DET"}:
            start += 1  # "Ook Erkim Elkem (38) kan vertellen"
        if ctx.doc[start].text in ctx.lang.words("determiners"):
            continue  # "de AIVD": a body, not a person
        while start < tok.i and (
            ctx.doc[start].pos_ == "DET" or not is_capitalised(ctx.doc[start])
        ):
            start += 1  # "De charismatische Beto O'Rourke": the name, not its modifiers
        words = [t.text for t in ctx.doc[start:end] if is_capitalised(t)]
        if not words:
            continue
        if named is None:
            named = _mid_sentence_capitals(ctx)
        if not any(w in named for w in words):
            continue  # "Bang wil hij ...": capitalised only because it opens the sentence
        at = ctx.doc[start].idx
        if at < body or any(_reported_at(ctx, a, at) for a in ctx.attributions):
            continue
        surface = ctx.text[at : ctx.doc[end - 1].idx + len(ctx.doc[end - 1])]
        names.append((at, canonical_name(surface, ctx.lang)))
    return names


def _opening_names(ctx: _Context) -> set[int]:
    """Proper nouns that open a sentence after at most ``OPENING_MODIFIERS`` modifiers (``Van
    Veldhoven, normaliter de redelijkheid zelve, is het gebedel beu.``, ``De toentertijd
    42-jarige Henriquez ...``), whatever relation the parse gives them: the news opens a sentence
    with the person it goes on about."""
    opening = set()
    for sent in ctx.doc.sents:
        i = sent.start
        while i < sent.end and i - sent.start < OPENING_MODIFIERS and _modifier(ctx.doc[i]):
            i += 1
        if i < sent.end and ctx.doc[i].pos_ == "PROPN" and is_capitalised(ctx.doc[i]):
            opening.add(i)
    return opening


def _modifier(tok: Token) -> bool:
    """A determiner, adjective, adverb or number, or a lower-case noun (``premier``)."""
    return tok.pos_ in MODIFIER_POS or (tok.pos_ == "NOUN" and not is_capitalised(tok))


def _aged_names(ctx: _Context) -> list[int]:
    """Heads of the proper names followed by an age in brackets (``maar Jasmine van Kessel (17)
    is een van de uitzonderingen``): the news introduces people so, whatever the parse makes of
    the clause."""
    heads = []
    for match in AGE_IN_BRACKETS.finditer(ctx.text):
        i = ctx.token_at(match.start()) - 1
        if i < 0 or ctx.doc[i + 1].text != "(":
            continue
        tok = ctx.doc[i]
        head = tok.head if tok.dep_ == "flat" else tok
        if head.pos_ == "PROPN":
            heads.append(head.i)
    return heads


def _reported_at(ctx: _Context, att: Attribution, at: int) -> bool:
    """Whether offset ``at`` lies in ``att``'s content as the speaker's words. Not so for the
    narrator's sentence that a later ``Dat zei hij`` takes up whole (its subject ``IS-strijder
    Yago R.`` is the ``hij``): the cue there follows the content in another sentence."""
    start, end = att.content_span
    if not start <= at < end:
        return False
    if att.cue_span is None or att.cue_span[0] < end:
        return True
    sentence = ctx.doc[ctx.token_at(end - 1)].sent.start
    return sentence == ctx.doc[ctx.token_at(att.cue_span[0])].sent.start


def _proper_noun_subjects(doc: Doc) -> list[int]:
    """Indices of the proper nouns with a subject relation, or apposed to a subject (``De
    IS-strijder Yago R.``), read from the token arrays (iterating the Doc builds a Token object
    per token)."""
    relations = [doc.vocab.strings[rel] for rel in SUBJECT_RELATIONS]
    arrays = doc.to_array(["DEP", "POS", "HEAD"])  # HEAD: offset of the head from the token
    proper = arrays[:, 1] == PROPN
    heads = np.arange(len(doc)) + arrays[:, 2].astype(np.int64)
    subject = in_values(arrays[:, 0], relations)
    apposed = (arrays[:, 0] == doc.vocab.strings["appos"]) & subject[heads]
    return np.flatnonzero(proper & (subject | apposed)).tolist()
