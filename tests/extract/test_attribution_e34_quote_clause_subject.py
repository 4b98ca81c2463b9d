"""E34: after a quotation closed by a comma, the noun phrase the parse makes subject of the verb cue
reporting it is the speaker, even with no name or source noun (``"…," the woman said``). Before,
such a quotation became a continuation of the last speaker named (PolNeAR train, rules-only
decisions: 8 wrong speakers made right, 2 right ones made wrong)."""

from __future__ import annotations

import claimgraph

# PolNeAR train, wash-post_2016-03-04 (shortened: the sentences before the quotation)
NETIZEN = (
    "Last week, Chinese Foreign Ministry spokeswoman Hua Chunying said her country was watching "
    'the U.S. presidential race with "bemused interest."\n\n'
    '"It\'s great fun watching the dogfight in the United States," one user wrote. '
    '"This is their democracy."\n'
)

# PolNeAR train, nyt_2015-12-31 (the paragraph before the quotation and the quotation)
TOWN_HALL = (
    "At a recent town hall meeting in New Hampshire, a young woman asked Mrs. Clinton about "
    "several women who said they were sexually harassed by Mr. Clinton.\n\n"
    "''You say that all rape victims should be believed,'' the woman said. "
    "''Should we believe them as well?''\n"
)


def _item(text: str, content_start: str):
    doc = claimgraph.analyze(text, lang="en")
    return next(a for a in doc.attributions if a.content(doc.text).startswith(content_start))


def test_quote_then_described_writer_is_its_speaker() -> None:
    item = _item(NETIZEN, "It's great fun")
    assert item.speaker == "one user"
    assert item.cue == "wrote"


def test_quote_then_described_speaker_carries_to_the_next_quote() -> None:
    first = _item(TOWN_HALL, "You say that")
    assert first.speaker == "woman" and first.cue == "said"
    assert _item(TOWN_HALL, "Should we believe").speaker == "woman"
