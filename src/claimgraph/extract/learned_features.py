"""Token features for the learned attribution tagger (``extract/learned.py``).

An article is cut into paragraphs (runs of tokens between line breaks); each paragraph is one
CRF sequence, so a cue in one sentence can take its content from the next. Features use only the
tokenizer, our sentence splitter, quotation marks and word lists (``lang/<code>/*.toml`` plus a
cue lexicon learned from training data), never POS tags or parses, so the same model works with
the rule-only pipeline and with a trained one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimgraph.extract.quotes import find_quotes
from claimgraph.lang import LangData

FEATURE_SET = "paragraph-crf-v2"
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

    def __init__(self, doc: Doc, lang: LangData, learned_cues: Iterable[str] = ()) -> None:
        self.doc = doc
        self.lang = lang
        self.rule_cues = cue_words(lang)
        self.learned_cues = frozenset(learned_cues)
        self.quotes = _quote_mask(doc.text, lang)
        self.quote_starts = [s for s, _ in self.quotes]
        # Token.sent scans the Doc on every call: look sentence starts up once
        self.sent_start = [0] * len(doc)
        for sent in doc.sents:
            self.sent_start[sent.start : sent.end] = [sent.start] * len(sent)

    def lexical(self, tok: Token) -> list[str]:
        """Word-list memberships of one token."""
        low = tok.text.lower()
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


def _sentence_features(ctx: FeatureContext, para: Paragraph) -> list[list[str]]:
    """Position, punctuation and cue/quote context within each token's sentence."""
    doc = ctx.doc
    out: list[list[str]] = [[] for _ in para.tokens]
    by_sent: dict[int, list[int]] = {}
    for k, i in enumerate(para.tokens):
        by_sent.setdefault(ctx.sent_start[i], []).append(k)
    for sent_index, ks in enumerate(by_sent.values()):
        cue_ks = [k for k in ks if ctx.is_cue(doc[para.tokens[k]])]
        quote_ks = [k for k in ks if ctx.quoted(doc[para.tokens[k]])]
        commas = colons = 0
        for n, k in enumerate(ks):
            tok = doc[para.tokens[k]]
            feats = out[k]
            feats.append(f"sent={min(sent_index, 2)}")
            feats.append(f"spos={_bucket(n)}")
            feats.append(f"sleft={_bucket(len(ks) - 1 - n)}")
            left = [k - c for c in cue_ks if c < k]
            right = [c - k for c in cue_ks if c > k]
            feats.append(f"cueL={_bucket(min(left) if left else None)}")
            feats.append(f"cueR={_bucket(min(right) if right else None)}")
            if left:
                feats.append(f"cueLw={doc[para.tokens[k - min(left)]].text.lower()}")
            if right:
                feats.append(f"cueRw={doc[para.tokens[k + min(right)]].text.lower()}")
            feats.append(f"scue={int(bool(cue_ks))}")
            feats.append(f"commas={min(commas, 2)}")
            feats.append(f"colon={min(colons, 1)}")
            if quote_ks:
                before = any(q < k for q in quote_ks)
                after = any(q > k for q in quote_ks)
                feats.append(f"qctx={int(before)}{int(after)}")
            commas += tok.text == ","
            colons += tok.text == ":"
    return out


def paragraph_features(ctx: FeatureContext, para: Paragraph, index: int) -> list[list[str]]:
    """crfsuite attribute lists, one per token of ``para`` (``index``: paragraph number)."""
    doc = ctx.doc
    base = [_token_base(ctx, doc[i]) for i in para.tokens]
    context = _sentence_features(ctx, para)
    n = len(base)
    para_pos = "head" if index == 0 else ("early" if index < 3 else "body")
    features: list[list[str]] = []
    for k, b in enumerate(base):
        word = str(b["w"])
        tok = doc[para.tokens[k]]
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
        if k + 1 < n and doc[para.tokens[k + 1]].is_sent_start:
            feats.append("EOS")
        if k + 1 < n and base[k + 1]["w"] in _POSSESSIVES:
            feats.append("poss+1")
        if tok.text[:1].isupper() and not tok.is_sent_start:
            feats.append("midcap")
        feats.extend(context[k])
        for offset in range(-WINDOW, WINDOW + 1):
            j = k + offset
            if not 0 <= j < n:
                feats.append(f"{offset}:pad")
                continue
            other = base[j]
            feats.append(f"{offset}:w={other['w']}")
            feats.append(f"{offset}:shape={other['shape']}")
            feats.extend(f"{offset}:{flag}" for flag in other["lex"])  # type: ignore[union-attr]
            if other["qmark"]:
                feats.append(f"{offset}:qmark")
        if k > 0:
            feats.append(f"bi-1={base[k - 1]['w']}|{word}")
        if k + 1 < n:
            feats.append(f"bi+1={word}|{base[k + 1]['w']}")
        features.append(feats)
    return features


def document_features(
    doc: Doc, lang: LangData, learned_cues: Iterable[str] = ()
) -> tuple[list[Paragraph], list[list[list[str]]]]:
    """The paragraphs of ``doc`` and the feature lists of their tokens."""
    ctx = FeatureContext(doc, lang, learned_cues)
    paras = paragraphs(doc)
    return paras, [paragraph_features(ctx, p, n) for n, p in enumerate(paras)]
