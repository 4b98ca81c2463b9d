"""SP1: a learned item whose source lies in an aside set off between the sentence's subject and
the cue (``Schilling, through a spokeswoman, declined``) takes that subject: an aside that opens
with a relative pronoun, a subordinator, a preposition or a participle names no one the verb is
said of. Counted over PolNeAR train: 7 wrong speakers made right, 1 right one made wrong (the
gold item paired was another attribution), none on the Wikinews sets or PolNeAR dev changed."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.speakers.mentions import aside_subject
from claimgraph.lang import load_lang
from claimgraph.nlp import load

# PolNeAR train, nyt_2016-04-21 (the sentence)
SCHILLING = "Schilling, through a spokeswoman, declined to comment.\n"

# PolNeAR train, nyt_2016-03-23 (the sentence)
OLDER = (
    "Older people, who strongly support Mrs. Clinton, have also seen income gains relative to "
    "other groups.\n"
)


def _speakers(text: str) -> dict[str, str]:
    doc = claimgraph.analyze(text, lang="en")
    return {a.cue: a.speaker for a in doc.attributions}


def test_source_in_a_prepositional_aside_is_the_subject() -> None:
    assert _speakers(SCHILLING).get("declined") == "Schilling"


def test_source_in_a_relative_clause_aside_is_the_subject() -> None:
    speakers = _speakers(OLDER)
    assert speakers.get("have also seen") == "Older people"


def _aside_subject(text: str, speaker: str, cue: str) -> str | None:
    doc = load("en")(text)
    words = [t.text for t in doc]
    at = words.index(speaker)
    span = aside_subject(doc, (at, at + 1), words.index(cue), load_lang("en"))
    return doc[span[0] : span[1]].text if span else None


def test_apposition_is_no_aside() -> None:
    # the aside names the subject: its name stays the source
    assert (
        _aside_subject("A top strategist, John Weaver, tells reporters that.", "Weaver", "tells")
        is None
    )


def test_opening_clause_is_no_subject() -> None:
    text = "It was less than three years ago that Michael Bloomberg, speaking in Denver, said it."
    assert _aside_subject(text, "Denver", "said") is None


def test_opening_conjunction_left_out() -> None:
    text = "But Crawford, who recalled the book, said in an interview that it never came to pass."
    assert _aside_subject(text, "who", "said") == "Crawford"
