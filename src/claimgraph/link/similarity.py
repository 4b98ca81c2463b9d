"""The precise second stage: rerank embedding neighbours by what the two texts name.

The embedding says two texts are about the same thing; the signature says whether they agree
on the particulars: the people and places named, the numbers ("two drones" is not "three
drones") and the dates. A negation mismatch does not make a different claim: "Ukraine attacked
the Kremlin" and "Ukraine did not attack the Kremlin" are one claim with opposite stances, so it
is reported (``opposite_polarity``) and not penalised.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from claimgraph.extract.stance import contains_any
from claimgraph.link.lexicon import (
    calendar_words,
    decimal_mark,
    entity_forms,
    involvement_phrases,
    multipliers,
    negation_forms,
    party_forms,
    reference_nouns,
    stop_words,
    words,
    written_numbers,
)
from claimgraph.link.names import countries_in, country_names, find_names

SAME_CLAIM = "same_claim"
SAME_EVENT = "same_event"
RELATIONS = (SAME_CLAIM, SAME_EVENT)

# A number in running text, with an optional unit or multiplier glued to it ("15.4M", "3bn").
NUMBER = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)*)([^\W\d_]*)")
DAY = re.compile(r"^\d{1,2}$")
# Large numbers agree within this ratio ("15.4 million" ~ "15 million"); small ones must be equal.
NUMBER_TOLERANCE = 0.1
APPROXIMATE_FROM = 10_000

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
    """What a claim's text names: canonical entities, numbers, negation, reference nouns, and
    the party it opens with, its agent (:func:`opening_party`, :func:`parties_clash`)."""

    entities: frozenset[str]
    numbers: frozenset[float]
    negated: bool
    refers: bool
    length: int
    dates: frozenset[str] = frozenset()
    party: str = ""


def naming_words(tokens: Sequence[str], lang: str = "") -> list[str]:
    """``tokens`` without month names: a month is no person's name here ("May 9th" is not
    Theresa May)."""
    months = frozenset(calendar_words(lang)[0])
    return [t for t in tokens if t not in months]


@lru_cache(maxsize=200_000)
def signature(text: str, lang: str = "") -> Signature:
    """The :class:`Signature` of ``text`` in language ``lang`` (cached)."""
    tokens = words(text)
    negated = bool(negation_forms(lang).find(tokens)) or any(
        t.endswith(("n't", "n’t")) for t in tokens
    )
    months = frozenset(calendar_words(lang)[0])
    entities = set(entity_forms().find(naming_words(tokens, lang))) | set(
        find_names(text, skip=months)
    )
    # a country is one entity however it is named ("Franse", "French", "Elysée")
    entities = (entities - set(country_names())) | countries_in(text)
    return Signature(
        entities=frozenset(entities),
        numbers=frozenset(numbers_in(text, lang)),
        negated=negated,
        refers=bool(reference_nouns(lang).find(tokens)),
        length=len(tokens),
        dates=frozenset(dates_in(tokens, lang)),
        party=opening_party(tokens, lang),
    )


def opening_party(tokens: list[str], lang: str = "") -> str:
    """The party (side) a text opens with: the first word that is not a function, date or
    number word of ``lang`` starts a party's name ("Ukraine tried ...", "the US of being
    behind ...", "Wednesday that Ukraine ...", "two Ukrainian drones attacked ..."), else "".
    A party named later is mostly an object or a place ("two drones crashed into the Kremlin",
    "was meant to kill President Vladimir Putin")."""
    forms, leading = party_forms(), _leading_words(lang)
    for i, token in enumerate(tokens):
        party, _length = forms.at(tokens, i)
        if party is not None or token not in leading:
            return party or ""
    return ""


def states_involvement(text: str, lang: str = "") -> bool:
    """``text`` says a party took part in an event: one of the involvement phrases of ``lang``
    ("having anything to do with an apparent drone attack", "zijn land iets te maken heeft met
    de ... droneaanval"). Denied, it denies that the speaker's party was the event's agent."""
    return contains_any(words(text), involvement_phrases(lang))


@cache
def _leading_words(lang: str) -> frozenset[str]:
    """Words that may come before a content's agent: function, month, weekday and number words."""
    months, weekdays = calendar_words(lang)
    return stop_words(lang) | set(months) | set(weekdays) | set(written_numbers(lang))


def numbers_in(text: str, lang: str = "") -> set[float]:
    """The numbers ``text`` states, in digits ("1.000", "2,5 miljoen", "15.4M") or in words
    ("two drones", "twee miljoen")."""
    found: set[float] = set()
    scale = multipliers(lang)
    for match in NUMBER.finditer(text):
        value = _number(match.group(1), decimal_mark(lang))
        if value is None:
            continue
        suffix = match.group(2).lower()
        following = words(text[match.end() : match.end() + 20])[:1]
        factor = scale.get(suffix) or (scale.get(following[0]) if following and not suffix else 1)
        found.add(value * (factor or 1))
    tokens = words(text)
    written = written_numbers(lang)
    for i, token in enumerate(tokens):
        if token not in written or (
            i and (tokens[i - 1] in written or NUMBER.match(tokens[i - 1]))
        ):
            continue  # "twee miljoen" is read once, at "twee"
        value = written[token]
        if i + 1 < len(tokens) and tokens[i + 1] in scale and token not in scale:
            value *= scale[tokens[i + 1]]
        found.add(value)
    return found


def _number(digits: str, mark: str) -> float | None:
    """``digits`` read with decimal mark ``mark``; a lone separator before three digits groups
    thousands ("1.000" in Dutch, "1,000" in English)."""
    group = "," if mark == "." else "."
    parts = digits.replace(group, "").split(mark)
    if len(parts) > 2:
        return None
    try:
        return float(".".join(parts))
    except ValueError:
        return None


def dates_in(tokens: list[str], lang: str = "") -> set[str]:
    """Calendar dates and weekdays ``tokens`` name: "3 mei" and "May 3" both give "5-3",
    "dinsdag" and "Tuesday" give "wd1". A month counts only next to a number ("may" is a verb)."""
    months, weekdays = calendar_words(lang)
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if token in weekdays:
            found.add(f"wd{weekdays[token]}")
        if token not in months:
            continue
        days = [t for t in tokens[max(i - 1, 0) : i + 2 : 2] if DAY.match(t) and t != token]
        if days:
            found.add(f"{months[token]}-{int(days[0])}")
    return found


def numbers_agree(a: frozenset[float], b: frozenset[float]) -> bool:
    """Some number of ``a`` is one of ``b`` (large numbers within ``NUMBER_TOLERANCE``)."""
    return any(_same_number(x, y) for x in a for y in b)


def _same_number(x: float, y: float) -> bool:
    if x == y:
        return True
    big = max(abs(x), abs(y))
    return big >= APPROXIMATE_FROM and abs(x - y) <= NUMBER_TOLERANCE * big


def agreement(a: Signature, b: Signature) -> float:
    """Score adjustment for what two signatures share or contradict."""
    score = 0.0
    if a.entities and b.entities:
        shared = len(a.entities & b.entities) / len(a.entities | b.entities)
        score += ENTITY_BONUS * shared if shared else -ENTITY_CLASH
    if a.numbers and b.numbers:
        score += NUMBER_BONUS if numbers_agree(a.numbers, b.numbers) else -NUMBER_CLASH
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


def parties_clash(a: Signature, b: Signature) -> bool:
    """Both texts open with a party (:func:`opening_party`), and not the same one.

    "Ukraine was behind a drone attack it said was aimed at Putin's residence" and "the United
    States was behind an alleged drone attack on the Kremlin" embed as one text (cosine 0.91)
    yet blame two parties.
    """
    return bool(a.party and b.party and a.party != b.party)


def opposite_polarity(a: Signature, b: Signature) -> bool:
    """One text negates what the other states."""
    return a.negated != b.negated
