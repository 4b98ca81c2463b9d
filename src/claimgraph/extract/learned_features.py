"""Token features for the learned attribution tagger (``extract/learned.py``).

An article is cut into paragraphs (runs of tokens between line breaks); each paragraph is one
CRF sequence, so a cue in one sentence can take its content from the next. Features use only the
tokenizer, our sentence splitter, quotation marks and word lists (``lang/<code>/*.toml`` plus a
cue lexicon learned from training data). A model trained with ``syntax=True`` (the Dutch one) also
sees POS tags and dependency relations (``SYNTAX_FEATURE_SET``); on a Doc without a parse those
features are simply absent, so the model still runs on a blank pipeline.

Speed (this runs on every token of every article): the Doc is read once into plain lists
(:class:`FeatureContext`), and every feature string that depends only on a word (its window
attributes at each offset, affixes, cue-word names) is built once per distinct word and reused
(:class:`WordFeatures`, bounded LRU). The feature lists are identical, in content and order, to
building each string per token. For a trained model, the cached strings are kept UTF-8 encoded
(``bytes``): pycrfsuite encodes every ``str`` it is given on every call and takes ``bytes`` as
they are, so the tagger sees the same attributes for less (about a sixth of its time). The
token-level names (``bias``, ``spos=``, ``cueL=``, ...) are kept and encoded once per model too
(:class:`TokenConstants`), and a family the model has no attribute of (``bi-1=``/``bi+1=`` for
the Dutch one) is not built at all, so a token's list is a few tuple extensions.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, repeat
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, POS, SENT_START, SPACY
from spacy.tokens import Doc

from claimgraph.extract.parsed import doc_text, token_texts
from claimgraph.extract.quotes import ALL_QUOTE_MARKS, find_quotes
from claimgraph.lang import LangData
from claimgraph.nlp.sentences import ends_paragraph, hard_wrapped

FEATURE_SET = "paragraph-crf-v2"
SYNTAX_FEATURE_SET = "paragraph-crf-v2+syntax"
MAX_CUE_DEPTH = 6  # ancestors searched for a governing cue
WINDOW = 3
# word shape: ASCII letters and digits by one table, then any other (Unicode) digit by ``\d``
_SHAPE_TABLE = str.maketrans(
    dict.fromkeys(string.ascii_uppercase, "X")
    | dict.fromkeys(string.ascii_lowercase, "x")
    | dict.fromkeys(string.digits, "d")
)
_DIGIT_RE = re.compile(r"\d")
SHAPE_LENGTH = 6
_QUOTE_MARKS = frozenset(ALL_QUOTE_MARKS)
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_OFFSETS = tuple(range(-WINDOW, WINDOW + 1))
_WINDOW_POSITIONS = range(len(_OFFSETS))
WORD_CACHE_SIZE = 1 << 15  # distinct words kept per lexicon (news repeats its words)
# a crfsuite attribute: a str, or (cached for a trained model) its UTF-8 bytes or its row in
# the model's weights (for ``extract/crf_scores.py``)
Feature = str | bytes | int


@dataclass(frozen=True)
class Paragraph:
    """One CRF sequence: the indices of its (non-space) tokens in the Doc."""

    tokens: tuple[int, ...]


def paragraphs(doc: Doc) -> list[Paragraph]:
    """Runs of non-space tokens between line breaks (blank lines in hard-wrapped text)."""
    tokens = [(t.text, t.whitespace_, t.is_space) for t in doc]
    return _paragraphs(tokens, hard_wrapped(doc_text(doc)))


def _paragraphs(tokens: list[tuple[str, str, bool]], wrapped: bool = False) -> list[Paragraph]:
    """:func:`paragraphs` from each token's (text, trailing whitespace, is_space); ``wrapped``:
    the text is hard-wrapped (:func:`~claimgraph.nlp.sentences.hard_wrapped`)."""
    out: list[Paragraph] = []
    current: list[int] = []
    for i, (text, space_after, is_space) in enumerate(tokens):
        if is_space:
            if ends_paragraph(text, wrapped) and current:
                out.append(Paragraph(tuple(current)))
                current = []
            continue
        current.append(i)
        if ends_paragraph(space_after, wrapped):
            out.append(Paragraph(tuple(current)))
            current = []
    if current:
        out.append(Paragraph(tuple(current)))
    return out


@lru_cache(maxsize=1 << 16)  # news repeats its words: one shape per distinct word
def shape(word: str) -> str:
    """``Xxxx``-style word shape with runs collapsed to two characters, its first six."""
    shaped = word.translate(_SHAPE_TABLE)
    if not shaped.isascii():
        shaped = _DIGIT_RE.sub("d", shaped)
    collapsed: list[str] = []
    for char in shaped:
        if len(collapsed) < 2 or not (collapsed[-1] == collapsed[-2] == char):
            collapsed.append(char)
            if len(collapsed) == SHAPE_LENGTH:
                break
    return "".join(collapsed)


def cue_words(lang: LangData) -> frozenset[str]:
    """Every word of the language's reporting-cue patterns, but nominal cues (the trained models
    never saw them as cue words) and cues kept out of the lexicon (``lexicon = false``)."""
    return frozenset(
        w
        for cue in lang.cues
        if cue.kind != "noun" and cue.in_lexicon
        for part in cue.parts
        if part
        for w in part
    )


def lexicon_lists(lang: LangData) -> tuple[tuple[str, frozenset[str]], ...]:
    """The language's word lists that become word features, by feature prefix (the learned
    cue lexicon, which comes with each model, is added by :class:`WordFeatures`)."""
    return (
        ("rcue", cue_words(lang)),
        ("pron", frozenset(lang.pronouns)),
        ("srcn", frozenset(lang.source_nouns)),
        ("title", lang.titles - lang.rule_titles),
        ("comp", frozenset(lang.words("complementizers"))),
        ("det", frozenset(lang.words("determiners"))),
        ("neg", frozenset(lang.negation)),
    )


def lexicon_digest(lang: LangData) -> str:
    """A fingerprint of :func:`lexicon_lists`: a model trained under another digest sees
    features it was not trained with, and must be retrained."""
    text = "\n".join(f"{name}:{' '.join(sorted(words))}" for name, words in lexicon_lists(lang))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _bucket(distance: int | None) -> str:
    if distance is None:
        return "none"
    if distance <= 2:
        return str(distance)
    return "3-5" if distance <= 5 else ("6-10" if distance <= 10 else "far")


def _bucketed(name: str) -> tuple[str, ...]:
    """``name=<bucket>`` for distances 0..11; every distance from 11 on is ``far``."""
    return tuple(f"{name}={_bucket(n)}" for n in range(12))


_SPOS, _SLEFT = _bucketed("spos"), _bucketed("sleft")
_CUE_LEFT, _CUE_RIGHT = _bucketed("cueL"), _bucketed("cueR")
_SENT = ("sent=0", "sent=1", "sent=2")
_COMMAS = ("commas=0", "commas=1", "commas=2")
_COLONS = ("colon=0", "colon=1")
_QCTX = (("qctx=00", "qctx=01"), ("qctx=10", "qctx=11"))
_PARA_POSITIONS = ("para=head", "para=early", "para=body")  # paragraph 0, 1-2, 3 on
_BIGRAM_FAMILIES = ("bi+1", "bi-1")
Kept = tuple[Feature, ...]  # a feature as the tagger gets it: () when the model lacks it


class TokenConstants(NamedTuple):
    """The fixed token-level features, kept (and encoded) once per model; features that always
    go together are joined into one tuple, looked up by their values' indices."""

    bos: Kept
    eos: Kept
    poss_next: Kept
    midcap: Kept
    # sent=, spos=, sleft=: [sentence 0..2][tokens before 0..11][tokens after 0..11]
    position: tuple[tuple[tuple[Kept, ...], ...], ...]
    # cueL=, cueR=: [distance to the cue before][to the cue after], 0..11, or 12: no cue
    cue_distance: tuple[tuple[Kept, ...], ...]
    # scue=, commas=, colon=: [cue in the sentence][commas before 0..2][colons before 0..1]
    counts: tuple[tuple[tuple[Kept, ...], ...], ...]
    qctx: tuple[tuple[Kept, ...], ...]  # [a quoted token before][a quoted token after]


