"""Token features for the learned attribution tagger (``extract/learned.py``).

An article is cut into paragraphs (runs of tokens between line breaks); each paragraph is one
CRF sequence, so a cue in one sentence can take its content from the next. Features use only the
tokenizer, our sentence splitter, quotation marks and word lists (``lang/<code>/*.toml`` plus a
cue lexicon learned from training data). A model trained with ``syntax=True`` (the Dutch one) also
sees POS tags and dependency relations (``SYNTAX_FEATURE_SET``); on a Doc without a parse those
features are simply absent, so the model still runs on a blank pipeline.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimgraph.extract.quotes import find_quotes
from claimgraph.lang import LangData

FEATURE_SET = "paragraph-crf-v2"
SYNTAX_FEATURE_SET = "paragraph-crf-v2+syntax"
MAX_CUE_DEPTH = 6  # ancestors searched for a governing cue
WINDOW = 3
_SHAPE_RE = ((re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"), (re.compile(r"\d"), "d"))
_QUOTE_MARKS = frozenset("\"“”‘’'«»„")
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class Paragraph:
    """One CRF sequence: the indices of its (non-space) tokens in the Doc."""

    tokens: tuple[int, ...]


def paragraphs(doc: Doc) -> list[Paragraph]:
    """Runs of non-space tokens between line breaks."""
    out: list[Paragraph] = []
    current: list[int] = []
    for tok in doc:
        if tok.is_space:
            if "\n" in tok.text and current:
                out.append(Paragraph(tuple(current)))
                current = []
            continue
        current.append(tok.i)
        if "\n" in tok.whitespace_:
            out.append(Paragraph(tuple(current)))
            current = []
    if current:
        out.append(Paragraph(tuple(current)))
    return out


@lru_cache(maxsize=1 << 16)  # news repeats its words: one regex pass per distinct word
def shape(word: str) -> str:
    """``Xxxx``-style word shape with runs collapsed to two characters."""
    for pattern, char in _SHAPE_RE:
        word = pattern.sub(char, word)
    collapsed: list[str] = []
    for char in word:
        if len(collapsed) < 2 or not (collapsed[-1] == collapsed[-2] == char):
            collapsed.append(char)
    return "".join(collapsed)[:6]


def cue_words(lang: LangData) -> frozenset[str]:
    """Every word of the language's reporting-cue patterns."""
    return frozenset(w for cue in lang.cues for part in cue.parts if part for w in part)


def _bucket(distance: int | None) -> str:
    if distance is None:
        return "none"
    if distance <= 2:
        return str(distance)
    return "3-5" if distance <= 5 else ("6-10" if distance <= 10 else "far")


def _quote_mask(text: str, lang: LangData) -> list[tuple[int, int]]:
    return [q.outer for q in find_quotes(text, lang)]


def _in_spans(spans: list[tuple[int, int]], starts: list[int], char: int) -> bool:
    i = bisect.bisect_right(starts, char) - 1
    return i >= 0 and spans[i][0] <= char < spans[i][1]


