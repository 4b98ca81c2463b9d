"""Events of the founding article: the drone attack on the Kremlin, claims, denial, threats."""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.extract.events import extract_events
from claimgraph.extract.places import extract_places
from claimgraph.ingest.header import parse_header
from claimgraph.model import Document, Event


@pytest.fixture(scope="module")
def founding(founding_text) -> Document:
    doc = claimgraph.analyze(founding_text, lang="nl", date="2023-05-03")
    doc.places = extract_places(
        doc.text, doc.lang, people=[a.speaker for a in doc.attributions],
        start=parse_header(doc.text).end,
    )  # fmt: skip
    doc.events = extract_events(doc)
    return doc


def _find(doc: Document, etype: str, trigger: str, attributed: bool = False) -> Event:
    for ev in doc.events:
        if ev.type == etype and ev.trigger == trigger and (ev.attribution or not attributed):
            return ev
    raise AssertionError(f"no {etype} event on {trigger!r}: {[e.trigger for e in doc.events]}")


def _attribution(doc: Document, att_id: str):
    return next(a for a in doc.attributions if a.id == att_id)


def test_events_kremlin_claims_a_drone_attack_in_the_night(founding):
    # "... het Kremlin ... het doelwit was van een aanval met twee drones"
    ev = _find(founding, "ASSAULT", "aanval", attributed=True)
    att = _attribution(founding, ev.attribution)
    assert att.speaker == "persdienst van het Kremlin" and att.stance == "assert"
    assert ev.time == "2023-05-02TNI"  # the night of Tuesday 2 to Wednesday 3 May
    assert ev.mode == "heavy-weapons"
    assert (ev.target_country, ev.target_role) == ("RUS", "GOV")
    assert (ev.source_country, ev.place_id) == ("UKR", 524901)  # alleged agent
    assert founding.text[ev.span[0] : ev.span[1]].startswith("het Kremlin in de nacht")
    kremlin = next(p for p in founding.places if p.geonames_id == ev.place_id)
    assert (round(kremlin.lat, 2), round(kremlin.lon, 2)) == (55.75, 37.62)


def test_events_opening_sentence_places_the_attack_at_the_kremlin(founding):
    first = min((e for e in founding.events if e.type == "ASSAULT"), key=lambda e: e.trigger_span)
    assert first.attribution == ""  # the narrator's own report of the images
    assert first.place == "Kremlin, Moscow" and first.target_country == "RUS"
    assert first.time == "2023-05-03"  # no timex in the sentence: the article date


def test_events_zelensky_denies_in_helsinki(founding):
    ev = _find(founding, "REJECT", "zei")
    assert ev.source_actor == "Volodymyr Zelensky" and ev.source_country == "UKR"
    assert ev.place == "Helsinki" and ev.place_id == 658225
    assert _attribution(founding, ev.attribution).stance == "deny"
    ev = _find(founding, "REJECT", "ontkent")
    assert ev.source_actor == "Volodymyr Zelensky" and ev.target_country == "RUS"
    press = _find(founding, "CONSULT", "persconferentie")
    assert press.source_actor == "Volodymyr Zelensky" and press.place == "Helsinki"
    assert press.time == "2023-05-03"


def test_events_moscow_accuses_kiev_of_an_assassination_attempt(founding):
    ev = _find(founding, "ACCUSE", "zag")
    assert (ev.source_country, ev.target_country, ev.target_actor) == ("RUS", "UKR", "Kiev")
    ev = _find(founding, "ASSAULT", "vermoorden")
    assert ev.mode == "assassinate" and ev.attribution  # claimed, not established
    assert (ev.source_actor, ev.target_actor) == ("Kiev", "Vladimir Poetin")


def test_events_russia_threatens_retaliation(founding):
    ev = _find(founding, "THREATEN", "dreigt met")
    assert (ev.source_country, ev.source_role) == ("RUS", "GOV")
    assert ev.mode == "violence" and ev.target_country == "UKR"
    ev = _find(founding, "THREATEN", "waarschuwden voor")
    assert ev.source_actor == "Russische autoriteiten"
    assert (ev.source_country, ev.source_role) == ("RUS", "GOV")


def test_events_survive_the_json_round_trip(founding):
    again = Document.from_json(founding.to_json())
    assert again.events == founding.events and again.places == founding.places
