"""Pass 4 and the other passes over the whole article once its sentences are read: the sources of
agentless participles (``Dat eiste de officier van justitie``), continuation quotes (later quoted
sentences of the same speaker, with no cue of their own), sources nested in a quotation and citing
ones (``cited X as saying``), a headline's quotation, block quotations and bylines (``– European
Court of Justice``), and dropping an item that is the own attitude of the pronoun opening another
item's content (``One senator said he intended to sue``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimgraph.extract.attribution.constants import (
    CLAUSE_EDGES,
    CLAUSE_POS,
    CONTINUATION_WINDOW,
    PARAGRAPH_BREAK,
    PERSON_PRONOUNS,
    SENTENCE_ENDS,
    SUBJECT_RELATIONS,
    VERB_KINDS,
)
from claimgraph.extract.attribution.context import (
    CueHit,
    _add,
    _char_span,
    _Context,
    _cue_at,
    _trim,
    find_cues,
)
from claimgraph.extract.attribution.subjects import _flat_end, _focus_particle, _subject_phrase
from claimgraph.extract.quotes import Quote, trim_inner
from claimgraph.extract.speakers.mentions import (
    noun_phrase_after,
    plausible_speaker,
    strong_speaker,
)
from claimgraph.extract.stance import decide_act, decide_stance
from claimgraph.model import Attribution

# "\n – European Court of Justice": a line of a dash and a source closing a block quotation
BYLINE = re.compile(r"^[ \t]*[–—―][ \t]*(\S[^\n]*)$", re.MULTILINE)
# '“...” ― Sonya Herridge': a dash and a source closing a quotation's own line
QUOTE_BYLINE = re.compile(r"[ \t\xa0]*[–—―][ \t\xa0]*(\S[^\n]*)")
BYLINE_NAME_END = re.compile(r"[,(\"“]")  # '– Judge Victor Marrero, "Decision and Order"'
BLOCK_PARAGRAPHS = 4  # paragraphs of a block quotation between its lead-in and its byline
BYLINE_MAX_TOKENS = 8


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
    start = _after_section_label(ctx, after + 1)
    np = noun_phrase_after(ctx.doc, start, ctx.token_at(line_end), ctx.lang)
    if np and strong_speaker(ctx.doc, np, ctx.lang):
        _add(ctx, np, None, trim_inner(ctx.text, *quote.inner), "direct")


def _after_section_label(ctx: _Context, i: int) -> int:
    """Token ``i``, or the one after it when it is a section label the paper prints before the
    source (the language's ``section_labels``: ``'We hebben juist méér arbeidsmigranten nodig'.
    Interview Rob Jetten``): the label names the genre, not the speaker."""
    return i + 1 if ctx.low(i) in ctx.lang.words("section_labels") else i


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
    att.act = decide_act(hit.pattern, hit.act, words, ctx.lang, att.stance)


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
