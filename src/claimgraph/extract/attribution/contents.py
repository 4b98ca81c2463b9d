"""Where a cue's content ends: at the sentence end, or before a coordinated cue (``en
waarschuwden``), a clause stop the language lists, an adverbial clause that a subject follows
(``After Hewitt suggested that X, Trump contradicted him``) or a quotation already attributed; a
nominal cue's clause (``Clinton's assertion that ...``); the clause around a cue set off by commas
(``Normaal gesproken, zegt X, zit ze ...``, ``If these findings are accurate, scientists say,
...``); and where a cue's own words begin (its light verb: ``deed een oproep``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.constants import SOURCE_HEAD_POS, SUBJECT_PHRASE_POS
from claimgraph.extract.attribution.context import CueHit, _Context, _trim
from claimgraph.extract.attribution.subjects import _finite, _first_word, _participle_cue


def _parenthetical_content(
    ctx: _Context, sent: Span, hit: CueHit, speaker: tuple[int, int]
) -> tuple[int, int] | None:
    """``Normaal gesproken, zegt X, zit ze drie maanden te ploeteren``: a cue and its speaker
    between commas inside a clause that goes on after them with its finite verb (verb second: the
    words before are the fronted phrase, without a finite verb of their own). The content is the
    clause after the commas, or the whole sentence when the fronted phrase is its subject or
    object (``De reden, zegt X, is dat ...``); None when the cue does not interrupt a clause so."""
    comma = speaker[1]
    if not ctx.lang.verb_second or comma + 1 >= sent.end or ctx.doc[comma].text != ",":
        return None
    fronted = ctx.doc[sent.start : hit.start - 1]
    if not _finite(ctx.doc[comma + 1]) or any(_finite(t) for t in fronted):
        return None
    nominal = any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in fronted)
    return _trim(ctx, sent.start if nominal else comma + 1, sent.end)


def _content_end(ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit]) -> int:
    """Content runs to the sentence end or to the next coordinated cue (``en waarschuwden``),
    and stops before a clause the language's data mark as outside the reported clause."""
    coordinators = ctx.lang.words("coordinators")
    end = sent.end
    for other in hits:
        if other.start <= hit.start:
            continue
        j = _clause_opening(ctx, other) - 1
        if j > hit.end and ctx.low(j) in coordinators:
            end = j - 1 if ctx.doc[j - 1].text == "," else j
            break
        if j > hit.end and ctx.doc[j].text == "," and _participle_cue(ctx, other):
            end = j  # "blaming Iran for the attacks, saying ...": the next cue's own clause
            break
        k = _own_subject_start(ctx, other) - 1
        if k > hit.end + 1 and ctx.low(k) in coordinators and ctx.doc[k - 1].text == ",":
            end = k - 1  # "said A, and Ms. Acosta said B": a new source's own clause
            break
        comma = _splice_comma(ctx, hit, other)
        if comma is not None:
            end = comma  # "VVD en CDA reageren negatief, alleen de ChristenUnie ziet wel iets in"
            break
    end = _coordinated_verb_stop(ctx, hit, end)
    end = _shared_subject_stop(ctx, hit, end)
    return _clause_stop(ctx, hit.end, end)


def _shared_subject_stop(ctx: _Context, hit: CueHit, end: int) -> int:
    """``beweert dat dit een nieuw licht werpt op de zaak, maar onthoudt zich van commentaar``,
    ``bepleit al langer de 30-kilometernorm en is blij met ...``: in a verb-second language a
    coordinator of the language's ``shared_subject_coordinators`` right before a finite verb
    opens a main clause that shares the subject of the cue (a reported clause puts its verbs
    last), the source's next act outside the content, which ends before the coordinator (and a
    comma before it); else ``end``."""
    if not ctx.lang.verb_second or hit.pattern.kind != "verb":
        return end
    coordinators = ctx.lang.words("shared_subject_coordinators")
    for j in range(hit.end + 2, end - 1):
        tok = ctx.doc[j]
        if tok.lower_ in coordinators and _finite(ctx.doc[j + 1]) and not ctx.in_quote(tok):
            return j - 1 if ctx.texts[j - 1] == "," else j
    return end


def _coordinated_verb_stop(ctx: _Context, hit: CueHit, end: int) -> int:
    """``often questions Clinton's ties to super PACs and has called for ...``, ``denied any
    sexual activity, but upon learning ... he claimed``: a verb the parse coordinates with the
    verb cue itself, after a content without a clause of its own (an object, no subject, finite
    verb or complementizer: ``revealed that ... accepted responsibility but did not say``), is
    the source's next act or the narrator's next clause, outside the content, which ends before
    its coordinator (and a comma before that); else ``end``. After a reported clause (``said
    their thoughts were with ..., and they were carrying out ...``) the parse cannot tell the
    cue's conjunct from the clause's."""
    if hit.pattern.kind != "verb":
        return end
    subjects = ctx.lang.words("subject_relations")
    for conj in ctx.doc[hit.start].children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or not hit.end < conj.i < end:
            continue
        cc = next((c for c in conj.children if c.dep_ == "cc" and c.i < conj.i), None)
        if cc is None or cc.i <= hit.end + 1 or ctx.in_quote(cc):
            continue
        if any(c.dep_ in ("mark", "case") and c.i < conj.i for c in conj.children):
            continue  # "criticized Sanders for X and for Y": a second complement of the cue
        if ctx.texts[cc.i - 1] != "," and any(c.dep_ in subjects for c in conj.children):
            continue  # "says President Obama and the party's leaders should": one subject
        if any(_opens_reported_clause(ctx, ctx.doc[j], subjects) for j in range(hit.end, cc.i)):
            continue
        return cc.i - 1 if ctx.texts[cc.i - 1] == "," else cc.i
    return end


