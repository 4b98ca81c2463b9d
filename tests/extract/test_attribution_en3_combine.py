"""combine(): a rule item sharing its cue with a learned or parsed item takes that item's
speaker (the rules read the object of ``blasted`` as an inverted speaker)."""

from __future__ import annotations

from claimgraph.extract.learned import combine
from claimgraph.model import Attribution
from claimgraph.pipeline import analyze

# PolNeAR train, wash-post (Reid on Rubio and Cruz)
REID = "Harry M. Reid (D-Nev.) blasted Rubio and defended Cruz in a recent interview with The Post."


def _span(part: str) -> tuple[int, int]:
    start = REID.index(part)
    return start, start + len(part)


def _item(speaker: str, content: str) -> Attribution:
    return Attribution(
        speaker=speaker,
        speaker_span=_span(speaker),
        cue="blasted",
        cue_span=_span("blasted"),
        content_span=_span(content),
    )


def test_attribution_en3_shared_cue_takes_other_speaker():
    rule = _item("Rubio", "and defended Cruz")
    learned = _item("Harry M. Reid", "Rubio and defended Cruz")
    items = combine([rule], [learned])  # the learned content overlaps the rule's: not added
    assert [a.speaker for a in items] == ["Harry M. Reid"]
    assert items[0].speaker_span == _span("Harry M. Reid")


def test_attribution_en3_same_speaker_mention_is_kept():
    rule = _item("Harry M. Reid", "Rubio and defended Cruz")
    learned = _item("Harry M.", "Rubio")
    (item,) = combine([rule], [learned])
    assert item.speaker == "Harry M. Reid"


def test_attribution_en3_pipeline_speaker_of_criticism():
    doc = analyze(REID, lang="en")
    blasted = [a for a in doc.attributions if a.cue == "blasted"]
    assert blasted
    assert all(a.speaker == "Harry M. Reid" for a in blasted)
    assert all(a.act == "accusation" for a in blasted)
