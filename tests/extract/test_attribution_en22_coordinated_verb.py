"""Issue #5, session 10 (E19): a verb the parse coordinates with the verb cue itself, after an
object content (no subject, finite verb or complementizer of its own), is the source's next act,
outside the content (``denied any sexual activity, but upon learning ... he claimed``, ``mock
America's military tactics in the video and put a pulse on ...``). After a reported clause, or
before a second complement (``and that``, ``and for``), the content goes on. Sentences from en
dev (Wikinews) and PolNeAR train (Western Journal, Dec. 2015); rule stage alone."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

QUIRIN = (
    "Quirin denied any sexual activity, but upon learning his DNA was on Spanton's underwear he "
    "claimed sex had been consensual."
)
ISIS = (
    "ISIS soldiers mock America’s military tactics in the video and put a pulse on racial "
    "tensions in the United States."
)
# the same shape after a reported clause: the parse cannot tell whose conjunct it is
PBS = (
    "The previous day, television broadcaster PBS revealed that in December, Crown Prince "
    "Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder of journalist "
    "Jamal Khashoggi but did not say he'd ordered it."
)


def _content(text: str, cue: str) -> str:
    items = extract_attributions(load("en")(text), load_lang("en"))
    [item] = [a for a in items if a.cue == cue]
    return text[slice(*item.content_span)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (QUIRIN, "denied", "any sexual activity"),
        (ISIS, "mock", "America’s military tactics in the video"),
    ],
)
def test_attribution_en22_content_ends_before_the_cue_verbs_conjunct(text, cue, content):
    assert _content(text, cue) == content


def test_attribution_en22_reported_clause_keeps_its_conjunct():
    assert _content(PBS, "revealed").endswith("but did not say he'd ordered it")
