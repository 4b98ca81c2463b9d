"""English events: triggers, actors with roles, attributed events, time and place."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.events import extract_events
from claimgraph.extract.places import extract_places
from claimgraph.model import Event

TEXT = (
    "Kyiv denied on Wednesday that it had attacked the Kremlin. "
    "The Kremlin said two drones attacked the Kremlin in Moscow overnight, "
    "and Russian authorities threatened retaliation."
)


def _events(text: str) -> list[Event]:
    doc = claimgraph.analyze(text, lang="en", date="2023-05-03")
    doc.places = extract_places(doc.text, doc.lang, people=[a.speaker for a in doc.attributions])
    doc.events = extract_events(doc)
    return doc.events


def test_events_english_attack_claim_keeps_its_attribution():
    assault = [e for e in _events(TEXT) if e.type == "ASSAULT" and e.attribution]
    assert assault, "the Kremlin's claim of an attack is an attributed ASSAULT"
    assert any(e.mode == "heavy-weapons" or e.place_id == 524901 for e in assault)


def test_events_english_threat_by_russian_authorities():
    threats = [e for e in _events(TEXT) if e.type == "THREATEN"]
    assert any((e.source_country, e.source_role) == ("RUS", "GOV") for e in threats)


def test_events_english_denial_dated_by_the_sentence_timex():
    rejects = [e for e in _events(TEXT) if e.type == "REJECT"]
    assert rejects and rejects[0].source_country == "UKR"
    assert rejects[0].time == "2023-05-03"  # "on Wednesday" against 2023-05-03 (a Wednesday)
