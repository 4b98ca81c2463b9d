"""Title and source-noun tests are kept per word: the answers follow the language data given,
and a second call gives the first call's answer."""

from __future__ import annotations

from dataclasses import replace

from claimgraph.extract.speakers.words import _person_noun, _source_noun, _title_word
from claimgraph.lang import load_lang


def test_dutch_person_and_source_nouns_with_inflections():
    nl = load_lang("nl")
    for _ in range(2):  # the second round reads the kept answers
        assert _title_word("verkeersminister", nl)  # a compound ending in a title
        assert _person_noun("rechercheurs", nl)  # the plural of a title
        assert _source_noun("onderzoeken", nl)  # the plural of a source or document noun
        assert not _person_noun("fietsen", nl)
        assert not _source_noun("fietsen", nl)


def test_answers_follow_the_language_data_not_the_word_alone():
    nl = load_lang("nl")
    assert _person_noun("rechercheurs", nl)
    # (an empty title list would make every word a compound title)
    titles = frozenset({"burgemeester"})
    bare = replace(nl, titles=titles, grammar={**nl.grammar, "noun_inflections": frozenset()})
    assert not _person_noun("rechercheurs", bare)
    assert not _title_word("verkeersminister", bare)
    assert _source_noun("onderzoeken", nl)
    no_sources = replace(nl, source_nouns=frozenset(), document_nouns=frozenset())
    assert not _source_noun("onderzoeken", no_sources)