def _token_constants(keep: Callable[[Iterable[str]], Kept]) -> TokenConstants:
    cue_left, cue_right = (*_CUE_LEFT, "cueL=none"), (*_CUE_RIGHT, "cueR=none")
    return TokenConstants(
        bos=keep(("BOS",)),
        eos=keep(("EOS",)),
        poss_next=keep(("poss+1",)),
        midcap=keep(("midcap",)),
        position=tuple(
            tuple(tuple(keep((sent, spos, sleft)) for sleft in _SLEFT) for spos in _SPOS)
            for sent in _SENT
        ),
        cue_distance=tuple(tuple(keep((left, right)) for right in cue_right) for left in cue_left),
        counts=tuple(
            tuple(tuple(keep((scue, comma, colon)) for colon in _COLONS) for comma in _COMMAS)
            for scue in ("scue=0", "scue=1")
        ),
        qctx=tuple(tuple(keep((name,)) for name in pair) for pair in _QCTX),
    )


class Word(NamedTuple):
    """The features of one word (token text) that do not depend on its context."""

    low: str
    cue: bool  # a rule or learned cue word
    midcap: bool  # starts with a capital
    possessive: bool
    # bias, para=, suf3=, suf2=, pre3=, q=: [2 * paragraph position + quoted]
    lead: tuple[Kept, ...]
    window: tuple[tuple[Feature, ...], ...]  # what it shows at each offset -WINDOW..WINDOW
    cue_left: tuple[Feature, ...]  # (cueLw=<word>,), when it is the nearest cue before a token
    cue_right: tuple[Feature, ...]


