"""Issue #5, session 10 (E18): a number opens an inverted speaker phrase (``..., said one GOP
source in the room.``; ``nummod`` in ``speaker_modifier_deps``). Sentences from PolNeAR dev
(Politico, Sept. 2016), read from the shared data; rule stage alone."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

GOP = (
    "Kadzik's refusal to answer fully did not go over well with Republicans, and the meeting "
    "deteriorated from there, said one GOP source in the room."
)
DEMOCRAT = (
    "“Republicans are in a frenzy that is disorganized, frenetic, and lurching from point to "
    "disjointed point with no actual substantive goal or plan,” said one Democratic source on "
    "the panel."
)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (GOP, "one GOP source", "Kadzik's refusal to answer fully"),
        (DEMOCRAT, "one Democratic source", "Republicans are in a frenzy"),
    ],
)
def test_attribution_en22_number_opens_an_inverted_speaker(text: str, speaker: str, content: str):
    items = extract_attributions(load("en")(text), load_lang("en"))
    [item] = [a for a in items if a.cue == "said"]
    assert text[slice(*item.speaker_span)] == speaker
    assert text[slice(*item.content_span)].startswith(content)
