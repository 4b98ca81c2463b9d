"""Passive and participle cues of pass 2: a participle cue with its agent (``is bekritiseerd door
Labour``), a passive whose subject is the patient, no speaker (``was found``), an agentless
accusation (``X is accused of Y``; in a criminal case the prosecution accuses), an agentless
participle whose source comes last (``Drie jaar geëist voor ...``), and present participles: a
sentence that opens with one (``Calling it X, Y said``), whose main clause's subject speaks for both
cues, and one after a subordinator (``after reporting two drones crashed``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.acts import topic_phrase
from claimgraph.extract.attribution.complements import _addressee_cue
from claimgraph.extract.attribution.constants import (
    CLAUSE_EDGES,
    CLAUSE_POS,
    COMPLEMENT_REACH,
    RELATIVE_CLAUSES,
    SOURCE_HEAD_POS,
    SUBJECT_RELATIONS,
)
from claimgraph.extract.attribution.contents import _content_end
from claimgraph.extract.attribution.context import CueHit, _add, _Context, _trim
from claimgraph.extract.attribution.subjects import (
    _clause_start,
    _finite,
    _flat_end,
    _participle_cue,
    _subject_phrase,
)
from claimgraph.extract.quotes import trim_inner
from claimgraph.extract.speakers.mentions import (
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.extract.speakers.names import canonical_name

# the words of a demanded penalty before an agentless participle ("fors hogere straffen geëist")
DEMANDED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "CCONJ"})


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


def _agent_before(ctx: _Context, hit: CueHit) -> tuple[int, int] | None:
    """``die door de politie van Chicago ervan beschuldigd werd``, ``wordt de achterban door het
    partijbestuur ontraden``: an agent (an oblique that the parse hangs on the cue verb, opened by
    one of the language's ``agent_markers``) before a participle or passive cue speaks, where its
    clause's subject is the one addressed or accused. None unless that phrase may be a speaker."""
    markers, verb = ctx.lang.words("agent_markers"), ctx.doc[hit.start]
    passive = ctx.lang.words("passive_relations")
    if "Part" not in verb.morph.get("VerbForm") and not any(
        c.dep_ in passive for c in verb.children
    ):
        return None  # "We zouden door de Holocaust beter moeten weten": a cause, no agent
    for child in verb.children:
        if child.i >= hit.start or child.dep_ != "obl":
            continue
        marker = next((c for c in child.children if c.dep_ == "case"), None)
        if marker is None or marker.lower_ not in markers or marker.i != child.left_edge.i:
            continue
        agent = (marker.i + 1, min(child.right_edge.i + 1, hit.start))
        return agent if plausible_speaker(ctx.doc, agent, ctx.lang) else None
    return None


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
