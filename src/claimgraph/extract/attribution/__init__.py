"""Attribution: who says what, through which cue, quoted or paraphrased.

Works on a tokenized, sentence-split spaCy Doc plus the language's data files. Four passes:
1. quotations with a cue next to them (``“…”, zei Zelensky``; ``Blinken: “…”``);
2. reporting cues in running text (``X ontkent dat …``, ``volgens X …``, ``…, aldus X``);
3. headline-style colon statements (``Europees Hof: Studies moeten openbaar``);
4. continuation quotes (later quoted sentences of the same speaker, with no cue of their own).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.attribution.acts import (
    deed_act,
    formal_act,
    legal_act,
    participle_topic,
    perceived_scene,
    person_pronoun_only,
    relative_antecedent,
    topic_phrase,
)
from claimgraph.extract.attribution.complements import (
    _addressee_cue,
    _adverbial_at,
    _after_addressee,
    _complement_opening,
    _content_precedes,
    _phrase_ends_clause,
    _quote_after_addressee,
    _quote_after_lead_in,
    _quote_near,
    _skip_complementizer,
)
from claimgraph.extract.attribution.constants import (
    ACRONYM,
    CLAUSE_EDGES,
    CLAUSE_POS,
    COLON,
    COMPLEMENT_REACH,
    CONTINUATION_WINDOW,
    PARAGRAPH_BREAK,
    PASSIVE_RELATIONS,
    PERSON_PRONOUNS,
    QUOTE_REACH,
    RELATIVE_CLAUSES,
    SENTENCE_ENDS,
    SOURCE_HEAD_POS,
    SUBJECT_OPENER_POS,
    SUBJECT_RELATIONS,
    SUBJECT_TRAILERS,
    TRAILING,
    VERB_KINDS,
)
from claimgraph.extract.attribution.contents import (
    _adverbial_clause_end,
    _before_attributed_quote,
    _clause_opening,
    _complement_end,
    _content_end,
    _light_verb,
    _main_clause_after_aside,
    _named_complement_stop,
    _parenthetical_content,
)
from claimgraph.extract.attribution.context import (
    CueHit,
    _add,
    _add_quotation,
    _char_span,
    _Context,
    _cue_at,
    _joined_cues,
    _trim,
    find_cues,
)
from claimgraph.extract.attribution.names import _subject_names
from claimgraph.extract.attribution.quotations import _cue_then_quote, _quote_then_cue
from claimgraph.extract.attribution.subjects import (
    _apposed_phrase,
    _clause_start,
    _finite,
    _finite_word,
    _flat_end,
    _focus_particle,
    _gap_subject,
    _named_source,
    _participle_cue,
    _speaker_after,
    _subject_before,
    _subject_phrase,
)
from claimgraph.extract.parsed import doc_text
from claimgraph.extract.quotes import Quote, find_quotes, trim_inner
from claimgraph.extract.speakers import (
    VERB_POS,
    canonical_name,
    is_capitalised,
    noun_phrase_after,
    numbered_pronouns,
    plausible_speaker,
    resolve_demonstratives,
    resolve_speakers,
    strong_speaker,
    without_suffix,
)
from claimgraph.extract.stance import decide_act, decide_stance
from claimgraph.lang import CuePattern, LangData
from claimgraph.model import Attribution

__all__ = [
    "COLON",
    "CONTINUATION_WINDOW",
    "deed_act",
    "extract_attributions",
    "formal_act",
    "legal_act",
    "participle_topic",
    "perceived_scene",
    "person_pronoun_only",
    "relative_antecedent",
]


# "blijkt uit" (grammar evidential_verbs): a finding reported by the document or figures it
# comes from; not in cues.toml, whose words are features of the learned model
EVIDENCE = CuePattern(parts=(frozenset(),), stance="assert", act="statement")
OBJECT_RELATIONS = frozenset({"obj", "dobj"})
CONTROLLED_RELATIONS = frozenset({"conj", "xcomp"})  # a verb sharing its head's subject
# the words of a demanded penalty before an agentless participle ("fors hogere straffen geëist")
DEMANDED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "CCONJ"})
SOURCE_STOPS = CLAUSE_EDGES | {'"', "“", "”", "''", "."}  # where a governed source phrase ends
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})  # what a possessive pronoun precedes
# "\n – European Court of Justice": a line of a dash and a source closing a block quotation
BYLINE = re.compile(r"^[ \t]*[–—―][ \t]*(\S[^\n]*)$", re.MULTILINE)
# '“...” ― Sonya Herridge': a dash and a source closing a quotation's own line
QUOTE_BYLINE = re.compile(r"[ \t\xa0]*[–—―][ \t\xa0]*(\S[^\n]*)")
BYLINE_NAME_END = re.compile(r"[,(\"“]")  # '– Judge Victor Marrero, "Decision and Order"'
BLOCK_PARAGRAPHS = 4  # paragraphs of a block quotation between its lead-in and its byline
BYLINE_MAX_TOKENS = 8


def _coordinated_quote(ctx: _Context, speaker: tuple[int, int], hit: CueHit, i: int) -> None:
    """``said on Friday "A" and "B"``: a quotation joined to the quoted content at token ``i`` by
    one of the language's ``quote_coordinators`` gets the same speaker and cue."""
    if i < len(ctx.doc) and ctx.doc[i].text == ",":
        i += 1
    if i + 1 >= len(ctx.doc) or ctx.low(i) not in ctx.lang.words("quote_coordinators"):
        return
    nxt = ctx.quote_opening_at(ctx.doc[i + 1].idx)
    if nxt is not None:
        _add_quotation(ctx, speaker, hit, nxt)


def _inverted_pronoun(ctx: _Context, hit: CueHit) -> bool:
    """In a verb-second language, a personal pronoun right after the cue verb that the parse
    makes its subject: the phrase before the verb is a fronted adverbial, not the speaker."""
    if not ctx.lang.verb_second or hit.end >= len(ctx.doc):
        return False
    tok = ctx.doc[hit.end]
    return (
        tok.lower_ in ctx.lang.pronouns
        and tok.dep_ in SUBJECT_RELATIONS
        and tok.head.i in range(hit.start, hit.end)
    )


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
    after = (max(np[1], governed[1]) if governed else np[1], sent.end)
    comma_before = hit.start > sent.start and ctx.doc[hit.start - 1].text == ","
    # "... 46 percent to 39 percent according to a CBS poll.": nothing follows the source
    ends_sentence = all(ctx.doc[i].is_punct or ctx.doc[i].is_space for i in range(*after))
    use_before = (comma_before or ends_sentence) and (hit.start - sent.start >= 3)
    start, end = before if use_before else after
    start = _skip_complementizer(ctx, start, end)
    if end - start >= 2:
        _add(ctx, np, hit, _trim(ctx, start, end))


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
    np = noun_phrase_after(ctx.doc, hit.end, sent.end, ctx.lang)
    if np is None or hit.start - sent.start < 2 or not plausible_speaker(ctx.doc, np, ctx.lang):
        return
    _add(ctx, np, hit, _trim(ctx, sent.start, hit.start))


def _previous_speaker(ctx: _Context, sent: Span, before: int) -> Attribution | None:
    """The item whose speaker stands last in ``sent`` before character ``before``."""
    inside = [
        a
        for a in ctx.attributions
        if a.speaker_span and sent.start_char <= a.speaker_span[0] < before
    ]
    return max(inside, key=lambda a: a.speaker_span[0], default=None)


def _sentence_subject(ctx: _Context, sent: Span, hit: CueHit) -> tuple[int, int] | None:
    """``Theresa May zwicht voor de druk en beloofde dat …``: the first conjunct's subject."""
    if ctx.low(sent.start) in ctx.lang.words("adverbial_openers"):
        return None
    np = noun_phrase_after(ctx.doc, sent.start, hit.start, ctx.lang)
    if np and not ctx.lang.verb_second and ctx.doc[np[0]].pos_ not in SUBJECT_OPENER_POS:
        # "By the end of the day, Mr. Trump was forced ... and said": the opener is no noun;
        # the parse may know the subject of the verb the cue is coordinated with
        return _controller_subject(ctx, hit)
    return np if np and strong_speaker(ctx.doc, np, ctx.lang) else None


def _controller_subject(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """The parsed subject of the cue verb, else of the verb it is coordinated with or controlled
    by (``CONTROLLED_RELATIONS``, at most three steps up), left of the cue."""
    verb = ctx.doc[hit.start]
    relations = ctx.lang.words("subject_relations")
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in relations), None)
        if subject is not None:
            return _parsed_phrase(ctx, subject, hit.start)
        if verb.dep_ not in CONTROLLED_RELATIONS or verb.head is verb:
            return None
        verb = verb.head
    return None


def _parsed_phrase(ctx: _Context, subject: Token, limit: int) -> tuple[int, int] | None:
    """A parsed subject's phrase before token ``limit`` when its head is a noun, a number or a
    pronoun other than ``non_speakers`` (``the pilot``, ``at least 21,000``, ``most``)."""
    end = _flat_end(ctx.doc, subject)
    start = subject.left_edge.i
    while start < end and ctx.doc[start].is_punct:
        start += 1
    if end > limit or start >= end or subject.lower_ in ctx.lang.words("non_speakers"):
        return None
    if subject.pos_ not in SUBJECT_OPENER_POS or any(ctx.in_quote(t) for t in ctx.doc[start:end]):
        return None
    return start, end