class WordFeatures:
    """Word features for one language and learned cue lexicon, built once per distinct word.

    With ``known`` (the attributes a trained model has weights for), a word-level string the
    model does not know is left out: crfsuite skips an attribute missing from its dictionary
    (``crf1dm_to_aid`` < 0), so the tags are the same, and neither Python nor crfsuite pays for
    strings that cannot change them; the strings kept are UTF-8 encoded once, as crfsuite reads
    them. A feature family (the name up to its ``=``) the model has no attribute of is not even
    built (the Dutch model has no ``bi-1=``/``bi+1=``). Without it (training) every string is
    kept, as ``str``. With ``rows`` (a model's attribute names and their rows in its weights,
    ``known`` being their names) each kept feature is its row instead of its name."""

    def __init__(
        self,
        lang: LangData,
        learned_cues: frozenset[str],
        known: frozenset[str] | None = None,
        rows: dict[str, int] | None = None,
    ) -> None:
        self.lang = lang
        self.learned_cues = learned_cues
        self.known = known
        self.rows = rows
        self.families = None if known is None else frozenset(_family(name) for name in known)
        self.window_offsets = None if known is None else _window_offsets(known)
        self._window_rows = (
            None
            if rows is None or self.window_offsets is None
            else _window_rows(self.window_offsets, rows)
        )
        self.bigrams_known = any(self.has(family) for family in _BIGRAM_FAMILIES)
        self.constants = _token_constants(self.keep)
        # what a position beyond the paragraph's ends shows at each offset
        self.pad_window = tuple(self.keep((f"{offset}:pad",)) for offset in _OFFSETS)
        # the parts of Word.lead around a word's affixes: (bias, para=), (q=)
        self._lead_parts = [
            (self.keep(("bias", para)), self.keep((q,)))
            for para in _PARA_POSITIONS
            for q in ("q=0", "q=1")
        ]
        lists = lexicon_lists(lang)
        self.rule_cues = lists[0][1]
        self._lists = (lists[0], ("lcue", learned_cues), *lists[1:])
        # the most attributes a word shows at one offset: w=, shape=, every list flag, qmark
        self.window_width = len(self._lists) + 3
        self.word = lru_cache(maxsize=WORD_CACHE_SIZE)(self._word)
        self.relation = lru_cache(maxsize=1 << 14)(self._relation)
        self.pos = lru_cache(maxsize=1 << 8)(self._pos)
        self.under_cue = lru_cache(maxsize=1 << 10)(self._under_cue)
        self.cue_child = lru_cache(maxsize=1 << 12)(self._cue_child)
        self.bigrams = lru_cache(maxsize=WORD_CACHE_SIZE)(self._bigrams)

    def keep(self, names: Iterable[str]) -> Kept:
        """``names`` without the ones the model does not know, encoded (all of them, as they
        are, without a model)."""
        known, rows = self.known, self.rows
        if known is None:
            return tuple(names)
        if rows is None:
            return tuple(name.encode() for name in names if _known(name, known))
        # _known and _kept in one pass, the name cut at its NUL once
        kept = []
        for name in names:
            key = name.partition("\0")[0]
            if key in known:
                kept.append(rows[key])
        return tuple(kept)

    def _kept(self, name: str) -> Feature:
        """A known name as the tagger takes it: its row, or its UTF-8 bytes."""
        if self.rows is None:
            return name.encode()
        return self.rows[name.partition("\0")[0]]  # crfsuite reads a name up to a NUL

    def has(self, family: str) -> bool:
        """Whether the model has any attribute of ``family`` (every family without a model)."""
        return self.families is None or family in self.families

    def _bigrams(self, first: str, second: str) -> tuple[tuple[Feature, ...], ...]:
        """The kept ``bi+1=`` feature of ``first`` and ``bi-1=`` feature of ``second`` for two
        adjacent lower-cased words (most word pairs are unknown to the model: empty)."""
        pair = f"{first}|{second}"
        return self.keep((f"bi+1={pair}",)), self.keep((f"bi-1={pair}",))

    def _relation(self, pos: str | None, dep: str, head_pos: str, head_dep: str) -> Kept:
        """A token's ``pos=`` (unless ``None``), relation and head features."""
        head = (f"dep={dep}", f"hpos={head_pos}", f"dep|hdep={dep}|{head_dep}")
        return self.keep(head if pos is None else (f"pos={pos}", *head))

    def _pos(self, pos: str) -> Kept:
        return self.keep((f"pos={pos}",))

    def _cue_child(self, relations: tuple[str, ...]) -> Kept:
        """A cue token's ``cue_child=`` features for the (sorted, distinct) relations of its
        children."""
        return self.keep(f"cue_child={relation}" for relation in relations)

    def _under_cue(self, relation: str, side: str) -> Kept:
        """How a token hangs from its governing cue (``side``: L or R of it)."""
        return self.keep((f"under_cue={relation}", f"under_cue_side={side}|{relation}"))

    def lexical(self, low: str) -> tuple[str, ...]:
        """Word-list memberships of one lower-cased word."""
        return tuple(flag for flag, words in self._lists if low in words)

    def is_cue(self, low: str) -> bool:
        return low in self.rule_cues or low in self.learned_cues

    def _window(self, attributes: list[str]) -> tuple[Kept, ...]:
        """What a word with ``attributes`` shows at each offset: ``<offset>:<attribute>``, kept.
        One look-up per attribute finds the offsets the model has it at (most words are at none;
        :func:`_known`'s NUL rule holds, as offsets have no NUL)."""
        if self.window_offsets is None:
            return tuple(tuple(f"{o}:{a}" for a in attributes) for o in _OFFSETS)
        if self._window_rows is not None:
            shown: list[list[Feature]] = [[] for _ in _OFFSETS]
            for a in attributes:
                for position, row in self._window_rows.get(a.partition("\0")[0], ()):
                    shown[position].append(row)
            return tuple(map(tuple, shown))
        found = [(a, self.window_offsets.get(a.partition("\0")[0], ())) for a in attributes]
        return tuple(
            tuple(self._kept(f"{o}:{a}") for a, offsets in found if o in offsets) for o in _OFFSETS
        )

    def _word(self, text: str) -> Word:
        low = text.lower()
        affixes = self.keep((f"suf3={low[-3:]}", f"suf2={low[-2:]}", f"pre3={low[:3]}"))
        attributes = [f"w={low}", f"shape={shape(text)}", *self.lexical(low)]
        if text in _QUOTE_MARKS or (len(text) <= 2 and all(c in _QUOTE_MARKS for c in text)):
            attributes.append("qmark")
        return Word(
            low=low,
            cue=self.is_cue(low),
            midcap=text[:1].isupper(),
            possessive=low in _POSSESSIVES,
            lead=tuple([head + affixes + tail for head, tail in self._lead_parts]),
            window=self._window(attributes),
            cue_left=self.keep((f"cueLw={low}",)),
            cue_right=self.keep((f"cueRw={low}",)),
        )


