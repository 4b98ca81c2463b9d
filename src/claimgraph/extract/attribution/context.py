"""What the passes share about one article, and the cues they work from: ``_Context`` (the Doc, its
text and quotations, the items found so far, and indexes over the tokens), ``CueHit`` (a matched
reporting cue), the cue finder (``find_cues``: the language's cue patterns in a sentence, outside
quotations, not where a cue word is a noun or a name; ``_joined_cues``: ``hoopt en verwacht``), and
how an item is recorded: ``_add`` keeps its content within the cue's paragraph, types it (direct,
mixed or indirect) and decides its stance and act; ``_add_quotation`` adds a quoted one.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from spacy.attrs import IS_PUNCT
from spacy.tokens import Doc, Span, Token

from claimgraph.extract.attribution.acts import person_pronoun_only
from claimgraph.extract.attribution.constants import COLON, NOUN_KINDS, PARAGRAPH_BREAK, TRAILING
from claimgraph.extract.parsed import token_texts
from claimgraph.extract.quotes import Quote, trim_inner
from claimgraph.extract.speakers.mentions import speaker_phrase
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.stance import decide_act, decide_stance
from claimgraph.lang import CUE_KINDS, CuePattern, LangData
from claimgraph.model import Attribution
from claimgraph.nlp.sentences import hard_wrapped


@dataclass
class CueHit:
    """A matched reporting cue: tokens ``[start, end)``, with a trailing preposition if any."""

    start: int
    end: int
    pattern: CuePattern
    act: str
    used: bool = False


@dataclass
class _Context:
    doc: Doc
    text: str
    lang: LangData
    quotes: list[Quote]
    starts: list[int]
    attributions: list[Attribution] = field(default_factory=list)
    quoted_spans: set[tuple[int, int]] = field(default_factory=set)
    # agentless participles ("Drie jaar geëist") and their contents, whose source comes last
    agentless: list[tuple[CueHit, tuple[int, int]]] = field(default_factory=list)
    # sentences that open with a participle cue ("Calling it X, Y said"): the main clause's
    # subject, which speaks for both cues (the participle's clause is no content)
    fronted: dict[int, tuple[int, int]] = field(default_factory=dict)
    # ``quotes`` are sorted and do not overlap (find_quotes): a quote is found by bisection
    _quote_starts: list[int] = field(init=False, repr=False)
    _quote_by_start: dict[int, Quote] = field(init=False, repr=False)
    texts: tuple[str, ...] = field(init=False, repr=False)  # each token's text
    _low: list[str] = field(init=False, repr=False)  # each token's lower-cased text
    _cue_firsts: list[int] | None = field(default=None, init=False, repr=False)
    _punct: list[bool] | None = field(default=None, init=False, repr=False)
    # words capitalised other than at a sentence start (subjects._mid_sentence_capitals)
    mid_sentence_capitals: frozenset[str] | None = field(default=None, init=False, repr=False)
    _where: dict[frozenset[str], list[int]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.texts = token_texts(self.doc)  # read from the arrays: doc[i] builds a Token
        self._low = [text.lower() for text in self.texts]
        self._quote_starts = [q.outer[0] for q in self.quotes]
        self._quote_by_start = {}
        for q in self.quotes:
            self._quote_by_start.setdefault(q.outer[0], q)

    def token_at(self, char: int) -> int:
        """Index of the token that starts at or after ``char``."""
        return bisect.bisect_left(self.starts, char)

    def in_quote(self, tok: Token) -> Quote | None:
        i = bisect.bisect_right(self._quote_starts, tok.idx) - 1
        if i >= 0 and tok.idx < self.quotes[i].outer[1]:
            return self.quotes[i]
        return None

    def quote_opening_at(self, char: int) -> Quote | None:
        """The quotation whose opening mark is at ``char``."""
        return self._quote_by_start.get(char)

    def low(self, i: int) -> str:
        """Token ``i`` lower-cased; ``""`` past the last token (a cue may end the text)."""
        return self._low[i] if i < len(self._low) else ""

    def lows(self, start: int, end: int) -> list[str]:
        """The lower-cased texts of tokens ``[start, end)``."""
        return self._low[start:end]

    def where(self, words: frozenset[str], start: int, end: int) -> list[int]:
        """The tokens in ``[start, end)`` (ascending) whose lower-cased text is in ``words``; the
        whole Doc is read once per word set, not once per sentence."""
        found = self._where.get(words)
        if found is None:
            found = self._where[words] = [i for i, low in enumerate(self._low) if low in words]
        return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]

    def punct(self) -> list[bool]:
        """Whether each token is punctuation (``Token.is_punct``, read from the Doc's array)."""
        if self._punct is None:
            self._punct = self.doc.to_array(IS_PUNCT).astype(bool).tolist()
        return self._punct

    def cue_firsts(self) -> list[int]:
        """The tokens (ascending) whose word some cue pattern starts with."""
        if self._cue_firsts is None:
            firsts = self.lang.cues_by_first
            self._cue_firsts = [i for i, low in enumerate(self._low) if low in firsts]
        return self._cue_firsts


def _match_at(
    words: Sequence[str], punct: Sequence[bool], i: int, limit: int, cue: CuePattern
) -> int | None:
    """End token (exclusive) if ``cue`` matches at ``i`` in ``words`` (each token's lower-cased
    text; ``punct``: whether it is punctuation); a gap allows up to ``cue.gap`` other words."""
    pos = i
    gap = False
    for part in cue.parts:
        if part is None:
            gap = True
            continue
        window = range(pos, min(pos + (cue.gap + 1 if gap else 1), limit))
        found = next((j for j in window if words[j] in part and not punct[j]), None)
        if found is None or (gap and any(punct[pos:found])):
            return None
        pos, gap = found + 1, False
    return pos


# parts of speech (UPOS) before a noun phrase: a cue word modifying a noun after one is no verb
NOUN_PHRASE_OPENERS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "SCONJ"})
CUE_ADVERBIAL_REACH = 15  # tokens between a cue and its content that its stance reads


