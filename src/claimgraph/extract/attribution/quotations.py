"""Pass 1: quotations with a cue next to them. A quotation followed by its cue and speaker (``“…”,
zei Zelensky``, ``“…,” Trump said``, with an apposition or an unlisted verb after the speaker), or
preceded by them (``Blinken: “…”``, ``X said: “…”``, a colon clause whose subject speaks), leaving
scare quotes inside a clause alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.complements import (
    _own_complement,
    _quote_after_lead_in,
    _quote_runs_on,
)
from claimgraph.extract.attribution.constants import (
    CLAUSE_POS,
    COLON,
    CONTINUATION_WINDOW,
    PERSON_PRONOUNS,
    PHRASE_POS,
    SENTENCE_ENDS,
    SOURCE_HEAD_POS,
    SUBJECT_RELATIONS,
)
from claimgraph.extract.attribution.context import CueHit, _add, _add_quotation, _Context, _trim
from claimgraph.extract.attribution.subjects import (
    _apposed_phrase,
    _apposed_subject,
    _clause_start,
    _inverted_subject,
    _named_source,
    _participle_cue,
    _speaker_after,
    _subject_before,
    _subject_phrase,
)
from claimgraph.extract.quotes import Quote, trim_inner
from claimgraph.extract.speakers.mentions import (
    MAX_SPEAKER_TOKENS,
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.lang import CuePattern

UNLISTED_VERB = CuePattern(parts=(frozenset(),), stance="assert", act="statement")
COLON_CLAUSE_TOKENS = 8  # a clause whose subject speaks the quotation after its colon
APPOSITION_POS = PHRASE_POS | {"PART"}  # "Sanders' campaign manager"
APPOSITION_MAX_TOKENS = 20
DESCRIPTION_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})  # "a senior Cruz adviser"
NOUN_POS = frozenset({"NOUN", "PROPN"})  # a lower-case noun the tagger took for a name: "adviser"


def _hit_at(hits: list[CueHit], i: int) -> CueHit | None:
    return next((h for h in hits if h.start == i), None)


def _quote_then_cue(ctx: _Context, q: Quote, hits: list[CueHit], sent_end: int) -> bool:
    """``“…”, zei X`` / ``“…”, aldus X`` / ``“…,” X said``."""
    i = ctx.token_at(q.outer[1])
    while i < sent_end and ctx.doc[i].text == ",":
        i += 1
    if i + 1 < sent_end and ctx.low(i) in ctx.lang.words("quote_pointers"):
        i += 1  # ",,...'', zo maant Kamerlid Jasper van Dijk."
    if i >= sent_end or _quote_ends_sentence(ctx, q, i):
        return False
    hit = _hit_at(hits, i) or _unlisted_verb_after_quote(ctx, q, i, sent_end)
    speaker = article = described = None
    if hit is not None and hit.pattern.kind in ("verb", "aldus"):
        speaker = _speaker_after(ctx, hit, sent_end)
        described = _inverted_description(ctx, q, hit, sent_end)
        if described is not None and (speaker is None or described[1] > speaker[1]):
            speaker = described  # "said a senior Cruz adviser": the plain phrase stopped at "Cruz"
        else:
            described = None
        if speaker is None:  # "…", meldt een personeelslid.
            speaker = article = _inverted_subject(ctx, hit, sent_end)
    else:
        np = noun_phrase_after(ctx.doc, i, sent_end, ctx.lang)
        hit = _hit_at(hits, np[1]) if np else None
        after = None
        if np and hit is None:
            after = _after_apposition(ctx, np, sent_end) or _after_parenthesis(ctx, np, sent_end)
        if after is not None:
            hit = _hit_at(hits, after)
        if np and hit is None:
            hit = _unlisted_verb_after_speaker(ctx, q, np, sent_end)
        if hit is None:
            np, hit = (
                _subject_then_cue(ctx, hits, i, sent_end)
                or _apposed_then_cue(ctx, hits, i, sent_end)
                or (np, None)
            )
        # "…'' Van Koppen zegt dat X": a cue with its own complement does not report the quote
        complement = hit is not None and ctx.low(hit.end) in ctx.lang.words("complementizers")
        if hit is not None and hit.pattern.kind == "verb" and not complement:
            speaker = np
    if hit is None or speaker is None:
        return False
    if not (
        speaker in (article, described)
        or plausible_speaker(ctx.doc, speaker, ctx.lang)
        or _clause_subject_noun(ctx, q, speaker, hit)
    ):
        return False
    content = trim_inner(ctx.text, *q.inner)
    kind: str | None = "direct"
    first = ctx.doc[ctx.token_at(q.outer[0])]
    if not first.is_sent_start and first.sent.start_char < q.outer[0]:
        # "de in Turkije geboren A. was 'kinderlijk naïef', zegt Sen": the quote ends a paraphrase
        content, kind = _trim(ctx, first.sent.start, ctx.token_at(q.outer[1])), None
        if not ctx.lang.verb_second and _own_complement(ctx, hit.end, sent_end):
            return False  # "Asked about "CBS This Morning," Sanders said he had not ..."
    if _add(ctx, speaker, hit, content, kind=kind):
        ctx.quoted_spans.add(q.outer)
        _split_quote_tail(ctx, hit, speaker, max(hit.end, speaker[1]), sent_end)
    return True


def _clause_subject_noun(ctx: _Context, q: Quote, speaker: tuple[int, int], hit: CueHit) -> bool:
    """``"…," the woman said`` / ``"…," one user wrote``: after a quotation closed by a
    comma, question or exclamation mark, a noun phrase that the parse makes the subject of the
    verb cue reporting it is the quotation's speaker, whether or not a source noun or name says
    so."""
    if hit.pattern.kind != "verb" or ctx.text[q.inner[1] - 1] not in ",?!":
        return False
    toks = ctx.doc[speaker[0] : speaker[1]]
    if any(t.is_punct or ctx.in_quote(t) for t in toks):
        return False
    head = next((t for t in toks if t.head.i == hit.start), None)
    return head is not None and head.dep_ in SUBJECT_RELATIONS and head.pos_ == "NOUN"


def _inverted_description(ctx: _Context, q: Quote, hit: CueHit, end: int) -> tuple[int, int] | None:
    """``"…," said a senior Cruz adviser.`` / ``"…," said the designer, who …``: after a
    quotation closed by a comma, a phrase right after the inverting verb cue that opens with a
    determiner or number and closes with a lower-case noun at a mark (the sentence end, a comma)
    is the quotation's speaker, whether or not the role lists know the noun. PolNeAR train: such
    a phrase is in the gold speaker 29 times and never outside it; no stage took 3 of them, and
    the plain phrase stopped short in 7 (``one Trump``; issue #5)."""
    start = hit.end
    if hit.pattern.kind != "verb" or ctx.text[q.inner[1] - 1] != "," or start >= end:
        return None
    first = ctx.doc[start]
    if ctx.low(start) not in ctx.lang.words("determiners") and first.pos_ not in ("DET", "NUM"):
        return None
    stop = start + 1
    while stop < end and stop - start < MAX_SPEAKER_TOKENS and _description_word(ctx.doc[stop]):
        stop += 1
    last = ctx.doc[stop - 1]
    closed = stop >= end or ctx.doc[stop].is_punct
    if stop - 1 == start or not closed or last.pos_ not in NOUN_POS or not last.text.islower():
        return None
    return start, stop


def _description_word(tok: Token) -> bool:
    """A word of a described speaker after its verb: no mark, preposition, pronoun or verb."""
    return not tok.is_punct and not tok.is_space and tok.pos_ in DESCRIPTION_POS


def _after_apposition(ctx: _Context, np: tuple[int, int], end: int) -> int | None:
    """``"…," Jeff Weaver, Sanders' campaign manager, said``: the token after the closing comma
    of a noun phrase in commas that follows the speaker phrase ``np`` (read by its tags: the
    parser often gets these sentences wrong)."""
    doc = ctx.doc
    if np[1] >= end or doc[np[1]].text != ",":
        return None
    close = next((k for k in range(np[1] + 1, end) if doc[k].text == ","), end)
    inner = doc[np[1] + 1 : close]
    if close + 1 >= end or not 0 < len(inner) <= APPOSITION_MAX_TOKENS:
        return None
    if any(t.pos_ not in APPOSITION_POS or ctx.in_quote(t) for t in inner):
        return None
    if not any(t.pos_ in SOURCE_HEAD_POS for t in inner):
        return None
    return close + 1


def _after_parenthesis(ctx: _Context, np: tuple[int, int], end: int) -> int | None:
    """``"…," Rep. John Mica (R-Fla.) said``: the token after a short parenthesis that follows
    the speaker phrase ``np`` (a party and state, an age, an acronym)."""
    doc = ctx.doc
    if np[1] >= end or doc[np[1]].text != "(":
        return None
    close = next((k for k in range(np[1] + 1, min(end, np[1] + 8)) if doc[k].text == ")"), None)
    if close is None or close + 1 >= end or close == np[1] + 1:
        return None
    if any(ctx.in_quote(t) or t.pos_ in CLAUSE_POS for t in doc[np[1] + 1 : close]):
        return None
    return close + 1


def _subject_then_cue(
    ctx: _Context, hits: list[CueHit], i: int, end: int
) -> tuple[tuple[int, int], CueHit] | None:
    """``"…," the Senate minority leader said``: the first verb cue after token ``i`` whose parsed
    subject phrase starts at ``i``, with only adverbs between it and the cue; the subject up to
    its head (an apposition after it is no part of the name)."""
    hit = next((h for h in hits if i < h.start < end), None)
    if hit is None or hit.pattern.kind != "verb":
        return None
    verb = ctx.doc[hit.start]
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_RELATIONS), None)
    if subject is None or subject.left_edge.i != i or subject.i >= hit.start:
        return None
    if any(ctx.doc[k].pos_ != "ADV" for k in range(subject.right_edge.i + 1, hit.start)):
        return None
    if any(ctx.in_quote(ctx.doc[k]) for k in range(i, hit.start)):
        return None
    return (i, subject.i + 1), hit