def _known(name: str, known: frozenset[str]) -> bool:
    """Whether crfsuite finds ``name`` in a model's attribute dictionary: it looks names up as
    C strings, so a name with a NUL character is looked up up to the NUL."""
    return name.partition("\0")[0] in known


def _family(name: str) -> str:
    """A feature's family: its name up to the first ``=`` (``0:w``, ``bi+1``, ``bias``)."""
    return name.partition("=")[0]


def _window_offsets(known: frozenset[str]) -> dict[str, frozenset[int]]:
    """The offsets at which each window attribute (``w=<word>``, ``shape=...``) is known: the
    ``<offset>:<attribute>`` names of ``known``, grouped by attribute."""
    offsets: dict[str, set[int]] = {}
    prefixes = {f"{o}:": o for o in _OFFSETS}
    for name in known:
        head, colon, attribute = name.partition(":")
        offset = prefixes.get(head + colon)
        if offset is not None:
            offsets.setdefault(attribute, set()).add(offset)
    return {attribute: frozenset(found) for attribute, found in offsets.items()}


def _window_rows(
    offsets: dict[str, frozenset[int]], rows: dict[str, int]
) -> dict[str, tuple[tuple[int, int], ...]]:
    """For each window attribute of :func:`_window_offsets`: the (position in ``_OFFSETS``, row)
    of each ``<offset>:<attribute>`` name it is known under, in offset order."""
    return {
        attribute: tuple(
            (k, rows[f"{o}:{attribute}"]) for k, o in enumerate(_OFFSETS) if o in found
        )
        for attribute, found in offsets.items()
    }


