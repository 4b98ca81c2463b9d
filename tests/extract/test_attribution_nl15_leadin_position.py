"""Dutch attribution, round 15 of issue #5. A quote after a sentence whose cue word gave no item
(``Wild kon het verschil wel verklaren.``) and whose subject is a name or a personal pronoun is
that subject's, not the last speaker's; a sentence about someone with no reporting verb
(``Melis A. leeft volgens ...``) introduces nobody. What a party written as an acronym wants is
its position without a ``dat`` clause (``Het CDA wil ... tegengaan``; nl ``position_cues``),
never so for other speakers or for languages without that list. Real text of the shared
articles (ids in the tests), rules alone: the shipped learned model saw the train articles."""

from __future__ import annotations

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution
from claimgraph.nlp import load, parse
from claimgraph.settings import data_dir


def _rule_items(nlp, text: str, lang: str = "nl") -> list[Attribution]:
    return extract_attributions(parse(nlp, text), load_lang(lang))


def _content_starting(text: str, items: list[Attribution], start: str) -> Attribution:
    found = [a for a in items if text[slice(*a.content_span)].startswith(start)]
    assert found, [text[slice(*a.content_span)] for a in items]
    return found[0]


def _gold_text(name: str, doc_id: str) -> str:
    path = data_dir() / name
    if not path.is_file():
        pytest.skip(f"no shared data at {path}")
    return next(d.text for d in read_gold_jsonl(path) if d.id == doc_id)


def test_quote_after_a_cue_that_gave_no_item_is_its_subjects(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10768011")
    items = _rule_items(nlp, text)
    # "..., aldus Wiebes. Wild kon het verschil tussen de twee wel verklaren. 'Ik heb ...'"
    quote = _content_starting(text, items, "Ik heb in mijn carrière meer sprints")
    assert text[slice(*quote.speaker_span)] == "Wild"
    # and the next quote continues hers, not Wiebes's
    for start in ("Ik heb in mijn carrière", "Ik merk wel dat de baantraining"):
        assert _content_starting(text, items, start).speaker == "Wild"


def test_sentence_without_a_reporting_verb_introduces_nobody(by_content) -> None:
    text = _gold_text("nl-attribution/dev.jsonl", "nl-dpg-10800765")
    # "..., zegt advocaat Taner Sen. Melis A. leeft volgens een strikte uitleg van de islam. "..."
    _, quote = by_content(text, "Maar ze heeft nooit geweld verheerlijkt")
    assert quote.speaker == "Taner Sen"


def test_what_a_party_written_as_an_acronym_wants_is_its_position(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10677496")
    items = _rule_items(nlp, text)
    cda = _content_starting(text, items, "vestiging van winkels op bedrijventerreinen")
    assert (cda.speaker, cda.cue) == ("CDA", "wil")
    assert _content_starting(text, items, "geen windmolens").speaker == "PVV"


def test_other_speakers_still_need_a_dat_clause(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10746189")
    items = _rule_items(nlp, text)
    # "Minister Schouten wil hier nog niet op vooruitlopen": a person, no "dat" (round 17 lets
    # organisations through: tests/extract/test_attribution_nl17_org_position.py)
    assert not [a for a in items if text[slice(*a.content_span)].startswith("hier nog niet")]


def test_position_cues_are_dutch_data_only() -> None:
    text = _gold_text("en-attribution/dev.jsonl", "en-wikinews-106")
    nlp = load("en")
    items = _rule_items(nlp, text, "en")
    # "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran"
    assert not [a for a in items if a.cue == "posted"]
