"""The place extractor reproduces the hand-checked table of the Dutch dev articles."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.places import extract_places
from claimgraph.ingest.header import parse_header

TABLE = Path(__file__).resolve().parents[2] / "bench" / "data" / "places-nl-dev.tsv"


def _rows(shared_data: Path) -> list[tuple]:
    rows = []
    for doc in read_gold_jsonl(shared_data / "nl-attribution" / "dev.jsonl"):
        places = extract_places(
            doc.text, "nl", people=[a.speaker for a in doc.attributions],
            start=parse_header(doc.text).end,
        )  # fmt: skip
        rows += [(doc.id, *p.span, p.text, p.geonames_id, p.name, p.country) for p in places]
    return rows


def test_places_reproduce_the_dev_table(shared_data):
    with TABLE.open(encoding="utf-8", newline="") as fh:
        gold = [
            (r["doc_id"], int(r["start"]), int(r["end"]), r["mention"], int(r["geonames_id"]),
             r["name"], r["country"])
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]  # fmt: skip
    assert len(gold) == 95
    assert _rows(shared_data) == gold


def test_places_table_offsets_point_at_the_mentions(shared_data):
    texts = {d.id: d.text for d in read_gold_jsonl(shared_data / "nl-attribution" / "dev.jsonl")}
    with TABLE.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            assert texts[r["doc_id"]][int(r["start"]) : int(r["end"])] == r["mention"]


@pytest.mark.parametrize(
    ("text", "mention", "geonames_id", "country"),
    [
        ("De aanval op het Kremlin in Moskou.", "Moskou", 524901, "RU"),
        ("Hij sprak in Den Haag met de minister.", "Den Haag", 2747373, "NL"),
        ("Het regime in Kiev reageerde niet.", "Kiev", 703448, "UA"),
        ("Betogers verzamelden zich op de Maidan in de hoofdstad.", "Maidan", 703448, "UA"),
    ],
)
def test_places_exonyms_and_landmarks_resolve(text, mention, geonames_id, country):
    found = {p.text: p for p in extract_places(text, "nl")}
    assert found[mention].geonames_id == geonames_id
    assert found[mention].country == country


def test_places_landmark_keeps_its_own_coordinates():
    (kremlin,) = extract_places("Drones boven het Kremlin.", "nl")
    assert kremlin.name == "Kremlin, Moscow"
    assert (round(kremlin.lat, 2), round(kremlin.lon, 2)) == (55.75, 37.62)


def test_places_homonyms_ranked_by_population_and_context():
    (moscow,) = extract_places("Officials in Moscow said nothing.", "en")
    assert moscow.country == "RU"  # not Moscow, Idaho
    (bigger,) = extract_places("The match was played in Valencia.", "en")
    assert bigger.country == "VE"  # the more populous Valencia without context
    (spain,) = extract_places("De wedstrijd in Valencia trok veel Spaanse fans.", "nl")
    assert spain.country == "ES"  # "Spaanse" puts Spain in the context
    (given,) = extract_places("The match was played in Valencia.", "en", context=["ES"])
    assert given.country == "ES"


def test_places_person_names_are_not_places():
    text = "Zij sprak met president Washington en met Theresa May in het Witte Huis."
    found = [p.text for p in extract_places(text, "nl", people=["Theresa May"])]
    assert found == ["Witte Huis"]