def _cue_at(
    ctx: _Context, i: int, limit: int, kinds: Collection[str] = CUE_KINDS, strong: bool = False
) -> CueHit | None:
    """The first cue pattern of one of ``kinds`` (not a weak one if ``strong``) that matches
    from token ``i`` on, before ``limit``."""
    for cue in ctx.lang.cues_by_first.get(ctx.low(i), ()):
        if cue.kind in kinds and not (strong and cue.weak):
            end = _match_at(ctx._low, ctx.punct(), i, limit, cue)
            if end is not None:
                return CueHit(i, end, cue, cue.act)
    return None


def find_cues(ctx: _Context, sent: Span) -> list[CueHit]:
    """Reporting cues in one sentence, outside quotations, longest match first."""
    hits: list[CueHit] = []
    # only a word some cue pattern starts with can start a hit (_cue_at finds none elsewhere)
    firsts = ctx.cue_firsts()
    k = bisect.bisect_left(firsts, sent.start)
    while k < len(firsts) and firsts[k] < sent.end:
        i = firsts[k]
        tok = ctx.doc[i]
        hit = None
        # a capitalised cue word inside a sentence is a name ("Secretary of State"), one after
        # an article a noun ("Unlike the accused") unless it is a nominal cue ("de oproep")
        after_article = i > sent.start and ctx.low(i - 1) in ctx.lang.words("articles")
        after_article = after_article or _determined_noun(ctx, tok)
        if (
            not ctx.in_quote(tok)
            and (tok.is_sent_start or not tok.text[:1].isupper())
            and not _noun_modifier(ctx, tok)
        ):
            hit = _cue_at(
                ctx,
                i,
                sent.end,
                kinds=NOUN_KINDS if after_article else CUE_KINDS,
                # "state media", "secretary of state": a weak cue word modifying a noun or
                # governed by a preposition is no verb
                strong=_nominal(ctx, tok),
            )
        if hit is None:
            k += 1
            continue
        if hit.end < sent.end and ctx.low(hit.end) in hit.pattern.preps:
            hit.end += 1
            hit.act = hit.pattern.prep_act or hit.act
        hits.append(hit)
        k = bisect.bisect_left(firsts, hit.end, k)
    return hits


def _joined_cues(ctx: _Context, hits: list[CueHit]) -> list[CueHit]:
    """``De Stichting hoopt en verwacht dat ...``: two verb cues joined by a coordinator are one
    cue for one content; the first one's stance counts when it is not a plain assert (a hope
    speculates, ANNOTATION.md rule 3)."""
    coordinators = ctx.lang.words("coordinators")
    by_start = {h.start: h for h in hits}
    joined: list[CueHit] = []
    taken: set[int] = set()
    for hit in hits:
        if hit.start in taken:
            continue
        second = by_start.get(hit.end + 1)
        if (
            second is None
            or ctx.low(hit.end) not in coordinators
            or hit.pattern.kind != "verb"
            or second.pattern.kind != "verb"
        ):
            joined.append(hit)
            continue
        stance = hit.pattern.stance if hit.pattern.stance != "assert" else second.pattern.stance
        pattern = replace(second.pattern, stance=stance)
        joined.append(CueHit(hit.start, second.end, pattern, second.act))
        taken.add(second.start)
    return joined