_WORD_FEATURES: dict[tuple[int, frozenset[str], int, int], WordFeatures] = {}


def word_features(
    lang: LangData,
    learned_cues: Iterable[str] = (),
    known: frozenset[str] | None = None,
    rows: dict[str, int] | None = None,
) -> WordFeatures:
    """The (cached) :class:`WordFeatures` of ``lang`` with ``learned_cues`` (and ``known``: the
    attributes of the model the features are for; ``rows``: features as their rows)."""
    cues = frozenset(learned_cues)
    key = (id(lang), cues, id(known), id(rows))
    found = _WORD_FEATURES.get(key)
    if found is None or not _same(found, lang, known, rows):  # ids reused
        found = _WORD_FEATURES[key] = WordFeatures(lang, cues, known, rows)
    return found


def _same(
    words: WordFeatures, lang: LangData, known: frozenset[str] | None, rows: dict[str, int] | None
) -> bool:
    return words.lang is lang and words.known is known and words.rows is rows


def _token_columns(
    doc: Doc,
) -> tuple[list[tuple[str, str, bool]], list[str], list[str], list[int]]:
    """Each token's (text, trailing whitespace, is_space), POS, relation and character offset,
    read from the Doc's arrays (no Token objects: Doc iteration builds one per token); the texts
    are :func:`~claimgraph.extract.parsed.token_texts`, which the rules read too."""
    strings = doc.vocab.strings
    columns = doc.to_array([SPACY, IS_SPACE, POS, DEP, IDX]).reshape(-1, 5).T.tolist()
    space, is_space, pos, dep, idx = columns
    names = {key: strings[key] for key in {*pos, *dep}}  # a few tags and relations
    tokens = [
        (text, " " if after else "", bool(blank))
        for text, after, blank in zip(token_texts(doc), space, is_space, strict=True)
    ]
    return tokens, [names[key] for key in pos], [names[key] for key in dep], idx


