"""Verb cues of pass 2 (``X ontkent dat …``, ``officials said``): the content of a reporting verb
(from its complement or a quotation near it, to where ``contents`` ends it) and its speaker (the
subject before it or after it, a parsed or controlling subject, a relative pronoun's antecedent, an
earlier sentence's speaker), with the cases that give no item or another one: an anaphoric or denied
content (``ontkent dit``), a perceived scene, a passive, a position of a party (``Het CDA wil``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.acts import (
    formal_act,
    legal_act,
    perceived_scene,
    relative_antecedent,
)
from claimgraph.extract.attribution.complements import (
    _addressee_cue,
    _adverbial_at,
    _after_addressee,
    _complement_opening,
    _content_precedes,
    _infinitive_claim,
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
    PASSIVE_RELATIONS,
    QUOTE_REACH,
    RELATIVE_CLAUSES,
    SOURCE_HEAD_POS,
    SUBJECT_OPENER_POS,
    SUBJECT_RELATIONS,
    SUBJECT_TRAILERS,
    TRAILING,
)
from claimgraph.extract.attribution.contents import (
    _adverbial_clause_end,
    _before_attributed_quote,
    _content_end,
    _main_clause_after_aside,
    _named_complement_stop,
    _parenthetical_content,
)
from claimgraph.extract.attribution.context import CueHit, _add, _add_quotation, _Context, _trim
from claimgraph.extract.attribution.nouns import _noun_owner
from claimgraph.extract.attribution.passives import (
    _adverbial_participle_subject,
    _agent_before,
    _agentless_participle,
    _fronted_participle,
    _passive,
    _passive_accusation,
    _passive_with_agent,
)
from claimgraph.extract.attribution.subjects import (
    _apposed_phrase,
    _clause_start,
    _finite,
    _finite_word,
    _flat_end,
    _gap_subject,
    _inverted_subject,
    _participle_cue,
    _subject_before,
    _subject_phrase,
)
from claimgraph.extract.speakers.constants import VERB_POS
from claimgraph.extract.speakers.mentions import (
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.model import Attribution

OBJECT_RELATIONS = frozenset({"obj", "dobj"})
CONTROLLED_RELATIONS = frozenset({"conj", "xcomp"})  # a verb sharing its head's subject


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
        np = _inverted_subject(ctx, hit, sent.end)
    else:
        np = _subject_before_participle(ctx, first + 1, hit)
        if np is not None and not plausible_speaker(ctx.doc, np, ctx.lang):
            np = None
    if np is None:
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
    adverbs and an opening quotation mark (``says Zelensky "has X``)."""
    while i < end and (ctx.doc[i].pos_ == "ADV" or ctx.doc[i].is_quote):
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
    if _in_unbuilt_relative(verb):
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


def _in_unbuilt_relative(verb: Token) -> bool:
    """``Zelensky declined ... the leak of a recording in which someone, seemingly Honcharuk,
    audibly says X``: the parse made the pronoun ``someone`` a relative clause and joined the
    finite ``says`` to ``declined``; a finite verb after a relative clause whose head is no
    verb is that clause's verb, and the earlier verb's subject is not its speaker. A copular
    clause is headed by its predicate (``Americans who are frustrated and who want X``)."""
    if "Fin" not in verb.morph.get("VerbForm"):
        return False
    between = verb.doc[verb.head.i + 1 : verb.i]
    return any(
        t.dep_ in RELATIVE_CLAUSES
        and t.pos_ not in VERB_POS
        and not any(c.dep_ == "cop" for c in t.children)
        for t in between
    )


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


def _reporting_verb(ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit]) -> None:
    doc, lang = ctx.doc, ctx.lang
    if hit.start > sent.start and ctx.low(hit.start - 1) in ("te", "to"):
        _infinitive_report(ctx, sent, hit, hits)
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
        np = _inverted_subject(ctx, hit, sent.end)
        if np and (
            _phrase_ends_clause(ctx, np[1], sent) or _relative_on_speaker(ctx, sent, hit, np)
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
    subject = owner or _agent_before(ctx, hit) or _subject_before(ctx, sent, hit, hits)
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


def _infinitive_report(ctx: _Context, sent: Span, hit: CueHit, hits: list[CueHit]) -> None:
    """``De loterij klopte zelf bij het ziekenhuis aan om te melden dat zij graag een gift wilde
    doen``: a cue infinitive with a claim (``_infinitive_claim``) reports it for the subject of
    the clause it hangs on; other cue infinitives give no item (``om een referendum te eisen``)."""
    opener = _infinitive_claim(ctx, hit, sent.end)
    speaker = _infinitive_subject(ctx, hit) if opener is not None else None
    if opener is None or speaker is None:
        return
    end = _content_end(ctx, sent, hit, hits)
    if end - opener > 2:
        _add(ctx, speaker, hit, _trim(ctx, opener + 1, end))


def _infinitive_subject(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """The parsed subject before the cue of the verb a cue infinitive hangs on (``De loterij
    klopte aan om te melden``), when it is a name, a known source or a pronoun, and that verb
    makes the report (not ``vergeten te melden dat``: grammar ``unmade_report_verbs``)."""
    verb = next(
        (t for t in ctx.doc[hit.start : hit.end] if not hit.start <= t.head.i < hit.end), None
    )
    head = verb.head if verb is not None else ctx.doc[hit.start].head
    if head.lower_ in ctx.lang.words("unmade_report_verbs"):
        return None
    for child in head.children:
        if child.i < hit.start and child.dep_ in SUBJECT_RELATIONS:
            phrase = _parsed_phrase(ctx, child, hit.start)
            if phrase and strong_speaker(ctx.doc, phrase, ctx.lang):
                return phrase
    return None


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
