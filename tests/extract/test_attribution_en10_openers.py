"""Issue #5, round 10: a reporting verb coordinated with an earlier verb whose sentence opens with
a word that is no noun (``By the end of the day, ...``, ``Just before ...``) takes the parsed
subject of that verb as its speaker, not the capitalised opener. Sentences from PolNeAR train
(every 5th article, held out from the learned model)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _item(text: str, cue: str):
    items = extract_attributions(load("en")(text), load_lang("en"))
    found = [a for a in items if a.cue == cue]
    assert len(found) == 1, [(a.speaker, a.cue) for a in items]
    return found[0]


def _speaker_text(text: str, cue: str) -> str:
    item = _item(text, cue)
    assert item.speaker_span is not None
    return text[slice(*item.speaker_span)]


def test_attribution_en10_prepositional_opener_is_no_speaker():
    text = (
        "By the end of the day, Mr. Trump was forced into a rare moment of damage control and "
        "said that his words had been ''misconstrued.''"
    )
    assert _speaker_text(text, "said") == "Mr. Trump"


def test_attribution_en10_adverb_opener_gives_the_coordinated_subject():
    text = (
        "Just before the United flight took off, the pilot needed to balance the jet's weight and "
        "asked for volunteers to move to the back."
    )
    assert _speaker_text(text, "asked") == "the pilot"


def test_attribution_en10_number_subject_after_an_opener_clause():
    text = (
        "Since June 16, when he asked supporters to run for office, at least 21,000 said they "
        "would - or at least hit the streets to help."
    )
    assert _speaker_text(text, "said") == "at least 21,000"


def test_attribution_en10_named_subject_is_kept():
    # the sentence opens with the name itself: the rule's own subject, unchanged
    text = "Clinton says she respects Sanders' passion and commitment but argues that he can't win."
    item = _item(text, "says")
    assert item.speaker.endswith("Clinton")