def _apposed_then_cue(
    ctx: _Context, hits: list[CueHit], i: int, end: int
) -> tuple[tuple[int, int], CueHit] | None:
    """``"…," California Rep. Duncan Hunter's chief of staff, Joe Kasper, told``: the first verb
    cue after token ``i`` whose subject, a phrase with a name apposed to it, starts at ``i``."""
    hit = next((h for h in hits if i < h.start < end), None)
    if hit is None or hit.pattern.kind != "verb":
        return None
    sent = ctx.doc[i].sent
    subject = _apposed_subject(ctx, sent, hit.start)
    if subject is None or i not in (subject[0], _apposed_phrase(ctx, sent, subject, hit)[0]):
        return None
    return subject, hit


def _unlisted_verb_after_quote(ctx: _Context, q: Quote, i: int, end: int) -> CueHit | None:
    """``,,…", fulmineerde Sloetski.``: in a quote, a comma, a verb and a named speaker, the verb
    reports the quote even when the cue list does not know it."""
    tok = ctx.doc[i]
    comma = i > ctx.token_at(q.outer[1]) or ctx.text[q.inner[1] - 1] == ","
    if not comma or tok.pos_ not in ("VERB", "AUX", "NOUN", "ADJ") or not tok.text.isalpha():
        return None
    if not tok.text.islower() or tok.text in ctx.lang.words("text_verbs"):
        return None
    np = noun_phrase_after(ctx.doc, i + 1, end, ctx.lang)
    if np is None or not strong_speaker(ctx.doc, np, ctx.lang):
        return None
    if tok.pos_ in ("NOUN", "ADJ") and not _inverted_verb_slot(ctx, tok, np, end):
        return None
    return CueHit(i, i + 1, UNLISTED_VERB, UNLISTED_VERB.act)