def _sentence_starts(doc: Doc, sent_starts: list[bool]) -> list[int]:
    """The index of each token's sentence's first token, as ``Doc.sents`` cuts them (a token
    marked as a sentence start opens one; ``Doc.sents`` builds a Span and Tokens per sentence)."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        # a custom splitter, or none (Doc.sents raises for it): as Doc.sents says
        starts = [0] * len(doc)
        for sent in doc.sents:
            starts[sent.start : sent.end] = [sent.start] * len(sent)
        return starts
    starts, current = [], 0
    for i, is_start in enumerate(sent_starts):
        if is_start:
            current = i
        starts.append(current)
    return starts


def _in_spans(spans: list[tuple[int, int]], chars: list[int]) -> list[bool]:
    """Whether each of ``chars`` lies in one of ``spans`` (not overlapping, earliest first)."""
    if not spans:
        return [False] * len(chars)
    starts, ends = numpy.array(spans).T
    at = numpy.array(chars, numpy.intp)
    last = numpy.searchsorted(starts, at, side="right") - 1  # the last span starting at or before
    return ((last >= 0) & (at < ends[last])).tolist()


class FeatureContext:
    """What the feature function needs about one article, read from the Doc once (``known``
    and ``rows``: the attributes of the model the features are for, see :class:`WordFeatures`)."""

    def __init__(
        self,
        doc: Doc,
        lang: LangData,
        learned_cues: Iterable[str] = (),
        syntax: bool = False,
        known: frozenset[str] | None = None,
        rows: dict[str, int] | None = None,
    ) -> None:
        self.doc = doc
        self.lang = lang
        self.syntax = syntax
        self.has_pos = syntax and doc.has_annotation("POS")
        self.has_dep = syntax and doc.has_annotation("DEP")
        self.words = word_features(lang, learned_cues, known, rows)
        self.tokens, self.pos, self.dep, self.idx = _token_columns(doc)
        self.text = token_texts(doc)
        self.word = list(map(self.words.word, self.text))
        self.doc_text = doc_text(doc)
        self.wrapped = hard_wrapped(self.doc_text)
        self.quotes = [q.outer for q in find_quotes(self.doc_text, lang)]
        self.quoted = _in_spans(self.quotes, self.idx)
        attrs = doc.to_array([SENT_START, HEAD]).reshape(-1, 2).view("int64")
        self.sent_starts: list[bool] = (attrs[:, 0] > 0).tolist()
        self.head: list[int] = (numpy.arange(len(doc)) + attrs[:, 1]).tolist()
        self.sent_start = _sentence_starts(doc, self.sent_starts)
        self._syntax: list[Kept] | None = None

    def is_cue(self, i: int) -> bool:
        return self.word[i].cue

    def syntax_features(self) -> list[Kept]:
        """Every token's syntax features (:func:`_syntax_column`), worked out once."""
        if self._syntax is None:
            self._syntax = _document_syntax(self)
        return self._syntax


def _cue_context(c: TokenConstants, words: list[Word], ks: list[int]) -> list[Kept]:
    """For each of the paragraph positions ``ks`` (one sentence, ascending): the distances to the
    nearest cue before and after it (a cue is not its own neighbour), and those cues' words."""
    if not any(words[k].cue for k in ks):
        return [c.cue_distance[12][12]] * len(ks)
    lefts: list[int | None] = []
    last: int | None = None
    for k in ks:
        lefts.append(last)
        if words[k].cue:
            last = k
    out: list[Kept] = []
    last = None
    for k, left in zip(reversed(ks), reversed(lefts), strict=True):
        to_left = 12 if left is None else min(k - left, 11)
        to_right = 12 if last is None else min(last - k, 11)
        feats = c.cue_distance[to_left][to_right]
        if left is not None:
            feats += words[left].cue_left
        if last is not None:
            feats += words[last].cue_right
        out.append(feats)
        if words[k].cue:
            last = k
    out.reverse()
    return out


