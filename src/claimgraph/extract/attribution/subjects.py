"""The speaker of a cue, as the passes share it: the subject before a reporting verb (past
appositions, focus particles and adverbial clauses: ``Nancy Pelosi, the Speaker of the House,
said``), the inverted one after it (``…, said Trump``; ``liet het Franse Total weten``), the parsed
subject's phrase with the names joined to it, finite verbs and present participles as the tagger
marks them, and whether a word names a source (``_named_source``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimgraph.extract.attribution.acts import participle
from claimgraph.extract.attribution.constants import (
    ACRONYM,
    CLAUSE_EDGES,
    CLAUSE_POS,
    PASSIVE_RELATIONS,
    SUBJECT_PHRASE_POS,
    SUBJECT_RELATIONS,
    SUBJECT_TRAILERS,
)
from claimgraph.extract.attribution.context import CueHit, _Context, _cue_at
from claimgraph.extract.places import city_of_country
from claimgraph.extract.speakers.mentions import (
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.extract.transcript import gloss_tag

HYPHENS = frozenset({"-", "‐", "–"})  # joining the parts of a compound word ("anti-poverty")


def _speaker_after(ctx: _Context, hit: CueHit, end: int) -> tuple[int, int] | None:
    """The phrase after the cue as its inverted speaker (``…, said Trump``); None for cues whose
    next phrase is their object (``blasted Trump``, ``urging Congress``)."""
    if not hit.pattern.speaker_after:
        return None
    inverted = _gap_subject(ctx, hit)  # "…”, laat een woordvoerder weten"
    if inverted is not None:
        return inverted
    start = hit.end + _focus_particle(ctx, hit.end, end)  # "…", vindt ook haar vriendin X"
    return noun_phrase_after(ctx.doc, start, end, ctx.lang)


def _inverted_subject(ctx: _Context, hit: CueHit, end: int) -> tuple[int, int] | None:
    """The plausible speaker after the cue (``_speaker_after``), else, after a one-word verb cue,
    an article phrase that ends the clause there (``_article_phrase_after``: ``…, zegt de
    verkeerskundige.``)."""
    np = _speaker_after(ctx, hit, end)
    if np is not None and plausible_speaker(ctx.doc, np, ctx.lang):
        return np
    if not hit.pattern.speaker_after or hit.end - hit.start != 1:
        return None  # "…, wijst hij op het boek": a phrase after a longer cue is its object
    return _article_phrase_after(ctx, hit.end + _focus_particle(ctx, hit.end, end), end)


# what may follow an inverted subject phrase: the clause ends there
INVERTED_SUBJECT_ENDS = frozenset({",", ".", "!", "?", ":", ";"})
SENTENCE_CLOSERS = frozenset({".", "!", "?"})


def _article_phrase_after(ctx: _Context, start: int, end: int) -> tuple[int, int] | None:
    """``…, zegt de verkeerskundige.``, ``Dat zegt de gemeente Amersfoort, waar …``: right after
    an inverted cue verb, an article (the language's ``inverted_subject_articles``), lower-case
    adjectives, one lower-case noun and the names after it, where the clause ends, are the verb's
    subject, also when the noun is no known person or source noun: the verb-second order puts
    the subject right after the finite verb, before any object. None otherwise."""
    doc = ctx.doc
    if start >= end or ctx.low(start) not in ctx.lang.words("inverted_subject_articles"):
        return None
    i = start + 1
    while i < end and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i += 1
    noun = doc[i] if i < end else None
    if noun is None or noun.pos_ != "NOUN" or not (noun.text.isalpha() and noun.text.islower()):
        return None
    i += 1
    while i < end and doc[i].text[:1].isupper() and doc[i].pos_ in SUBJECT_PHRASE_POS:
        i += 1  # "de gemeente Amersfoort", "de inlichtingendienst AIVD"
    if i < end and doc[i].text not in INVERTED_SUBJECT_ENDS:
        return None
    return _closing_name(ctx, i, end) or (start, i)


def _closing_name(ctx: _Context, comma: int, end: int) -> tuple[int, int] | None:
    """``…, vertelt een andere passagier, Janet Jacob.``: a name set off by a comma that closes
    the sentence names the phrase before it: the bare name is the speaker (as in
    ``_apposed_subject``)."""
    doc = ctx.doc
    if comma >= end or doc[comma].text != ",":
        return None
    i = comma + 1
    while i < end and doc[i].text[:1].isupper() and doc[i].pos_ in SUBJECT_PHRASE_POS:
        i += 1
    closes = i >= end or (doc[i].text in SENTENCE_CLOSERS and i + 1 >= end)
    return (comma + 1, i) if i > comma + 1 and closes else None


def _clause_start(ctx: _Context, sent: Span, i: int, hits: list[CueHit] = ()) -> tuple[int, bool]:
    """Start of the clause ending before token ``i``; True if a coordinator opens it.

    The clause also ends at an earlier cue: its subject is not this cue's subject."""
    coordinators = ctx.lang.words("coordinators")
    j = i - 1
    while j >= sent.start:
        tok = ctx.doc[j]
        if tok.text in CLAUSE_EDGES or ctx.in_quote(tok):
            return j + 1, False
        if tok.text.lower() in coordinators and not _joins_names(ctx, j, i):
            return j + 1, True
        earlier = next((h for h in hits if h.start <= j < h.end), None)
        if earlier is not None:
            # "Volgens ITN zei de premier dat": the source phrase is the adverbial opener
            return (earlier.start if earlier.pattern.kind == "according" else j + 1), False
        j -= 1
    return sent.start, False


def _gloss_before(ctx: _Context, start: int) -> int | None:
    """The first token of the translation tag whose gloss opens at token ``start``, else None."""
    tag = gloss_tag(ctx.text, ctx.doc[start].idx, ctx.lang.code)
    return None if tag is None else ctx.token_at(tag)


def _joins_names(ctx: _Context, j: int, i: int) -> bool:
    """``Oekraïense en Russische media``, ``VVD en CDA``, ``auto- en fietsindustrie``: a
    coordinator inside the subject."""
    return (
        j + 1 < i
        and j > 0
        and (ctx.doc[j - 1].text[:1].isupper() or ctx.doc[j - 1].text.endswith("-"))
    )


def _country_after_city(ctx: _Context, sent: Span, start: int, end: int) -> bool:
    """``the Bavarian State Ministry ... in Munich, Germany confirmed``: words ``start:end`` are a
    country whose city closes the phrase before the comma, so the comma joins one place name
    (``City, Country``) and ends no clause."""
    comma = start - 1
    if comma - 1 < sent.start or ctx.doc[comma].text != "," or end <= start:
        return False
    country = ctx.text[ctx.doc[start].idx : ctx.doc[end - 1].idx + len(ctx.doc[end - 1])]
    city_words = []
    for j in range(comma - 1, max(sent.start, comma - 3) - 1, -1):
        if not ctx.doc[j].text[:1].isupper():
            break
        city_words.insert(0, ctx.doc[j].text)
        if city_of_country(" ".join(city_words), country, ctx.lang.code):
            return True
    return False


def _subject_before(
    ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit] = ()
) -> tuple[int, int] | None:
    """The subject left of a reporting verb (``De persdienst van het Kremlin had eerder``)."""
    start, _ = _clause_start(ctx, sent, hit.start, hits)
    while start < hit.start and (
        ctx.low(start) in ctx.lang.words("coordinators")
        or ctx.low(start) in ctx.lang.words("complementizers")
    ):
        start += 1
    if start == _first_word(ctx, sent.start, hit.start) and ctx.low(start) in ctx.lang.words(
        "adverbial_subordinators"
    ):
        start += 1  # "Though Republicans boast": the sentence's subordinator is no subject
    end = hit.start
    gloss = _gloss_before(ctx, start)
    if gloss is not None:
        # "Party ((pl))Polish language: ‍Prawo i Sprawiedliwość publicly declared": a gloss
        # restates the phrase before it, the subject stands before its tag
        end = gloss
        start, _ = _clause_start(ctx, sent, gloss, hits)
    verb_group = ctx.lang.words("verb_group")
    # auxiliaries and adverbs between subject and cue ("Kyiv has strenuously denied"); a
    # capitalised word tagged as one is a name the tagger got wrong
    while end > start and (
        ctx.low(end - 1) in verb_group
        or (ctx.doc[end - 1].pos_ in SUBJECT_TRAILERS and ctx.doc[end - 1].text.islower())
    ):
        end -= 1
    if _country_after_city(ctx, sent, start, end):
        start, _ = _clause_start(ctx, sent, start - 1, hits)
    if end <= start:
        if start == hit.start or not ctx.lang.verb_second:
            # "Neil Basu, on Sunday said": the apposed subject before the verb group's adverbs
            return _apposed_subject(ctx, sent, start)
        return None
    finite = next((j for j in range(start + 1, end) if _finite_word(ctx.doc[j])), None)
    inverted = _subject_after_finite(ctx, finite, end, hit)
    if finite is not None and ctx.lang.verb_second:
        end = finite  # "Hij had eerder deze maand laten weten": the first constituent ends at V2
    appositive = _appositive_head(ctx, sent, start)
    if appositive is not None:
        return appositive
    focus = _focus_particle(ctx, start, end)
    if focus and start + focus < end:
        start += focus  # "Ook Hollak denkt": a focus particle and the subject are one constituent
    if ctx.low(start) in ctx.lang.words("adverbial_openers"):
        # verb-second languages invert after an adverbial ("Gisteren zei X", "Via Facebook had
        # de man laten weten": the subject follows the finite verb); others keep the subject
        # right before the verb ("For days Iran denied")
        return inverted if ctx.lang.verb_second else _trailing_name(ctx, start, end)
    if not ctx.lang.verb_second:
        start = _subject_after_clause(ctx, start, end)
    return (start, end)


