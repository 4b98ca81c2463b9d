"""Stance and act of an attribution from its cue, negation, hedges and content words."""

from __future__ import annotations

from collections.abc import Sequence

from claimgraph.lang import CuePattern, LangData

STANCE_ORDER = ("doubt", "speculate", "deny")
# a negation rejects the claim on the table only in a short opening clause ("We vallen ... niet aan")
MAX_DENIAL_CLAUSE = 8


def _contains(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """``phrase`` occurs in ``words``; ``...`` in a phrase allows up to two words in between."""
    parts = [p for p in phrase if p != "..."]
    gaps = [i for i, p in enumerate(phrase) if p == "..."]
    if not gaps:
        n = len(parts)
        return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))
    return _contains_gapped(words, phrase)


def _contains_gapped(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    for i, w in enumerate(words):
        if w != phrase[0]:
            continue
        pos, ok = i + 1, True
        for part in phrase[1:]:
            if part == "...":
                continue
            window = words[pos : pos + 3]
            if part not in window:
                ok = False
                break
            pos += window.index(part) + 1
        if ok:
            return True
    return False


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
    for stance in STANCE_ORDER:
        if any(_contains(context, p) for p in lang.stance_phrases.get(stance, ())):
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
    for candidate, phrases in lang.act_phrases.items():  # in the data file's order
        if any(_contains(content, p) for p in phrases):
            return candidate
    return act
