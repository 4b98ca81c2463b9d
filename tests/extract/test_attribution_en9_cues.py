"""Issue #5, round 9: criticism, praise and hedged reporting verbs that PolNeAR train gold marks as cues in
most of their uses and that ANNOTATION.md counts (criticism with a target, statements); and a
weak cue word governed by a preposition ("secretary of state") is a noun, not a cue."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _items(text: str):
    return extract_attributions(load("en")(text), load_lang("en"))


def _item(text: str, cue: str):
    found = [a for a in _items(text) if a.cue == cue]
    assert len(found) == 1, [(a.speaker, a.cue) for a in _items(text)]
    return found[0]


def test_attribution_en9_railed_against_is_criticism_of_its_target():
    # PolNeAR train, every 5th article held out
    text = (
        "Trump has railed against the Trans-Pacific Partnership, the 12-country trade deal the "
        "administration finished negotiating last year."
    )
    item = _item(text, "railed against")
    assert item.speaker.endswith("Trump")
    assert text[slice(*item.content_span)].startswith("the Trans-Pacific Partnership")
    assert item.act == "accusation"


def test_attribution_en9_praised_object_is_its_target_not_a_speaker():
    # PolNeAR train
    text = (
        "Charles Chamberlain, Democracy for America’s executive director, praised Clinton’s "
        "remarks on Thursday, but also used them as an opportunity to ratchet up the pressure."
    )
    item = _item(text, "praised")
    assert item.speaker == "Charles Chamberlain"
    assert text[slice(*item.content_span)].startswith("Clinton’s remarks")


def test_attribution_en9_hinted_is_speculation():
    # PolNeAR train
    text = (
        "Lindsay Lohan went on a very public rant about her fiance cheating and also hinted she "
        "might be pregnant."
    )
    item = _item(text, "hinted")
    assert item.speaker == "Lindsay Lohan"
    assert text[slice(*item.content_span)] == "she might be pregnant"
    assert item.stance == "speculate"


def test_attribution_en9_secretary_of_state_is_no_cue():
    # PolNeAR train: "state" after "of" is the noun of a title
    text = (
        "The victory for the former secretary of state over the Vermont senator gives her two "
        "wins to one in the race for the Democratic nomination."
    )
    assert _items(text) == []
