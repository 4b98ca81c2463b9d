"""Stance and act of an attribution from its cue, negation, hedges and content words."""

from __future__ import annotations

from collections.abc import Sequence

from claimgraph.lang import CuePattern, LangData

STANCE_ORDER = ("doubt", "speculate", "deny")
# a negation rejects the claim on the table only in a short opening clause ("We vallen ... niet aan")
MAX_DENIAL_CLAUSE = 8


Positions = dict[str, list[int]]


def _positions(words: Sequence[str]) -> Positions:
    """Where each word occurs: phrase matching then only tries the places its first word is."""
    index: Positions = {}
    for i, w in enumerate(words):
        index.setdefault(w, []).append(i)
    return index


def _contains(
    words: Sequence[str], phrase: tuple[str, ...], positions: Positions | None = None
) -> bool:
    """``phrase`` occurs in ``words``; ``...`` in a phrase allows up to two words in between.

    ``positions`` (from :func:`_positions` on the same ``words``) saves rescanning them when many
    phrases are looked up."""
    if not phrase:
        return True
    starts = (positions if positions is not None else _positions(words)).get(phrase[0], ())
    if "..." not in phrase:
        n = len(phrase)
        return any(tuple(words[i : i + n]) == phrase for i in starts)
    return any(_gapped_at(words, i, phrase) for i in starts)


def _gapped_at(words: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    """The gapped ``phrase`` matches with its first word at ``i``."""
    pos = i + 1
    for part in phrase[1:]:
        if part == "...":
            continue
        window = words[pos : pos + 3]
        if part not in window:
            return False
        pos += window.index(part) + 1
    return True


def _first_clause(words: Sequence[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w in {",", ";", ":", "."} and len(out) >= 3:
            break
        out.append(w)
    return out


def decide_stance(
    cue: CuePattern, cue_words: Sequence[str], content: Sequence[str], lang: LangData
) -> tuple[str, float]:
    """Stance with a confidence: the cue's own stance first, then hedges and negation."""
    if cue.stance != "assert":
        return cue.stance, 0.9
    context = list(cue_words) + list(content)
    where = _positions(context)
    for stance in STANCE_ORDER:
        if any(_contains(context, p, where) for p in lang.stance_phrases.get(stance, ())):
            return stance, 0.7
    negated_cue = any(w in lang.negation for w in cue_words[1:])
    if negated_cue:
        return "deny", 0.7
    first = _first_clause(content)
    if len(first) <= MAX_DENIAL_CLAUSE and any(w in lang.negation for w in first):
        return "deny", 0.55
    return "assert", 0.8


def decide_act(cue: CuePattern, act: str, content: Sequence[str], lang: LangData) -> str:
    """The cue's act unless it is a plain statement whose content accuses, threatens, ..."""
    if act != "statement":
        return act
    where = _positions(content)
    for candidate, phrases in lang.act_phrases.items():  # in the data file's order
        if any(_contains(content, p, where) for p in phrases):
            return candidate
    return act