class FeatureContext:
    """What the feature function needs about one article, computed once."""

    def __init__(
        self, doc: Doc, lang: LangData, learned_cues: Iterable[str] = (), syntax: bool = False
    ) -> None:
        self.doc = doc
        self.lang = lang
        self.syntax = syntax
        self.has_pos = syntax and doc.has_annotation("POS")
        self.has_dep = syntax and doc.has_annotation("DEP")
        self.rule_cues = cue_words(lang)
        self.learned_cues = frozenset(learned_cues)
        self.quotes = _quote_mask(doc.text, lang)
        self.quote_starts = [s for s, _ in self.quotes]
        self._lexical: dict[str, tuple[str, ...]] = {}
        # Token.sent scans the Doc on every call: look sentence starts up once
        self.sent_start = [0] * len(doc)
        for sent in doc.sents:
            self.sent_start[sent.start : sent.end] = [sent.start] * len(sent)

    def lexical(self, tok: Token) -> list[str]:
        """Word-list memberships of one token."""
        low = tok.text.lower()
        flags = self._lexical.get(low)
        if flags is None:
            flags = self._lexical[low] = tuple(self._lexical_flags(low))
        return list(flags)

    def _lexical_flags(self, low: str) -> list[str]:
        lang = self.lang
        flags = []
        if low in self.rule_cues:
            flags.append("rcue")
        if low in self.learned_cues:
            flags.append("lcue")
        if low in lang.pronouns:
            flags.append("pron")
        if low in lang.source_nouns:
            flags.append("srcn")
        if low in lang.titles:
            flags.append("title")
        if low in lang.words("complementizers"):
            flags.append("comp")
        if low in lang.words("determiners"):
            flags.append("det")
        if low in lang.negation:
            flags.append("neg")
        return flags

    def quoted(self, tok: Token) -> bool:
        return _in_spans(self.quotes, self.quote_starts, tok.idx)

    def is_cue(self, tok: Token) -> bool:
        low = tok.text.lower()
        return low in self.rule_cues or low in self.learned_cues


def _token_base(ctx: FeatureContext, tok: Token) -> dict[str, object]:
    text = tok.text
    low = text.lower()
    return {
        "w": low,
        "shape": shape(text),
        "lex": ctx.lexical(tok),
        "quoted": ctx.quoted(tok),
        "qmark": text in _QUOTE_MARKS or (len(text) <= 2 and all(c in _QUOTE_MARKS for c in text)),
        "punct": tok.is_punct,
        "cue": ctx.is_cue(tok),
    }


def _sentence_features(
    ctx: FeatureContext, para: Paragraph, toks: list[Token], base: list[dict[str, object]]
) -> list[list[str]]:
    """Position, punctuation and cue/quote context within each token's sentence (``toks``: the
    paragraph's tokens, ``base``: their :func:`_token_base` features)."""
    out: list[list[str]] = [[] for _ in para.tokens]
    by_sent: dict[int, list[int]] = {}
    for k, i in enumerate(para.tokens):
        by_sent.setdefault(ctx.sent_start[i], []).append(k)
    for sent_index, ks in enumerate(by_sent.values()):
        cue_ks = [k for k in ks if base[k]["cue"]]  # ascending, as ks
        quote_ks = [k for k in ks if base[k]["quoted"]]
        commas = colons = 0
        for n, k in enumerate(ks):
            tok = toks[k]
            feats = out[k]
            feats.append(f"sent={min(sent_index, 2)}")
            feats.append(f"spos={_bucket(n)}")
            feats.append(f"sleft={_bucket(len(ks) - 1 - n)}")
            # the nearest cue on each side: the last one before k, the first one after it
            before_k = bisect.bisect_left(cue_ks, k)
            after_k = bisect.bisect_right(cue_ks, k)
            left = cue_ks[before_k - 1] if before_k > 0 else None
            right = cue_ks[after_k] if after_k < len(cue_ks) else None
            feats.append(f"cueL={_bucket(None if left is None else k - left)}")
            feats.append(f"cueR={_bucket(None if right is None else right - k)}")
            if left is not None:
                feats.append(f"cueLw={base[left]['w']}")
            if right is not None:
                feats.append(f"cueRw={base[right]['w']}")
            feats.append(f"scue={int(bool(cue_ks))}")
            feats.append(f"commas={min(commas, 2)}")
            feats.append(f"colon={min(colons, 1)}")
            if quote_ks:
                before = quote_ks[0] < k
                after = quote_ks[-1] > k
                feats.append(f"qctx={int(before)}{int(after)}")
            commas += tok.text == ","
            colons += tok.text == ":"
    return out


def _governing_cue(ctx: FeatureContext, tok: Token) -> tuple[Token, str] | None:
    """The nearest cue among ``tok``'s ancestors and the relation of the child on the path
    (``zegt`` and ``ccomp`` for every token of ``zegt dat ...``'s clause)."""
    child = tok
    for _ in range(MAX_CUE_DEPTH):
        head = child.head
        if head.i == child.i:
            return None
        if ctx.is_cue(head):
            return head, child.dep_
        child = head
    return None


