"""Score predicted attributions against gold, as ``shared/ANNOTATION.md`` "Scoring" describes.

Documents are paired by id (else by identical text). Within a document, gold and predicted items
are matched one-to-one, greedily by overlap: *lenient* when the content spans overlap by at least
half the gold span's length, *strict* when they are identical. Label accuracies (speaker, stance,
act, type) are computed over the lenient matches.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimgraph.evaluation.metrics import DIGITS, accuracy, macro_f1, per_label, prf
from claimgraph.lang import available_languages, load_lang
from claimgraph.model import Attribution, Document, Span

LENIENT_SHARE = 0.5
LABEL_FIELDS = ("stance", "act", "type")

MatchRule = Callable[[Span, Span], bool]


# -- spans and names --------------------------------------------------------------------------


def overlap(a: Span, b: Span) -> int:
    """Number of code points two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def lenient_match(gold: Span, pred: Span) -> bool:
    """The spans overlap by at least half the gold span's length (an empty gold span needs an
    identical prediction)."""
    length = gold[1] - gold[0]
    if length <= 0:
        return gold == pred
    return overlap(gold, pred) >= LENIENT_SHARE * length


def strict_match(gold: Span, pred: Span) -> bool:
    return gold == pred


def normalise_name(name: str) -> tuple[str, ...]:
    """Tokens of a name, casefolded, without accents and punctuation."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = []
    for char in decomposed:
        category = unicodedata.category(char)
        if category == "Mn":
            continue
        kept.append(" " if category[0] in "PS" else char)
    return tuple("".join(kept).split())


def names_match(a: str, b: str) -> bool:
    """Equal once normalised, or one is a token suffix of the other ("Zelensky" ~ "Volodymyr
    Zelensky"). Two empty (implicit) speakers also match."""
    x, y = normalise_name(a), normalise_name(b)
    if x == y:
        return True
    short, long = sorted((x, y), key=len)
    return bool(short) and long[-len(short) :] == short


def speaker_match(gold: Attribution, pred: Attribution) -> bool:
    """Names match, or the predicted speaker span overlaps the gold one."""
    if names_match(gold.speaker, pred.speaker):
        return True
    spans = gold.speaker_span, pred.speaker_span
    return spans[0] is not None and spans[1] is not None and overlap(*spans) > 0


# -- matching ---------------------------------------------------------------------------------


def match_items(
    gold: list[Attribution], pred: list[Attribution], rule: MatchRule = lenient_match
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs allowed by ``rule``, taken greedily: the pair
    covering most of its gold span first, then the one with the closest extent."""
    candidates = []
    for i, g in enumerate(gold):
        g_span, g_len = g.content_span, max(1, g.content_span[1] - g.content_span[0])
        for j, p in enumerate(pred):
            if rule(g_span, p.content_span):
                shared = overlap(g_span, p.content_span)
                extent = abs(g_span[0] - p.content_span[0]) + abs(g_span[1] - p.content_span[1])
                candidates.append((-shared / g_len, extent, i, j))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for *_, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class _DocumentMatch:
    """One gold document, its prediction (possibly empty) and the item matches."""

    gold: Document
    pred: Document | None
    lenient: list[tuple[int, int]]
    strict: list[tuple[int, int]]

    @property
    def pred_items(self) -> list[Attribution]:
        return self.pred.attributions if self.pred is not None else []

    def lenient_pairs(self) -> Iterable[tuple[Attribution, Attribution]]:
        for i, j in self.lenient:
            yield self.gold.attributions[i], self.pred_items[j]


def pair_documents(
    gold: list[Document], pred: list[Document]
) -> tuple[list[tuple[Document, Document | None]], int]:
    """Each gold document with its prediction (by id, else by identical text; None if absent),
    and the number of predicted documents that pair with no gold document."""
    by_id = {d.id: d for d in pred}
    by_text = {d.text: d for d in pred}
    used: set[int] = set()
    pairs: list[tuple[Document, Document | None]] = []
    for document in gold:
        match = by_id.get(document.id) or by_text.get(document.text)
        if match is not None and id(match) in used:
            match = None
        if match is not None:
            used.add(id(match))
        pairs.append((document, match))
    return pairs, sum(id(d) not in used for d in pred)


def _match_documents(
    gold: list[Document], pred: list[Document]
) -> tuple[list[_DocumentMatch], int]:
    pairs, unpaired_pred = pair_documents(gold, pred)
    matches = []
    for g, p in pairs:
        items = p.attributions if p is not None else []
        matches.append(
            _DocumentMatch(
                g,
                p,
                lenient=match_items(g.attributions, items, lenient_match),
                strict=match_items(g.attributions, items, strict_match),
            )
        )
    return matches, unpaired_pred


# -- scores -----------------------------------------------------------------------------------


def score_attributions(gold: list[Document], pred: list[Document]) -> dict[str, Any]:
    """Precision/recall/F1 (lenient and strict), counts, and speaker/stance/act/type scores over
    lenient matches; ``by_lang`` repeats them per gold language when there are several.

    Ratios are rounded to 4 decimals; precision and recall are 0.0 when their denominator is 0,
    accuracies are None when nothing matched.
    """
    matches, unpaired_pred = _match_documents(gold, pred)
    result = _scores(matches)
    result["unpaired"] = {
        "gold_documents": sum(m.pred is None for m in matches),
        "pred_documents": unpaired_pred,
    }
    by_lang: dict[str, list[_DocumentMatch]] = defaultdict(list)
    for match in matches:
        by_lang[match.gold.lang].append(match)
    result["by_lang"] = (
        {lang: _scores(group) for lang, group in sorted(by_lang.items())}
        if len(by_lang) > 1
        else {}
    )
    return result


def _scores(matches: list[_DocumentMatch]) -> dict[str, Any]:
    n_gold = sum(len(m.gold.attributions) for m in matches)
    n_pred = sum(len(m.pred_items) for m in matches)
    n_lenient = sum(len(m.lenient) for m in matches)
    n_strict = sum(len(m.strict) for m in matches)
    matched = [pair for m in matches for pair in m.lenient_pairs()]
    stance_pairs = [(g.stance, p.stance) for g, p in matched]
    stance_scores = per_label(stance_pairs)
    speaker_hits = sum(speaker_match(g, p) for g, p in matched)
    return {
        "documents": len(matches),
        "counts": {
            "gold": n_gold,
            "pred": n_pred,
            "matched_lenient": n_lenient,
            "matched_strict": n_strict,
        },
        "lenient": prf(n_lenient, n_pred, n_gold),
        "strict": prf(n_strict, n_pred, n_gold),
        "speaker_accuracy": round(speaker_hits / len(matched), DIGITS) if matched else None,
        "stance_accuracy": accuracy(stance_pairs),
        "stance_macro_f1": macro_f1(stance_scores),
        "stance_per_label": stance_scores,
        "act_accuracy": accuracy([(g.act, p.act) for g, p in matched]),
        "type_accuracy": accuracy([(g.type, p.type) for g, p in matched]),
        "pronoun_resolution": _pronoun_resolution(matches),
    }


def _pronoun_resolution(matches: list[_DocumentMatch]) -> dict[str, Any]:
    """How the speakers that the text names by a pronoun (``he said``, ``zei ze``) were resolved:
    over the lenient matches whose gold speaker mention is a personal pronoun of the document's
    language and whose gold speaker names someone (the antecedent, ANNOTATION.md), how many
    predicted speaker names match it. ``speaker_accuracy`` cannot see this: it accepts any
    overlapping speaker span, and the pronoun is both items' span."""
    pairs = [
        (g, p)
        for m in matches
        for g, p in m.lenient_pairs()
        if _pronoun_mention(m.gold, g)
        and g.speaker.strip().lower() not in _speaker_pronouns(m.gold.lang)
    ]
    resolved = sum(names_match(g.speaker, p.speaker) for g, p in pairs)
    return {
        "items": len(pairs),
        "resolved": resolved,
        "accuracy": round(resolved / len(pairs), DIGITS) if pairs else None,
    }


def _pronoun_mention(document: Document, item: Attribution) -> bool:
    if item.speaker_span is None:
        return False
    start, end = item.speaker_span
    return document.text[start:end].strip().lower() in _speaker_pronouns(document.lang)


@cache
def _speaker_pronouns(lang: str) -> frozenset[str]:
    """The pronouns that can name a speaker in language ``lang`` (``he``, ``zij``, ``him``)."""
    if lang not in available_languages():
        return frozenset()
    data = load_lang(lang)
    return frozenset(data.pronouns) | data.words("according_pronouns")


# -- errors for tuning ------------------------------------------------------------------------


def error_report(gold: list[Document], pred: list[Document]) -> list[dict[str, Any]]:
    """Every miss (unmatched gold item), false positive (unmatched predicted item) and lenient
    match whose span, speaker or labels differ, with the texts involved, in document order."""
    matches, _ = _match_documents(gold, pred)
    errors: list[dict[str, Any]] = []
    for match in matches:
        errors.extend(_document_errors(match))
    return errors


def _document_errors(match: _DocumentMatch) -> list[dict[str, Any]]:
    doc = match.gold
    pred_text = match.pred.text if match.pred is not None else ""
    paired_gold = {i for i, _ in match.lenient}
    paired_pred = {j for _, j in match.lenient}
    errors = [
        _error(doc, "miss", gold=_describe(doc.text, item))
        for i, item in enumerate(doc.attributions)
        if i not in paired_gold
    ]
    errors += [
        _error(doc, "false_positive", pred=_describe(pred_text, item))
        for j, item in enumerate(match.pred_items)
        if j not in paired_pred
    ]
    for g, p in match.lenient_pairs():
        fields = _differences(g, p)
        if fields:
            errors.append(
                _error(doc, "mismatch", _describe(doc.text, g), _describe(pred_text, p), fields)
            )
    errors.sort(key=lambda e: (e["gold"] or e["pred"])["content_span"])
    return errors


def _differences(gold: Attribution, pred: Attribution) -> list[str]:
    fields = [] if gold.content_span == pred.content_span else ["span"]
    if not speaker_match(gold, pred):
        fields.append("speaker")
    fields.extend(name for name in LABEL_FIELDS if getattr(gold, name) != getattr(pred, name))
    return fields


def _error(
    doc: Document,
    kind: str,
    gold: dict[str, Any] | None = None,
    pred: dict[str, Any] | None = None,
    fields: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "doc_id": doc.id,
        "lang": doc.lang,
        "kind": kind,
        "fields": fields or [],
        "gold": gold,
        "pred": pred,
    }


def _describe(text: str, item: Attribution) -> dict[str, Any]:
    start, end = item.content_span
    return {
        "speaker": item.speaker,
        "cue": item.cue,
        "content": text[start:end],
        "content_span": [start, end],
        "type": item.type,
        "stance": item.stance,
        "act": item.act,
    }