def _noun_modifier(ctx: _Context, tok: Token) -> bool:
    """A cue word that modifies a later noun right after a function word (``over alleged hush
    money``, ``records, appeals court``) reports nothing. The tagger also makes a headline's verb
    a noun modifier after its subject (``Trump urges supporters``): that one stays a cue."""
    return (
        tok.dep_ in ctx.lang.words("noun_modifier_relations")
        and tok.head.i > tok.i
        and tok.pos_ != "VERB"
        and (tok.is_sent_start or tok.nbor(-1).pos_ in NOUN_PHRASE_OPENERS)
    )


def _determined_noun(ctx: _Context, tok: Token) -> bool:
    """A cue word the tagger makes a noun with a determiner or possessor before it (the
    language's ``noun_determiner_relations``: ``a deposition request``, ``Trump's call with``,
    ``this dispute``): a noun like one right after an article. Not a sentence's root (the
    tagger found no other verb: ``The Argentinian government state about ...``), not one before
    its complement (the language's ``noun_complement_words``: ``The Tax Policy Center estimates
    that``, ``the IMF's estimate of``) and not one ending its sentence (``..., the candidate's
    former doctor maintains.``)."""
    relations = ctx.lang.words("noun_determiner_relations")
    nxt = tok.i + 1
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ != "ROOT"
        and not (nxt < len(ctx.doc) and ctx.low(nxt) in ctx.lang.words("noun_complement_words"))
        and not (nxt < len(ctx.doc) and ctx.doc[nxt].is_punct and ctx.doc[nxt].text != ",")
        and any(child.i < tok.i and child.dep_ in relations for child in tok.children)
    )


def _nominal(ctx: _Context, tok: Token) -> bool:
    """Whether a cue word is used as a noun by its relations: a noun modifier (``state media``)
    or governed by a preposition (the language's ``noun_case_relations`` and
    ``noun_case_words``: ``secretary of state``). PolNeAR train, every 5th article: 34 of 35
    "state(s)" cue items with "of" were the noun."""
    return tok.dep_ in ctx.lang.words("noun_modifier_relations") or any(
        child.dep_ in ctx.lang.words("noun_case_relations")
        and child.lower_ in ctx.lang.words("noun_case_words")
        for child in tok.children
    )


def _trim(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    """Character span of tokens ``[start, end)`` without edge punctuation and spaces."""
    s = ctx.doc[start].idx
    e = ctx.doc[end - 1].idx + len(ctx.doc[end - 1].text)
    while e > s and ctx.text[e - 1] in TRAILING:
        e -= 1
    while s < e and ctx.text[s] in " \n\t,:":
        s += 1
    return s, e


def _past_connective(ctx: _Context, content: tuple[int, int], cue: CueHit) -> tuple[int, int]:
    """``Maar de familie acht een celstraf passender, aldus Korver``: a content before its cue
    that opens its sentence with one of the language's ``fronted_connectives`` (outside a
    quotation) starts after it: the word links the narrator's sentences, not the source's."""
    i = ctx.token_at(content[0])
    if i + 1 >= len(ctx.doc) or content[1] > ctx.doc[cue.start].idx:
        return content
    tok = ctx.doc[i]
    if not tok.is_sent_start or ctx.in_quote(tok):
        return content
    if tok.lower_ not in ctx.lang.words("fronted_connectives"):
        return content
    start = ctx.doc[i + 1].idx
    while start < content[1] and ctx.text[start] in " \n\t,:":
        start += 1
    return start, content[1]


def _with_cue_preposition(ctx: _Context, content: tuple[int, int], cue: CueHit) -> tuple[int, int]:
    """``verzet zich tegen zijn uitsluiting``: a content right after a cue whose last word is one
    of the language's ``content_prepositions`` opens with that word (the gold's cue is the verb)."""
    last = ctx.doc[cue.end - 1]
    if cue.end - cue.start < 2 or last.lower_ not in ctx.lang.words("content_prepositions"):
        return content
    if ctx.token_at(content[0]) != cue.end:
        return content
    return last.idx, content[1]


def _cue_adverbials(ctx: _Context, cue: CueHit, start: int) -> list[str]:
    """``weet bijna zeker dat ze in een strafkamp zit``: the words between a cue and its content
    in the same sentence (adverbials, an addressee: no more than ``CUE_ADVERBIAL_REACH``) modify
    the cue, so its stance reads their hedges as the cue's own; not an aside set off by
    punctuation (``Volgens de directeur, die niet met zijn naam wilde worden genoemd, is``)."""
    if not 0 < start - cue.end <= CUE_ADVERBIAL_REACH:
        return []
    words = ctx.lows(cue.end, start)
    if ctx.doc[start].sent.start > cue.end or not all(w[:1].isalpha() for w in words):
        return []
    return words


def _char_span(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    return ctx.doc[start].idx, ctx.doc[end - 1].idx + len(ctx.doc[end - 1].text)


def _content_type(ctx: _Context, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """direct if the content is one quotation (then its inner words), mixed if it holds one."""
    s, e = span
    for q in ctx.quotes:
        inner = trim_inner(ctx.text, *q.inner)
        if (
            q.outer[0] <= s
            and e <= q.outer[1]
            and (s, e) != inner
            and e - s >= 0.9 * (inner[1] - inner[0])
        ):
            return "direct", inner
        if (s, e) == inner:
            return "direct", inner
    if any(s <= q.outer[0] and q.outer[1] <= e for q in ctx.quotes):
        return "mixed", span
    return "indirect", span


def _within_paragraph(text: str, span: tuple[int, int], cue: int) -> tuple[int, int]:
    """``span`` cut to the paragraph of the cue at ``cue`` (a sentence the splitter ran over a
    line break, a quotation left open at a paragraph end): no gold content crosses one."""
    if hard_wrapped(text):  # its paragraphs end at blank lines, not at every line break
        before = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, cue)]
        after = PARAGRAPH_BREAK.search(text, cue)
        start, stop = max([span[0], *before]), after.start() if after else -1
    else:
        start, stop = max(span[0], text.rfind("\n", 0, cue) + 1), text.find("\n", cue)
    end = min(span[1], len(text) if stop < 0 else stop)
    if (start, end) == span:
        return span
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start] in TRAILING:
        start += 1
    return (start, end) if end > start else (span[0], span[0])


