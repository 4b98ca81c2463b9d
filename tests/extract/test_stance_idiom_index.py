"""``_idiom_positions`` looks a language's idiom list up by the first word of each idiom, split
once per list: it covers the same positions as splitting and trying every idiom of the list at
each call did, on real text and for every idiom list of both languages."""

from __future__ import annotations

import re

from claimgraph.extract.stance import _idiom_positions, _match_end, _positions
from claimgraph.lang import load_lang

IDIOM_LISTS = ("hedge_idioms", "negation_idioms")


def _every_idiom(words: list[str], idioms: frozenset[str]) -> set[int]:
    """The scan before the index: each idiom split and tried where its first word is."""
    where = _positions(words)
    covered: set[int] = set()
    for idiom in idioms:
        phrase = tuple(idiom.split())
        for i in where.get(phrase[0], ()):
            end = _match_end(words, i, phrase)
            if end is not None:
                covered.update(range(i, end))
    return covered


def _words(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def test_stance_idiom_index_covers_what_every_idiom_covers(founding_text):
    texts = {
        "nl": founding_text
        + " Het kabinet wil zo snel mogelijk duidelijkheid, niet alleen voor de boeren maar"
        " niet meer dan nodig. Dat is niet mogelijk, zegt hij, en nog niet zo eenvoudig.",
        "en": "Officials said in May that it was not possible to act. Since May, she said, the"
        " plan has not only stalled but will not be ready until May.",
    }
    for code, text in texts.items():
        lang = load_lang(code)
        words = _words(text)
        for name in IDIOM_LISTS:
            idioms = lang.words(name)
            assert _idiom_positions(words, lang, name) == _every_idiom(words, idioms)
        assert _idiom_positions(words, lang, "hedge_idioms")  # the texts hold hedge idioms