def _subject_after_clause(ctx: _Context, start: int, end: int) -> int:
    """``Kremlin says two drones ... were disabled by Russian defences Russia accused``,
    ``Washington should be aware that Russia knew``: where the words ``start:end`` before a cue
    hold a finite auxiliary or copula of another clause and, after it, a subject whose head is
    the cue (or lies beyond the words), the cue's subject phrase starts there (not before the
    auxiliary); else ``start``. Not where the auxiliary is the subject's own copula (``what it
    says was a drone attack on the Kremlin intended to kill``: a predicate, no subject), nor
    after an adverbial subordinator. Lower-case auxiliaries only: taggers mark adjectival
    participles finite too. PolNeAR dev: speaker accuracy 0.8877 -> 0.8889 with the possessor
    rule, lenient F1 one item lower."""
    doc = ctx.doc
    aux = next(
        (j for j in range(end - 1, start - 1, -1) if doc[j].pos_ == "AUX" and _finite_word(doc[j])),
        None,
    )
    if aux is None:
        return start
    subject = next(
        (
            j
            for j in range(aux + 1, end)
            if doc[j].dep_ in SUBJECT_RELATIONS
            and doc[j].head.i >= end
            and doc[aux].head.i != j
            and not doc[j].is_space  # "Graham has\xa0acknowledged": the parse's space subject
        ),
        None,
    )
    if subject is None:
        return start
    first = max(aux + 1, doc[subject].left_edge.i)
    if ctx.low(first - 1) in ctx.lang.words("adverbial_subordinators"):
        return start  # "... off the rolls if they did not confirm": a condition, no report
    return first


