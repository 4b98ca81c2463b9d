"""``_without_idioms`` blanks the words of the language's hedge idioms and hands back the word
positions of what it returns, read once when no idiom occurs (``decide_stance`` looks its hedge
phrases up in them)."""

from __future__ import annotations

from claimgraph.extract.stance import _positions, _without_idioms, decide_stance
from claimgraph.lang import load_lang


def _words(text: str) -> list[str]:
    return text.lower().replace(",", " ,").replace(".", " .").split()


def test_stance_idiom_blanking_positions_are_of_the_returned_words(founding_text):
    lang = load_lang("nl")
    plain = _words(founding_text.split("\n\n")[1])
    idiom = _words("Rusland wil zo snel mogelijk een onderzoek naar de aanval op het Kremlin.")
    for words in (plain, idiom):
        blanked, where = _without_idioms(list(words), "hedge_idioms", lang)
        assert where == _positions(blanked)
        assert len(blanked) == len(words)
    blanked, _ = _without_idioms(list(idiom), "hedge_idioms", lang)
    assert blanked[2:5] == ["", "", ""] and "mogelijk" not in blanked  # "zo snel mogelijk"


def test_stance_idiom_blanking_keeps_a_hedge_outside_the_idiom():
    lang = load_lang("nl")
    cue = lang.cues_by_first["zegt"][0]
    idiom = _words("dat Rusland zo snel mogelijk een onderzoek wil.")
    hedge = _words("dat Rusland mogelijk een onderzoek wil.")
    assert decide_stance(cue, ["zegt"], idiom, lang)[0] == "assert"
    assert decide_stance(cue, ["zegt"], hedge, lang)[0] == "speculate"
