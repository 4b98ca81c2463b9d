"""A speaker named by a title alone: ``President``, ``de premier``, ``the minister``, ``Vice
President``, ``een woordvoerder``.

Such a speaker is whoever holds that title in its own article: the founding briefings' nine
``President`` rows are Joe Biden, another article's ``President`` may be Macron, and two
articles' ``the minister`` are rarely one person. The store keys it within its article
(:func:`claimgraph.extract.identity.speaker_key`). A title is a role noun of the language's speaker
data (``titles`` and ``rule_titles`` of ``lang/<code>/names.toml``, multiword ones included),
after any of its ``determiners`` (``grammar.toml``); any other word (a name, a country, a
demonym: ``Ukrainian president``) makes it no bare title.
"""

from __future__ import annotations

from functools import cache

from claimgraph.lang import available_languages, load_lang


@cache
def bare_title(name: str) -> str:
    """The title words of ``name``, lower-cased and without its determiners, if it is nothing
    but titles in a language with speaker data (``the Vice President`` -> ``vice president``,
    ``de premier`` -> ``premier``); empty for any other name."""
    words = name.lower().split()
    for code in available_languages():
        title = _title_in(words, *_title_words(code))
        if title:
            return title
    return ""


def _title_in(words: list[str], determiners: frozenset[str], titles: frozenset[str]) -> str:
    """``words`` as title words of one language, past its determiners; empty if a word is
    neither."""
    start = 0
    while start < len(words) and words[start] in determiners:
        start += 1
    rest = words[start:]
    return " ".join(rest) if rest and _all_titles(rest, titles) else ""


def _all_titles(words: list[str], titles: frozenset[str]) -> bool:
    """Whether ``words`` are one title after another (``vice`` ``president``, ``secretary of
    state``): the longest title at each word."""
    position = 0
    while position < len(words):
        for end in range(len(words), position, -1):
            if " ".join(words[position:end]) in titles:
                position = end
                break
        else:
            return False
    return True


@cache
def _title_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """One language's determiners and titles, lower-cased."""
    lang = load_lang(code)
    return lang.words("determiners"), lang.titles


__all__ = ["bare_title"]