def syntax_features(ctx: FeatureContext, tok: Token) -> list[str]:
    """POS, relation and head of one token, and how it hangs from a governing cue; empty when
    the Doc has no parse (the blank pipeline)."""
    feats = []
    if ctx.has_pos:
        feats.append(f"pos={tok.pos_}")
    if not ctx.has_dep:
        return feats
    feats += [f"dep={tok.dep_}", f"hpos={tok.head.pos_}", f"dep|hdep={tok.dep_}|{tok.head.dep_}"]
    if ctx.is_cue(tok):
        feats.extend(sorted({f"cue_child={c.dep_}" for c in tok.children}))
    governing = _governing_cue(ctx, tok)
    if governing is not None:
        cue, relation = governing
        feats.append(f"under_cue={relation}")
        feats.append(f"under_cue_side={'L' if tok.i < cue.i else 'R'}|{relation}")
    return feats


def _window_attributes(b: dict[str, object]) -> list[str]:
    """What a token shows its neighbours (prefixed there with their offset to it)."""
    attributes = [f"w={b['w']}", f"shape={b['shape']}", *b["lex"]]  # type: ignore[misc]
    if b["qmark"]:
        attributes.append("qmark")
    return attributes


def paragraph_features(ctx: FeatureContext, para: Paragraph, index: int) -> list[list[str]]:
    """crfsuite attribute lists, one per token of ``para`` (``index``: paragraph number)."""
    doc = ctx.doc
    toks = [doc[i] for i in para.tokens]  # each Token object built once
    base = [_token_base(ctx, tok) for tok in toks]
    context = _sentence_features(ctx, para, toks, base)
    if ctx.syntax:
        for k, tok in enumerate(toks):
            context[k].extend(syntax_features(ctx, tok))
    n = len(base)
    para_pos = "head" if index == 0 else ("early" if index < 3 else "body")
    window = [_window_attributes(b) for b in base]
    prefixes = {offset: f"{offset}:" for offset in range(-WINDOW, WINDOW + 1)}
    features: list[list[str]] = []
    for k, b in enumerate(base):
        word = str(b["w"])
        tok = toks[k]
        feats = [
            "bias",
            f"para={para_pos}",
            f"suf3={word[-3:]}",
            f"suf2={word[-2:]}",
            f"pre3={word[:3]}",
            f"q={int(bool(b['quoted']))}",
        ]
        if tok.is_sent_start:
            feats.append("BOS")
        if k + 1 < n and toks[k + 1].is_sent_start:
            feats.append("EOS")
        if k + 1 < n and base[k + 1]["w"] in _POSSESSIVES:
            feats.append("poss+1")
        if tok.text[:1].isupper() and not tok.is_sent_start:
            feats.append("midcap")
        feats.extend(context[k])
        for offset, prefix in prefixes.items():
            j = k + offset
            if not 0 <= j < n:
                feats.append(prefix + "pad")
                continue
            feats.extend([prefix + attribute for attribute in window[j]])
        if k > 0:
            feats.append(f"bi-1={base[k - 1]['w']}|{word}")
        if k + 1 < n:
            feats.append(f"bi+1={word}|{base[k + 1]['w']}")
        features.append(feats)
    return features


def document_features(
    doc: Doc, lang: LangData, learned_cues: Iterable[str] = (), syntax: bool = False
) -> tuple[list[Paragraph], list[list[list[str]]]]:
    """The paragraphs of ``doc`` and the feature lists of their tokens (``syntax``: add POS and
    dependency features where the Doc has them)."""
    ctx = FeatureContext(doc, lang, learned_cues, syntax)
    paras = paragraphs(doc)
    return paras, [paragraph_features(ctx, p, n) for n, p in enumerate(paras)]