def _opens_reported_clause(ctx: _Context, tok: Token, subjects: frozenset[str]) -> bool:
    """Whether ``tok`` marks a clause: a subject, a finite verb or a complementizer."""
    return (
        tok.dep_ in subjects
        or (tok.pos_ in ("VERB", "AUX") and _finite(tok))
        or tok.lower_ in ctx.lang.words("complementizers")
    )


def _splice_comma(ctx: _Context, hit: CueHit, other: CueHit) -> int | None:
    """In a verb-second language, a comma right before a later verb cue's noun phrase (focus
    particles allowed: ``, alleen de ChristenUnie ziet``): its subject before the verb opens a
    main clause of its own, outside ``hit``'s content."""
    if not ctx.lang.verb_second or other.pattern.kind != "verb":
        return None
    k = other.start - 1
    focus = ctx.lang.words("focus_particles")
    while k > hit.end + 1 and (ctx.doc[k].pos_ in SUBJECT_PHRASE_POS or ctx.low(k) in focus):
        k -= 1
    phrase = ctx.doc[k + 1 : other.start]
    if not any(t.pos_ in SOURCE_HEAD_POS for t in phrase) or ctx.doc[k].text != ",":
        return None
    return k if k > hit.end + 1 else None


def _adverbial_clause_end(ctx: _Context, hit: CueHit, end: int) -> int:
    """``After Hewitt suggested that X, Trump contradicted him``: a cue heading an adverbial
    clause (the language's ``adverbial_clause_relations``) that a subordinator opens before its
    main clause reports no further than its own clause, the cue's subtree; where the parse shows
    no such clause, no further than the first comma of a sentence-opening one
    (``_opening_clause_comma``); else ``end``."""
    parsed = _parsed_clause_end(ctx, hit, end)
    return parsed if parsed is not None else _opening_clause_comma(ctx, hit, end)


def _parsed_clause_end(ctx: _Context, hit: CueHit, end: int) -> int | None:
    verb = ctx.doc[hit.start]
    relations = ctx.lang.words("adverbial_clause_relations")
    if verb.dep_ not in relations or verb.head.i < hit.end:
        return None
    if not any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
        return None  # no subordinator: the parse may have misread a main clause
    last = verb.right_edge.i
    if last < hit.end or last + 1 >= end or ctx.texts[last + 1] != ",":
        # "while X indicated 68 people were missing": the clause is not closed; "In between,
        # she testified, she was ...": an aside cue, whose content follows it
        return None
    return last + 1


def _opening_clause_comma(ctx: _Context, hit: CueHit, end: int) -> int:
    """``After the Supreme Court refused to reinstate the law, Gov. Pat McCrory (R) blamed``,
    ``Although in September she said her decision ... was a mistake, at the town hall ...``: a
    cue in the clause a sentence opens with a word of ``adverbial_subordinators`` (no comma
    between them) where the parse does not show the clause reports no further than the clause's
    first comma outside quotations, or one that closes a quotation (``for being too “pro-gay,”
    Pastor ...``): the main clause follows. PolNeAR train (every 2nd article): 88 of 104 such
    contents stop there. Else ``end``."""
    sent = ctx.doc[hit.start].sent
    first = _first_word(ctx, sent.start, hit.start)
    if ctx.low(first) in ctx.lang.words("coordinators"):
        first = _first_word(ctx, first + 1, hit.start)  # "And after the Supreme Court refused"
    if ctx.low(first) not in ctx.lang.words("adverbial_subordinators"):
        return end
    if any(t.text == "," for t in ctx.doc[first : hit.start]):
        return end
    for j in range(hit.end + 1, end):
        if ctx.texts[j] == "," and (not ctx.in_quote(ctx.doc[j]) or _closes_quote(ctx, j + 1)):
            return j
    return end


def _closes_quote(ctx: _Context, i: int) -> bool:
    """Whether token ``i`` is the closing mark of a quotation."""
    quote = ctx.in_quote(ctx.doc[i]) if i < len(ctx.doc) else None
    return quote is not None and ctx.doc[i].idx + len(ctx.doc[i]) >= quote.outer[1]


def _before_attributed_quote(ctx: _Context, start: int, end: int) -> int:
    """Where a content from token ``start`` stops: before a colon that opens a quotation already
    attributed (``attacking the subpoena as a political strategy: "..."``), else at ``end``."""
    for j in range(start, end - 1):
        quote = ctx.quote_opening_at(ctx.doc[j + 1].idx) if ctx.texts[j] == ":" else None
        if quote is not None and quote.outer in ctx.quoted_spans:
            return j
    return end


