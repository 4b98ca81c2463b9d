"""Issue #5, session 11 (E21): an object pronoun after ``according to`` (en grammar
``according_pronouns``) is the source of what follows (``According to him, it was ...``); a
possessive before a noun (``according to her lawyer``) is no source of its own. Sentences from
English Wikinews 106 (en dev), CC BY 2.5."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate

HIM = (
    "Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said it had "
    "carried out the attack using ten drones. According to him, it was among the largest Houthi "
    'operations inside of Saudi Arabia and was accomplished with the help of "honourable people '
    'inside the kingdom".'
)


def _items(text: str) -> list[tuple[str, str]]:
    doc = annotate(Document(text=text, lang="en"))
    return [(a.cue, a.content(text)) for a in doc.attributions]


def test_an_object_pronoun_after_according_to_is_a_source() -> None:
    contents = [content for cue, content in _items(HIM) if cue == "According to"]
    assert contents and contents[0].startswith("it was among the largest Houthi operations")


def test_a_possessive_before_a_noun_is_no_source_of_its_own() -> None:
    text = "According to her lawyer, the case against the actress was closed on Monday."
    speakers = [a.speaker for a in annotate(Document(text=text, lang="en")).attributions]
    assert speakers and all(s.lower() != "her" for s in speakers)
