"""Issue #5, session 10 (E19): a cue in the adverbial clause a sentence opens with (``After``,
``Although``, ``Though``; a coordinator may come first) reports no further than the clause's
first comma, where the parse does not show the clause (``Gov. Pat McCrory`` taken as an
apposition of ``the law``), and the subordinator is no part of the speaker. Sentences from
PolNeAR train (Washington Post, Sept. 2016; USA Today, March 2016); rule stage alone."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

MCCRORY = (
    "And after the Supreme Court refused to reinstate the law, Gov. Pat McCrory (R) blamed the "
    "court's \"four liberal justices [who] blocked North Carolina protections afforded by our "
    'sensible voter laws."'
)
TURNOUT = (
    "Though Republicans boast of stronger participation by their primary voters, there is no "
    "correlation between primary turnout and which party wins the general election, political "
    "scientists say."
)


def _items(text: str, cue: str):
    items = extract_attributions(load("en")(text), load_lang("en"))
    return [a for a in items if a.cue == cue]


def test_attribution_en22_cue_in_opening_clause_stops_at_its_comma():
    [refused] = _items(MCCRORY, "refused")
    assert MCCRORY[slice(*refused.content_span)] == "to reinstate the law"


def test_attribution_en22_subordinator_is_no_speaker():
    [boast] = _items(TURNOUT, "boast")
    assert TURNOUT[slice(*boast.speaker_span)] == "Republicans"
