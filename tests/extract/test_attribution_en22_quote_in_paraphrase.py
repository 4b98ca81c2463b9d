"""Issue #5, session 10 (E18): a quotation right after a cue whose words end without punctuation
and that a lower-case word of the same clause follows is part of a paraphrase (type mixed); the
content is the clause, not the quotation alone; after "and" only a second complement clause
(``and that ...``) goes on, ``said "A" and "B"`` keeps its quotations. Sentences from PolNeAR
train (HuffPost, Apr. 2016; Washington Post, Apr. 2016; New York Times, Nov. 2015), read from the
shared data; rule stage alone."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

SANDERS = (
    "Sen. Bernie Sanders (I-Vt.) visited NBC’s “Today” to discuss his recent remarks about his "
    "Democratic presidential rival, Hillary Clinton, saying “on her worst day” she’d be “an "
    "infinitely better president” than any of the Republican 2016 hopefuls."
)
LOBBYISTS = (
    'Corporate lobbyists describe such work as "a different cup of tea" than the typical contract '
    "lobbying for corporations that keeps most K Street types in Washington full time."
)

CLINTON = (
    "Appearing acutely aware of how liberal primary voters, particularly in Iowa, view her hawkish "
    "reputation, Mrs. Clinton said on Saturday that ''this cannot be an American fight'' and that "
    "the United States should not bear ''the bulk of the responsibility.''"
)


def _item(text: str, cue: str):
    items = extract_attributions(load("en")(text), load_lang("en"))
    [item] = [a for a in items if a.cue == cue]
    return item


@pytest.mark.parametrize(
    ("text", "cue", "opening", "closing"),
    [
        (SANDERS, "saying", "“on her worst day” she’d be", "Republican 2016 hopefuls"),
        (LOBBYISTS, "describe", 'such work as "a different cup of tea" than', "full time"),
        (CLINTON, "said", "''this cannot be an American fight'' and that", "responsibility.''"),
    ],
)
def test_attribution_en22_quote_inside_a_paraphrase(text, cue, opening, closing):
    item = _item(text, cue)
    content = text[slice(*item.content_span)]
    assert content.startswith(opening) and content.endswith(closing)
    assert item.type == "mixed"
