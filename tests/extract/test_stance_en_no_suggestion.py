"""Issue #5, session 9 (E14): ``there is no suggestion of X`` is a no-evidence statement, doubt
(ANNOTATION.md rule 4, like ``no evidence``, ``no indication``), while a plain negated fact in
the same report stays deny. Sentences from English Wikinews 240 (CC BY 2.5), check set 2."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TEXT = (
    "The head of the UK's counter terror police, Neil Basu, on Sunday said the police found "
    "nothing inconsistent with the attacker acting alone. He also said there is no suggestion "
    "of specific increased threat towards people in crowded places from terrorists. A Black "
    "Lives Matter protest had taken place in Forbury Gardens a few hours before the attack, but "
    "Basu also stated this was not connected to the crime."
)


def _stance_of(content_start: str) -> str:
    items = extract_attributions(load("en")(TEXT), load_lang("en"))
    [item] = [a for a in items if TEXT[slice(*a.content_span)].startswith(content_start)]
    return item.stance


def test_stance_en_no_suggestion_is_doubt():
    assert _stance_of("there is no suggestion") == "doubt"


def test_stance_en_negated_connection_stays_deny():
    assert _stance_of("this was not connected") == "deny"
