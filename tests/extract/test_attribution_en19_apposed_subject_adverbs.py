"""Issue #5, session 9 (E14): an English subject with an apposition keeps its cue across the
adverbs of the verb group (``The head of the UK's counter terror police, Neil Basu, on Sunday
said X``: no item before). Text from English Wikinews 240 (CC BY 2.5), check set 2."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TEXT = (
    "The head of the UK's counter terror police, Neil Basu, on Sunday said the police found "
    "nothing inconsistent with the attacker acting alone. He also said there is no suggestion "
    "of specific increased threat towards people in crowded places from terrorists."
)


def test_attribution_en19_apposed_subject_before_adverbs_speaks():
    items = extract_attributions(load("en")(TEXT), load_lang("en"))
    [said] = [a for a in items if a.cue == "said" and a.content_span[0] < TEXT.index("He also")]
    assert "Neil Basu" in TEXT[slice(*said.speaker_span)]
    assert TEXT[slice(*said.content_span)].startswith("the police found nothing")
