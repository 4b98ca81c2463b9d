"""The precise second stage: rerank embedding neighbours by what the two texts name.

The embedding says two texts are about the same thing; the signature says whether they agree
on the particulars: the people and places named, the numbers ("two drones" is not "three
drones") and the dates. A negation mismatch does not make a different claim: "Ukraine attacked
the Kremlin" and "Ukraine did not attack the Kremlin" are one claim with opposite stances, so it
is reported (``opposite_polarity``) and not penalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimgraph.link.lexicon import (
    entity_forms,
    negation_forms,
    reference_nouns,
    words,
    written_numbers,
)

SAME_CLAIM = "same_claim"
SAME_EVENT = "same_event"
RELATIONS = (SAME_CLAIM, SAME_EVENT)

NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")

# Weights of the second stage. On the dev pairs (bench/bench_linking.py) an entity bonus hurt:
# every headline names the Kremlin and Putin; only clashes and numbers are weighed.
ENTITY_BONUS = 0.0
ENTITY_CLASH = 0.05
NUMBER_BONUS = 0.05
NUMBER_CLASH = 0.15
# Weight of the rarity-weighted word overlap (claimgraph.link.lexical) of names-normalised text.
# 0.2 helped both the dev pairs (en->nl recall@1 0.25 -> 0.42) and Emergent (0.852 -> 0.878);
# 0.5 helped Emergent more but cost nl->en dev recall (bench/results/linking.md).
LEXICAL_WEIGHT = 0.2
# Reranked score thresholds for the two relations. Headlines in one language on one story sit
# close together (cosine ~0.7), translations lower (~0.6): the bar depends on the language pair.
CLAIM_THRESHOLD = 0.80
CROSS_CLAIM_THRESHOLD = 0.62
EVENT_THRESHOLD = 0.45


@dataclass(frozen=True)
class Signature:
    """What a claim's text names: canonical entities, numbers, negation, reference nouns."""

    entities: frozenset[str]
    numbers: frozenset[float]
    negated: bool
    refers: bool
    length: int


@lru_cache(maxsize=200_000)
def signature(text: str, lang: str = "") -> Signature:
    """The :class:`Signature` of ``text`` in language ``lang`` (cached)."""
    tokens = words(text)
    written = written_numbers(lang)
    numbers = {_number(t) for t in tokens if NUMBER.match(t)} | {
        written[t] for t in tokens if t in written
    }
    negated = bool(negation_forms(lang).find(tokens)) or any(
        t.endswith(("n't", "n’t")) for t in tokens
    )
    return Signature(
        entities=frozenset(entity_forms().find(tokens)),
        numbers=frozenset(n for n in numbers if n is not None),
        negated=negated,
        refers=bool(reference_nouns(lang).find(tokens)),
        length=len(tokens),
    )


def _number(token: str) -> float | None:
    digits = token.replace(",", "").replace(".", "") if token.count(".") != 1 else token
    try:
        return float(digits)
    except ValueError:
        return None


def agreement(a: Signature, b: Signature) -> float:
    """Score adjustment for what two signatures share or contradict."""
    score = 0.0
    if a.entities and b.entities:
        shared = len(a.entities & b.entities) / len(a.entities | b.entities)
        score += ENTITY_BONUS * shared if shared else -ENTITY_CLASH
    if a.numbers and b.numbers:
        score += NUMBER_BONUS if a.numbers & b.numbers else -NUMBER_CLASH
    return score


def rerank_score(cosine: float, a: Signature, b: Signature, overlap: float = 0.0) -> float:
    """The second-stage score of a pair: embedding cosine, plus the weighted word overlap
    (:class:`claimgraph.link.lexical.IdfOverlap`, when known), plus signature agreement."""
    return cosine + LEXICAL_WEIGHT * overlap + agreement(a, b)


def claim_threshold(cross_lingual: bool = False) -> float:
    """The reranked score from which a pair states the same claim."""
    return CROSS_CLAIM_THRESHOLD if cross_lingual else CLAIM_THRESHOLD


def relation(score: float, cross_lingual: bool = False) -> str | None:
    """``same_claim``, ``same_event`` or None for a reranked score."""
    if score >= claim_threshold(cross_lingual):
        return SAME_CLAIM
    if score >= EVENT_THRESHOLD:
        return SAME_EVENT
    return None


def opposite_polarity(a: Signature, b: Signature) -> bool:
    """One text negates what the other states."""
    return a.negated != b.negated
