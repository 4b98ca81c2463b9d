"""Attribution: who says what, through which cue, quoted or paraphrased.

Works on a tokenized, sentence-split spaCy Doc plus the language's data files. Four passes:
1. quotations with a cue next to them (``“…”, zei Zelensky``; ``Blinken: “…”``);
2. reporting cues in running text (``X ontkent dat …``, ``volgens X …``, ``…, aldus X``);
3. headline-style colon statements (``Europees Hof: Studies moeten openbaar``);
4. continuation quotes (later quoted sentences of the same speaker, with no cue of their own).

Layout: ``context`` holds a cue hit, what the passes share about one article (``_Context``), the cue
finder and ``_add``, which records an item; ``subjects`` finds the speaker of a cue and ``names``
the named subjects the speaker resolver may use; ``complements`` finds where a cue's content opens
and ``contents`` where it ends; ``quotations`` is pass 1; pass 2 is ``reporting`` (verb cues), with
``passives``, ``nouns`` and ``according`` (``volgens``, ``aldus``); ``statements`` is pass 3 and the
per-sentence evidence and continuations; ``continuations`` is pass 4 and the passes over the whole
article; ``acts`` holds the act predicates other stages share, ``constants`` the word classes
several modules read; this module runs them in ``extract_attributions``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.attribution.according import _according, _aldus
from claimgraph.extract.attribution.acts import (
    deed_act,
    formal_act,
    legal_act,
    participle_topic,
    perceived_scene,
    person_pronoun_only,
    relative_antecedent,
)
from claimgraph.extract.attribution.constants import COLON, CONTINUATION_WINDOW
from claimgraph.extract.attribution.context import _Context, _joined_cues, find_cues
from claimgraph.extract.attribution.continuations import (
    _agentless_sources,
    _block_quotes,
    _citing_sources,
    _continuations,
    _drop_own_attitudes,
    _headline_quote,
    _nested_sources,
    _quote_bylines,
)
from claimgraph.extract.attribution.names import _subject_names
from claimgraph.extract.attribution.nouns import _noun_cue
from claimgraph.extract.attribution.quotations import _cue_then_quote, _quote_then_cue
from claimgraph.extract.attribution.reporting import _reporting_verb
from claimgraph.extract.attribution.statements import (
    _colon_statement,
    _demand_continuation,
    _evidence,
    _reported_continuation,
)
from claimgraph.extract.parsed import doc_text
from claimgraph.extract.quotes import find_quotes
from claimgraph.extract.speakers import resolve_speakers
from claimgraph.extract.speakers.pronouns import numbered_pronouns, resolve_demonstratives
from claimgraph.lang import LangData
from claimgraph.model import Attribution

__all__ = [
    "COLON",
    "CONTINUATION_WINDOW",
    "deed_act",
    "extract_attributions",
    "formal_act",
    "legal_act",
    "participle_topic",
    "perceived_scene",
    "person_pronoun_only",
    "relative_antecedent",
]


def extract_attributions(doc: Doc, lang: LangData) -> list[Attribution]:
    """All attributions in a parsed article, in text order, speakers resolved."""
    text = doc_text(doc)
    ctx = _Context(doc, text, lang, find_quotes(text, lang), doc.to_array("IDX").tolist())
    sents = list(doc.sents)
    hits = {s.start: _joined_cues(ctx, find_cues(ctx, s)) for s in sents}
    for q in ctx.quotes:
        sent = doc[ctx.token_at(q.outer[0])].sent if ctx.token_at(q.outer[0]) < len(doc) else None
        end_tok = ctx.token_at(q.outer[1])
        if sent is None:
            continue
        after_sent = doc[min(end_tok, len(doc) - 1)].sent
        if not _quote_then_cue(ctx, q, hits[after_sent.start], after_sent.end):
            _cue_then_quote(ctx, q, hits[sent.start], sent)
    for sent in sents:
        for hit in hits[sent.start]:
            if hit.used:
                continue
            if hit.pattern.kind == "according":
                _according(ctx, sent, hit)
            elif hit.pattern.kind == "aldus":
                _aldus(ctx, sent, hit)
            elif hit.pattern.kind == "noun":
                _noun_cue(ctx, sent, hit, hits[sent.start])
            else:
                _reporting_verb(ctx, sent, hit, hits[sent.start])
        _colon_statement(ctx, sent, hits[sent.start])
        _evidence(ctx, sent)
        if not any(h.used for h in hits[sent.start]):
            # "Bovendien zouden ... zich hebben gemeld": a cue word that gave no item
            _reported_continuation(ctx, sent)
            _demand_continuation(ctx, sent)
    _agentless_sources(ctx)
    _continuations(ctx)
    _nested_sources(ctx)
    _citing_sources(ctx)
    _headline_quote(ctx)
    _block_quotes(ctx)
    _quote_bylines(ctx)
    _drop_own_attitudes(ctx)
    atts = sorted(ctx.attributions, key=lambda a: (a.content_span[0], a.content_span[1]))
    resolve_demonstratives(atts, ctx.doc, lang)
    resolve_speakers(
        atts,
        text,
        lang,
        _subject_names(ctx),
        numbered_pronouns(doc, text, lang, atts, "Sing"),
        parsed=doc,
    )
    for n, att in enumerate(atts):
        att.id = f"a{n + 1}"
    return atts