def _inverted_verb_slot(ctx: _Context, tok: Token, np: tuple[int, int], end: int) -> bool:
    """``,,…", fulmineerde Sloetski.`` where the tagger read the rare verb as a noun: in a verb
    second language one word between the quote's comma and a speaker that closes the sentence
    is the inverted verb, unless it is a title (``woordvoerder Jansen``)."""
    closes = np[1] >= end or ctx.doc[np[1]].text in SENTENCE_ENDS
    return ctx.lang.verb_second and closes and tok.lower_ not in ctx.lang.titles


def _unlisted_verb_after_speaker(
    ctx: _Context, q: Quote, np: tuple[int, int], end: int
) -> CueHit | None:
    """``"…," he continued.``: a quote ending in a comma, a named or personal speaker and a
    verb that closes the sentence report the quote, whether or not the cue list knows the verb."""
    i = np[1]
    if i >= end or ctx.text[q.inner[1] - 1] != "," or not strong_speaker(ctx.doc, np, ctx.lang):
        return None
    tok = ctx.doc[i]
    if tok.pos_ != "VERB" or not tok.text.isalpha() or not tok.text.islower():
        return None
    if tok.text in ctx.lang.words("text_verbs"):
        return None
    if i + 1 < end and ctx.doc[i + 1].text not in SENTENCE_ENDS:
        return None  # "..., he continued to argue": the verb has its own complement
    return CueHit(i, i + 1, UNLISTED_VERB, UNLISTED_VERB.act)


