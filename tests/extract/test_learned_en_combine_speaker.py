"""Combining rule and learned items: a missing speaker takes the learned speaker mention, a
speaker carried over from an earlier quote keeps its null span (ANNOTATION.md)."""

from __future__ import annotations

from claimgraph.extract.learned import combine
from claimgraph.model import Attribution

# USA Today, 2016-01-29 (PolNeAR train, usa-today_2016-01-29_absent-trump-derides-debate-cruz).
TEXT = (
    '"Throughout this campaign, you\'ve been willing to say or do anything to get votes," Rubio '
    'said. "Now you want to trump Trump on immigration."'
)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _item(content: str, speaker: str, mention: str | None, cue: str = "") -> Attribution:
    return Attribution(
        speaker=speaker,
        speaker_span=_span(mention) if mention else None,
        cue=cue,
        cue_span=_span(cue) if cue else None,
        content_span=_span(content),
        type="direct",
    )


def _rubio_said() -> Attribution:
    return _item(
        TEXT[: TEXT.index('"Now')] + '"Now you want to trump Trump on immigration."',
        "Rubio",
        "Rubio",
        "said",
    )


def test_missing_speaker_takes_the_learned_mention():
    continuation = _item("Now you want to trump Trump on immigration.", "", None)
    combined = combine([continuation], [_rubio_said()])
    assert len(combined) == 1
    assert combined[0].speaker == "Rubio"
    assert combined[0].speaker_span == _span("Rubio")
    assert combined[0].content_span == continuation.content_span  # the rule's span is kept


def test_carried_speaker_keeps_its_null_span():
    continuation = _item("Now you want to trump Trump on immigration.", "Marco Rubio", None)
    combined = combine([continuation], [_rubio_said()])
    assert [(a.speaker, a.speaker_span) for a in combined] == [("Marco Rubio", None)]


def test_explicit_speaker_is_kept_and_disjoint_items_are_added():
    first = _item("Throughout this campaign, you've been willing", "Marco Rubio", "Rubio", "said")
    overlapping = _item("you've been willing to say or do anything", "Ted Cruz", "Trump")
    disjoint = _item("Now you want to trump Trump on immigration.", "Ted Cruz", "Trump")
    combined = combine([first], [overlapping, disjoint])
    assert [(a.speaker, a.content_span) for a in combined] == [
        ("Marco Rubio", first.content_span),
        ("Ted Cruz", disjoint.content_span),
    ]
    assert [a.id for a in combined] == ["a1", "a2"]


def test_no_overlap_leaves_an_implicit_speaker_alone():
    continuation = _item("Now you want to trump Trump on immigration.", "Marco Rubio", None)
    elsewhere = _item("Throughout this campaign", "Ted Cruz", "Trump")
    combined = combine([continuation], [elsewhere])
    assert combined[1].speaker == "Marco Rubio"
    assert combined[1].speaker_span is None
