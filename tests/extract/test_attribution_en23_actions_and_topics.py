"""Issue #5, session 10 (E20): actions and topics read as reports on unseen Wikinews (check set
3). ``called off`` (en grammar ``idiom_cues``) cancels and ``covered`` (``action_verbs``) pays:
their learned items are dropped. ``Commenting on X, Y said ...``: the phrase after a fronted
participle cue that is a prepositional phrase without a verb is its topic, no content.
``... according to USA Today.``: the source runs on to the head of its compound name and the
content is the clause before it. A headline topic before a colon (``Slippery business: ...``)
is no source of a learned colon item. Sentences from English Wikinews 94, 156 and 160, CC BY 2.5."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate

SEARCH = (
    "Rochester told the press a nearly 24-hour search mission had discovered no further signs in "
    "the water. The United States Coast Guard (USCG) called off its search late on Tuesday."
)
LOAN = (
    "Hirtenberger Defence Group also acknowledged the deal. A government-guaranteed loan covered "
    "the costs, but the exact figure was kept secret."
)
COMMENTING = (
    'Commenting on the radio communications, Captain Rochester said the situation had "a lot '
    'of adrenaline, a lot of confusion."'
)
USA_TODAY = (
    "The Conception was owned by Truth Aquatics and chartered by Worldwide Diving Adventures. "
    "Both companies have been in operation since the 1970s according to USA Today.\n\n\n"
    "The cause of the fire is unknown."
)


def _items(text: str) -> list[tuple[str, str, str]]:
    doc = annotate(Document(text=text, lang="en"))
    return [(a.speaker, a.cue, a.content(text)) for a in doc.attributions]


@pytest.mark.parametrize(("text", "action"), [(SEARCH, "called off"), (LOAN, "covered")])
def test_an_action_is_no_report(text: str, action: str) -> None:
    cues = [cue for _, cue, _ in _items(text)]
    assert action not in cues and cues


def test_the_topic_of_a_fronted_participle_is_no_content() -> None:
    items = _items(COMMENTING)
    assert [cue for _, cue, _ in items] == ["said"]


def test_a_compound_name_after_according_to_is_the_whole_source() -> None:
    assert _items(USA_TODAY) == [
        (
            "USA Today",
            "according to",
            "Both companies have been in operation since the 1970s",
        )
    ]


SLIPPERY = (
    "Slippery business: Materials scientists invent new coating for self-cleaning, "
    "water-efficient toilets\n\nThursday, November 21, 2019\xa0\n\n\nIn findings published on "
    "Monday in Nature Sustainability, researchers mostly from Pennsylvania State University "
    "(Penn State) in the U.S. reported the invention of a new coating that could reduce "
    "bacterial growth, water waste, and odor when sprayed onto an ordinary house toilet."
)


def test_a_headline_topic_before_a_colon_is_no_source() -> None:
    # Wikinews 160 (check set 3): the learned colon item needs a name or source noun before it
    assert ":" not in [cue for _, cue, _ in _items(SLIPPERY)]