def _add_sentence_features(
    ctx: FeatureContext, para: Paragraph, words: list[Word], features: list[list[Feature]]
) -> None:
    """Add the position, punctuation and cue/quote context of each token of ``para`` within its
    sentence to the token's ``features``."""
    c = ctx.words.constants
    by_sent: dict[int, list[int]] = {}
    for k, i in enumerate(para.tokens):
        by_sent.setdefault(ctx.sent_start[i], []).append(k)
    quoted = [ctx.quoted[i] for i in para.tokens]
    texts = [ctx.text[i] for i in para.tokens]
    for sent_index, ks in enumerate(by_sent.values()):
        cues = _cue_context(c, words, ks)
        quote_ks = [k for k in ks if quoted[k]]
        position = c.position[min(sent_index, 2)]
        counts = c.counts[any(words[k].cue for k in ks)]
        last = len(ks) - 1
        commas = colons = 0
        for n, k in enumerate(ks):
            feats = features[k]
            after = last - n
            feats += position[n if n < 11 else 11][after if after < 11 else 11]
            feats += cues[n]
            feats += counts[commas if commas < 2 else 2][colons > 0]
            if quote_ks:
                feats += c.qctx[quote_ks[0] < k][quote_ks[-1] > k]
            text = texts[k]
            if text == ",":
                commas += 1
            elif text == ":":
                colons += 1


def _governing_cues(
    head: numpy.ndarray, cue: numpy.ndarray
) -> tuple[list[int], list[int], list[int]]:
    """The tokens with a cue among their ancestors, MAX_CUE_DEPTH heads up at most (``head``:
    each token's head; ``cue``: whether it is a cue word), the nearest such cue of each, and the
    child of that cue on the path (``zegt`` and the ``ccomp`` verb for every token of ``zegt dat
    ...``'s clause). The tokens climb their heads together."""
    child = numpy.arange(len(head))
    found = numpy.full(len(head), -1)
    via = child.copy()
    climbing = numpy.ones(len(head), bool)
    for _ in range(MAX_CUE_DEPTH):
        up = head[child]
        climbing &= up != child  # the root
        hit = climbing & cue[up]
        found[hit], via[hit] = up[hit], child[hit]
        climbing &= ~hit
        child = up
    governed = numpy.flatnonzero(found >= 0)
    return governed.tolist(), found[governed].tolist(), via[governed].tolist()


def _document_syntax(ctx: FeatureContext) -> list[Kept]:
    """:func:`_syntax_column` of every token of a parsed article: relation features, then a
    cue's ``cue_child=`` and a token's ``under_cue=`` features."""
    words, pos, dep, heads = ctx.words, ctx.pos, ctx.dep, ctx.head
    relation = words.relation
    # each token's (own POS or None, relation, head's POS, head's relation), read by map
    own = pos if ctx.has_pos else repeat(None)
    head_pos, head_dep = map(pos.__getitem__, heads), map(dep.__getitem__, heads)
    column = list(map(relation, own, dep, head_pos, head_dep))
    head = numpy.array(heads, numpy.intp)
    cue = numpy.array([w.cue for w in ctx.word], bool)
    below: dict[int, set[str]] = {i: set() for i in numpy.flatnonzero(cue).tolist()}
    for j in numpy.flatnonzero(cue[head] & (head != numpy.arange(len(head)))).tolist():
        below[heads[j]].add(dep[j])  # the relations of each cue's children
    for i, relations in below.items():
        column[i] += words.cue_child(tuple(sorted(relations)))
    for i, governor, child in zip(*_governing_cues(head, cue), strict=True):
        column[i] += words.under_cue(dep[child], "L" if i < governor else "R")
    return column