def _focus_particle(ctx: _Context, start: int, end: int) -> int:
    """How many words of a focus particle (``ook``, ``met name``) open tokens ``start:end``."""
    for particle in ctx.lang.words("focus_particles"):
        words = particle.split()
        if start + len(words) <= end and ctx.lows(start, start + len(words)) == words:
            return len(words)
    return 0


def _appositive_head(ctx: _Context, sent: Span, start: int) -> tuple[int, int] | None:
    """``Nancy Pelosi, the Speaker of the House, said``: the name before the appositive. Not
    before a clause (``Unlike Patriot, Mr. Clarke has few investors, they say``: the opening is
    an adverbial, the words after it the content); a relative clause is an apposition."""
    if start - 1 <= sent.start or ctx.doc[start - 1].text != ",":
        return None
    commas = [t.i for t in ctx.doc[sent.start : start - 1] if t.text == ","]
    if len(commas) != 1:
        return None
    relative = ctx.low(commas[0] + 1) in ctx.lang.words("relative_subjects")
    if not relative and any(t.pos_ in CLAUSE_POS for t in ctx.doc[commas[0] + 1 : start - 1]):
        return None
    head = (sent.start, commas[0])
    words = ctx.doc[head[0] : head[1]]
    if len(words) > 5 or not all(t.text[:1].isupper() or t.is_punct for t in words):
        return None
    return head if strong_speaker(ctx.doc, head, ctx.lang) else None


