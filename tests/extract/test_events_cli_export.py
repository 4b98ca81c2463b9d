"""``claimgraph events`` and ``export-events`` on a store holding the founding article."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claimgraph
from claimgraph.interfaces.cli import events as events_cli  # registers the commands
from claimgraph.interfaces.cli._util import app
from claimgraph.store import open_store


@pytest.fixture(scope="module")
def db(founding_text, tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'cg.db'}"
    doc = claimgraph.analyze(founding_text, lang="nl", date="2023-05-03")
    with open_store(url) as store:
        store.save_document(doc)  # stored without places/events, as the pipeline does today
    return url


def _invoke(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_events_cli_filters_by_actor_type_and_date(db):
    out = _invoke("events", "--actor", "RUS", "--type", "ASSAULT", "--json", "--db", db)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and all(r["event_type"] == "ASSAULT" for r in rows)
    assert all("RUS" in (r["actor_country"], r["recipient_country"]) for r in rows)
    claimed = [r for r in rows if r["attribution_speaker"] == "persdienst van het Kremlin"]
    assert claimed[0]["event_date"] == "2023-05-02TNI" and claimed[0]["geonames_id"] == 524901
    later = _invoke("events", "--since", "2023-05-04", "--json", "--db", db)
    assert later.stdout.strip() == ""


def test_events_cli_actor_filter_matches_names_and_records_carry_the_span(db):
    out = _invoke("events", "--actor", "Zelensky", "--json", "--db", db)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert {r["event_type"] for r in rows} >= {"REJECT", "CONSULT"}
    assert all("Volodymyr Zelensky" in (r["actor_name"], r["recipient_name"]) for r in rows)
    press = next(r for r in rows if r["event_type"] == "CONSULT")
    assert press["event_start"] <= press["trigger_start"] < press["event_end"]
    assert "persconferentie in de Finse hoofdstad Helsinki" in press["event_text"]
    assert (round(press["latitude"], 1), round(press["longitude"], 1)) == (60.2, 24.9)


def test_events_cli_table_names_the_parties(db):
    out = _invoke("events", "--type", "REJECT", "--db", db)
    assert "Volodymyr Zelensky (UKR GOV)" in out.stdout and "Helsinki" in out.stdout


def test_export_events_plover_json_and_csv_agree(db, tmp_path: Path):
    target = tmp_path / "events.json"
    _invoke("export-events", "--format", "plover-json", "-o", str(target), "--db", db)
    records = json.loads(target.read_text(encoding="utf-8"))
    assert {r["event_type"] for r in records} >= {"ASSAULT", "ACCUSE", "REJECT", "THREATEN"}
    assert set(records[0]) == set(events_cli.PLOVER_COLUMNS)
    with open_store(db) as store:
        buffer = io.StringIO()
        count = events_cli.export_events(store, buffer, "csv")
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert count == len(rows) == len(records)
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in records]