def _quote_ends_sentence(ctx: _Context, q: Quote, after: int) -> bool:
    """``“… een deal.” De premier waarschuwde …``: a full stop closes the quote's sentence, so
    the cue after it opens a new one. In a verb-second language a question or exclamation mark
    does too (``,,... iets doen?" Van Abdulaziz weten de Chinezen niet ...``): a cue reporting
    the quote would come before its subject (``,,...?", vroeg hij``)."""
    no_comma = after == ctx.token_at(q.outer[1])
    closers = SENTENCE_ENDS if ctx.lang.verb_second else "."
    return no_comma and ctx.text[q.inner[1] - 1] in closers and ctx.doc[after].text[:1].isupper()


def _split_quote_tail(ctx: _Context, hit: CueHit, speaker: tuple[int, int], i: int, end: int):
    """``“A”, zegt ze, “B”``: the second part gets the same speaker and cue."""
    if i < end and ctx.doc[i].text == ",":
        i += 1
    nxt = ctx.quote_opening_at(ctx.doc[i].idx) if i < end else None
    if nxt is not None:
        _add_quotation(ctx, speaker, hit, nxt)


def _cue_then_quote(ctx: _Context, q: Quote, hits: list[CueHit], sent: Span) -> bool:
    """``X zei: “…”`` and ``Laan: “…”``."""
    i = ctx.token_at(q.outer[0]) - 1
    if i <= sent.start:
        return False
    if ctx.doc[i].text not in (":", ","):
        # "X said "…"": the cue right before the quote
        hit = next((h for h in hits if h.end == i + 1 and h.pattern.kind == "verb"), None)
        if hit is None or _scare_quote_in_clause(ctx, q, sent) or _quote_runs_on(ctx, q):
            return False
        return _attribute_quote(ctx, q, sent, hit, hits)
    colon = i
    hit = next((h for h in hits if h.end == colon or h.end + 1 == colon), None)
    if ctx.doc[i].text == ",":
        if hit is None or hit.pattern.kind != "verb":
            return False
        return _attribute_quote(ctx, q, sent, hit, hits)
    start, _ = _clause_start(ctx, sent, colon)
    verb_cue = hit is not None and hit.pattern.kind == "verb"
    opening = None if verb_cue else _opening_participle(ctx, sent, start, hits)
    if opening is not None:
        hit, speaker = opening
    elif hit is not None and hit.pattern.kind == "verb":
        speaker = _subject_before(ctx, sent, hit) or _speaker_after(ctx, hit, colon)
    elif (speaker := _colon_clause_source(ctx, start, colon, hits)) is not None:
        hit = CueHit(colon, colon + 1, COLON, "statement")
    else:
        speaker = (start, colon) if colon - start <= 8 else None
        hit = CueHit(colon, colon + 1, COLON, "statement")
        if speaker is not None and _lone_opening_word(ctx, speaker):
            return _manner_continuation(ctx, q, hit)
        if speaker is None or not plausible_speaker(ctx.doc, speaker, ctx.lang):
            speaker = _earlier_cue_subject(ctx, sent, colon, hits) or _colon_clause_subject(
                ctx, start, colon
            )
    if speaker is None or not plausible_speaker(ctx.doc, speaker, ctx.lang):
        return False
    _add_quotation(ctx, speaker, hit, q)
    return True