def _relative_on_speaker(ctx: _Context, sent: Span, hit: CueHit, np: tuple[int, int]) -> bool:
    """``Avonturiers ... hoeven niet te wanhopen, zegt het bedrijf dat die reis zou verzorgen``:
    after a clause with a finite verb, a pronoun right after the inverted speaker that opens a
    relative clause on it (by the parse) is no complementizer (``Dedi Prasetyo, a spokesman,
    told the BBC that ...``: no clause before the comma, the "that" opens the content)."""
    if np[1] >= sent.end or not any(_finite_word(t) for t in ctx.doc[sent.start : hit.start - 1]):
        return False
    tok = ctx.doc[np[1]]
    clause = tok.head
    return tok.pos_ == "PRON" and clause.dep_ == "acl:relcl" and clause.head.i < tok.i


def _anaphoric_content(ctx: _Context, sent: Span, hit: CueHit) -> bool:
    """``<claim>. Dat zegt X in een interview.``, ``<claim>. Dat heeft de NCTV gisteren
    bekendgemaakt.``: the demonstrative subject stands for the previous sentence, which is the
    content."""
    first = sent.start
    if first == 0 or ctx.low(first) not in ctx.lang.words("anaphoric_subjects"):
        return False
    if hit.start == first + 1:
        np = _speaker_after(ctx, hit, sent.end)
    else:
        np = _subject_before_participle(ctx, first + 1, hit)
    if np is None or not plausible_speaker(ctx.doc, np, ctx.lang):
        return False
    prev = ctx.doc[first - 1].sent
    content = _trim(ctx, prev.start, prev.end)
    _drop_guessed(ctx, content)
    _add(ctx, np, hit, content)
    return True


def _drop_guessed(ctx: _Context, content: tuple[int, int]) -> None:
    """Drop an item without a cue whose content is ``content``: a continuation that guessed the
    source of the sentence a later cue names (``<claim>. Dit heeft het Hof bepaald.``)."""
    ctx.attributions[:] = [
        a for a in ctx.attributions if a.cue_span is not None or a.content_span != content
    ]


def _subject_before_participle(ctx: _Context, aux: int, hit: CueHit) -> tuple[int, int] | None:
    """``Dat heeft de NCTV gisteren bekendgemaakt``: in the perfect of a verb-second clause the
    finite auxiliary (grammar ``perfect_auxiliaries``) follows the fronted demonstrative and the
    subject follows the auxiliary, before the clause-final cue participle (past adverbs, an
    indirect object); the phrase right after the auxiliary, or None. The parser often makes the
    auxiliary the root and the subject its object, so this reads the word order."""
    if ctx.low(aux) not in ctx.lang.words("perfect_auxiliaries"):
        return None
    np = noun_phrase_after(ctx.doc, aux + 1, hit.start, ctx.lang)
    if np is None or (hit.pattern.weak and not strong_speaker(ctx.doc, np, ctx.lang)):
        return None
    between = ctx.doc[np[1] : hit.start]
    if any(t.pos_ in CLAUSE_POS or t.text in CLAUSE_EDGES - {"(", ")"} for t in between):
        return None
    return np


def _object_possessor(ctx: _Context, i: int, end: int) -> bool:
    """Whether a phrase ending before token ``i`` is a possessor (``questioned the President's
    power``): the cue's object, not a speaker after it."""
    return i < end and ctx.low(i) in ctx.lang.words("possessive_suffixes")


def _verb_follows(ctx: _Context, i: int, end: int) -> bool:
    """Whether a verb comes right after a phrase ending before token ``i`` (``he would``), past
    adverbs (``she almost always treated``)."""
    while i < end and ctx.doc[i].pos_ == "ADV":
        i += 1
    return i < end and ctx.doc[i].pos_ in VERB_POS


def _parsed_subject(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """The cue verb's subject in the parse where the words before the cue gave none (``Mr.
    Regalado, 69, said``); a relative pronoun stands for the noun its clause modifies (``Jeb
    Bush, who announced``). None on a Doc without a parse."""
    verb = ctx.doc[hit.start]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_RELATIONS), None)
    if subject is None:
        return None
    if subject.lower_ in ctx.lang.words("non_speakers") and verb.dep_ in RELATIVE_CLAUSES:
        subject = verb.head
    return _subject_phrase(ctx, subject, hit.start)


