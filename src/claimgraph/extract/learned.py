"""Learned English attribution extraction: a linear-chain CRF tags CUE, SOURCE and CONTENT.

The model (``extract/models/attribution-en.crfsuite``, trained by
``train/train_attribution_en.py`` on PolNeAR train) labels each token of a paragraph with BIO
tags. Attributions are then assembled: each CONTENT chunk joins the nearest CUE chunk of its
paragraph (same sentence first), the content chunks of one cue merge into one span (PolNeAR's
discontinuous content, ``"A," he said, "B"``), and the cue takes the nearest SOURCE chunk.
Stance and act come from ``extract/stance.py`` as for the rules, speakers from
``extract/speakers/``.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from pathlib import Path

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from claimgraph.errors import ModelError
from claimgraph.extract.crf_decoding import Decoding, decode
from claimgraph.extract.crf_scores import ScoreTagger, attribute_names, read_score_tagger
from claimgraph.extract.learned_features import (
    SYNTAX_FEATURE_SET,
    FeatureContext,
    Paragraph,
    context_features,
)
from claimgraph.extract.learned_scores import context_scores, word_scores
from claimgraph.extract.speakers import resolve_speakers
from claimgraph.extract.speakers.names import canonical_name
from claimgraph.extract.speakers.pronouns import resolve_demonstratives
from claimgraph.extract.stance import decide_act, decide_stance
from claimgraph.lang import CuePattern, LangData
from claimgraph.model import Attribution

MODELS_DIR = Path(__file__).parent / "models"
ROLES = ("CUE", "SOURCE", "CONTENT")
SENTENCE_PENALTY = 1000  # a cue in another sentence only wins when none is in the same one
DEFAULT_CUE = CuePattern(parts=(), stance="assert", act="statement")
OPENING_MARKS = frozenset({",", ";", ":"})  # punctuation a content never opens with
CONVENTIONS = ("claimgraph", "polnear")


@dataclass(frozen=True)
class Chunk:
    """A tagged run of tokens ``[start, end)`` (Doc indices) with its role and sentence."""

    role: str
    start: int
    end: int
    sent: int


Triple = tuple[Chunk | None, Chunk | None, list[Chunk]]


@dataclass(frozen=True)
class LearnedModel:
    """A loaded tagger with the cue lexicon it was trained with (``attributes``: the names the
    model has weights for; features outside them are not built for tagging; ``scorer``: the
    same model tagging features given as rows of its weights, faster)."""

    tagger: object
    learned_cues: frozenset[str]
    meta: dict
    attributes: frozenset[str] | None = None
    scorer: ScoreTagger | None = None

    @property
    def syntax(self) -> bool:
        """Whether the model was trained with POS and dependency features."""
        return self.meta.get("feature_set") == SYNTAX_FEATURE_SET

    @property
    def decoding(self) -> Decoding:
        """How tags are decoded from the scores (``extract/crf_decoding.py``; the meta's)."""
        return Decoding.from_meta(self.meta)


def model_path(lang_code: str = "en") -> Path:
    return MODELS_DIR / f"attribution-{lang_code}.crfsuite"


def meta_path(lang_code: str = "en") -> Path:
    return MODELS_DIR / f"attribution-{lang_code}.meta.json"


# (models folder, language) whose model files were found. Asked twice per article, a found
# model is not looked for again (training writes its files over, never removes them); a missing
# one is, so a model written later in the process is found.
_FOUND: set[tuple[Path, str]] = set()


def model_available(lang_code: str = "en") -> bool:
    """Whether a trained model (and its meta file) is shipped for ``lang_code``."""
    key = (MODELS_DIR, lang_code)
    if key in _FOUND:
        return True
    found = model_path(lang_code).is_file() and meta_path(lang_code).is_file()
    if found:
        _FOUND.add(key)
    return found


@cache
def load_model(lang_code: str = "en") -> LearnedModel:
    """Open the CRF model and its meta file once per process."""
    import pycrfsuite

    path = model_path(lang_code)
    try:
        meta = json.loads(meta_path(lang_code).read_text(encoding="utf-8"))
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        data = path.read_bytes()
        attributes = model_attributes(data)
        scorer = read_score_tagger(data)
    except (OSError, ValueError, struct.error) as err:
        raise ModelError(f"cannot load the attribution model: {err}", str(path)) from err
    cues = frozenset(meta.get("cue_lexicon", []))
    return LearnedModel(tagger, cues, meta, attributes, scorer)


def model_attributes(model: bytes) -> frozenset[str]:
    """The attribute names of a crfsuite model file, read from its attribute dictionary
    (:func:`claimgraph.extract.crf_scores.attribute_names`). ``Tagger.info()`` parses the same
    names back from a text dump, which cannot hold every string exactly."""
    return frozenset(n.decode("utf-8", "surrogateescape") for n in attribute_names(model))


def tag_document(
    doc: Doc, lang: LangData, model: LearnedModel
) -> list[tuple[Paragraph, list[str]]]:
    """Each paragraph of ``doc`` with its predicted BIO tags."""
    return _tag(_context(doc, lang, model), model)


def _context(doc: Doc, lang: LangData, model: LearnedModel) -> FeatureContext:
    return FeatureContext(doc, lang, model.learned_cues, model.syntax, model.attributes)


def _scored_context(doc: Doc, lang: LangData, model: LearnedModel) -> FeatureContext:
    """:func:`_context` with features as rows of the model's weights, for ``model.scorer``."""
    if model.scorer is None:
        return _context(doc, lang, model)
    rows = model.scorer.rows
    return FeatureContext(doc, lang, model.learned_cues, model.syntax, model.attributes, rows)


def _tag(ctx: FeatureContext, model: LearnedModel) -> list[tuple[Paragraph, list[str]]]:
    scorer = model.scorer
    if scorer is not None and ctx.words.rows is scorer.rows:
        paras, scores = context_scores(ctx, word_scores(ctx.words, scorer.state))
        decoding, search = model.decoding, scorer.tag_scores
        tags = (decode(s, scorer.labels, scorer.transitions, search, decoding) for s in scores)
        return list(zip(paras, tags, strict=True))
    paras, features = context_features(ctx)
    return [(p, model.tagger.tag(f)) for p, f in zip(paras, features, strict=True)]  # type: ignore[attr-defined]


def chunks(doc: Doc, para: Paragraph, tags: list[str]) -> list[Chunk]:
    """BIO tags to chunks; an ``I-`` after another role opens a chunk of its own."""
    return _chunks(para, tags, (doc.to_array(SENT_START).view("int64") > 0).tolist())


def _chunks(para: Paragraph, tags: list[str], sent_starts: Sequence[bool]) -> list[Chunk]:
    """:func:`chunks`, with each token's ``Token.is_sent_start`` in ``sent_starts``."""
    runs: list[tuple[str, int, int]] = []  # role, first and last tag position
    role, start, last = "", -1, -1
    # only the tags other than O are visited (most are O): an O between two of them, k not
    # last + 1, ends a chunk as it would when read
    for k in compress(range(len(tags)), map("O".__ne__, tags)):
        prefix, _, name = tags[k].partition("-")
        if role and (k != last + 1 or prefix != "I" or name != role):
            runs.append((role, start, last))
            role = ""
        if prefix == "B" or (prefix == "I" and not role):
            role, start = name, k
        last = k
    if role:
        runs.append((role, start, last))
    tokens = para.tokens
    return [
        Chunk(role, tokens[first], tokens[end] + 1, _sentence_of(tokens, first, sent_starts))
        for role, first, end in runs
    ]


def _sentence_of(tokens: tuple[int, ...], k: int, sent_starts: Sequence[bool]) -> int:
    """The first token of the sentence of ``tokens[k]`` within the paragraph ``tokens``: the
    last of ``tokens[:k + 1]`` that opens a sentence, else the paragraph's first."""
    while k > 0 and not sent_starts[tokens[k]]:
        k -= 1
    return tokens[k]


def _gap(a: Chunk, b: Chunk) -> int:
    """Tokens between two chunks, plus a penalty when they are in different sentences."""
    distance = max(b.start - a.end, a.start - b.end, 0)
    return distance + (SENTENCE_PENALTY if a.sent != b.sent else 0)


def _nearest(chunk: Chunk, candidates: list[Chunk]) -> Chunk | None:
    return min(candidates, key=lambda c: (_gap(chunk, c), c.start), default=None)


def link_chunks(found: list[Chunk]) -> list[Triple]:
    """(source, cue, contents) triples of one paragraph: contents grouped by their nearest cue;
    each source goes to its nearest cue; a cue left without one shares the nearest source of its
    sentence (``Trump, claiming X, said Y``)."""
    cues = [c for c in found if c.role == "CUE"]
    sources = [c for c in found if c.role == "SOURCE"]
    by_cue: dict[Chunk | None, list[Chunk]] = {}
    for content in (c for c in found if c.role == "CONTENT"):
        by_cue.setdefault(_nearest(content, cues), []).append(content)
    source_of: dict[Chunk, Chunk] = {}
    for source in sources:
        cue = _nearest(source, cues)
        if cue is not None and (
            cue not in source_of or _gap(cue, source) < _gap(cue, source_of[cue])
        ):
            source_of[cue] = source
    triples = []
    for cue, contents in by_cue.items():
        if cue is None:
            source = _nearest(contents[0], sources)
        else:
            same_sentence = [s for s in sources if s.sent == cue.sent]
            source = source_of.get(cue) or _nearest(cue, same_sentence)
        triples.append((source, cue, contents))
    return triples


def cue_pattern(words: list[str], lang: LangData) -> CuePattern:
    """The rule cue pattern whose first word and other words occur in the learned cue."""
    present = set(words)
    for word in words:
        for pattern in lang.cues_by_first.get(word, ()):
            if all(part is None or part & present for part in pattern.parts):
                return pattern
    return DEFAULT_CUE


def quote_type(text: str, span: tuple[int, int], quoted: list[tuple[int, int]]) -> str:
    """direct if every word character of ``span`` is inside a quotation, mixed if some are."""
    start, end = span
    words = _word_chars(text, start, end)
    inside = sum(_word_chars(text, lo, hi) for lo, hi in _merged(quoted, start, end))
    if words and inside == words:
        return "direct"
    return "mixed" if inside else "indirect"


def _word_chars(text: str, start: int, end: int) -> int:
    return sum(map(str.isalnum, text[start:end]))


def _merged(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """``spans`` clipped to ``[start, end)``, overlapping ones joined (nested quotations)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((max(s, start), min(e, end)) for s, e in spans):
        if s >= e:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _possessor_cue(doc: Doc, cue: Chunk | None) -> bool:
    """A cue that is only a possessor's case marker (UD ``case`` under ``nmod:poss``: the
    ``’s`` of ``Putin’s spokesperson claims``) reports nothing, so it makes no item: left among
    the items until the stage's filter, its speaker was the antecedent of a later ``He``."""
    return cue is not None and all(
        doc[i].dep_ == "case" and doc[i].head.dep_ == "nmod:poss" for i in range(cue.start, cue.end)
    )


def _char_span(ctx: FeatureContext, start: int, end: int) -> tuple[int, int]:
    return ctx.idx[start], ctx.idx[end - 1] + len(ctx.text[end - 1])


def _attribution(ctx: FeatureContext, lang: LangData, triple: Triple) -> Attribution:
    """One attribution from a linked triple (token columns, text and quotations from ``ctx``:
    spaCy rebuilds ``doc.text`` from the tokens on every access, ``doc[i]`` builds a Token)."""
    text, quoted = ctx.doc_text, ctx.quotes
    source, cue, contents = triple
    first, end = min(c.start for c in contents), max(c.end for c in contents)
    while first < end - 1 and ctx.text[first] in OPENING_MARKS:
        first += 1  # ", it may not bother ...": the comma after an interrupting cue is no content
    content = _char_span(ctx, first, end)
    cue_span = _char_span(ctx, cue.start, cue.end) if cue else None
    speaker_span = _char_span(ctx, source.start, source.end) if source else None
    cue_words = text[cue_span[0] : cue_span[1]].lower().split() if cue_span else []
    pattern = cue_pattern(cue_words, lang) if cue_words else DEFAULT_CUE
    content_words = [word.lower() for word in ctx.text[first:end]]
    stance, confidence = decide_stance(pattern, cue_words, content_words, lang)
    act = decide_act(pattern, pattern.act, content_words, lang, stance)
    surface = text[speaker_span[0] : speaker_span[1]] if speaker_span else ""
    return Attribution(
        speaker=canonical_name(surface, lang) if surface else "",
        speaker_span=speaker_span,
        cue=text[cue_span[0] : cue_span[1]] if cue_span else "",
        cue_span=cue_span,
        content_span=content,
        type=quote_type(text, content, quoted),
        stance=stance,
        act=act,
        confidence=round(confidence * (1.0 if cue else 0.6), 3),
    )


def attributions_from_tags(
    doc: Doc, lang: LangData, tagged: list[tuple[Paragraph, list[str]]]
) -> list[Attribution]:
    """Assemble attributions from tagged paragraphs (speakers resolved, ids a1, a2, ...).

    Spans follow PolNeAR, the training data: content split by its cue (``"A," he said, "B"``)
    is one span over both parts, and quote marks and final punctuation stay in the span."""
    return _assemble(FeatureContext(doc, lang), lang, tagged)


def _assemble(
    ctx: FeatureContext, lang: LangData, tagged: list[tuple[Paragraph, list[str]]]
) -> list[Attribution]:
    """:func:`attributions_from_tags` from the article's :class:`FeatureContext`."""
    atts = []
    for para, tags in tagged:
        for triple in link_chunks(_chunks(para, tags, ctx.sent_starts)):
            if not _possessor_cue(ctx.doc, triple[1]):
                atts.append(_attribution(ctx, lang, triple))
    atts.sort(key=lambda a: a.content_span)
    resolve_demonstratives(atts, ctx.doc, lang)
    resolve_speakers(atts, ctx.doc_text, lang, parsed=ctx.doc)
    for n, att in enumerate(atts):
        att.id = f"a{n + 1}"
    return atts


def extract_attributions_learned(doc: Doc, lang: LangData) -> list[Attribution]:
    """All attributions the learned model finds in a parsed article, in text order."""
    if not model_available(lang.code):
        raise ModelError("no learned attribution model", str(model_path(lang.code)))
    model = load_model(lang.code)
    ctx = _scored_context(doc, lang, model)  # read once, for the features and the assembly
    return _assemble(ctx, lang, _tag(ctx, model))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# whether a speaker span is the parsed subject of a cue span (both character spans)
SubjectTest = Callable[[tuple[int, int], tuple[int, int]], bool]
# whether the second cue span lies in the clause the first one governs (both character spans)
CueTest = Callable[[tuple[int, int], tuple[int, int]], bool]


def right_before_cue(text: str, cue_span: tuple[int, int], speaker_span: tuple[int, int]) -> bool:
    """Whether the speaker mention ends right before the cue, with only spaces between (``Cuban
    said``, ``Braynard boasted``): the subject by word order, whatever the parse made of it
    (``In describing fellow billionaire Donald Trump, Cuban said`` parses ``Donald Trump`` as
    the subject). A :data:`SubjectTest` once bound to the text."""
    return speaker_span[1] <= cue_span[0] and not text[speaker_span[1] : cue_span[0]].strip()


def _take_explicit_speaker(item: Attribution, others: list[Attribution]) -> None:
    """An item with no speaker at all takes the speaker of the item of ``others`` sharing most
    of its content, if that one has a mention outside the content. A speaker carried over from an
    earlier quote is kept with its null span (ANNOTATION.md: null when implicit): taking the
    model's mention there replaced right carried speakers by unresolved pronouns."""
    if item.speaker_span is not None or item.speaker:
        return
    best = max(
        (o for o in others if o.speaker_span is not None and o.speaker),
        key=lambda o: _shared(item.content_span, o.content_span),
        default=None,
    )
    if (
        best is not None
        and _shared(item.content_span, best.content_span) > 0
        and not _overlaps(best.speaker_span, item.content_span)
    ):
        item.speaker, item.speaker_span = best.speaker, best.speaker_span


def _take_cue_speaker(
    item: Attribution, others: list[Attribution], is_subject: SubjectTest | None = None
) -> None:
    """An item whose cue is also the cue of an item of ``others`` takes that item's speaker
    when their speaker mentions differ. The rules read the phrase after a verb as an inverted
    speaker (``said Trump``), which after ``denounced`` or ``calling on`` is the target; the
    model and the dependency parse take the subject (PolNeAR train, every 5th article held out:
    speaker accuracy 0.811 -> 0.828; Wikinews dev 0.930 -> 0.957). A speaker that is the cue's
    parsed subject (``is_subject``) is kept against one that is not (``Tegen Sky News zei hij``,
    ``Sidney Smeets, een van de advocaten van Van Laarhoven, stelde``)."""
    if item.cue_span is None or item.speaker_span is None:
        return
    for other in others:
        if (
            other.cue_span is not None
            and other.speaker_span is not None
            and other.speaker
            and _overlaps(other.cue_span, item.cue_span)
        ):
            if not _overlaps(other.speaker_span, item.speaker_span) and not (
                is_subject is not None
                and is_subject(item.cue_span, item.speaker_span)
                and not is_subject(item.cue_span, other.speaker_span)
            ):
                item.speaker, item.speaker_span = other.speaker, other.speaker_span
            return


# at most this many characters (closing punctuation and quote marks, a space) between a
# quotation and the reporting clause right after it (``,” the man shouted``, ``,'' said``)
_TRAILING_CLAUSE_GAP = 4


def _take_trailing_cue(item: Attribution, others: list[Attribution]) -> None:
    """A continuation quotation (no cue, no speaker mention: the rules carried the last speaker
    over) that an item of ``others`` gives a reporting clause right after it (``"They stole the
    country," the man shouted``) takes that clause's speaker and cue: the clause names who said
    it. PolNeAR train (polnear mode), matched items where this applies: 67 carried speakers
    wrong and the clause's right, 6 both right, none the other way."""
    if item.cue_span is not None or item.speaker_span is not None or item.type != "direct":
        return
    for other in others:
        if other.cue_span is None or other.speaker_span is None or not other.speaker:
            continue
        clause = min(other.cue_span[0], other.speaker_span[0])
        if (
            _overlaps(other.content_span, item.content_span)
            and other.content_span[1] <= clause
            and 0 <= clause - item.content_span[1] <= _TRAILING_CLAUSE_GAP
        ):
            item.speaker, item.speaker_span = other.speaker, other.speaker_span
            item.cue, item.cue_span = other.cue, other.cue_span
            return


def _reports_on(outer: Attribution, inner: Attribution, governs: CueTest) -> bool:
    """``Several candidates said the United States should refuse to take more refugees``: a
    report whose content, after its cue, holds another item whole, source and cue included,
    the inner cue in the outer cue's own clause (a nested report: ANNOTATION.md rule 8;
    PolNeAR keeps the outer one)."""
    cue, content = outer.cue_span, outer.content_span
    return (
        cue is not None
        and inner.cue_span is not None
        and cue[1] <= content[0]
        and _within(inner.cue_span, content)
        and _within(inner.content_span, content)
        and (inner.speaker_span is None or _within(inner.speaker_span, content))
        and governs(cue, inner.cue_span)
    )


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _trails_quote_cue(learned: Attribution, rule: Attribution) -> bool:
    """``"We don't attack Putin," Zelensky said Wednesday at a press conference``: the cue of a
    direct quotation before it, whose words after it are circumstances, not a second content."""
    cue = rule.cue_span
    return (
        rule.type == "direct"
        and cue is not None
        and learned.cue_span == cue
        and rule.content_span[1] <= cue[0]
        and learned.content_span[0] >= cue[1]
    )


def combine(
    first: list[Attribution],
    second: list[Attribution],
    is_subject: SubjectTest | None = None,
    governs: CueTest | None = None,
) -> list[Attribution]:
    """All items of ``first``, plus the items of ``second`` whose content overlaps none of them
    (renumbered a1, a2, ... in text order). ``combine(rules, learned)`` keeps the rules' spans
    where both found something and adds what only the model found. An item of ``first`` whose
    speaker is missing takes the speaker mention of the ``second`` item overlapping it most; a
    continuation quotation takes the reporting clause a ``second`` item finds right after it; one
    that shares its cue with a ``second`` item takes that item's speaker, unless only its own is
    the cue's parsed subject by ``is_subject(cue_span, speaker_span)``. Given ``governs``, an
    item of ``second`` that holds ``first`` items whole as reports nested in its content (their
    cues in the clause its cue governs) is added too."""
    for item in first:
        _take_explicit_speaker(item, second)
        _take_trailing_cue(item, second)
        _take_cue_speaker(item, second, is_subject)
    extra = [
        b
        for b in second
        if not any(
            (
                _overlaps(b.content_span, a.content_span)
                and not (governs is not None and _reports_on(b, a, governs))
            )
            or _trails_quote_cue(b, a)
            for a in first
        )
    ]
    atts = sorted([*first, *extra], key=lambda a: a.content_span)
    for n, att in enumerate(atts):
        att.id = f"a{n + 1}"
    return atts
