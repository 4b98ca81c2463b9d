"""Dependency-based attribution: a reporting cue's subject is the speaker, its complement the
content.

Reads the parse of a trained pipeline (``token.dep_``, ``token.head``); on a Doc without one
(the blank pipeline) it finds nothing. Three constructions, cue words from ``lang/<code>/cues.toml``:

- ``X zegt dat Y``: a verb cue with a subject (``nsubj``) and a clausal complement (``ccomp``;
  ``xcomp`` te-infinitives are mostly intentions, ``hoopt ... te voorkomen``, so they are left
  out); content = the complement's subtree without ``dat``/``of``.
- ``Y, zegt X``: the cue hangs from the clause before it (``parataxis``, ``conj``, ``ccomp``) and
  its speaker follows it (V2 inversion; the parser often calls it ``obj``).
- ``volgens X Y`` / ``Y, volgens X``: ``volgens`` is the ``case`` of an oblique; content = the
  rest of its clause after the speaker, or before it when nothing follows (``NOTES.md``).

Meant to add recall to the rules: ``combine(rules, dependency)`` keeps the rules' items.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from claimgraph.extract.attribution.acts import perceived_scene
from claimgraph.extract.learned import quote_type
from claimgraph.extract.parsed import doc_text
from claimgraph.extract.quotes import find_quotes, trim_inner
from claimgraph.extract.speakers import resolve_speakers
from claimgraph.extract.speakers.mentions import (
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.stance import decide_act, decide_stance
from claimgraph.lang import CuePattern, LangData
from claimgraph.model import Attribution
from claimgraph.nlp.sentences import ends_paragraph, hard_wrapped

SUBJECT_RELATIONS = frozenset({"nsubj"})
COMPLEMENT_RELATIONS = ("ccomp",)
INVERTED_RELATIONS = frozenset({"parataxis", "conj", "ccomp"})
INVERTED_SPEAKER_RELATIONS = frozenset({"nsubj", "obj"})
SPEAKER_POS = frozenset({"PROPN", "PRON", "NOUN", "X"})
CLAUSE_POS = frozenset({"VERB", "AUX", "SCONJ"})  # a subject phrase ends before its clause
SPEAKER_END = frozenset({",", "(", ":", ";", "—", "–"})
EDGE_PUNCT = frozenset(",:;.()—–-")
SENTENCE_ENDS = frozenset(".?!")
MIN_CONTENT_TOKENS = 2
CONFIDENCE = 0.6  # below the rules' usual scores: a parse can be wrong


def extract_attributions_dependency(doc: Doc, lang: LangData) -> list[Attribution]:
    """Attributions found through the parse of ``doc``, in text order (ids d1, d2, ...)."""
    if not doc.has_annotation("DEP"):
        return []
    text = doc_text(doc)  # spaCy rebuilds it from every token on each access
    quoted = [q.outer for q in find_quotes(text, lang)]
    found: list[Attribution] = []
    for i in _cue_first_words(doc, lang):
        tok = doc[i]
        if tok.lower_ not in lang.cues_by_first:
            continue  # a hash shared by another word: neither kind of cue below
        if _quoted(tok.idx, quoted):
            continue
        if _is_according(tok, lang):
            att = _according(doc, text, lang, tok, quoted)
        else:
            pattern = _verb_cue(tok, lang)
            att = _verb(doc, text, lang, tok, pattern, quoted) if pattern else None
        if att is not None and not any(a.content_span == att.content_span for a in found):
            found.append(att)
    found.sort(key=lambda a: a.content_span)
    resolve_speakers(found, text, lang, parsed=doc)
    for n, att in enumerate(found):
        att.id = f"d{n + 1}"
    return found


# -- cues ---------------------------------------------------------------------------------------

# id(LangData) -> (that LangData, the hashes of the words its cue patterns start with)
_FIRST_WORD_HASHES: dict[int, tuple[LangData, frozenset[int]]] = {}


def _cue_first_words(doc: Doc, lang: LangData) -> list[int]:
    """The tokens whose lower-cased text may start a cue pattern, found in the Doc's LOWER
    column by hash (iterating the Doc builds a Token per word, and most words start none)."""
    cached = _FIRST_WORD_HASHES.get(id(lang))
    if cached is None or cached[0] is not lang:
        cached = _FIRST_WORD_HASHES[id(lang)] = (
            lang,
            frozenset(map(hash_string, lang.cues_by_first)),
        )
    hashes = cached[1]
    return [i for i, key in enumerate(doc.to_array(LOWER).tolist()) if key in hashes]


def _is_according(tok: Token, lang: LangData) -> bool:
    return tok.dep_ == "case" and any(
        p.kind == "according" and p.length == 1 for p in lang.cues_by_first.get(tok.lower_, ())
    )


def _verb_cue(tok: Token, lang: LangData) -> CuePattern | None:
    """The verb cue pattern whose words are ``tok`` and its particles or nearby words."""
    if tok.pos_ not in ("VERB", "AUX") or (tok.text[:1].isupper() and not tok.is_sent_start):
        return None
    low = tok.lower_
    children: set[str] | None = None  # spaCy walks the token's subtree to list them: when needed
    for pattern in lang.cues_by_first.get(low, ()):
        if pattern.kind != "verb":
            continue
        missing = [p for p in pattern.parts if p is not None and low not in p]
        if missing:
            children = children if children is not None else {c.lower_ for c in tok.children}
            if not all(p & children for p in missing):
                continue
        return pattern
    return None


# -- spans --------------------------------------------------------------------------------------


def _trim(doc: Doc, start: int, end: int, lang: LangData) -> tuple[int, int] | None:
    """Tokens ``[start, end)`` without edge punctuation and a leading complementizer, cut at a
    line break (a headline is its own sentence even without a full stop)."""
    wrapped = hard_wrapped(doc_text(doc))
    end = next(
        (i for i in range(start, end) if doc[i].is_space and ends_paragraph(doc[i].text, wrapped)),
        end,
    )
    skip = lang.words("complementizers") | lang.words("coordinators")
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].lower_ in skip):
        start += 1
    while end > start and doc[end - 1].text in EDGE_PUNCT:
        end -= 1
    return (start, end) if end - start >= MIN_CONTENT_TOKENS else None


def _speaker_span(doc: Doc, heads: list[Token], lang: LangData) -> tuple[int, int] | None:
    """The subject phrase: from its left edge to the end of its head, extended over names and
    affiliations but not past a comma (appositions, relative clauses)."""
    start = min(h.left_edge.i for h in heads)
    end = max(h.i for h in heads) + 1
    limit = max(h.right_edge.i for h in heads) + 1
    while end < limit and doc[end].text not in SPEAKER_END and doc[end].pos_ not in CLAUSE_POS:
        end += 1
    openers = lang.words("adverbial_openers") | lang.words("coordinators")
    while start < end and (doc[start].lower_ in openers or doc[start].is_punct):
        start += 1
    if end <= start or not plausible_speaker(doc, (start, end), lang):
        return None
    if not any(t.pos_ == "PROPN" for t in doc[start:end]):
        return _apposed_name(doc, heads) or (start, end)
    return start, end


def _apposed_name(doc: Doc, heads: list[Token]) -> tuple[int, int] | None:
    """``De burgemeester van de Italiaanse stad, Guiseppe Sala, zei``: the name set off by a
    comma after a subject that only describes its speaker."""
    for head in heads:
        for child in head.children:
            if (
                child.i > 0
                and child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and doc[child.i - 1].is_punct
            ):
                parts = [child.i, *(t.i for t in child.children if t.dep_ == "flat")]
                return child.i, max(parts) + 1
    return None


def _content_span(doc: Doc, comp: Token, cue: Token, lang: LangData) -> tuple[int, int] | None:
    """The complement's subtree within the cue's sentence, on the side of the cue it starts."""
    sent = cue.sent
    start, end = max(comp.left_edge.i, sent.start), min(comp.right_edge.i + 1, sent.end)
    if start <= cue.i < end:
        start, end = (cue.i + 1, end) if comp.i > cue.i else (start, cue.i)
    return _trim(doc, start, end, lang)


def _sentence_between(doc: Doc, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether a full stop outside quotations ends a sentence among tokens ``[start, end)``: a
    complement before its cue that closes so (``But he stood by his comments. "...," he
    said``) is a sentence of its own that the parser hung from the later cue."""
    return any(
        doc[i].text in SENTENCE_ENDS and not _quoted(doc[i].idx, quoted) for i in range(start, end)
    )