def _adjunct_subject(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """``officials told state media, adding that X``, ``addressed reporters, calling for X``: a
    present-participle cue that modifies an earlier verb (the language's
    ``participle_adjunct_relations``) reports for that verb's subject (through coordinated and
    controlled verbs, as the parse links them); a passive subject is no speaker."""
    verb = ctx.doc[hit.start]
    if verb.dep_ not in ctx.lang.words("participle_adjunct_relations") or verb.head.i >= verb.i:
        return None
    if not ("Ger" in verb.morph.get("VerbForm") or "Pres" in verb.morph.get("Tense")):
        return None
    head = verb.head
    if any(c.lower_ in ctx.lang.words("object_control_marks") for c in verb.children):
        return _cited_object(ctx, hit)
    for _ in range(3):
        subject = next((c for c in head.children if c.dep_ in SUBJECT_RELATIONS), None)
        if subject is not None:
            return _subject_phrase(ctx, subject, hit.start) or _noun_subject(ctx, subject, hit)
        if head.dep_ not in ctx.lang.words("participle_adjunct_relations") or head.head is head:
            return None
        head = head.head
    return None


def _cited_object(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """``The BBC cited Budi Gunawan as saying X``, ``quoted one of Carson's advisers as saying
    X``: a participle cue marked by one of the language's ``object_control_marks`` after the
    verb it modifies speaks for that verb's object: its phrase (``Budi Gunawan``), else its whole
    subtree where its head alone is no speaker (``one of Carson's advisers``)."""
    verb = ctx.doc[hit.start]
    if verb.head.i >= verb.i or not any(
        c.lower_ in ctx.lang.words("object_control_marks") for c in verb.children
    ):
        return None
    obj = next((c for c in verb.head.children if c.dep_ in ("obj", "iobj")), None)
    if obj is None:
        return None
    phrase = _subject_phrase(ctx, obj, hit.start)
    whole = (obj.left_edge.i, obj.right_edge.i + 1)
    if phrase is not None or whole[1] > hit.start:
        return phrase
    return whole if plausible_speaker(ctx.doc, whole, ctx.lang) else None


def _noun_subject(ctx: _Context, subject: Token, hit: CueHit) -> tuple[int, int] | None:
    """``His campaign sued the DNC, claiming X``: the controller's parsed subject with a noun
    head, also when no source noun marks it as a speaker."""
    span = (subject.left_edge.i, _flat_end(ctx.doc, subject))
    if subject.pos_ not in SOURCE_HEAD_POS or span[1] > hit.start:
        return None
    words = ctx.doc[span[0] : span[1]]
    if any(ctx.in_quote(t) or t.is_punct or t.pos_ in CLAUSE_POS for t in words):
        return None  # a clause or a quotation, not a phrase
    return span


def _verb_final_object(ctx: _Context, sent: Span, hit: CueHit, start: int) -> bool:
    """``China heeft de arrestatie van Meng scherp veroordeeld.``, ``toen premier Rutte de
    CO2-heffing aankondigde``: in a verb-second language an active cue that ends its clause as
    a participle or a subordinate clause's finite verb has its object as content, between the
    subject (with its auxiliary) and the cue. Whether an item was added."""
    if not ctx.lang.verb_second or hit.end - hit.start != 1:
        return False
    verb = ctx.doc[hit.start]
    if not set(verb.morph.get("VerbForm")) & {"Part", "Fin"}:
        return False  # an infinitive ("kon het huis niet vinden") is seldom a report
    if any(c.dep_ in PASSIVE_RELATIONS for c in verb.children):
        return False
    after = ctx.doc[hit.end] if hit.end < sent.end else None
    if after is not None and not (
        after.is_punct
        or (after.pos_ == "SCONJ" and after.lower_ not in ctx.lang.words("complementizers"))
    ):
        return False  # "vinden dat ...": the complement follows the cue
    if any(a.content_span[0] <= verb.idx < a.content_span[1] for a in ctx.attributions):
        return False  # "vertelde hij dat zij om een partner had gevraagd": reported, not reporting
    subject = _verb_final_subject(ctx, verb) or _subject_before_finite(ctx, start, hit.start)
    if subject is None or subject[1] >= hit.start:
        return False
    if hit.pattern.weak and not strong_speaker(ctx.doc, subject, ctx.lang):
        return False
    i, end = subject[1], hit.start
    while i < end and _outside_object(ctx, i):
        i += 1
    while end > i and (_outside_object(ctx, end - 1) or ctx.doc[end - 1].is_punct):
        end -= 1
    words = ctx.doc[i:end]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in words) or any(_finite(t) for t in words):
        return False
    _add(ctx, subject, hit, _trim(ctx, i, end))
    return True


def _passive_with_agent(ctx: _Context, sent: Span, hit: CueHit) -> bool:
    """``Het besluit haar paspoort in te trekken is bekritiseerd door Labour``: a participle cue
    followed by its agent (the language's ``agent_markers``) has the agent as speaker and the
    clause's subject, before its finite auxiliary, as content. Whether an item was added."""
    markers = ctx.lang.words("agent_markers")
    if not markers or hit.end >= sent.end or ctx.low(hit.end) not in markers:
        return False
    if "Part" not in ctx.doc[hit.end - 1].morph.get("VerbForm"):
        return False
    if _addressee_cue(ctx, hit):
        return False  # "he was told by the minister of X": the subject is the one addressed
    agent = noun_phrase_after(ctx.doc, hit.end + 1, sent.end, ctx.lang)
    if agent is None or not strong_speaker(ctx.doc, agent, ctx.lang):
        return False
    start, _ = _clause_start(ctx, sent, hit.start)
    aux = next((j for j in range(start, hit.start) if _finite(ctx.doc[j])), None)
    if aux is None or aux - start < 2 or ctx.doc[start].pos_ in CLAUSE_POS:
        return False
    if not any(t.pos_ in ("NOUN", "PROPN") for t in ctx.doc[start:aux]):
        return False
    _add(ctx, agent, hit, _trim(ctx, start, aux))
    return True


def _verb_final_subject(ctx: _Context, verb: Token) -> tuple[int, int] | None:
    """The parsed subject of a clause-final cue, or of the finite verb it hangs from (``China
    heeft ... veroordeeld`` is parsed with ``heeft`` as the head), left of the cue."""
    heads = [verb]
    if verb.head.i < verb.i and _finite(verb.head):
        heads.append(verb.head)
    for head in heads:
        subject = next(
            (c for c in head.children if c.dep_ in SUBJECT_RELATIONS and c.i < verb.i), None
        )
        if subject is None:
            continue
        end = subject.i + 1
        # "premier Rutte" is parsed as a title with a name beside it
        while end < verb.i and (
            (ctx.doc[end].dep_ == "flat" and ctx.doc[end].head == subject)
            or ctx.doc[end].pos_ == "PROPN"
        ):
            end += 1
        span = (subject.left_edge.i, end)
        return span if plausible_speaker(ctx.doc, span, ctx.lang) else None
    return None


def _outside_object(ctx: _Context, i: int) -> bool:
    """An auxiliary, adverb or adverbial word around a verb-final cue's object."""
    tok = ctx.doc[i]
    return ctx.low(i) in ctx.lang.words("verb_group") or (
        tok.pos_ in SUBJECT_TRAILERS and tok.text.islower()
    )


def _subject_before_finite(ctx: _Context, start: int, cue: int) -> tuple[int, int] | None:
    """``De 46-jarige Nielsen heeft haar vertrek bevestigd`` parsed without a subject: the words
    from the clause start to its finite verb, when they are a plausible speaker."""
    if ctx.low(start) in ctx.lang.words("adverbial_openers"):
        return None
    k = next((j for j in range(start, cue) if _finite(ctx.doc[j])), None)
    if k is None or k == start or not plausible_speaker(ctx.doc, (start, k), ctx.lang):
        return None
    return (start, k)


def _passive(ctx: _Context, hit: CueHit) -> bool:
    """The cue is a passive participle (``was found``, ``tested and questioned``) or opens with a
    passive auxiliary (``wordt verdacht van``): its subject is the patient, not a speaker; a
    finite cue is never one, whatever the parse hangs under it. Dependency labels from the
    language's ``passive_relations``; where the language lists ``passive_auxiliaries``, one of them must be there too (``The police
    announced on Sunday they ...``: a passive subject without an auxiliary is a parser error)."""
    relations = ctx.lang.words("passive_relations")
    if not relations:
        return False
    tok = ctx.doc[hit.start]
    auxiliaries = ctx.lang.words("passive_auxiliaries")
    if tok.dep_ in relations and tok.dep_ in auxiliaries:
        return True  # the cue opens with its passive auxiliary ("wordt verdacht van")
    if "Fin" in tok.morph.get("VerbForm"):
        return False  # a finite verb is no passive participle ("worden X lastiggevallen, zegt")
    if _reduced_relative(tok):
        return True
    verbs = [tok]
    if tok.dep_ == "conj" and "Part" in tok.morph.get("VerbForm"):
        verbs.append(tok.head)  # "was tested and questioned": the participle shares the passive
    return any(
        {c.dep_ for c in v.children} & relations
        and (not auxiliaries or any(c.dep_ in auxiliaries for c in v.children))
        for v in verbs
    )


def _reduced_relative(tok: Token) -> bool:
    """A past participle without a subject of its own that modifies the noun right before it
    (``a basic R0 estimated in the range 2-4``): a passive without its auxiliary, whose noun is
    the patient, not a speaker (``the hairs that Wang described as ...`` has its subject). Not
    after a comma or under a noun the parser made the root or a subject: there its participle is
    as often the sentence's finite verb (``David Axelrod on Wednesday called on ...``, ``Police
    confirmed on Sunday that ...``)."""
    return (
        tok.dep_ in RELATIVE_CLAUSES
        and tok.head.i < tok.i
        and tok.morph.get("VerbForm") == ["Part"]
        and tok.morph.get("Tense") == ["Past"]
        and not any(c.dep_ in SUBJECT_RELATIONS for c in tok.children)
        and not tok.doc[tok.i - 1].is_punct
        and tok.head.head.i != tok.head.i
        and not tok.head.dep_.startswith("nsubj")
    )


def _passive_accusation(ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit]) -> None:
    """``X is accused of Y`` (ANNOTATION.md rule 6): the charge after the cue, its agent left
    implicit (no speaker); other passives (``was found``, ``was questioned``) attribute nothing."""
    if hit.act != "accusation":
        return
    end = _content_end(ctx, sent, hit, hits)
    if end - hit.end >= 2:
        agent = _passive_agent(ctx, hit, end)
        source = "" if agent else _criminal_case_accuser(ctx)
        _add(ctx, agent, hit, _trim(ctx, hit.end, end), speaker_name=source)


def _criminal_case_accuser(ctx: _Context) -> str:
    """The accuser of an agentless ``is accused of`` in an article about a criminal case: the
    prosecution (ANNOTATION.md rule 6: the agent may be known by its role in the story). The
    article is about one when it uses a word of the language's ``criminal_case_words``
    (``trial``, ``indicted``); the accuser is its ``criminal_case_accuser`` (its canonical name:
    Dutch ``om``, ``Openbaar Ministerie``); else empty."""
    accuser, words = ctx.lang.words("criminal_case_accuser"), ctx.lang.words("criminal_case_words")
    if len(accuser) != 1 or not ctx.where(words, 0, len(ctx.doc)):
        return ""
    return canonical_name(next(iter(accuser)), ctx.lang)  # "om" -> "Openbaar Ministerie"


def _passive_agent(ctx: _Context, hit: CueHit, end: int) -> tuple[int, int] | None:
    """``was accused by a female reporter, who ..., of X``: the agent phrase, when it is a
    plausible speaker."""
    if ctx.low(hit.end) not in ctx.lang.words("agent_markers"):
        return None
    agent = _agent_phrase(ctx, hit, end)
    return agent if agent is not None and plausible_speaker(ctx.doc, agent, ctx.lang) else None


def _agent_phrase(ctx: _Context, hit: CueHit, end: int) -> tuple[int, int] | None:
    """The phrase before token ``end`` that the agent marker right after a cue governs, up to its
    head noun and the names joined to it (``by a female Breitbart reporter, who ...``); without
    a parse, the noun phrase after the marker."""
    if hit.end + 1 >= end:
        return None
    if not ctx.doc.has_annotation("DEP"):
        return noun_phrase_after(ctx.doc, hit.end + 1, end, ctx.lang)
    head = ctx.doc[hit.end].head
    if head.i <= hit.end or head.pos_ not in SOURCE_HEAD_POS:
        return None
    agent = (hit.end + 1, _flat_end(ctx.doc, head))
    return agent if agent[1] <= end else None


def _fronted_participle(ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit]) -> bool:
    """``Calling it as "just another apology", Anna Franowska told Reuters "..."``, ``Saying
    "...", President Fernández elaborated``: a sentence that opens with a present-participle cue
    reports for the subject of its main clause, the phrase before the next verb cue; the content
    runs to the comma that closes the participle's clause (a quotation right after the cue is
    the content itself). Not in a verb-second language. Whether such an item was made."""
    if ctx.lang.verb_second or hit.start != sent.start or not _participle_cue(ctx, hit):
        return False
    close = _fronted_clause_end(ctx, hit, sent)
    main = next((h for h in hits if close is not None and h.start > close), None)
    if close is None or main is None or main.pattern.kind != "verb":
        return False
    start = close + 1 if ctx.texts[close] == "," else close
    speaker = noun_phrase_after(ctx.doc, start, main.start, ctx.lang)
    if speaker is None or not plausible_speaker(ctx.doc, speaker, ctx.lang):
        speaker = _main_subject(ctx, main, start)
    if speaker is None:
        return False
    quote = ctx.quote_opening_at(ctx.doc[hit.end].idx) if hit.end < close else None
    ctx.fronted[sent.start] = speaker
    if quote is not None:
        _add(ctx, speaker, hit, trim_inner(ctx.text, *quote.inner), kind="direct")
        ctx.quoted_spans.add(quote.outer)
    elif not topic_phrase(ctx.doc[hit.end : close]):
        _add(ctx, speaker, hit, _trim(ctx, hit.end, close))
    return True