def _opening_participle(
    ctx: _Context, sent: Span, start: int, hits: list[CueHit]
) -> tuple[CueHit, tuple[int, int]] | None:
    """``Amodei voiced support, telling the Nevada Independent: "..."``: a present participle
    cue that opens the clause before a colon is the quotation's cue, and the subject of the cue
    verb it hangs on speaks; the phrase from it to the colon is no source. The cue and the
    speaker, or None."""
    opening = next((h for h in hits if h.start == start and h.pattern.kind == "verb"), None)
    if opening is None or not _participle_cue(ctx, opening):
        return None
    head = ctx.doc[opening.start].head.i
    main = next((h for h in hits if h.start <= head < h.end and h.end <= start), None)
    speaker = _subject_before(ctx, sent, main, hits) if main is not None else None
    return (opening, speaker) if speaker is not None else None


def _lone_opening_word(ctx: _Context, span: tuple[int, int]) -> bool:
    """``Lachend: ,,...''``: one word, capitalised only as its sentence's first (no source word,
    acronym or name the article capitalises elsewhere), is no source before a colon."""
    return span[1] - span[0] == 1 and not _named_source(ctx, span)


def _manner_continuation(ctx: _Context, q: Quote, hit: CueHit) -> bool:
    """``,,...'' De bus bleef heel. Lachend: ,,Die kan wel tegen een stootje.''``: a quotation
    after a lone word that names no source (a manner word) goes on from the last item before it,
    if that is near; whether it took the quotation."""
    prior = [a for a in ctx.attributions if a.content_span[1] <= q.outer[0]]
    last = max(prior, key=lambda a: a.content_span[1], default=None)
    if last is None or q.outer[0] - last.content_span[1] > CONTINUATION_WINDOW:
        return False
    content = trim_inner(ctx.text, *q.inner)
    att = _add(ctx, None, hit, content, "direct", last.speaker)
    if att is not None:
        att.speaker_span = last.speaker_span
        ctx.quoted_spans.add(q.outer)
    return True


def _earlier_cue_subject(
    ctx: _Context, sent: Span, colon: int, hits: list[CueHit]
) -> tuple[int, int] | None:
    """``Trump responded to the ruling via Twitter, attacking the subpoena as a political
    strategy: "..."``: the subject of the last reporting verb before a colon that opens a
    quotation speaks the quotation too. Not in a verb-second language, whose first constituent
    is often no subject (``Beperkt Voor het eerst zei May ...: ,,...''``, a subheading run in)."""
    verbs = [h for h in hits if h.pattern.kind == "verb" and h.end < colon]
    if not verbs or ctx.lang.verb_second:
        return None
    if _quote_after_lead_in(ctx, verbs[-1].end, sent.end):
        return None  # "Kelly responded pointedly, with a smile: “...”": the verb's own quote
    return _subject_before(ctx, sent, verbs[-1], hits)


