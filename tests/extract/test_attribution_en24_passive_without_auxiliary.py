"""Issue #5, session 11 (E21): an English passive has an auxiliary (en grammar
``passive_auxiliaries``); a cue whose subject the parser labels passive without one (``The
police announced on Sunday they ...``) is active, and its subject speaks. Sentences from
English Wikinews 240 (check set 2) and 94 (check set 3), CC BY 2.5."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Police also announced on Sunday morning they were treating it as a terrorist "
            "incident.",
            "announced",
        ),
        (
            "CNN, however, reported on a distress call from someone on the Conception, who may "
            "or may not have been the captain.",
            "reported",
        ),
    ],
)
def test_a_passive_subject_without_an_auxiliary_speaks(text: str, cue: str) -> None:
    items = extract_attributions(load("en")(text), load_lang("en"))
    assert [a.cue for a in items] == [cue]
    assert items[0].speaker_span is not None


def test_a_passive_with_its_auxiliary_stays_agentless() -> None:
    text = "Rittenhouse is accused of crossing state lines."
    items = extract_attributions(load("en")(text), load_lang("en"))
    assert [(a.cue, a.speaker_span) for a in items] == [("accused", None)]