def _adverbial_participle_subject(ctx: _Context, sent: Span, hit: CueHit) -> tuple[int, int] | None:
    """``Russia accused Ukraine of ... after reporting two drones crashed``: a participle cue
    after a subordinator (``participle_subordinators``) reports for the subject of the
    sentence's main clause, not for the words between them. Not in a verb-second language."""
    if ctx.lang.verb_second or hit.start - 1 <= sent.start or not _participle_cue(ctx, hit):
        return None
    if ctx.low(hit.start - 1) not in ctx.lang.words("participle_subordinators"):
        return None
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_RELATIONS), None)
    if subject is None or subject.pos_ not in SOURCE_HEAD_POS:
        return None
    return _subject_phrase(ctx, subject, hit.start)


def _main_subject(ctx: _Context, main: CueHit, start: int) -> tuple[int, int] | None:
    """The parsed noun subject of the main cue, between token ``start`` and the cue (``the
    archbishop said``)."""
    verb = ctx.doc[main.start]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_RELATIONS), None)
    if subject is None or subject.pos_ not in SOURCE_HEAD_POS:
        return None
    span = (subject.left_edge.i, _flat_end(ctx.doc, subject))
    return span if start <= span[0] and span[1] <= main.start else None


def _fronted_clause_end(ctx: _Context, hit: CueHit, sent: Span) -> int | None:
    """The comma outside quotations that closes a sentence-opening participle's clause, else
    the token after a quotation in it that a phrase follows (``Calling it a "culture of death"
    the archbishop said``); None if neither comes within ``COMPLEMENT_REACH`` words."""
    quoted_end = None
    for j in range(hit.end, min(sent.end, hit.end + COMPLEMENT_REACH * 2)):
        tok = ctx.doc[j]
        if ctx.in_quote(tok):
            quoted_end = j + 1
            continue
        if tok.text == ",":
            return j
        if quoted_end == j and not tok.is_punct:
            return j if j - hit.end <= COMPLEMENT_REACH else None
    return None


def _agentless_participle(ctx: _Context, sent: Span, hit: CueHit) -> bool:
    """``Drie jaar geëist voor ...``, ``zijn fors hogere straffen geëist``: a participle of the
    language's ``agentless_participles`` has the phrase right before it as content; its source
    is found once the article's other items are known (``_agentless_sources``). With a parsed
    subject that names a source (``had de Spaanse justitie vier jaar cel geëist``) that subject
    is the speaker. Whether the cue is such a participle."""
    if hit.end - hit.start != 1 or ctx.low(hit.start) not in ctx.lang.words(
        "agentless_participles"
    ):
        return False
    edges = [t.i for t in ctx.doc[sent.start : hit.start] if t.text in CLAUSE_EDGES]
    words = ctx.doc[edges[-1] + 1 if edges else sent.start : hit.start]
    subject = next((t for t in words if t.dep_ in SUBJECT_RELATIONS), None)
    verbs = [t.i for t in words if t.pos_ in ("AUX", "VERB")]
    if subject is not None and verbs:
        speaker = (subject.left_edge.i, subject.right_edge.i + 1)
        start = speaker[1]
        while start < hit.start and ctx.doc[start].pos_ in ("AUX", "VERB", "ADV"):
            start += 1
        if speaker[1] <= hit.start and strong_speaker(ctx.doc, speaker, ctx.lang):
            if start < hit.start:
                _add(ctx, speaker, hit, _trim(ctx, start, hit.start))
            return True
    start = hit.start
    while start > sent.start and ctx.doc[start - 1].pos_ in DEMANDED_POS:
        start -= 1
    while start < hit.start and ctx.doc[start].pos_ in ("DET", "CCONJ"):
        start += 1
    if any(t.pos_ in ("NOUN", "PROPN") for t in ctx.doc[start : hit.start]):
        ctx.agentless.append((hit, _trim(ctx, start, hit.start)))
        hit.used = True
    return True


def _agentless_sources(ctx: _Context) -> None:
    """ANNOTATION.md rule 6: the source of an agentless ``geëist`` is the speaker of the
    article's next item with the same act (``Dat eiste de officier van justitie``), else of the
    last one before it; without one nothing is added."""
    for hit, content in ctx.agentless:
        same = [a for a in ctx.attributions if a.speaker and a.cue and a.act == hit.act]
        later = [a for a in same if a.content_span[0] > content[0]]
        earlier = [a for a in same if a.content_span[0] < content[0]]
        source = min(later, key=lambda a: a.content_span[0]) if later else None
        source = source or max(earlier, key=lambda a: a.content_span[0], default=None)
        if source is not None:
            _add(ctx, None, hit, content, speaker_name=source.speaker)


def _reporting_verb(ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit]) -> None:
    doc, lang = ctx.doc, ctx.lang
    if hit.start > sent.start and ctx.low(hit.start - 1) in ("te", "to"):
        return
    if _passive_with_agent(ctx, sent, hit):
        return
    if _agentless_participle(ctx, sent, hit):
        return
    if _fronted_participle(ctx, sent, hit, hits):
        return
    if _passive(ctx, hit):
        _passive_accusation(ctx, sent, hit, hits)
        return
    if legal_act(doc[hit.start], hit.pattern.stance, hit.act, lang) or formal_act(
        doc[hit.start], lang
    ):
        return
    cue_start = doc[hit.start].idx
    if any(
        a.speaker_span and a.speaker_span[0] <= cue_start < a.speaker_span[1]
        for a in ctx.attributions
    ):
        return  # "according to the WHO report": a noun inside another item's source
    if _anaphoric_content(ctx, sent, hit):
        return
    end = _before_attributed_quote(ctx, hit.end, _content_end(ctx, sent, hit, hits))
    end = _adverbial_clause_end(ctx, hit, end)
    # "…, zegt X." : the content precedes the cue
    if hit.start - sent.start >= 3 and doc[hit.start - 1].text == ",":
        np = _speaker_after(ctx, hit, sent.end)
        if (
            np
            and plausible_speaker(doc, np, lang)
            and (_phrase_ends_clause(ctx, np[1], sent) or _relative_on_speaker(ctx, sent, hit, np))
        ):
            content = _parenthetical_content(ctx, sent, hit, np)
            _add(ctx, np, hit, content or _trim(ctx, sent.start, hit.start - 1))
            return
        gap = _gap_subject(ctx, hit)
        if gap and _phrase_ends_clause(ctx, hit.end, sent):
            # "…, laat de universiteit weten.": the subject stands inside the cue
            _add(ctx, gap, hit, _trim(ctx, sent.start, hit.start - 1))
            return
    start, coordinated = _clause_start(ctx, sent, hit.start, hits)
    first = _skip_complementizer(ctx, start, hit.start)
    if first < hit.start and ctx.low(first) in lang.words("relative_pronouns"):
        return  # "what Peskov says is a lie": the clause is the topic of someone else's claim
    if _verb_final_object(ctx, sent, hit, first):
        return
    owner = _noun_owner(ctx, hit)
    if owner is not None:
        end = _named_complement_stop(ctx, hit.end + 1, end)
    subject = owner or _subject_before(ctx, sent, hit, hits)
    # the words before the cue with their relative word: "A, which Ukraine denies" has A before
    # the comma
    phrase: tuple[int, int] | None = None
    relative = _relative_in_subject(ctx, subject, hit)
    if subject is not None and relative is not None:
        if ctx.low(relative) in lang.words("relative_pronouns"):
            return  # "behind what Russia says was an attack": as "what Peskov says is a lie"
        phrase, subject = subject, (relative + 1, subject[1])
    subject = _relative_antecedent(ctx, subject) or subject
    controller = _adverbial_participle_subject(ctx, sent, hit) or _cited_object(ctx, hit)
    if controller is not None:
        subject, phrase = controller, None
    if sent.start in ctx.fronted and not (subject and plausible_speaker(doc, subject, lang)):
        subject, phrase = ctx.fronted[sent.start], None  # "Calling it X, Anna Franowska … told"
    if subject and _inverted_pronoun(ctx, hit):
        subject = None  # "Tegenover de krant The Guardian vertelde hij dat": hij is the subject
    speaker: tuple[int, int] | None = None
    inherited: Attribution | None = None
    content_start = hit.end
    if (
        subject
        and plausible_speaker(doc, subject, lang)
        and _content_precedes(
            ctx, sent, (lead := _apposed_phrase(ctx, sent, phrase or subject, hit)), hit
        )
        and not (hit.pattern.weak and not strong_speaker(doc, subject, lang))
    ):
        after = _main_clause_after_aside(ctx, sent, hit, end)
        _add(ctx, subject, hit, after or _trim(ctx, sent.start, lead[0] - 1))
        return
    if subject and plausible_speaker(doc, subject, lang):
        speaker = subject
    elif subject is None and coordinated and start == hit.start:
        inherited = _previous_speaker(ctx, sent, cue_start)
        speaker = None if inherited else _sentence_subject(ctx, sent, hit)
    else:
        np = noun_phrase_after(doc, hit.end, end, lang)
        adjunct = _adjunct_subject(ctx, hit)
        # "who announced he is suspending": a phrase followed by its verb is the subject of
        # the content, not an inverted speaker ("said Trump.")
        inverted = _gap_subject(ctx, hit)
        if adjunct is not None:
            speaker = adjunct
        elif inverted is not None:
            speaker = inverted
        elif (
            np
            and hit.pattern.speaker_after
            and not _participle_cue(ctx, hit)
            and plausible_speaker(doc, np, lang)
            and not _verb_follows(ctx, np[1], end)
            and not _object_possessor(ctx, np[1], end)
        ):
            speaker, content_start = np, np[1]
        elif np:
            speaker = _parsed_subject(ctx, hit) or _sentence_subject(ctx, sent, hit)
    if speaker is None and inherited is None:
        return
    if hit.pattern.weak and speaker and not strong_speaker(doc, speaker, lang):
        return
    first = content_start
    if speaker is not None and _denied_anaphor(ctx, hit, first, end):
        _add(ctx, speaker, hit, _trim(ctx, first, end))
        return
    content_start = _skip_complementizer(ctx, content_start, end)
    content_start = _complement_opening(ctx, hit, content_start, end)
    if _addressee_cue(ctx, hit) or _adverbial_at(ctx, content_start, end):
        content_start = _after_addressee(ctx, content_start, end)
    if perceived_scene(ctx.doc, ctx.lang, hit.start, content_start, end):
        return
    after_complementizer = ctx.low(content_start - 1) in lang.words("complementizers")
    quote = _quote_near(ctx, content_start, end, 1 if after_complementizer else QUOTE_REACH)
    if quote is None and _addressee_cue(ctx, hit):
        quote = _quote_after_addressee(ctx, content_start, end)
    if quote is None and not after_complementizer:
        quote = _quote_after_lead_in(ctx, content_start, end)
    if quote is not None and speaker is not None:
        # "said on Friday "We are …"": the quotation is the content, however many sentences
        if _add_quotation(ctx, speaker, hit, quote):
            _coordinated_quote(ctx, speaker, hit, ctx.token_at(quote.outer[1]))
        return
    if (
        hit.pattern.needs_complement
        and not after_complementizer  # also past adverbials: "schreeuwde daarna nog dat"
        and not _acronym_position(ctx, hit, speaker)
    ):
        return
    if end - content_start < (3 if hit.pattern.weak else 2):
        return
    if _lone_verb(ctx, content_start, end):
        return
    if hit.pattern.needs_clause and not _has_verb(ctx, content_start, end):
        return
    content = _trim(ctx, content_start, end)
    if inherited is not None:
        _add(ctx, None, hit, content, speaker_name=inherited.speaker)
        ctx.attributions[-1].speaker_span = inherited.speaker_span if ctx.attributions else None
    else:
        _add(ctx, speaker, hit, content)


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


