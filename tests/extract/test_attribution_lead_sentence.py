"""A JSON record's lead sentence (its title kept apart): no headline, and its "City, Country"
no clause edge."""

from __future__ import annotations

import json
from pathlib import Path

import claimgraph
from claimgraph.extract.places import city_of_country

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "wikinews-2020.jsonl"


def _record(title_start: str) -> dict:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    return next(r for r in rows if r["title"].startswith(title_start))


def test_lead_sentence_opening_a_text_is_not_read_as_a_headline() -> None:
    # the text opens with its lead ("Yesterday evening, the Bavarian State Ministry ... in Munich,
    # Germany confirmed a case ..."); read as a headline, the words before "Germany" became a
    # second content of the same cue ("..., Germany confirmed")
    record = _record("German authorities confirm")
    doc = claimgraph.analyze(record["text"], lang="en", date=record["date"])
    confirmed = [a for a in doc.attributions if a.cue == "confirmed"]
    assert len(confirmed) == 1
    assert confirmed[0].content(doc.text).startswith("a case of coronavirus infection")


def test_short_first_line_is_still_a_headline() -> None:
    # the headline exception the length check keeps: a clause without a verb the tagger sees,
    # then ", X say"
    text = (
        "11-month old baby finds illegal drugs in playground, police say\n\n"
        "The child was taken to hospital as a precaution on Tuesday, a spokesperson said."
    )
    doc = claimgraph.analyze(text, lang="en", date="2020-01-28")
    say = [a for a in doc.attributions if a.cue == "say"]
    assert say and say[0].content(doc.text).startswith("11-month old baby")


def test_country_after_its_city_is_part_of_the_place_not_the_speaker() -> None:
    # "... in Munich, Germany confirmed": the comma joins "City, Country", so the speaker is the
    # ministry the place belongs to, not "Germany"
    record = _record("German authorities confirm")
    doc = claimgraph.analyze(record["text"], lang="en", date=record["date"])
    confirmed = next(a for a in doc.attributions if a.cue == "confirmed")
    assert confirmed.speaker.startswith("Bavarian State Ministry of Public Health")


def test_city_of_country_needs_a_city_of_that_country() -> None:
    assert city_of_country("Munich", "Germany", "en")
    assert not city_of_country("Russia", "Germany", "en")  # a list of countries, not one place
    assert not city_of_country("Paris", "Germany", "en")
