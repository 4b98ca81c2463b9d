"""The news sentence splitter ends a sentence at a full stop followed by two spaces (English
Wikinews writes them; the tokenizer makes the second space a token of its own), so the next
sentence's subject is no longer parsed into the previous one; a listed abbreviation before two
spaces still does not end one. Text from English Wikinews 248 (CC BY 2.5), check set 2."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TEXT = (
    "As they tried to storm parliament, police in response fired tear gas at them.  Director "
    "Rebic said the night's incidents injured fourteen police officers."
)


def test_two_spaces_after_a_full_stop_end_the_sentence() -> None:
    sentences = [s.text.strip() for s in load("en")(TEXT).sents]
    assert sentences == [
        "As they tried to storm parliament, police in response fired tear gas at them.",
        "Director Rebic said the night's incidents injured fourteen police officers.",
    ]


def test_speaker_after_two_spaces_stays_in_its_own_sentence() -> None:
    [said] = [a for a in extract_attributions(load("en")(TEXT), load_lang("en")) if a.cue == "said"]
    assert TEXT[slice(*said.speaker_span)] == "Director Rebic"
    assert TEXT[slice(*said.content_span)].startswith("the night's incidents")


def test_title_before_two_spaces_does_not_end_the_sentence() -> None:
    sentences = [s.text for s in load("en")("He met Sen.  Warren on Monday. They talked.").sents]
    assert len(sentences) == 2
