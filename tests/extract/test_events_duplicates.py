"""One event per happening: repeated mentions of the founding article's drone attack merge."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

import claimgraph
from claimgraph.extract.events import merge_duplicates
from claimgraph.model import Document, Event


@pytest.fixture(scope="module")
def founding(founding_text) -> Document:
    return claimgraph.analyze(founding_text, lang="nl", date="2023-05-03")


def _actorless(ev: Event) -> bool:
    return not (ev.source_actor or ev.source_country or ev.target_actor or ev.target_country)


def _at(doc: Document, word: str, after: int = 0) -> tuple[int, int]:
    start = doc.text.index(word, after)
    return (start, start + len(word))


def test_events_narrator_reports_the_kremlin_explosion_once(founding):
    # "een nachtelijke aanval op het Kremlin", "beelden van de explosie", "de drone
    # explodeert", "nachtelijke explosie van een drone bij het Kremlin": one narrated ASSAULT.
    narrated = [e for e in founding.events if e.type == "ASSAULT" and not e.attribution]
    assert len(narrated) == 1 and narrated[0].target_country == "RUS"
    assert not [e for e in founding.events if e.type == "ASSAULT" and _actorless(e)]


def test_events_one_event_per_type_and_claim(founding):
    claimed = Counter((e.attribution, e.type) for e in founding.events if e.attribution)
    assert claimed and max(claimed.values()) == 1
    # two Russian sources claim the assassination attempt: two claims, two events
    plots = [e for e in founding.events if e.mode == "assassinate"]
    assert len({e.attribution for e in plots}) == len(plots) == 2


def test_events_merge_folds_a_blank_repeat_into_the_event(founding):
    first = founding.events[0]
    assert first.type == "ASSAULT" and first.place == "Kremlin, Moscow"
    repeat = Event(
        trigger="explosie", trigger_span=_at(founding, "explosie"), type="ASSAULT",
        mode="explosives", time="2023-05-03", span=_at(founding, "Dat is te zien"),
    )  # fmt: skip
    merged = merge_duplicates([*founding.events, repeat], founding.date)
    assert merged == founding.events


def test_events_merge_keeps_an_actorless_event_elsewhere(founding):
    other = Event(
        trigger="explosie", trigger_span=_at(founding, "explosie"), type="ASSAULT",
        place="Helsinki", place_id=658225, span=_at(founding, "Dat is te zien"),
    )  # fmt: skip
    merged = merge_duplicates([*founding.events, other], founding.date)
    assert other in merged and len(merged) == len(founding.events) + 1


def test_events_have_no_packed_fields(founding):
    for ev in founding.events:
        strings = [v for v in dataclasses.asdict(ev).values() if isinstance(v, str)]
        assert not any("|" in v for v in strings), ev
        assert isinstance(ev.place_id, int)
