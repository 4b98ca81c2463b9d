"""Who did what to whom on the founding corpus, the cases EV3 left (issue #7, seventeenth
session): a responder is no party of what it responds to, and a role noun gives its role only
to a place of its own phrase."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.events import _actor_mentions, load_event_lexicon
from claimgraph.model import Event


def _roles(text: str, date: str, code: str = "en") -> dict[str, str]:
    """Each actor mention of ``text`` (in language ``code``) by its name: its role."""
    doc = claimgraph.analyze(text, lang=code, date=date)
    mentions = _actor_mentions(doc, load_event_lexicon(code), 0, len(text))
    return {m.actor.name: m.actor.role for m in mentions}


def test_a_responder_is_no_party_of_what_it_responds_to(briefing_0504_at):
    # Kirby: "Now, how Mr. Putin reacts to this alleged drone attack is going to be up to him"
    assaults = [e for e in briefing_0504_at("how Mr. Putin reacts") if e.type == "ASSAULT"]
    assert not [e for e in assaults if e.source_country == "RUS"]


def test_a_role_noun_of_another_phrase_gives_the_place_no_role(briefing_0504_at):
    # Jean-Pierre: "bring the four leaders of the House and the Senate to the White House":
    # the Senate is no role of the White House, which is her own side (no target)
    threats = [
        e for e in briefing_0504_at("leaders of the House and the Senate") if e.type == "THREATEN"
    ]
    assert threats and all(e.target_actor == "" for e in threats)
    # en dev (wikinews): the troops sent to Saudi Arabia are no Saudi military
    text = (
        "The United States was more forceful in blaming Iran for the attack, committing to "
        "send more troops to Saudi Arabia."
    )
    assert _roles(text, "2019-09-23")["Saudi Arabia"] == "GOV"


def test_a_role_noun_of_the_previous_sentence_gives_the_place_no_role():
    # Bloomberg's summary of 2023-05-06 (headlines.jsonl): "forces" ends the sentence before
    text = (
        "Russia unleashed a wave of aerial attacks across Ukraine this week ahead of an expected "
        "counteroffensive by Ukrainian forces. Moscow blamed Kyiv for a assault on the Kremlin "
        "with two drones late Tuesday."
    )
    blame = next(e for e in claimgraph.analyze(text, lang="en", date="2023-05-06").events
                 if e.type == "ACCUSE")  # fmt: skip
    assert (blame.source_role, blame.target_country, blame.target_role) == ("GOV", "UKR", "GOV")


def test_a_role_noun_linked_by_a_preposition_gives_its_role():
    # a reporter, briefing of 2023-05-04: the police in France stays the police
    text = (
        "What is the administration’s take on this latest accusation against the police in France?"
    )
    assert _roles(text, "2023-05-04")["France"] == "COP"


def test_a_dutch_role_noun_of_another_clause_gives_the_place_no_role():
    # DPG 2019: the police that sees is no Dutch police; "het regime in Kiev" keeps its link
    text = (
        "Ook de politie ziet dat Nederland hét doorvoerland is geworden voor het Europese "
        "continent. Het regime in Kiev zwijgt."
    )
    assert _roles(text, "2019-03-01", "nl") == {"Nederland": "GOV", "Kiev": "GOV"}


def _assault(text: str) -> Event:
    return next(e for e in claimgraph.analyze(text, lang="en", date="2023-05-04").events
                if e.type == "ASSAULT")  # fmt: skip


def test_the_subject_of_a_staging_verb_is_the_agent_even_of_the_attacked_side():
    # CNBC's and the Guardian's summaries of 2023-05-04 (headlines.jsonl): a false flag
    staged = (
        "Speculation is mounting that Russia staged a drone attack on the Kremlin that it blamed "
        "on Ukraine Wednesday."
    )
    attack = _assault(staged)
    assert (attack.source_country, attack.target_country) == ("RUS", "RUS")
    assert attack.place == "Kremlin, Moscow"  # the agent's mention is not the place
    staging = (
        "Security experts have accused the Kremlin of staging the drone explosion at the Kremlin "
        "as justification for further escalation of its war in Ukraine"
    )
    assert _assault(staging).source_actor == "Kremlin"
