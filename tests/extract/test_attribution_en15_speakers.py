"""Issue #5, session 7 (E10): English speakers. ``told X``: X is the addressee, never an inverted
speaker, and the content opens after it (also a quotation after the addressee and an adverbial);
a name set off by commas before the cue is the speaker (``Executive director of ..., Bob Hughes,
told``), also after a quotation. Sentences from English Wikinews (CC BY 2.5) and PolNeAR train
(every 5th article, held out)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load


def _items(text: str, cue: str) -> list[Attribution]:
    return [a for a in extract_attributions(load("en")(text), load_lang("en")) if a.cue == cue]


def _speaker(text: str, item: Attribution) -> str:
    assert item.speaker_span is not None
    return text[slice(*item.speaker_span)]


HUGHES = (
    "Executive director of the Ask Wellness Society, Bob Hughes, told Kamloops This Week that "
    "CERB (Canada Emergency Response Benefit) payments, a program related to the COVID-19 "
    "pandemic, presented an additional factor in a spike in overdose deaths this year."
)
BUCK = (
    "And it wasn’t a one-off or an accident — Brendan Buck, a spokesman for Ryan, told POLITICO "
    "that the House speaker gave Priebus a heads up about his declaration."
)


def test_attribution_en15_addressee_of_told_is_no_speaker():
    [item] = _items(HUGHES, "told")
    assert _speaker(HUGHES, item) == "Bob Hughes"
    content = HUGHES[slice(*item.content_span)]
    assert content.startswith("CERB") and content.endswith("overdose deaths this year")


def test_attribution_en15_name_between_commas_before_told():
    [item] = _items(BUCK, "told")
    assert _speaker(BUCK, item) == "Brendan Buck"
    assert BUCK[slice(*item.content_span)] == (
        "the House speaker gave Priebus a heads up about his declaration"
    )


KASPER = (
    "“Eventually, positions are gonna soften on Donald Trump, whether it’s now or two weeks from "
    "now or two months from now,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, "
    "told POLITICO before Ryan’s interview."
)
RUBEL = (
    'Howard Rubel, a Toronto lawyer representing Spanton, told the BBC after the verdict "My '
    "client is of course very relieved with the verdict and is glad that she withstood the very "
    'arduous process that led to today."'
)


def test_attribution_en15_quote_before_a_name_apposed_to_its_subject():
    [item] = _items(KASPER, "told")
    assert _speaker(KASPER, item) == "Joe Kasper"
    assert KASPER[slice(*item.content_span)] == (
        "Eventually, positions are gonna soften on Donald Trump, whether it’s now or two weeks "
        "from now or two months from now"
    )


def test_attribution_en15_quote_after_addressee_and_adverbial():
    [item] = _items(RUBEL, "told")
    assert item.type == "direct"
    assert RUBEL[slice(*item.content_span)].startswith("My client is of course")
