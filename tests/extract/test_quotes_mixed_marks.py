"""Issue #5, round 12: a quotation that opens with a straight double mark and closes with a
typographic one (or the other way round) is one quotation, as wire copy edited by hand has it
(``"…,” he said.``); before, neither mark found a partner and the quote was read as narration."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.quotes import find_quotes
from claimgraph.lang import load_lang
from claimgraph.nlp import load

# PolNeAR train (politico_2016-06-13_terrorism-experts-rebuke-trump)
BENJAMIN = (
    "\"Donald Trump doesn't understand the first thing about counterterrorism,” said Daniel "
    "Benjamin, who was coordinator for counterterrorism at the State Department."
)
# PolNeAR train (politico_2016-05-05_paul-ryan-says-he-s-not-ready-)
RYAN = (
    "Ryan said the reality TV star is no Ronald Reagan or Abraham Lincoln.\n\n"
    '"We don’t always nominate a Lincoln and a Reagan every four years, but we hope that our '
    "nominee aspires to be Lincoln and Reaganesque, that that person advances the principles of "
    "our party and appeals to a wide vast majority of Americans,” he said."
)


def _quoted(text: str) -> list[str]:
    return [text[slice(*q.inner)] for q in find_quotes(text, load_lang("en"))]


def test_quotes_straight_opener_pairs_with_curly_closer():
    assert _quoted(BENJAMIN) == [
        "Donald Trump doesn't understand the first thing about counterterrorism,"
    ]


def test_quotes_curly_opener_pairs_with_straight_closer():
    text = BENJAMIN.replace('"', "“", 1).replace("”", '"', 1)
    assert _quoted(text) == [
        "Donald Trump doesn't understand the first thing about counterterrorism,"
    ]


def test_quotes_mixed_pair_crosses_no_other_quote():
    # a straight closer of a straight quote never opens a mixed pair up to a later curly closer
    text = '"We will win," he said, and the crowd chanted “USA” twice.'
    assert _quoted(text) == ["We will win,", "USA"]


def test_attribution_mixed_marks_quote_is_reported_by_its_cue():
    items = extract_attributions(load("en")(RYAN), load_lang("en"))
    quoted = [a for a in items if "Reaganesque" in RYAN[slice(*a.content_span)]]
    assert len(quoted) == 1
    (item,) = quoted
    assert item.cue == "said"
    words = RYAN[slice(*item.content_span)].strip(',"”')
    assert words.startswith("We don’t always nominate")
    assert words.endswith("vast majority of Americans")