def _relative_in_subject(ctx: _Context, subject: tuple[int, int] | None, hit: CueHit) -> int | None:
    """The last relative word inside the words before a cue (``the deal, which Trump said``,
    ``the attack that Russia claims targeted Putin``): the cue's subject starts after it. A
    relative word is a gap relative of the language data, or (where objects follow the verb) a
    pronoun the parse makes the cue's object although it stands before the cue's subject."""
    if subject is None:
        return None
    start, end = subject
    relatives = ctx.lang.words("gap_relatives") | ctx.lang.words("relative_pronouns")
    fronted_objects = not ctx.lang.verb_second
    for j in range(end - 2, start - 1, -1):
        tok = ctx.doc[j]
        if tok.lower_ in relatives or (
            fronted_objects
            and tok.pos_ == "PRON"
            and tok.head.i == hit.start
            and tok.dep_ in OBJECT_RELATIONS
        ):
            return j
    return _zero_relative_edge(ctx, subject, hit) if fronted_objects else None


def _zero_relative_edge(ctx: _Context, subject: tuple[int, int], hit: CueHit) -> int | None:
    """``the drone incident the Kremlin says aimed to ...``: a relative clause without a
    relative word; the word before the cue's parsed subject phrase ends the noun it modifies."""
    verb = ctx.doc[hit.start]
    if verb.dep_ != "acl:relcl":
        return None
    nsubj = next((c for c in verb.children if c.dep_ in SUBJECT_RELATIONS), None)
    if nsubj is None or not subject[0] < nsubj.left_edge.i <= nsubj.i < subject[1]:
        return None
    return nsubj.left_edge.i - 1


