"""Issue #5, session 10 (E18): English nominal cues with their source and a ``that`` clause
(ANNOTATION.md: nouns such as "claim" signal attributions; a noun without a source or a
complement gives nothing, rule 10). The clause ends with its verb's subtree, not at the sentence
end. Sentences from PolNeAR train (Washington Post, Jan. 2016; New York Times, Aug. 2016), read from the
shared data; rule stage alone."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.learned_features import cue_words
from claimgraph.lang import load_lang
from claimgraph.nlp import load

SUGGESTIONS = (
    "Sanders said both Obama and Biden have been fair to him and Clinton, despite some recent "
    "suggestions by the news media that the president has his thumb on the scale for Clinton."
)
ASSERTION = (
    "After a series of recent controversies - including Mr. Trump's assertion that Russia should "
    "hack Mrs. Clinton's emails; his criticism of a Muslim-American Gold Star family; and his "
    "suggestion that Second Amendment supporters could revolt against Mrs. Clinton - the "
    "candidate began trying anew to appear moderated in tone."
)


def _items(text: str, cue: str):
    items = extract_attributions(load("en")(text), load_lang("en"))
    return [a for a in items if a.cue == cue]


def test_attribution_en22_noun_with_a_by_source():
    [item] = _items(SUGGESTIONS, "suggestions")
    assert item.speaker == "news media"
    assert SUGGESTIONS[slice(*item.content_span)] == (
        "the president has his thumb on the scale for Clinton"
    )
    assert item.stance == "speculate"


def test_attribution_en22_noun_with_a_possessor():
    [item] = _items(ASSERTION, "assertion")
    assert ASSERTION[slice(*item.speaker_span)] == "Mr. Trump"
    assert ASSERTION[slice(*item.content_span)] == "Russia should hack Mrs. Clinton's emails"


def test_attribution_en22_noun_without_a_source_gives_nothing():
    text = "The assertion that the vote was rigged spread quickly online."
    assert _items(text, "assertion") == []


def test_attribution_en22_nouns_stay_out_of_the_learned_lexicon():
    assert "assertion" not in cue_words(load_lang("en"))
