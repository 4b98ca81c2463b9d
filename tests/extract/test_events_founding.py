"""Events of the founding article: the drone attack on the Kremlin, claims, denial, threats."""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.extract.events import event_fields, extract_events
from claimgraph.extract.places import extract_places
from claimgraph.ingest.header import parse_header
from claimgraph.model import Document


@pytest.fixture(scope="module")
def founding(founding_text) -> Document:
    doc = claimgraph.analyze(founding_text, lang="nl", date="2023-05-03")
    doc.places = extract_places(
        doc.text, doc.lang, people=[a.speaker for a in doc.attributions],
        start=parse_header(doc.text).end,
    )  # fmt: skip
    doc.events = extract_events(doc)
    return doc


def _find(doc: Document, etype: str, trigger: str, attributed: bool = False) -> tuple:
    for ev in doc.events:
        fields = event_fields(ev)
        if fields["type"] == etype and ev.trigger == trigger and (ev.attribution or not attributed):
            return ev, fields
    raise AssertionError(f"no {etype} event on {trigger!r}: {[e.trigger for e in doc.events]}")


def _attribution(doc: Document, att_id: str):
    return next(a for a in doc.attributions if a.id == att_id)


def test_events_kremlin_claims_a_drone_attack_in_the_night(founding):
    # "... het Kremlin ... het doelwit was van een aanval met twee drones"
    ev, f = _find(founding, "ASSAULT", "aanval", attributed=True)
    att = _attribution(founding, ev.attribution)
    assert att.speaker == "persdienst van het Kremlin" and att.stance == "assert"
    assert ev.time == "2023-05-02TNI"  # the night of Tuesday 2 to Wednesday 3 May
    assert f["mode"] == "heavy-weapons"
    assert (f["target_country"], f["target_role"]) == ("RUS", "GOV")
    assert (f["source_country"], f["place_geonames_id"]) == ("UKR", 524901)  # alleged agent
    assert founding.text[ev.span[0] : ev.span[1]].startswith("het Kremlin in de nacht")
    kremlin = next(p for p in founding.places if p.geonames_id == f["place_geonames_id"])
    assert (round(kremlin.lat, 2), round(kremlin.lon, 2)) == (55.75, 37.62)


def test_events_opening_sentence_places_the_attack_at_the_kremlin(founding):
    first = min((e for e in founding.events if e.type.startswith("ASSAULT")),
                key=lambda e: e.trigger_span)  # fmt: skip
    f = event_fields(first)
    assert first.attribution == ""  # the narrator's own report of the images
    assert f["place_name"] == "Kremlin, Moscow" and f["target_country"] == "RUS"
    assert first.time == "2023-05-03"  # no timex in the sentence: the article date


def test_events_zelensky_denies_in_helsinki(founding):
    ev, f = _find(founding, "REJECT", "zei")
    assert f["source_name"] == "Volodymyr Zelensky" and f["source_country"] == "UKR"
    assert f["place_name"] == "Helsinki" and f["place_geonames_id"] == 658225
    assert _attribution(founding, ev.attribution).stance == "deny"
    ev, f = _find(founding, "REJECT", "ontkent")
    assert f["source_name"] == "Volodymyr Zelensky" and f["target_country"] == "RUS"
    press, f = _find(founding, "CONSULT", "persconferentie")
    assert f["source_name"] == "Volodymyr Zelensky" and f["place_name"] == "Helsinki"
    assert press.time == "2023-05-03"


def test_events_moscow_accuses_kiev_of_an_assassination_attempt(founding):
    ev, f = _find(founding, "ACCUSE", "zag")
    assert (f["source_country"], f["target_country"], f["target_name"]) == ("RUS", "UKR", "Kiev")
    ev, f = _find(founding, "ASSAULT", "vermoorden")
    assert f["mode"] == "assassinate" and ev.attribution  # claimed, not established
    assert (f["source_name"], f["target_name"]) == ("Kiev", "Vladimir Poetin")


def test_events_russia_threatens_retaliation(founding):
    _, f = _find(founding, "THREATEN", "dreigt met")
    assert (f["source_country"], f["source_role"]) == ("RUS", "GOV")
    assert f["mode"] == "violence" and f["target_country"] == "UKR"
    _, f = _find(founding, "THREATEN", "waarschuwden voor")
    assert f["source_name"] == "Russische autoriteiten"
    assert (f["source_country"], f["source_role"]) == ("RUS", "GOV")


def test_events_survive_the_json_round_trip(founding):
    again = Document.from_json(founding.to_json())
    assert again.events == founding.events and again.places == founding.places
