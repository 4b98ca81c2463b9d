"""``The White House early Thursday rejected ...`` (The Hill, 2023-05-04, in
``shared/samples/kremlin-drone-2023-05/headlines.jsonl``): "early"/"late" before a time word
between subject and cue belong to the time adverbial, not to the speaker. PolNeAR train's gold
ends the source before them every time the construction has one (``Sanders late Monday
acquiesced``, ``U.S. District Judge Carlton W. Reeves late Thursday night issued``)."""

from __future__ import annotations

from claimgraph import analyze

SUMMARY = (
    "The White House early Thursday rejected an accusation from Russia that the U.S. was behind "
    "a reported drone strike on the Kremlin earlier this week that the Kremlin claimed was meant "
    "to kill President Vladimir Putin."
)


def test_time_adverb_is_not_part_of_the_speaker() -> None:
    doc = analyze(SUMMARY, lang="en", date="2023-05-04")
    (first,) = [a for a in doc.attributions if a.cue == "rejected"]
    assert first.speaker == "White House"
    assert doc.text[first.speaker_span[0] : first.speaker_span[1]] == "The White House"
