"""Pass 3 and the other items a sentence gives without a reporting cue: headline-style colon
statements (``Europees Hof: Studies moeten openbaar``), evidence from a document or figures
(``blijkt uit cijfers van het CBS``), and a sentence that continues the previous source's report
(reportative ``zou``: ``Bovendien zouden ... zich hebben gemeld``) or demand (a deontic modal: ``Die
bestuurder moet er ook voor zorgen dat ...``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.constants import COLON
from claimgraph.extract.attribution.context import CueHit, _add, _char_span, _Context, _trim
from claimgraph.extract.attribution.subjects import _named_source
from claimgraph.extract.speakers.mentions import plausible_speaker, strong_speaker
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.speakers.words import is_capitalised
from claimgraph.lang import CuePattern
from claimgraph.model import Attribution

# "blijkt uit" (grammar evidential_verbs): a finding reported by the document or figures it
# comes from; not in cues.toml, whose words are features of the learned model
EVIDENCE = CuePattern(parts=(frozenset(),), stance="assert", act="statement")


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
    the source is whoever claims so). ``Dat blijkt uit X van Y`` reports the sentence before."""
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
    """The finding: a ``dat`` clause after the cue and its source (past a few adverbs), the
    clause before ``, blijkt uit``, or the sentence before ``Dat blijkt uit``."""
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
    return _anaphoric_finding(ctx, sent, cue, source)


def _anaphoric_finding(
    ctx: _Context, sent: Span, cue: CueHit, source: tuple[int, int]
) -> tuple[int, int] | None:
    """``Bij mieren is het daadwerkelijk zo. Dat blijkt uit een onderzoek van Amerikaanse en
    Spaanse wetenschappers.``: the sentence before, where a demonstrative (grammar
    ``evidential_anaphors``) right before the cue is the subject and the document after it has
    an owner who may be a speaker (``Dat blijkt uit de Kieswijzer``: none)."""
    opener = sent.start
    if opener == 0 or cue.start != opener + 1 or source[0] < cue.end:
        return None
    if ctx.low(opener) not in ctx.lang.words("evidential_anaphors"):
        return None
    if not _document_owner(ctx, source):
        return None
    before = ctx.doc[opener - 1].sent
    return (before.start, before.end) if len(before) > 3 else None


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
