"""Who did what to whom on the founding corpus, the cases EV1 left (issue #7, sixteenth
session): a statement's target in a long briefing answer, reporters' questions, victims before
a participle, possessors of another noun, negated triggers."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.events import sentences
from claimgraph.lang import person_key
from claimgraph.model import Event


def _events(text: str, date: str = "2023-05-04") -> list[Event]:
    return claimgraph.analyze(text, lang="en", date=date).events


def _assaults(text: str, date: str = "2023-05-04") -> list[Event]:
    return [e for e in _events(text, date) if e.type == "ASSAULT"]


def test_a_statement_target_comes_from_its_first_sentence(briefing_0504_at):
    # Kirby's denial "We never took it off the table." is not aimed at Beijing, named four
    # sentences on ("get them over to Beijing")
    rejects = [e for e in briefing_0504_at("We never took it off the table") if e.type == "REJECT"]
    assert rejects and all(e.target_country != "CHN" for e in rejects)


def test_a_title_does_not_end_the_first_sentence(briefing_0504_at):
    # "what Mr.\nPeskov says is just a blatant, bald lie": Peskov stays the target
    rejects = [e for e in briefing_0504_at("what Mr.\nPeskov says") if e.type == "REJECT"]
    assert rejects and person_key(rejects[0].target_actor) == person_key("Dmitry Peskov")
    text = "I think we’ve been pretty clear that what Mr. Peskov says is just a lie.  He knows."
    assert len(sentences(text, "en")) == 2


def test_a_reporters_question_is_no_statement_event(briefing_0504_at):
    question = "Publicly, you’ve said many times\nthat these allegations are a lie."
    assert not [e for e in briefing_0504_at(question) if e.type == "REJECT"]


def test_the_noun_before_a_participle_without_object_is_its_victim(briefing_0504_at):
    killed = [e for e in briefing_0504_at("two dozen Ukrainians killed") if e.trigger == "killed"]
    assert killed and killed[0].source_country == "" and killed[0].target_country == "UKR"


def test_a_negated_trigger_is_no_event(briefing_0504_at):
    assert not [e for e in briefing_0504_at("We’re not investigating it.") if e.type == "ACCUSE"]
    # Zelensky, quoted in the headlines of 2023-05-03
    text = "Zelensky said: “We don’t attack Putin or Moscow. We fight on our territory.”"
    assert not _assaults(text, "2023-05-03")


def test_a_possessor_after_the_trigger_is_not_its_recipient():
    text = (
        "Russia has accused Ukraine of carrying out the alleged attack on Wednesday with "
        "Washington's support."
    )
    attack = _assaults(text, "2023-05-03")
    assert attack and attack[0].source_country == "UKR" and attack[0].target_country != "USA"


def test_the_possessor_of_another_noun_is_not_the_actor():
    text = (
        "Russia’s messaging on a drone incident at the Kremlin diverged significantly from its "
        "response to past explosions in Russia or Russian-occupied territory."
    )
    explosions = [e for e in _assaults(text) if e.trigger == "explosions"]
    assert explosions and explosions[0].source_country == ""


def test_a_possessor_in_the_object_stays_the_recipient():
    # guard: "aimed at President Vladimir Putin’s residence", "on President Putin's life"
    text = (
        "Russia blames US for alleged Putin drone attack. Russia said the United States was "
        "behind the alleged drone-based assassination attempt on President Putin's life."
    )
    attempt = [e for e in _assaults(text) if e.trigger == "assassination attempt"]
    assert attempt and person_key(attempt[0].target_actor) == person_key("Vladimir Putin")


def test_a_party_after_or_belongs_to_another_clause():
    text = "Subterfuge, attempted assassination or a brazen operation to embarrass Moscow?"
    assert all(e.target_actor != "Moscow" for e in _assaults(text, "2023-05-05"))


def test_the_victim_of_an_assault_verb_is_not_the_accuser():
    text = (
        "Russia claims Ukraine staged an overnight drone attack to assassinate President "
        "Vladimir Putin but has provided no evidence to back up the accusation."
    )
    accusations = [e for e in _events(text, "2023-05-03") if e.trigger == "accusation"]
    assert accusations
    assert all(person_key(e.source_actor) != person_key("Putin") for e in accusations)
