"""Issue #5, session 7 (E10): a cue set off as an aside (``suggesting, experts noted, that X``)
reports the clause after it, not the words before its subject; and the main clause whose hedges
set the stance goes on past the subject's aside (``this outbreak, which began in Wuhan, may call
for``). A sentence from English Wikinews (CC BY 2.5)."""

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


SARS = (
    "In a report released in The New England Journal of Medicine on Wednesday, scientists "
    "studying patients in Zhuhai in China's Guangdong Province reported that the newly emerged "
    "SARS-CoV-2, the coronavirus that causes COVID-19, may spread in a manner similar to "
    "influenza — suggesting, experts noted, that this outbreak, which began in the city of Wuhan "
    "in Hubei Province in December 2019, may call for containment measures similar to those for "
    "influenza."
)


def test_attribution_en15_aside_cue_reports_the_clause_after_it():
    [item] = _items(SARS, "noted")
    assert _speaker(SARS, item) == "experts"
    content = SARS[slice(*item.content_span)]
    assert content.startswith("this outbreak, which began") and content.endswith("for influenza")


def test_attribution_en15_hedge_after_the_subjects_aside_speculates():
    [noted] = _items(SARS, "noted")
    [reported] = _items(SARS, "reported")
    assert (noted.stance, reported.stance) == ("speculate", "speculate")
