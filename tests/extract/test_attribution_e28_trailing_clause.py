"""Issue #5, fourteenth session (E28): a quotation that the rules took for a continuation of the
last speaker (no cue of theirs: ``the man`` is no name) takes the reporting clause right after it
from the learned stage (``"They stole the country," the man shouted``), speaker and cue. PolNeAR
train, matched items where this applies: the carried speaker was wrong 67 times, the clause's
right each time. Passage from PolNeAR train (Breitbart, February 2016; two intervening lines
left out), read from the shared data; whole pipeline, in both conventions."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate

PASSAGE = (
    "The group is also now spending money on mailings to voters that oppose both Bush and "
    "Democratic presidential candidate Hillary Clinton, according to FEC filings.\n\n"
    "Bernie Sanders is drawing animated crowds in the final hours before voting begins in New "
    "Hampshire.\n\n"
    "One man in Manchester, responding to Sanders’ description of the Bush administration’s role "
    "in the economic recession, interrupted the candidate:\n\n"
    "“They stole the country,” the man shouted, using an expletive to describe the Bush "
    "administration.\n\n"
)


@pytest.mark.parametrize("conventions", ["annotation", "polnear"])
def test_attribution_e28_quote_takes_its_trailing_clause(conventions):
    doc = annotate(Document(text=PASSAGE, lang="en"), conventions=conventions)
    [item] = [a for a in doc.attributions if PASSAGE[slice(*a.content_span)].startswith("They")]
    assert item.speaker_span is not None
    assert PASSAGE[slice(*item.speaker_span)] == "the man"
    assert item.cue == "shouted"