def _joins_word(doc: Doc, j: int) -> bool:
    """Token ``j`` is a hyphen inside a word (``anti-poverty``), not punctuation between phrases."""
    return (
        doc[j].text in HYPHENS
        and j > 0
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and j + 1 < len(doc)
    )


def _head_before_aside(ctx: _Context, sent: Span, head: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase before an aside that is no apposition, when it is a plausible speaker without
    a verb and no adverbial opens the sentence."""
    verbless = not any(ctx.doc[j].pos_ in CLAUSE_POS for j in range(head[0], head[1]))
    fronted = ctx.low(sent.start) in ctx.lang.words("adverbial_openers")
    if verbless and not fronted and plausible_speaker(ctx.doc, head, ctx.lang):
        return head
    return None


def _apposed_subject(ctx: _Context, sent: Span, cue: int) -> tuple[int, int] | None:
    """``Twee grote producenten, Monsanto en Cheminova, verzetten zich``: a subject with an
    apposition between commas right before the cue. Both parts are phrases without a verb (a
    fronted clause, ``Als ..., spannen de advocaten``, inverts the subject instead); the name
    among them is the speaker, the head if both are names."""
    marks = ctx.lang.words("apposition_marks")
    comma = cue - 1
    if comma <= sent.start or ctx.doc[comma].text not in marks:
        return None
    opening = _apposition_opening(ctx, sent, comma)
    if opening is None or ctx.doc[opening].text not in marks:
        return None
    if ctx.low(opening + 1) in ctx.lang.words("coordinators"):
        # "Ibrahim Karagül, hoofdredacteur van Yeni Shafak, en een van de favoriete journalisten
        # van Erdogan, pleit": a second apposition joined to the first; the head is before both
        return _apposed_subject(ctx, sent, opening + 1)
    head, apposition = (_after_clause_edge(ctx, sent, opening), opening), (opening + 1, comma)
    if not ctx.lang.verb_second and _linking_word(ctx, head[0]) and head[0] + 1 < opening:
        head = (head[0] + 1, opening)  # "after Warren E. Buffett, the investor, complained"
    if ctx.low(opening + 1) in ctx.lang.words("relative_subjects") or (
        _cue_at(ctx, opening + 1, comma, ("according",)) is not None
    ):
        # "Advocaat Richard Korver, die de familie vertegenwoordigt, vindt": a relative clause;
        # "Witnesses, according to The Telegraph, said": the source of the report, an aside
        return _head_before_aside(ctx, sent, head)
    parts = (head, apposition)
    if any(
        e <= s or any(t.pos_ in CLAUSE_POS or ctx.in_quote(t) for t in ctx.doc[s:e])
        for s, e in parts
    ):
        return None
    if ctx.lang.verb_second and ctx.low(sent.start) in ctx.lang.words("adverbial_openers"):
        return None  # the subject follows the finite verb; English keeps it before the cue
    capitalised = [p for p in parts if ctx.doc[p[0]].text[:1].isupper()]
    named = [p for p in capitalised if strong_speaker(ctx.doc, p, ctx.lang)]
    # "De burgemeester van de Italiaanse stad, Guiseppe Sala, zei": the bare name
    bare = [p for p in named if _bare_name(ctx, p)]
    if named:
        return (bare or named)[0]
    return next((p for p in parts if plausible_speaker(ctx.doc, p, ctx.lang)), None)


def _linking_word(ctx: _Context, i: int) -> bool:
    """A lower-case subordinator or adverbial opener (``after``, ``when``) at token ``i``."""
    words = ctx.lang.words("subordinators") | ctx.lang.words("adverbial_openers")
    return ctx.doc[i].text.islower() and ctx.low(i) in words


def _apposed_phrase(
    ctx: _Context, sent: Span, subject: tuple[int, int], hit: CueHit
) -> tuple[int, int]:
    """The whole subject phrase when ``subject`` is the name apposed to it right before the cue
    (``"...," California Rep. Duncan Hunter's chief of staff, Joe Kasper, told``: from
    ``California``), else ``subject``."""
    marks = ctx.lang.words("apposition_marks")
    start, end = subject
    if start - 1 <= sent.start or end != hit.start - 1:
        return subject
    if ctx.doc[start - 1].text not in marks or ctx.doc[end].text not in marks:
        return subject
    return _after_clause_edge(ctx, sent, start - 1), end


def _apposition_opening(ctx: _Context, sent: Span, comma: int) -> int | None:
    """The last punctuation mark before the ``comma`` that closes an apposition, passing over a
    parenthesis inside it (``Meral Aksener, die ... met de Republikeinse Volkspartij (CHP),
    haalde uit``) and hyphens inside words."""
    j = comma - 1
    while j >= sent.start:
        tok = ctx.doc[j]
        if tok.text == ")":
            j = next((k for k in range(j - 1, sent.start - 1, -1) if ctx.doc[k].text == "("), j)
        elif tok.is_punct and not _joins_word(ctx.doc, j):
            return j
        j -= 1
    return None


def _after_clause_edge(ctx: _Context, sent: Span, i: int) -> int:
    """The first token after the last clause edge or quotation before token ``i`` (``an
    accident — Brendan Buck, a spokesman, told``: ``Brendan``), else the sentence start."""
    for j in range(i - 1, sent.start - 1, -1):
        tok = ctx.doc[j]
        if tok.text in CLAUSE_EDGES or ctx.in_quote(tok):
            return j + 1
    return sent.start


def _subject_after_finite(
    ctx: _Context, finite: int | None, end: int, hit: CueHit
) -> tuple[int, int] | None:
    """``Via Facebook had de man laten weten``: after an adverbial, the phrase between an
    auxiliary and a non-finite cue, when it is a plain noun phrase."""
    if finite is None or finite + 1 >= end or _finite_word(ctx.doc[hit.start]):
        return None
    if ctx.low(finite) not in ctx.lang.words("verb_group"):
        return None
    if ctx.doc[finite].dep_ in PASSIVE_RELATIONS:
        return None  # "nu wordt ze verdacht van": the subject of a passive is its patient
    phrase = ctx.doc[finite + 1 : end]
    if any(t.pos_ not in SUBJECT_PHRASE_POS or ctx.in_quote(t) for t in phrase):
        return None
    return finite + 1, end


def _bare_name(ctx: _Context, span: tuple[int, int]) -> bool:
    """Capitalised words and name particles only, not opening the sentence (``Guiseppe Sala``)."""
    toks = ctx.doc[span[0] : span[1]]
    return not toks[0].is_sent_start and all(
        t.text[:1].isupper() or t.lower_ in ctx.lang.words("name_particles") for t in toks
    )


def _trailing_name(ctx: _Context, start: int, end: int) -> tuple[int, int] | None:
    """The name right before the cue in a clause that token ``start``, an adverbial opener,
    opens (``While Comey has said``: ``Comey``, not the capitalised opener; ``On Friday Ford
    Motor Company announced``: not a weekday, one of the ``np_enders``)."""
    enders = ctx.lang.words("np_enders")
    i = end
    while (
        i > start + 1
        and (ctx.doc[i - 1].text[:1].isupper() or ctx.low(i - 1) in ctx.lang.titles)
        and ctx.low(i - 1) not in enders
    ):
        i -= 1
    return (i, end) if i < end else None


def _first_word(ctx: _Context, start: int, end: int) -> int:
    """The first token from ``start`` (before ``end``) that is no punctuation or space."""
    while start < end and (ctx.doc[start].is_punct or ctx.doc[start].is_space):
        start += 1
    return start


def _participle_cue(ctx: _Context, hit: CueHit) -> bool:
    """Whether a cue opens with a present participle."""
    return participle(ctx.doc[hit.start], ctx.lang)


def _gap_subject(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """``maakte het bedrijf nog bekend dat``, ``liet het Franse Total weten``: after an
    adverbial a verb-second language puts the subject right after the finite verb, inside the
    gap of a cue whose gap holds no object (``subject_in_gap``; not ``riep La Scala op``)."""
    if not ctx.lang.verb_second or not hit.pattern.subject_in_gap:
        return None
    cue_words = frozenset().union(*(p for p in hit.pattern.parts if p is not None))
    gap = [i for i in range(hit.start + 1, hit.end) if ctx.low(i) not in cue_words]
    if not gap:
        return None
    np = noun_phrase_after(ctx.doc, gap[0], gap[-1] + 1, ctx.lang)
    return np if np is not None and plausible_speaker(ctx.doc, np, ctx.lang) else None


def _subject_phrase(ctx: _Context, subject: Token, limit: int) -> tuple[int, int] | None:
    """The phrase of a parsed subject token up to its head and the names joined to it
    (``flat``), before token ``limit``; None if it is no plausible speaker."""
    span = (subject.left_edge.i, _flat_end(ctx.doc, subject))
    return span if span[1] <= limit and plausible_speaker(ctx.doc, span, ctx.lang) else None


def _flat_end(doc: Doc, head: Token) -> int:
    """The token after ``head`` and the names joined to it (``flat``: ``Ferd Grapperhaus``), with
    a name's part after a hyphen the tokenizer split off (``Adil Abdul-Mahdi``)."""
    end = head.i + 1
    while end < len(doc):
        if _hyphenated_tail(doc, end):
            end += 2
        elif doc[end].dep_ == "flat" and doc[end].head == head:
            end += 1
        else:
            break
    return end


def _hyphenated_tail(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written between a word and a capitalised one (``Abdul-Mahdi``)."""
    return (
        doc[i].text == "-"
        and i + 1 < len(doc)
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].text[:1].isupper()
    )


def _finite_word(tok: Token) -> bool:
    """A lower-case finite verb (a capitalised one is a name the tagger got wrong)."""
    return tok.text.islower() and _finite(tok)


def _finite(tok: Token) -> bool:
    """A finite verb; the Dutch tagger leaves auxiliaries without features (``heeft``)."""
    forms = tok.morph.get("VerbForm")
    return "Fin" in forms or (tok.pos_ == "AUX" and not forms)


def _named_source(ctx: _Context, span: tuple[int, int]) -> bool:
    """A known source word or pronoun, an acronym (``ING``), or a word the article capitalises
    somewhere other than at a sentence start (a name)."""
    lows = ctx.lows(*span)
    lang = ctx.lang
    if any(w in lang.source_nouns or w in lang.aliases or w in lang.pronouns for w in lows):
        return True
    if any(ACRONYM.match(ctx.texts[i]) for i in range(*span)):
        return True
    capitals = _mid_sentence_capitals(ctx)
    return any(ctx.texts[i] in capitals for i in range(*span))


def _mid_sentence_capitals(ctx: _Context) -> frozenset[str]:
    """Words the article capitalises somewhere other than at a sentence start: names (worked
    out once per article)."""
    if ctx.mid_sentence_capitals is None:
        # SENT_START is 1 where Token.is_sent_start is True (-1 False, 0 unknown)
        starts = ctx.doc.to_array("SENT_START").tolist()
        ctx.mid_sentence_capitals = frozenset(
            text
            for text, start in zip(ctx.texts, starts, strict=True)
            if start != 1 and text[:1].isupper()
        )
    return ctx.mid_sentence_capitals
