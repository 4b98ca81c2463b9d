"""English cues, issue #5: a passive cue's subject is its patient, not a speaker ("were found
guilty", "was questioned"); "is accused of" keeps the charge with an implicit agent (ANNOTATION.md
rule 6); a cue word after an article is a noun ("Unlike the accused"); a dependency item that
opens a multi-sentence quotation takes the whole quotation. Real sentences from the Wikinews dev
articles (shared/data/en-attribution/dev.jsonl; ids in the comments)."""

from __future__ import annotations

import claimgraph


def _cues(text: str) -> list[str]:
    return [a.cue.lower() for a in claimgraph.analyze(text, lang="en").attributions]


def test_passive_found_and_questioned_are_no_cues() -> None:
    # en-wikinews-22
    assert "found" not in _cues(
        "After a jury trial in Paris, two French police officers were found guilty on Thursday "
        "of raping a Canadian tourist in 2014."
    )
    text = (
        "At trial, she was questioned on her clothing, and her drinking and sexual habits. "
        "Unlike the accused, Spanton was tested for alcohol. She was also drug tested and "
        "questioned for hours."
    )
    assert not {"questioned", "accused"} & set(_cues(text))


def test_accused_of_keeps_the_charge_without_the_patient_as_speaker() -> None:
    # en-wikinews-284
    doc = claimgraph.analyze(
        "A resident of Antioch, Illinois, Rittenhouse is accused of crossing state lines and "
        "shooting and killing two people.",
        lang="en",
    )
    [att] = [a for a in doc.attributions if a.cue == "accused"]
    assert doc.surface(att.content_span).startswith("of crossing state lines")
    assert att.speaker == "" and att.speaker_span is None
    assert att.act == "accusation"


def test_quote_after_said_on_friday_is_taken_whole() -> None:
    # en-wikinews-6
    text = (
        'Nancy Pelosi, the Speaker of the House, said on Friday "We are committed to keeping our '
        "border safe. We can do that best when government is open. We made that clear to the "
        'president."'
    )
    doc = claimgraph.analyze(text, lang="en")
    contents = [doc.surface(a.content_span) for a in doc.attributions]
    assert contents == [
        "We are committed to keeping our border safe. We can do that best when government is "
        "open. We made that clear to the president."
    ]