def _add(
    ctx: _Context,
    speaker: tuple[int, int] | None,
    cue: CueHit | None,
    content: tuple[int, int],
    kind: str | None = None,
    speaker_name: str = "",
) -> Attribution | None:
    if cue is not None:
        content = _with_cue_preposition(ctx, _past_connective(ctx, content, cue), cue)
    typ, content = (kind, content) if kind else _content_type(ctx, content)
    if cue is not None:
        content = _within_paragraph(ctx.text, content, ctx.doc[cue.start].idx)
    if content[1] - content[0] < 2:  # also an empty quotation: „ ”
        return None
    if any(a.content_span == content for a in ctx.attributions):
        return None
    doc, text = ctx.doc, ctx.text
    cue_span = _char_span(ctx, cue.start, cue.end) if cue else None
    core = speaker_phrase(doc, speaker, ctx.lang) if speaker else None
    speaker_span = _char_span(ctx, *core) if core and core[1] > core[0] else None
    surface = text[speaker_span[0] : speaker_span[1]] if speaker_span else ""
    name = speaker_name or (canonical_name(surface, ctx.lang) if surface else "")
    content_tokens = doc.char_span(*content, alignment_mode="expand")
    if person_pronoun_only(content_tokens):
        return None
    content_words = ctx.lows(content_tokens.start, content_tokens.end)
    cue_words = text[cue_span[0] : cue_span[1]].lower().split() if cue_span else []
    if cue is not None:
        cue_words += _cue_adverbials(ctx, cue, content_tokens.start)
    pattern = cue.pattern if cue else COLON
    stance, confidence = decide_stance(pattern, cue_words, content_words, ctx.lang)
    act = decide_act(pattern, cue.act if cue else "statement", content_words, ctx.lang, stance)
    if cue and cue.pattern.weak:
        confidence *= 0.8
    att = Attribution(
        speaker=name,
        speaker_span=speaker_span,
        cue=text[cue_span[0] : cue_span[1]] if cue_span else "",
        cue_span=cue_span,
        content_span=content,
        type=typ,
        stance=stance,
        act=act,
        confidence=round(confidence, 3),
    )
    ctx.attributions.append(att)
    if cue:
        cue.used = True
    return att


def _add_quotation(
    ctx: _Context, speaker: tuple[int, int], hit: CueHit, quote: Quote
) -> Attribution | None:
    """A direct item whose content is the quotation, which is then taken (``quoted_spans``)."""
    att = _add(ctx, speaker, hit, trim_inner(ctx.text, *quote.inner), kind="direct")
    if att is not None:
        ctx.quoted_spans.add(quote.outer)
    return att
