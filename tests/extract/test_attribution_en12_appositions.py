"""Issue #5, round 12: ``"A," X, <apposition>, said. "B"``. A quote followed by its speaker, a
noun phrase in commas and the cue is the speaker's, and so is the quoted sentence after it; so is
a quote followed by a longer parsed subject of the cue (``the Senate minority leader said``). A
weekday is no speaker (``said Sunday``)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.speakers.mentions import plausible_speaker
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _items(text: str):
    return extract_attributions(load("en")(text), load_lang("en"))


def _by_content(text: str, words: str):
    return next(a for a in _items(text) if words in text[slice(*a.content_span)])


RHODES = (
    "The images from France have not prompted Mr. Obama to abandon his deep reluctance to send "
    "additional American troops to Iraq and Syria.\n\n''We don't believe U.S. troops are the "
    "answer to the problem,'' Benjamin J. Rhodes, Mr. Obama's deputy national security adviser, "
    "said Sunday. ''The further introduction of U.S. troops to fully re-engage in ground combat "
    "in the Middle East is not the way to deal with this challenge.''"
)


def test_attribution_en12_quote_then_speaker_with_apposition():
    # PolNeAR train, every 5th article held out (nyt_2015-11-18_paris-attacks-test-clinton-s-str)
    item = _by_content(RHODES, "We don't believe")
    assert item.cue == "said"
    assert RHODES[slice(*item.speaker_span)] == "Benjamin J. Rhodes"


def test_attribution_en12_continuation_after_apposition_keeps_the_speaker():
    item = _by_content(RHODES, "The further introduction")
    assert item.cue == ""
    assert item.speaker == "Benjamin J. Rhodes"


REID = (
    "Senate Minority Leader Harry M. Reid (D-Nev.) blasted Rubio and defended Cruz in a recent "
    'interview with The Post. "I just think what Rubio has done on immigration is one of the '
    "worst, worst machinations in politics that I've ever seen,\" the Senate minority leader "
    'said. "It shows a lack of character in my opinion."'
)


def test_attribution_en12_quote_then_parsed_subject_and_cue():
    # PolNeAR train (wash-post_2015-12-24_ted-cruz-constitutional-conserva)
    item = _by_content(REID, "I just think")
    assert item.cue == "said"
    assert "minority leader" in REID[slice(*item.speaker_span)]


def test_attribution_en12_weekday_is_no_speaker():
    doc = load("en")(RHODES)
    sunday = next(t.i for t in doc if t.text == "Sunday")
    assert not plausible_speaker(doc, (sunday, sunday + 1), load_lang("en"))