def _syntax_column(ctx: FeatureContext, tokens: Sequence[int]) -> list[Kept]:
    """POS, relation and head of each of ``tokens``, and how it hangs from a governing cue, kept;
    only POS (or nothing) when the Doc has no parse (the blank pipeline)."""
    if not ctx.has_dep:
        return [ctx.words.pos(ctx.pos[i]) if ctx.has_pos else () for i in tokens]
    column = ctx.syntax_features()
    return [column[i] for i in tokens]


def lead_case(index: int) -> int:
    """:attr:`Word.lead`'s index for a token of paragraph ``index``, less its quoted flag."""
    return 0 if index == 0 else (2 if index < 3 else 4)


def paragraph_features(ctx: FeatureContext, para: Paragraph, index: int) -> list[list[Feature]]:
    """crfsuite attribute lists, one per token of ``para`` (``index``: paragraph number)."""
    words = [ctx.word[i] for i in para.tokens]
    lead = lead_case(index)
    features = [list(w.lead[lead + ctx.quoted[i]]) for w, i in zip(words, para.tokens, strict=True)]
    add_context_features(ctx, para, words, features)
    pad = [ctx.words.pad_window] * WINDOW
    windows = [*pad, *(word.window for word in words), *pad]
    for k, feats in enumerate(features):
        for w in _WINDOW_POSITIONS:  # windows[k + w] is the token at offset w - WINDOW
            feats += windows[k + w][w]
    if ctx.words.bigrams_known and len(words) > 1:
        add_bigrams(ctx.words, words, features)
    return features


def add_context_features(
    ctx: FeatureContext, para: Paragraph, words: list[Word], features: list[list[Feature]]
) -> None:
    """Add what each token of ``para`` shows besides its word's lead and window features (sentence
    boundaries, neighbours, sentence context, syntax) to its ``features``, in item order."""
    c = ctx.words.constants
    sent_starts = [ctx.sent_starts[i] for i in para.tokens]
    n = len(words)
    for k, word in enumerate(words):
        feats = features[k]
        if sent_starts[k]:
            feats += c.bos
        if k + 1 < n:
            if sent_starts[k + 1]:
                feats += c.eos
            if words[k + 1].possessive:
                feats += c.poss_next
        if word.midcap and not sent_starts[k]:
            feats += c.midcap
    _add_sentence_features(ctx, para, words, features)
    if ctx.syntax:
        for feats, syntax in zip(features, _syntax_column(ctx, para.tokens), strict=True):
            feats += syntax


def add_bigrams(lexicon: WordFeatures, words: list[Word], features: list[list[Feature]]) -> None:
    """Add each token's kept ``bi-1=`` and ``bi+1=`` features (word pairs are mostly unseen:
    crfsuite would skip nine in ten; kept ones are worked out once per pair)."""
    pairs = [lexicon.bigrams(a.low, b.low) for a, b in pairwise(words)]
    last = len(words) - 1
    for k, feats in enumerate(features):
        if k > 0:
            feats += pairs[k - 1][1]
        if k < last:
            feats += pairs[k][0]


def document_features(
    doc: Doc, lang: LangData, learned_cues: Iterable[str] = (), syntax: bool = False
) -> tuple[list[Paragraph], list[list[list[Feature]]]]:
    """The paragraphs of ``doc`` and the feature lists of their tokens (``syntax``: add POS and
    dependency features where the Doc has them)."""
    return context_features(FeatureContext(doc, lang, learned_cues, syntax))


def context_features(
    ctx: FeatureContext,
) -> tuple[list[Paragraph], list[list[list[Feature]]]]:
    """:func:`document_features` from an article's :class:`FeatureContext`."""
    paras = _paragraphs(ctx.tokens, ctx.wrapped)
    return paras, [paragraph_features(ctx, p, n) for n, p in enumerate(paras)]