def _quoted(char: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether character ``char`` lies inside one of the quotations ``quoted``."""
    return any(s <= char < e for s, e in quoted)


def _complement_or_quote(
    doc: Doc, content: tuple[int, int], quoted: list[tuple[int, int]], lang: LangData
) -> bool:
    """Whether a content opens after a complementizer or inside a quotation: all that a cue with
    ``needs_complement`` takes, as in the rules (``riep La Scala op de stekker uit het plan te
    trekken`` is a call, not a shout)."""
    start = content[0]
    after_complementizer = start > 0 and doc[start - 1].lower_ in lang.words("complementizers")
    return after_complementizer or _quoted(doc[start].idx, quoted)


def _quote_trimmed(text: str, span: tuple[int, int], quoted: list[tuple[int, int]]):
    """A content that is one quotation loses its quote marks (ANNOTATION conventions); one
    that opens a quotation and stops inside it (the parse ends at the first quoted sentence of
    ``said "We are …. We can …."``) is the whole quotation, as in the rules."""
    for s, e in quoted:
        if s <= span[0] <= s + 1 and span[1] <= e:
            return trim_inner(text, s + 1, e - 1)
    return span


# -- constructions ------------------------------------------------------------------------------


def _verb(
    doc: Doc,
    text: str,
    lang: LangData,
    cue: Token,
    pattern: CuePattern,
    quoted: list[tuple[int, int]],
) -> Attribution | None:
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_RELATIONS]
    comp = next(
        (c for rel in COMPLEMENT_RELATIONS for c in cue.children if c.dep_ == rel),
        None,
    )
    if comp is not None and subjects:
        speaker = _speaker_span(doc, subjects, lang)
        content = _content_span(doc, comp, cue, lang)
    else:
        speaker, content = _inverted(doc, lang, cue)
    if speaker is None or content is None:
        return None
    if pattern.weak and not strong_speaker(doc, speaker, lang):
        return None
    if pattern.needs_complement and not _complement_or_quote(doc, content, quoted, lang):
        return None
    if content[0] < speaker[1] and speaker[0] < content[1]:
        return None
    if _sentence_between(doc, content[1], cue.i, quoted):
        return None
    if perceived_scene(doc, lang, cue.i, *content):
        return None
    return _attribution(doc, text, lang, (cue.i, cue.i + 1), speaker, content, pattern, quoted)


def _inverted(
    doc: Doc, lang: LangData, cue: Token
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """``Y, zegt X``: the clause before the comma, and the phrase after the cue."""
    sent = cue.sent
    comma = cue.i - 1
    if cue.dep_ not in INVERTED_RELATIONS or cue.head.i >= cue.i or comma <= sent.start:
        return None, None
    if doc[comma].text != ",":
        return None, None
    after = [
        c
        for c in cue.children
        if c.i > cue.i and c.dep_ in INVERTED_SPEAKER_RELATIONS and c.pos_ in SPEAKER_POS
    ]
    if not after:
        return None, None
    speaker = _speaker_span(doc, after[:1], lang)
    return speaker, _trim(doc, max(cue.head.left_edge.i, sent.start), comma, lang)


def _according(
    doc: Doc, text: str, lang: LangData, cue: Token, quoted: list[tuple[int, int]]
) -> Attribution | None:
    noun = cue.head
    clause = noun.head
    if noun.i <= cue.i or clause.i == noun.i:
        return None
    sent = cue.sent
    speaker = noun_phrase_after(doc, cue.i + 1, sent.end, lang)
    if speaker is None or not plausible_speaker(doc, speaker, lang):
        return None
    start, end = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
    after = _trim(doc, speaker[1], end, lang)
    content = after if after is not None else _trim(doc, start, cue.i, lang)
    if content is None:
        return None
    pattern = next(p for p in lang.cues_by_first[cue.lower_] if p.kind == "according")
    return _attribution(doc, text, lang, (cue.i, cue.i + 1), speaker, content, pattern, quoted)


def _attribution(
    doc: Doc,
    text: str,
    lang: LangData,
    cue: tuple[int, int],
    speaker: tuple[int, int],
    content: tuple[int, int],
    pattern: CuePattern,
    quoted: list[tuple[int, int]],
) -> Attribution:
    """``text`` is ``doc.text``, read once per article by the caller."""
    spans = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1])) for s, e in (cue, speaker, content)]
    cue_span, speaker_span, content_span = spans
    content_span = _quote_trimmed(text, content_span, quoted)
    cue_words = [t.lower_ for t in doc[cue[0] : cue[1]]]
    content_words = [t.lower_ for t in doc[content[0] : content[1]]]
    stance, confidence = decide_stance(pattern, cue_words, content_words, lang)
    return Attribution(
        speaker=canonical_name(text[speaker_span[0] : speaker_span[1]], lang),
        speaker_span=speaker_span,
        cue=text[cue_span[0] : cue_span[1]],
        cue_span=cue_span,
        content_span=content_span,
        type=quote_type(text, content_span, quoted),
        stance=stance,
        act=decide_act(pattern, pattern.act, content_words, lang, stance),
        confidence=round(confidence * CONFIDENCE, 3),
    )
