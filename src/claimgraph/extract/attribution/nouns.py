"""Nominal cues of pass 2 (``de oproep``, ``Clinton's assertion that``): the content of a noun cue
and its source, read from a possessor (``zijn oproep``, ``Clinton's``), the subject of the light
verb the noun is the object of (``deed een oproep``) or a coordinated subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.constants import SUBJECT_RELATIONS
from claimgraph.extract.attribution.contents import (
    _clause_opening,
    _complement_end,
    _content_end,
    _light_verb,
)
from claimgraph.extract.attribution.context import CueHit, _add, _char_span, _Context, _trim
from claimgraph.extract.attribution.subjects import _subject_phrase
from claimgraph.extract.speakers.mentions import noun_phrase_after, plausible_speaker
from claimgraph.extract.speakers.names import canonical_name, without_suffix


def _noun_owner(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """``to assess Russia’s claim that Ukraine was behind ...``, ``hangs over Russia’s claim
    that``: a verb cue word the tagger makes a noun with a possessor right before it is a nominal
    cue whose source is that possessor and nothing more (ANNOTATION.md: ``Clinton's assertion
    that``), wherever the noun phrase stands in its clause, when its complement (the language's
    ``noun_complement_words``) follows (token span; None for a verb, a noun without a possessor,
    ``Editor’s note:`` and the language's ``question_nouns``)."""
    nxt = hit.end
    if ctx.doc[hit.start].pos_ != "NOUN" or nxt >= len(ctx.doc):
        return None
    if ctx.low(hit.start) in ctx.lang.words("question_nouns"):
        return None  # "your answer to Kevin’s question that you’re not taking ...": no claim
    if ctx.low(nxt) not in ctx.lang.words("noun_complement_words"):
        return None
    return _bound_possessor(ctx, hit, _possessor(ctx, hit))


def _noun_cue(ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit]) -> None:
    """``Kovesi's verklaring dat …``, ``het idee van X om …``, ``X blijft van mening dat …``: a
    nominal cue with its source (a ``van`` phrase after it, a possessor before it, or the subject
    of its light verb) and a ``dat``/``om`` complement as content. A noun without a source in its
    sentence or without a complement (``de vrees is dat``, ``kreeg kritiek.``) gives nothing
    (ANNOTATION.md rules 7 and 10)."""
    doc, lang = ctx.doc, ctx.lang
    complements = lang.words("noun_cue_complements")
    j, source = hit.end, None
    if j < sent.end and ctx.low(j) in lang.words("noun_cue_links"):
        np = noun_phrase_after(doc, j + 1, sent.end, lang)
        if np is not None and np[1] - np[0] > 1 and doc[np[1] - 1].text in complements:
            np = (np[0], np[1] - 1)  # "van Van Eijck om": lower-case "om" is no "OM"
        if np is not None:
            source, j = np, np[1]
    if j >= sent.end or ctx.low(j) not in complements:
        return
    source = (
        source
        or _bound_possessor(ctx, hit, _possessor(ctx, hit))
        or _light_verb_subject(ctx, hit)
        or _coordinated_speaker(ctx, sent, hit)
    )
    if source is None or not plausible_speaker(doc, source, lang):
        return
    end = _complement_end(ctx, j, _content_end(ctx, sent, hit, hits))
    if end - (j + 1) >= 2:
        name = _possessor_name(ctx, source) if source[1] == hit.start else ""
        _add(ctx, source, hit, _trim(ctx, j + 1, end), speaker_name=name)


def _possessor_name(ctx: _Context, source: tuple[int, int]) -> str:
    """``Kovesi's`` -> ``Kovesi`` by the language's ``possessor_suffixes`` (only for a possessor:
    ``Christie's`` as a subject is the auction house's name); "" when no suffix applies."""
    surface = ctx.text[slice(*_char_span(ctx, *source))]
    owner = without_suffix(surface, ctx.lang.words("possessor_suffixes"))
    return canonical_name(owner, ctx.lang) if owner != surface else ""


def _possessor(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """``Mays argument``, ``hun claim``, ``Mr. Trump's assertion``: the possessor right before a
    nominal cue (a possessive marker of its own, ``'s``, is passed over)."""
    i = hit.start - 1
    if i > 0 and ctx.doc[i].dep_ == "case" and ctx.doc[i].head.i == i - 1:
        i -= 1  # "Trump 's assertion": the marker hangs from the possessor
    if i < 0 or ctx.doc[i].head.i != hit.start:
        return None
    tok = ctx.doc[i]
    if tok.dep_ != "nmod:poss" and "Yes" not in tok.morph.get("Poss"):
        return None
    start = tok.left_edge.i
    while start < i and ctx.doc[start].dep_ == "case":
        start += 1  # "voor Mays argument": the preposition governs the whole phrase
    return start, i + 1


def _bound_possessor(
    ctx: _Context, hit: CueHit, possessor: tuple[int, int] | None
) -> tuple[int, int] | None:
    """``de Verenigde Staten kregen gelijk in hun claim dat ...``: a possessive pronoun before a
    nominal cue stands for the subject of the clause the noun is in, when the clause's finite
    verb agrees with it in number (else None); any other possessor is returned as is."""
    if possessor is None or possessor[1] - possessor[0] != 1:
        return possessor
    number = _possessive_number(ctx, possessor[0])
    if number is None:
        return possessor
    verb = ctx.doc[hit.start].head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_RELATIONS), None)
    if subject is None or number not in _finite_number(verb):
        return None
    return _subject_phrase(ctx, subject, hit.start)


def _finite_number(verb: Token) -> list[str]:
    """The number of the finite verb of ``verb``'s clause (it agrees with the subject; the
    tagger gives names none): ``verb`` itself or its auxiliary."""
    for tok in (verb, *verb.children):
        if (tok is verb or tok.dep_ == "aux") and "Fin" in tok.morph.get("VerbForm"):
            return tok.morph.get("Number")
    return []


def _possessive_number(ctx: _Context, i: int) -> str | None:
    """``Plur`` for a plural possessive pronoun at token ``i`` (grammar ``plural_possessives``:
    ``hun``), ``Sing`` for a singular one (``singular_possessives``: ``zijn``, ``haar``), else
    None."""
    if ctx.low(i) in ctx.lang.words("plural_possessives"):
        return "Plur"
    if ctx.low(i) in ctx.lang.words("singular_possessives"):
        return "Sing"
    return None


def _coordinated_speaker(ctx: _Context, sent: Span, hit: CueHit) -> tuple[int, int] | None:
    """``Hij erkent dat A, maar blijft van mening dat B``: a nominal cue whose light verb opens a
    coordinated clause shares the speaker of the cue before it in the sentence (token span)."""
    opening = _clause_opening(ctx, hit)
    if opening == hit.start or ctx.low(opening - 1) not in ctx.lang.words("coordinators"):
        return None
    earlier = [
        a
        for a in ctx.attributions
        if a.cue_span and a.speaker_span and sent.start_char <= a.cue_span[0] < ctx.doc[opening].idx
    ]
    if not earlier:
        return None
    span = ctx.doc.char_span(*earlier[-1].speaker_span)
    return (span.start, span.end) if span is not None else None


def _light_verb_subject(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """The parsed subject of a nominal cue's light verb, or of the verb it is coordinated with
    (``Hij erkent dat A, maar blijft van mening dat B``)."""
    verb = _light_verb(ctx, hit)
    for _ in range(2):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_RELATIONS), None)
        if subject is not None:
            return _subject_phrase(ctx, subject, hit.start)
        verb = verb.head if verb.dep_ == "conj" else None
    return None