def _own_subject_start(ctx: _Context, hit: CueHit) -> int:
    """The first token of the parsed subject of a verb cue when that subject stands right before
    the cue (only adverbs, auxiliaries and particles between: ``Ms. Acosta has not said``), else
    the cue's first token."""
    tok = ctx.doc[hit.start]
    relations = ctx.lang.words("subject_relations")
    for child in tok.children:
        if child.dep_ in relations and child.i < tok.i and not ctx.in_quote(child):
            between = range(child.right_edge.i + 1, tok.i)
            if all(ctx.doc[b].pos_ in ("ADV", "AUX", "PART") for b in between):
                return child.left_edge.i
    return hit.start


def _clause_opening(ctx: _Context, hit: CueHit) -> int:
    """The first token of a cue's own words: a nominal cue's light verb (``maar blijft van
    mening``) when it comes right before the noun, else the cue's first token."""
    verb = _light_verb(ctx, hit)
    return verb.i if verb is not None and 0 < hit.start - verb.i <= 3 else hit.start


def _light_verb(ctx: _Context, hit: CueHit) -> Token | None:
    """The verb a nominal cue is the object of, when the language lists it as one whose subject
    is the noun's source (``deed een oproep``, ``blijft van mening``)."""
    if hit.pattern.kind != "noun":
        return None
    head = ctx.doc[hit.start].head
    if head.lower_ in ctx.lang.words("noun_cue_links") and head.head.i != head.i:
        head = head.head  # "van mening": the noun hangs from its preposition
    return head if head.lower_ in ctx.lang.words("noun_cue_verbs") else None


def _clause_stop(ctx: _Context, start: int, end: int) -> int:
    """``denies the two explosions are related; reports describe ...``, ``..., which was one
    of ...``: a content stops at a ``content_stops`` token and at a comma before a
    ``comma_content_stops`` word (a non-restrictive relative or a contrastive adverbial clause:
    the narrator's addition, not the source's words), outside quotations. The clause must run
    to the content's end: in ``gas, which leaks ..., was the trigger`` it is the subject's aside."""
    stops, after_comma = ctx.lang.words("content_stops"), ctx.lang.words("comma_content_stops")
    for j in range(start, end):
        low = ctx.low(j)
        if low not in stops and low not in after_comma:
            continue  # most words: no Token object built for them
        tok = ctx.doc[j]
        if ctx.in_quote(tok):
            continue
        if low in stops:
            return j
        if ctx.doc[j - 1].text == "," and _ends_content(ctx, tok, end):
            return j - 1
    return end


def _ends_content(ctx: _Context, tok: Token, end: int) -> bool:
    """Whether the clause that ``tok`` opens runs to token ``end``: the subtree of its highest
    head after it (``while footage ... showed``: the parse may hang ``while`` from ``footage``)."""
    head = tok
    while head.head.i > tok.i and head.head.i < end and head.head.i != head.i:
        head = head.head
    last = head.right_edge.i
    return all(ctx.doc[k].is_punct or ctx.doc[k].is_space for k in range(last + 1, end))


def _main_clause_after_aside(
    ctx: _Context, sent: Span, hit: CueHit, end: int
) -> tuple[int, int] | None:
    """``If these findings are accurate, scientists say, containing COVID-19 may require ...``:
    a sentence opening with an adverbial clause (the language's ``adverbial_subordinators``)
    whose main clause goes on after the aside ``, X say,``: the claim is that main clause."""
    first = _first_word(ctx, sent.start, hit.start)
    after = hit.end + 1
    if (
        ctx.low(first) not in ctx.lang.words("adverbial_subordinators")
        or hit.end >= sent.end
        or ctx.doc[hit.end].text != ","
        or end - after < 2
    ):
        return None
    return _trim(ctx, after, end)


def _named_complement_stop(ctx: _Context, start: int, end: int) -> int:
    """``said in regard to the Kremlin’s claim that Ukraine attempted ... to assassinate Russian
    President Vladimir Putin that anything from the Russian government should be taken with``: a
    complementizer right after a proper name opens no relative clause on it (restrictive clauses
    do not modify names), but the complement of an earlier verb; where one stands in a possessed
    nominal cue's words, its clause ends before it (the position; else ``end``): the Kremlin's
    claim ``Ukraine attempted a drone strike to assassinate Russian President Vladimir Putin``."""
    complementizers = ctx.lang.words("complementizers")
    for j in range(start + 1, end):
        if ctx.low(j) in complementizers and ctx.doc[j - 1].pos_ == "PROPN":
            return j
    return end


def _complement_end(ctx: _Context, j: int, end: int) -> int:
    """``Clinton's assertion that the deal would create jobs was disputed``: a nominal cue's
    clause ends with the subtree of the verb its complementizer (token ``j``) marks, when that
    subtree closes before ``end``; else ``end``."""
    clause = ctx.doc[j].head
    if clause.i <= j or clause.i >= end:
        return end
    return min(end, clause.right_edge.i + 1)