def _relative_antecedent(ctx: _Context, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    if subject is None or subject[1] - subject[0] != 1:
        return None
    return relative_antecedent(ctx.doc, ctx.lang, subject[0])


def _acronym_position(ctx: _Context, hit: CueHit, speaker: tuple[int, int] | None) -> bool:
    """``Het CDA wil ...``, ``Justitie wil 16 jaar cel``: what a party or body written as an
    acronym or named by one of the language's ``position_bodies`` wants (its ``position_cues``)
    is its position, also without a ``dat`` clause. Entity tags are not read: the pipeline
    skips the recogniser (``pipeline.UNUSED_COMPONENTS``)."""
    if speaker is None or ctx.low(hit.start) not in ctx.lang.words("position_cues"):
        return False
    if " ".join(ctx.lows(*speaker)) in ctx.lang.words("position_bodies"):
        return True
    return any(ACRONYM.match(t.text) for t in ctx.doc[speaker[0] : speaker[1]])


def _denied_anaphor(ctx: _Context, hit: CueHit, start: int, end: int) -> bool:
    """``De man ontkent dit alles.``, ``Zelf ontkent ze dat.``: a denial whose clause ends in a
    demonstrative of the language's ``denied_anaphors`` has it as content (the claim it points
    back to was made before)."""
    if hit.pattern.stance != "deny":
        return False
    # the tokenizer may keep the full stop on the word ("dat.")
    words = " ".join(
        ctx.low(i).rstrip(TRAILING) for i in range(start, end) if not ctx.doc[i].is_punct
    )
    return words in ctx.lang.words("denied_anaphors")


def _lone_verb(ctx: _Context, start: int, end: int) -> bool:
    """``kan zich voorstellen huurders vragen hebben``: a content of one word that is a verb (a
    part of speech in the language's ``lone_verb_pos``) is no claim; the cue was a noun."""
    words = [t for t in ctx.doc[start:end] if not t.is_punct]
    return len(words) == 1 and words[0].pos_.lower() in ctx.lang.words("lone_verb_pos")


def _has_verb(ctx: _Context, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` hold a verb (a clause, not a bare object)."""
    return any(t.pos_ in VERB_POS for t in ctx.doc[start:end])


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


def _colon_statement(ctx: _Context, sent: Span, hits: list[CueHit]) -> None:
    """``Europees Hof: Studies moeten openbaar`` (a short source, a colon, a statement)."""
    first_words = range(sent.start, min(sent.start + 8, sent.end))
    colon = next((i for i in first_words if ctx.texts[i] == ":"), None)
    if colon is None or colon == sent.start or sent.end - colon < 4:
        return
    if any(sent.start <= h.start < colon for h in hits):
        return  # "Rutte zei: …" belongs to the reporting verb
    speaker = (sent.start, colon)
    if ctx.in_quote(ctx.doc[colon]) or not strong_speaker(ctx.doc, speaker, ctx.lang):
        return
    if ctx.low(sent.start) in ctx.lang.words("adverbial_openers"):
        return  # "On Sudan: ..." is a topic, not a source
    if not _named_source(ctx, speaker):
        return  # "Opbrengst: nog eens 7 miljoen", "Lachend: ,,...": capitalised by position
    content = _trim(ctx, colon + 1, sent.end)
    # "Officier Huizenga: ,,Het is ...": the quotation after the colon is already an item
    if _found_content_in(ctx, *content):
        return
    _add(ctx, speaker, CueHit(colon, colon + 1, COLON, "statement"), content)


def _found_content_in(ctx: _Context, start: int, end: int) -> bool:
    """Whether an item found so far has content overlapping characters ``start:end``."""
    return any(a.content_span[0] < end and start < a.content_span[1] for a in ctx.attributions)


def _reported_continuation(ctx: _Context, sent: Span) -> None:
    """``Bovendien zouden slechts 2.761 mensen zich hebben gemeld.``: reportative ``zou`` in a
    sentence without a cue continues the paraphrase of the previous sentence's source."""
    reportative = ctx.lang.words("reportative")
    if sent.start == 0 or not any(
        not ctx.in_quote(ctx.doc[i]) for i in ctx.where(reportative, sent.start, sent.end)
    ):
        return
    source = _previous_source(ctx, sent)
    if source and len(sent) >= 5:
        _add(ctx, None, None, _trim(ctx, sent.start, sent.end), speaker_name=source.speaker)


def _previous_source(ctx: _Context, sent: Span) -> Attribution | None:
    """The last item whose content ends in the sentence before ``sent``, if ``sent`` has none."""
    if _found_content_in(ctx, sent.start_char, sent.end_char):
        return None
    prev = ctx.doc[sent.start - 1].sent
    source = [a for a in ctx.attributions if prev.start_char <= a.content_span[1] <= prev.end_char]
    return source[-1] if source else None


def _evidence(ctx: _Context, sent: Span) -> None:
    """``Uit gelekte dossiers bleek dat ...``, ``Hoewel ..., blijkt uit onderzoeken dat ...``,
    ``Twaalf procent ... was te zwaar, blijkt uit cijfers van het CBS.``: a finding whose source
    is the document, study or figures after ``uit`` (grammar ``evidential_verbs`` and
    ``evidential_sources``). Not after a reportative ``zou`` (``Uit bestanden zou blijken dat``:
    the source is whoever claims so) and not ``Dat blijkt uit X`` (what ``Dat`` covers is open)."""
    verbs, preps = ctx.lang.words("evidential_verbs"), ctx.lang.words("evidential_sources")
    for i in ctx.where(verbs, sent.start, sent.end):
        if ctx.in_quote(ctx.doc[i]):
            continue
        if i > sent.start and ctx.low(i - 1) in ctx.lang.words("reportative"):
            continue
        if i + 1 < sent.end and ctx.low(i + 1) in preps:
            cue = CueHit(i, i + 2, EVIDENCE, EVIDENCE.act)
            source = (i + 2, _phrase_end(ctx, i + 2, sent.end))
        elif ctx.low(sent.start) in preps and sent.start + 1 < i:
            # "In de brief van het schoolbestuur, ingezien door de Volkskrant, staat": to the comma
            source = (sent.start + 1, _phrase_end(ctx, sent.start + 1, i))
            cue = CueHit(i, i + 1, EVIDENCE, EVIDENCE.act)
        else:
            continue
        content = _evidence_content(ctx, sent, cue, source)
        if content is None or not plausible_speaker(ctx.doc, source, ctx.lang):
            continue
        span = _trim(ctx, *content)
        if not _found_content_in(ctx, *span):
            _add(ctx, source, cue, span, speaker_name=_document_owner(ctx, source))


def _document_owner(ctx: _Context, source: tuple[int, int]) -> str:
    """The owner of a document source (``blijkt uit cijfers van het CBS``, ``staat in het
    nieuwste Dreigingsbeeld ... van de NCTV``): the phrase after the first ``possessor_joiner``
    of the source phrase, when it may be a speaker; the gold names the owner, and the document
    only where the article names none (``In een rapport uit 2015 staat``). "" when none."""
    start, end = source
    joiners = ctx.lang.words("possessor_joiner")
    k = next((i for i in range(start + 1, end) if ctx.low(i) in joiners), None)
    if k is None:
        return ""
    owner = _past_determiners(ctx, k + 1, end)
    end = next((i for i in range(owner + 1, end) if _topic_preposition(ctx, i, end)), end)
    if owner >= end or not plausible_speaker(ctx.doc, (owner, end), ctx.lang):
        return ""
    return canonical_name(ctx.text[slice(*_char_span(ctx, owner, end))], ctx.lang)


def _topic_preposition(ctx: _Context, i: int, end: int) -> bool:
    """A preposition before ``end`` whose noun (past determiners) is lower case: it opens what
    the document is about (``onderzoek van de Volkskrant naar de zaak``), not a part of the
    owner's name (``Centraal Bureau voor de Statistiek``)."""
    if ctx.doc[i].pos_ != "ADP":
        return False
    j = _past_determiners(ctx, i + 1, end)
    return j < end and not is_capitalised(ctx.doc[j])


def _past_determiners(ctx: _Context, i: int, end: int) -> int:
    """The first token from ``i`` (before ``end``) that is not one of the language's determiners."""
    while i < end and ctx.low(i) in ctx.lang.words("determiners"):
        i += 1
    return i


def _phrase_end(ctx: _Context, start: int, end: int) -> int:
    """Where the noun phrase from token ``start`` ends: at a complementizer or punctuation."""
    complementizers = ctx.lang.words("complementizers")
    j = start
    while j < end and not ctx.doc[j].is_punct and ctx.low(j) not in complementizers:
        j += 1
    return j


def _evidence_content(
    ctx: _Context, sent: Span, cue: CueHit, source: tuple[int, int]
) -> tuple[int, int] | None:
    """The finding: a ``dat`` clause after the cue and its source (past a few adverbs), or the
    clause before ``, blijkt uit``."""
    complementizers = ctx.lang.words("complementizers")
    after = max(cue.end, source[1])
    for j in range(after, min(after + 4, sent.end)):
        if ctx.low(j) in complementizers and not _relative_on_source(ctx, j, source):
            return (j + 1, sent.end) if sent.end - j > 3 else None
        if ctx.doc[j].is_punct:
            break
    comma = cue.start - 1
    if comma > sent.start + 2 and ctx.doc[comma].text == "," and source[0] > cue.start:
        return sent.start, comma
    return None


def _relative_on_source(ctx: _Context, j: int, source: tuple[int, int]) -> bool:
    """A ``dat`` right after the source phrase that the parser makes a pronoun opens a relative
    clause on the source (``staat in het Dreigingsbeeld van de NCTV dat gisteren is
    verschenen``), not the finding."""
    return j == source[1] and ctx.doc[j].pos_ == "PRON"


def _demand_continuation(ctx: _Context, sent: Span) -> None:
    """``De toezichthouder wil dat ... Die bestuurder moet er ook voor zorgen dat ...``: a sentence
    without a cue whose main clause turns on a deontic modal (grammar ``deontic_modals``) goes on
    with the demand of the previous sentence's source."""
    deontic = ctx.lang.words("deontic_modals")
    if sent.start == 0 or not any(
        _main_clause_verb(ctx.doc[i], sent) and not ctx.in_quote(ctx.doc[i])
        for i in ctx.where(deontic, sent.start, sent.end)
    ):
        return
    source = _previous_source(ctx, sent)
    if source and len(sent) >= 5:
        att = _add(ctx, None, None, _trim(ctx, sent.start, sent.end), speaker_name=source.speaker)
        if att is not None:
            att.act = "demand"


def _main_clause_verb(tok: Token, sent: Span) -> bool:
    """``tok`` is the sentence's root or an auxiliary of it (not a verb of a subordinate clause)."""
    return tok.i == sent.root.i or (tok.dep_ == "aux" and tok.head.i == sent.root.i)


def _continuations(ctx: _Context) -> None:
    """Quoted sentences that continue the last direct attribution, with no cue of their own."""
    for q in ctx.quotes:
        if q.outer in ctx.quoted_spans or not _quoted_sentences(ctx, q):
            continue
        prior = [a for a in ctx.attributions if a.content_span[1] <= q.outer[0]]
        if not prior:
            continue
        last = max(prior, key=lambda a: a.content_span[1])
        if q.outer[0] - last.content_span[1] > CONTINUATION_WINDOW:
            continue
        speaker = _lead_in_subject(ctx, ctx.token_at(q.outer[0]), last)
        name = "" if speaker else last.speaker
        if _add(ctx, speaker, None, trim_inner(ctx.text, *q.inner), "direct", name):
            ctx.quoted_spans.add(q.outer)


def _lead_in_subject(ctx: _Context, i: int, last: Attribution) -> tuple[int, int] | None:
    """``Wild kon het verschil wel verklaren. 'Ik heb ...'``: a sentence between the last item
    and the quote at token ``i`` with a cue word that gave no item of its own (``verklaren``
    here has an object, no content) and a name or a personal pronoun for its subject introduces
    the quote's speaker."""
    if i == 0:
        return None
    sent = ctx.doc[i - 1].sent
    inside = sent.start_char < last.content_span[1] and not _nominal_item(ctx, last, sent)
    if inside or any(ctx.in_quote(t) for t in sent):
        return None
    subject = next((c for c in sent.root.children if c.dep_ in SUBJECT_RELATIONS), None)
    cueless = not any(h.pattern.kind == "verb" for h in find_cues(ctx, sent))
    if subject is None and cueless and sent.root.pos_ == "PROPN":
        # "Ook Martijn van Helvert (CDA) is niet ... geslagen": the parse hangs the verb on the name
        subject = sent.root
    if subject is None:
        return None
    if cueless:
        return _introduced_subject(ctx, subject, sent)
    pronoun = ctx.lang.pronouns.get(subject.lower_) in PERSON_PRONOUNS
    if not (pronoun or _name_word(subject)):
        return None
    return _subject_phrase(ctx, subject, sent.end)


def _name_word(tok: Token) -> bool:
    """A name, also a first name the tagger took for another word class with the surname hung on
    it (``Ekrem`` ADJ, ``Imamoglu`` its flat dependent)."""
    return tok.pos_ == "PROPN" or any(c.dep_ == "flat" and c.pos_ == "PROPN" for c in tok.children)


def _nominal_item(ctx: _Context, att: Attribution, sent: Span) -> bool:
    """An item of a nominal cue inside ``sent`` (``Van der Knaap ondersteunt het idee van
    Rai-voorzitter Van Eijck om ...``): a report within the sentence, whose subject the story
    goes on with."""
    if att.cue_span is None or att.cue_span[0] < sent.start_char:
        return False
    cue = ctx.text[att.cue_span[0] : att.cue_span[1]].lower()
    return any(c.kind == "noun" and c.parts[0] and cue in c.parts[0] for c in ctx.lang.cues)


def _introduced_subject(ctx: _Context, subject: Token, sent: Span) -> tuple[int, int] | None:
    """``Sietse Brouwer (63) loopt mee. 'We lopen ...'``: a sentence without a cue whose subject
    is a full name (first name and surname, also after a role noun) introduces the speaker of
    the quote after it. A lone surname or a pronoun there (``Melis A. leeft volgens een strikte
    uitleg van de islam.``) continues the story of whoever was quoted last."""
    name = subject if subject.pos_ == "PROPN" else _apposed_name(subject)
    if name is None:
        return None
    start = subject.left_edge.i
    end = _flat_end(ctx.doc, name)
    span = (start + _focus_particle(ctx, start, subject.i), end)  # "Ook Martijn van Helvert"
    if span[1] > sent.end or not plausible_speaker(ctx.doc, span, ctx.lang):
        return None
    names = [t for t in ctx.doc[name.i : span[1]] if t.pos_ == "PROPN" and t.is_alpha]
    return span if len(names) >= 2 else None


def _apposed_name(subject: Token) -> Token | None:
    """The name apposed right after a role noun (``Misdaadjournalist Peter R. de Vries``)."""
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if after is not None and after.dep_ == "appos" and after.head == subject:
        return after if after.pos_ == "PROPN" else None
    return None


def _quoted_sentences(ctx: _Context, q: Quote) -> bool:
    """A quotation that opens a sentence and is longer than a scare quote or a whole sentence
    itself (``"Everybody sues, right?"``); a whole sentence also where the parser does not split
    after the one before it (``he said.`` and a no-break space)."""
    inner = ctx.text[q.inner[0] : q.inner[1]].strip()
    if not inner:
        return False
    whole = inner[0].isupper() and inner[-1] in SENTENCE_ENDS
    first = ctx.token_at(q.outer[0])
    if first >= len(ctx.doc):
        return False  # "ontkent,,„''gisteren": the marks open inside the last token
    if ctx.doc[first].is_sent_start:
        return whole or q.words > ctx.lang.scare_quote_max_words
    before = q.outer[0]
    while before > 0 and ctx.text[before - 1].isspace():
        before -= 1
    return (whole and (before == 0 or ctx.text[before - 1] in SENTENCE_ENDS)) or _coordinated_rest(
        ctx, q, first
    )


def _coordinated_rest(ctx: _Context, q: Quote, first: int) -> bool:
    """``Maar 'naar onze voorlopige juridische inschatting is de opmerking waarschijnlijk niet
    strafbaar'.``: a quotation longer than a scare quote, right after a coordinator, that runs to
    the end of a sentence without a cue goes on with what the last source said (``..., vindt X,
    maar '...'`` is X's item already)."""
    if first == 0 or ctx.low(first - 1) not in ctx.lang.words("coordinators"):
        return False
    sent = ctx.doc[first].sent
    if q.words <= ctx.lang.scare_quote_max_words or find_cues(ctx, sent):
        return False
    rest = ctx.doc[min(ctx.token_at(q.outer[1]), sent.end) : sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _citing_sources(ctx: _Context) -> None:
    """``The BBC also cited Budi Gunawan, chief of ..., as saying X``, ``quoted one of his
    advisers as saying X``: the subject of a citing verb (the language's ``citing_verbs``) whose
    object speaks through a participle cue marked ``as`` reports that the cited one said X, an
    item of its own beside the cited one's (ANNOTATION.md rule 8; PolNeAR train annotates
    ``quoted X as saying Y`` alike): content from the cited phrase to the end of X."""
    citing, marks = ctx.lang.words("citing_verbs"), ctx.lang.words("object_control_marks")
    for att in list(ctx.attributions):
        if att.cue_span is None:
            continue
        cue = ctx.doc[ctx.token_at(att.cue_span[0])]
        head = cue.head
        if head.lower_ not in citing or head.i >= cue.i:
            continue
        if not any(c.lower_ in marks for c in cue.children):
            continue
        cited = next(
            (c for c in head.children if c.dep_ in ctx.lang.words("object_relations")), None
        )
        subject = next((c for c in head.children if c.dep_ in SUBJECT_RELATIONS), None)
        speaker = _citing_subject(ctx, subject, head.i) if subject is not None else None
        if cited is None or speaker is None:
            continue
        content = (ctx.doc[cited.left_edge.i].idx, att.content_span[1])
        item = _add(ctx, speaker, None, content, "indirect")
        if item is not None:
            item.cue, item.cue_span = head.text, (head.idx, head.idx + len(head.text))


def _citing_subject(ctx: _Context, subject: Token, limit: int) -> tuple[int, int] | None:
    """The citing verb's subject phrase, or its pronoun (``It cited the Air Force as stating``:
    resolved to the source it stands for, as a ``he said`` is)."""
    if subject.lower_ in ctx.lang.pronouns:
        return subject.i, subject.i + 1
    return _subject_phrase(ctx, subject, limit)


def _nested_sources(ctx: _Context) -> None:
    """``,,Het OM heeft ook toegegeven dat er fouten zijn gemaakt''``: a reporting verb inside a
    quotation, whose parsed subject is a third party and whose complement opens with
    a complementizer, is an item of that party (ANNOTATION.md rule 8). The quoted speaker's own
    ``ik denk dat`` and generic subjects (``mensen``) stay part of the quote. Only for languages
    that list those subjects (``quote_own_subjects``; Wikinews dev lost precision without one)."""
    own = ctx.lang.words("quote_own_subjects")
    if not own:
        return
    for q in ctx.quotes:
        if q.words <= ctx.lang.scare_quote_max_words:
            continue
        i, last = ctx.token_at(q.inner[0]), ctx.token_at(q.inner[1])
        while i < last:
            hit = _cue_at(ctx, i, last, kinds=VERB_KINDS)
            if hit is None:
                i += 1
                continue
            i = hit.end
            if hit.end >= last or ctx.low(hit.end) not in ctx.lang.words("complementizers"):
                continue
            if ctx.low(hit.start - 1) in ctx.lang.words("infinitive_markers"):
                continue  # "a court order to say that X": no one says X yet
            subject = _inner_subject(ctx, ctx.token_at(q.inner[0]), hit)
            # "ik", "mensen" and phrases ending in them ("occasions where I think"): the speaker's
            # own words
            if subject is None or ctx.low(subject[1] - 1) in own:
                continue
            if hit.pattern.weak and not strong_speaker(ctx.doc, subject, ctx.lang):
                continue
            end = hit.end + 1
            sent_end = min(last, ctx.doc[hit.start].sent.end)
            while end < sent_end and ctx.doc[end].text not in CLAUSE_EDGES:
                end += 1
            if end - hit.end > 2:
                _add(ctx, subject, hit, _trim(ctx, hit.end + 1, end))


def _inner_subject(ctx: _Context, first: int, hit: CueHit) -> tuple[int, int] | None:
    """The subject right before a cue inside a quotation (from token ``first``): the words after
    the last clause edge, coordinator, complementizer or adverbial opener (``toen een vriend
    zei``), without the auxiliaries and adverbs before the cue (``Het OM heeft ook``)."""
    openers = (
        ctx.lang.words("coordinators")
        | ctx.lang.words("complementizers")
        | ctx.lang.words("adverbial_openers")
    )
    first = max(first, ctx.doc[hit.start].sent.start)
    end = hit.start
    while end > first and ctx.low(end - 1) in ctx.lang.words("verb_group"):
        end -= 1
    start = end
    while start > first and not (
        ctx.doc[start - 1].is_punct
        or ctx.low(start - 1) in openers
        or ctx.doc[start - 1].pos_ in CLAUSE_POS
    ):
        start -= 1
    if end <= start or end - start > 6:
        return None
    return (start, end) if plausible_speaker(ctx.doc, (start, end), ctx.lang) else None


def _headline_quote(ctx: _Context) -> None:
    """A headline that is one quotation followed by its source (``'Te weinig controle op
    witwassen'. DNB niet gerust op …``). Without a source in the headline nothing is added: the
    article's main source was right for two of four such headlines in our data."""
    line_end = ctx.text.find("\n")
    line_end = len(ctx.text) if line_end < 0 else line_end
    lead = len(ctx.text) - len(ctx.text.lstrip())
    quote = ctx.quote_opening_at(lead)
    if (
        quote is None
        or quote.outer in ctx.quoted_spans
        or quote.outer[1] > line_end
        or quote.words <= ctx.lang.scare_quote_max_words
    ):
        return
    after = ctx.token_at(quote.outer[1])
    if after >= len(ctx.doc) or ctx.doc[after].text not in (".", ":"):
        return  # "'Heldhaftige Peter' helpt …": the quotation is part of the headline's clause
    np = noun_phrase_after(ctx.doc, after + 1, ctx.token_at(line_end), ctx.lang)
    if np and strong_speaker(ctx.doc, np, ctx.lang):
        _add(ctx, np, None, trim_inner(ctx.text, *quote.inner), "direct")


def _block_quotes(ctx: _Context) -> None:
    """``... ordering a host provider:`` / ``By today's judgment, ...`` / `` – European Court of
    Justice``: the paragraphs after a lead-in that ends with a colon, closed by a byline (a dash
    and the source on a line of its own), are a direct item of the byline's source. A byline
    after a pull quote (no such lead-in: ``—One of the victim's lawyers``) repeats what the
    article reports elsewhere and gives nothing."""
    for line in BYLINE.finditer(ctx.text):
        block = _block_before(ctx.text, line.start())
        if block is None or _covered(ctx, block):
            continue
        speaker = _byline_speaker(ctx, line.start(1), line.group(1))
        if speaker is not None and strong_speaker(ctx.doc, speaker, ctx.lang):
            att = _add(ctx, speaker, None, block, "direct")
            lead_in = _lead_in_cue(ctx, block[0])
            if att is not None and lead_in is not None:
                _take_cue(ctx, att, lead_in)


def _quote_bylines(ctx: _Context) -> None:
    """``“He can't even answer a question ...” ― Esther Tapia``: a quotation followed on its line
    by a dash and a source, the byline of a pull quote or a collected reaction, is a direct
    item of that source (as a byline under a block quotation is)."""
    for quote in ctx.quotes:
        line = QUOTE_BYLINE.match(ctx.text, quote.outer[1])
        if line is None or _covered(ctx, quote.inner):
            continue
        speaker = _byline_speaker(ctx, line.start(1), line.group(1))
        if speaker is not None and strong_speaker(ctx.doc, speaker, ctx.lang):
            _add(ctx, speaker, None, trim_inner(ctx.text, *quote.inner), "direct")


def _byline_speaker(ctx: _Context, start: int, line: str) -> tuple[int, int] | None:
    """The tokens of the source named at character ``start`` by a byline ``line`` (up to a
    comma, bracket or quote: ``Judge Victor Marrero, "Decision and Order"``, without a final
    full stop); None for a line too long to be one."""
    name = BYLINE_NAME_END.split(line, maxsplit=1)[0].rstrip(" .\xa0\t")
    speaker = (ctx.token_at(start), ctx.token_at(start + len(name)))
    return speaker if 0 < speaker[1] - speaker[0] <= BYLINE_MAX_TOKENS else None


def _lead_in_cue(ctx: _Context, block: int) -> CueHit | None:
    """The last reporting verb in the sentence before character ``block`` (``Marrero rejected
    this argument:``), whose stance a block quotation after it takes."""
    at = ctx.token_at(block) - 1
    while at > 0 and ctx.doc[at].is_space:
        at -= 1
    verbs = [h for h in find_cues(ctx, ctx.doc[at].sent) if h.pattern.kind == "verb"]
    return verbs[-1] if verbs else None


def _take_cue(ctx: _Context, att: Attribution, hit: CueHit) -> None:
    """Give ``att`` the cue ``hit`` and the stance and act it sets for the item's content."""
    start, end = _char_span(ctx, hit.start, hit.end)
    content = ctx.doc.char_span(*att.content_span, alignment_mode="expand")
    words = ctx.lows(content.start, content.end)
    cue_words = ctx.text[start:end].lower().split()
    att.cue, att.cue_span = ctx.text[start:end], (start, end)
    att.stance, _ = decide_stance(hit.pattern, cue_words, words, ctx.lang)
    att.act = decide_act(hit.pattern, hit.act, words, ctx.lang)


def _block_before(text: str, at: int) -> tuple[int, int] | None:
    """The characters of the paragraphs before character ``at`` that follow the last paragraph
    ending with a colon among the ``BLOCK_PARAGRAPHS`` before ``at``; None without one."""
    end = len(text[:at].rstrip(" \n\t:"))
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, end)]
    for opening in reversed(breaks[-BLOCK_PARAGRAPHS:]):
        if text[:opening].rstrip().endswith(":"):
            first = opening + len(text[opening:end]) - len(text[opening:end].lstrip())
            return (first, end) if end > first else None
    return None


def _covered(ctx: _Context, span: tuple[int, int]) -> bool:
    """Whether an item found so far has at least half of ``span`` in its content."""
    return any(
        2 * (min(a.content_span[1], span[1]) - max(a.content_span[0], span[0])) >= span[1] - span[0]
        for a in ctx.attributions
    )


def _drop_own_attitudes(ctx: _Context) -> None:
    """``One senator said he intended to sue``: a cue whose subject is a singular personal pronoun
    opening another item's content is that speaker's own attitude, part of the item, not a
    nested source (ANNOTATION.md rule 8: the speaker's own ``I think`` is not split off)."""
    ctx.attributions = [
        a
        for a in ctx.attributions
        if not any(_own_attitude(ctx, a, outer) for outer in ctx.attributions)
    ]


def _own_attitude(ctx: _Context, att: Attribution, outer: Attribution) -> bool:
    """``att`` is said by the singular pronoun that opens ``outer``'s content, its cue inside it."""
    if att is outer or att.speaker_span is None or att.cue_span is None:
        return False
    start, end = outer.content_span
    return (
        start <= att.cue_span[0] < end
        and att.speaker_span[0] == _subject_token(ctx, start)
        and _singular_pronoun(ctx, att.speaker_span)
    )


def _subject_token(ctx: _Context, start: int) -> int:
    """Where the subject of a content opening at char ``start`` begins: past a complementizer."""
    i = ctx.token_at(start)
    if i + 1 < len(ctx.doc) and ctx.low(i) in ctx.lang.words("complementizers"):
        i += 1
    return ctx.doc[i].idx if i < len(ctx.doc) else start


def _singular_pronoun(ctx: _Context, span: tuple[int, int]) -> bool:
    """Whether the phrase at char ``span`` is one singular personal pronoun (``he``, ``she``)."""
    tokens = ctx.doc.char_span(*span, alignment_mode="expand")
    if tokens is None or len(tokens) != 1:
        return False
    morph = tokens[0].morph
    return morph.get("PronType") == ["Prs"] and morph.get("Number") == ["Sing"]


def extract_attributions(doc: Doc, lang: LangData) -> list[Attribution]:
    """All attributions in a parsed article, in text order, speakers resolved."""
    text = doc_text(doc)
    ctx = _Context(doc, text, lang, find_quotes(text, lang), doc.to_array("IDX").tolist())
    sents = list(doc.sents)
    hits = {s.start: _joined_cues(ctx, find_cues(ctx, s)) for s in sents}
    for q in ctx.quotes:
        sent = doc[ctx.token_at(q.outer[0])].sent if ctx.token_at(q.outer[0]) < len(doc) else None
        end_tok = ctx.token_at(q.outer[1])
        if sent is None:
            continue
        after_sent = doc[min(end_tok, len(doc) - 1)].sent
        if not _quote_then_cue(ctx, q, hits[after_sent.start], after_sent.end):
            _cue_then_quote(ctx, q, hits[sent.start], sent)
    for sent in sents:
        for hit in hits[sent.start]:
            if hit.used:
                continue
            if hit.pattern.kind == "according":
                _according(ctx, sent, hit)
            elif hit.pattern.kind == "aldus":
                _aldus(ctx, sent, hit)
            elif hit.pattern.kind == "noun":
                _noun_cue(ctx, sent, hit, hits[sent.start])
            else:
                _reporting_verb(ctx, sent, hit, hits[sent.start])
        _colon_statement(ctx, sent, hits[sent.start])
        _evidence(ctx, sent)
        if not any(h.used for h in hits[sent.start]):
            # "Bovendien zouden ... zich hebben gemeld": a cue word that gave no item
            _reported_continuation(ctx, sent)
            _demand_continuation(ctx, sent)
    _agentless_sources(ctx)
    _continuations(ctx)
    _nested_sources(ctx)
    _citing_sources(ctx)
    _headline_quote(ctx)
    _block_quotes(ctx)
    _quote_bylines(ctx)
    _drop_own_attitudes(ctx)
    atts = sorted(ctx.attributions, key=lambda a: (a.content_span[0], a.content_span[1]))
    resolve_demonstratives(atts, ctx.doc, lang)
    resolve_speakers(
        atts,
        text,
        lang,
        _subject_names(ctx),
        numbered_pronouns(doc, text, lang, atts, "Sing"),
        parsed=doc,
    )
    for n, att in enumerate(atts):
        att.id = f"a{n + 1}"
    return atts
