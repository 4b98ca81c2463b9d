"""Issue #5, session 8 (E11): a weekday is no part of the name after an adverbial opener
(``On Friday Ford Motor Company announced``), and an organisation's short form stands for the
fuller registered name the article's speakers give (``Ford`` -> ``Ford Motor Company``,
ANNOTATION.md rule 12). Sentences from English Wikinews (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

FORD = (
    "On Friday Ford Motor Company announced the United States Department of Justice was "
    "performing a criminal investigation of Ford's internal emission testing practices. Ford "
    "said in a financial filing to the U.S. Securities and Exchange Commission that the criminal "
    "investigation started on some unspecified date after Ford voluntarily disclosed the matter "
    "to the federal government on February 21."
)


def _items():
    return extract_attributions(load("en")(FORD), load_lang("en"))


def test_attribution_en16_weekday_is_no_part_of_the_speaker():
    [announced] = [a for a in _items() if a.cue == "announced"]
    assert announced.speaker_span is not None
    assert FORD[slice(*announced.speaker_span)] == "Ford Motor Company"


def test_attribution_en16_short_form_takes_the_registered_name():
    [said] = [a for a in _items() if a.cue == "said"]
    assert FORD[slice(*said.speaker_span)] == "Ford"
    assert said.speaker == "Ford Motor Company"
