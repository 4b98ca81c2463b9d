"""Phrase matching in stance/act decisions: the position index finds exactly what a scan does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimgraph.extract.stance import _contains, _positions, decide_stance
from claimgraph.lang import load_lang

WORDS = st.sampled_from(["niet", "kan", "bevestigen", "zegt", "de", "...", "dat"])


def _scan(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Every start position tried in turn (what the index replaces)."""
    if "..." not in phrase:
        n = len(phrase)
        return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))
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


@given(st.lists(WORDS, max_size=12), st.lists(WORDS, max_size=4).map(tuple))
def test_stance_index_agrees_with_a_scan(words, phrase):
    expected = _scan(words, phrase)
    assert _contains(words, phrase) is expected
    assert _contains(words, phrase, _positions(words)) is expected


def test_stance_gapped_phrase_on_real_words():
    words = ["de", "politie", "kan", "de", "berichten", "niet", "bevestigen"]
    assert _contains(words, ("kan", "...", "bevestigen")) is False  # three words in between
    assert _contains(words, ("niet", "bevestigen")) is True
    assert _contains(words, ("kan", "...", "berichten")) is True


def test_stance_decisions_use_the_lexicon():
    nl = load_lang("nl")
    plain = next(c for c in nl.cues if c.stance == "assert" and c.act == "statement")
    content = ["dat", "het", "kabinet", "de", "afspraak", "niet", "nakomt"]
    assert decide_stance(plain, ["zegt"], content, nl)[0] == "deny"