def _colon_clause_source(
    ctx: _Context, start: int, colon: int, hits: list[CueHit]
) -> tuple[int, int] | None:
    """``Legislator Tanya Chan spoke to the press after the speech: "..."``, ``In his message, he
    appreciated Soleimani's lifepath: "..."``: in a language without verb-second order, the parsed
    subject of the main verb of a cue-less clause ending in the colon before a quotation speaks
    the quotation, if it is a personal pronoun or its phrase holds a name; its phrase is the
    speaker, not the clause. Counted over PolNeAR train and the readable Wikinews gold (E31): such
    a subject is the quotation's gold source 27 times, the source is another mention of the same
    person 3 times, someone else twice, the quotation no attribution 3 times."""
    if ctx.lang.verb_second:
        return None  # a fronted constituent is often no subject: _colon_clause_subject
    if any(start <= h.start < colon for h in hits):
        return None  # "Elie Honig said via Twitter: "..."": the cue's own quotation
    subject = _clause_subject(ctx, start, colon)
    if subject is None or subject.head.dep_ in ctx.lang.words("subordinate_relations"):
        return None  # "When Wallace died in 1998, President Clinton released ...:"
    phrase = (subject.left_edge.i, min(subject.right_edge.i + 1, colon))
    if not (_person_subject(ctx, subject) or _holds_name(ctx, phrase)):
        return None
    if plausible_speaker(ctx.doc, phrase, ctx.lang):
        return phrase
    return _subject_phrase(ctx, subject, colon)


def _clause_subject(ctx: _Context, start: int, end: int) -> Token | None:
    """The first parsed subject among tokens ``start`` to ``end`` whose head lies there too."""
    clause = range(start, end)
    return next(
        (t for t in ctx.doc[start:end] if t.dep_ in SUBJECT_RELATIONS and t.head.i in clause),
        None,
    )


def _holds_name(ctx: _Context, span: tuple[int, int]) -> bool:
    """A proper noun among the tokens of ``span``."""
    return any(t.pos_ == "PROPN" for t in ctx.doc[span[0] : span[1]])


def _colon_clause_subject(ctx: _Context, start: int, colon: int) -> tuple[int, int] | None:
    """``Hij wordt emotioneel: ,,...''``: in a verb-second language, the parsed subject of a
    short clause without a cue that ends in the colon before a quotation, if it names a source,
    speaks the quotation."""
    if not ctx.lang.verb_second or colon - start > COLON_CLAUSE_TOKENS:
        return None
    subject = _clause_subject(ctx, start, colon)
    if subject is None or not _person_subject(ctx, subject):
        return None  # "Hackers rommelen in schoolsysteem: '...'": a headline's topic
    return _subject_phrase(ctx, subject, colon)


def _person_subject(ctx: _Context, subject: Token) -> bool:
    """A personal pronoun (``hij``, ``zij``) or a name."""
    return ctx.lang.pronouns.get(subject.lower_) in PERSON_PRONOUNS or subject.pos_ == "PROPN"


def _scare_quote_in_clause(ctx: _Context, q: Quote, sent: Span) -> bool:
    """``Hij zegt 'niet echt' gestreden te hebben``: a quotation of a few words that the clause
    goes on after, to a verb (the language's ``paraphrase_quote_pos``) before any punctuation, is
    part of a paraphrase (mixed), not the whole content."""
    verbs = ctx.lang.words("paraphrase_quote_pos")
    if not verbs or q.words > ctx.lang.scare_quote_max_words:
        return False
    for tok in ctx.doc[ctx.token_at(q.outer[1]) : sent.end]:
        if tok.is_punct:
            return False
        if tok.pos_.lower() in verbs:
            return True
    return False


def _attribute_quote(ctx: _Context, q: Quote, sent: Span, hit: CueHit, hits: list[CueHit]) -> bool:
    """``X zei, “…”`` / ``X said "…"``: the quote is the cue's complement."""
    speaker = _subject_before(ctx, sent, hit, hits)
    if speaker is None or not plausible_speaker(ctx.doc, speaker, ctx.lang):
        return False
    _add_quotation(ctx, speaker, hit, q)
    return True
