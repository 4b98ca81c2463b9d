"""Where an event's time comes from, everywhere events are shown (issue #7, nineteenth
session): `analyze --json`, `claimgraph events` (table and `--json`) and `export-events` (CSV,
PLOVER JSON). A publication date that stands in for a time the sentence does not name is marked
"(published)" in the table, not shown as a date read in the text. DPG 2019 sentences."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.interfaces.cli import app

ARTICLES = [
    {  # DPG 2019-02-27 (10649313): a refusal under the former cabinet, a call last evening
        "id": "klm",
        "lang": "nl",
        "date": "2019-02-27",
        "text": "Maar het toenmalige kabinet weigerde nog het aandelenpakket in KLM uit te "
        "breiden. Pas net voor de persconferentie waarin de minister van Financiën de "
        "aandelenkoop gisteravond bekendmaakte, werd de Franse president Macron gebeld.",
    },
    {  # DPG 2019-04-10 (10801537)
        "id": "trump",
        "lang": "nl",
        "date": "2019-04-10",
        "text": "Onlangs dreigde Trump opnieuw invoertarieven op Europese auto's in te voeren.",
    },
]
# (type, event_date, event_date_basis) of each article's events
EXPECTED = {
    ("REJECT", "2019-02-27", "published"),
    ("CONSULT", "2019-02-26TEV", "sentence"),
    ("THREATEN", "PAST_REF", "clause"),
}


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("basis") / "dpg.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def db(articles: Path) -> Path:
    db = articles.parent / "news.db"
    _run("ingest", str(articles), "--db", str(db))
    return db


def test_analyze_json_gives_each_event_its_time_basis(articles: Path) -> None:
    docs = [json.loads(line) for line in _run("analyze", "--json", str(articles)).splitlines()]
    found = {(e["type"], e["time"], e["time_basis"]) for d in docs for e in d["events"]}
    assert found == EXPECTED


def test_events_json_and_exports_carry_the_basis(db: Path) -> None:
    records = [json.loads(line) for line in _run("events", "--db", str(db), "--json").splitlines()]
    assert _facts(records) == EXPECTED
    exported = _run("export-events", "--db", str(db), "--format", "csv")
    assert _facts(csv.DictReader(io.StringIO(exported))) == EXPECTED
    assert _facts(json.loads(_run("export-events", "--db", str(db)))) == EXPECTED


def _facts(records: Iterable[dict]) -> set[tuple[str, str, str]]:
    return {(r["event_type"], r["event_date"], r["event_date_basis"]) for r in records}


def test_events_table_marks_a_publication_date_standing_in(db: Path) -> None:
    table = _run("events", "--db", str(db))
    lines = {line.split("│")[2].strip(): line.split("│")[1].strip() for line in _rows(table)}
    assert lines == {
        "REJECT": "2019-02-27 (published)",
        "CONSULT": "2019-02-26TEV",
        "THREATEN": "before 2019-04-10 (published)",
    }


def _rows(table: str) -> list[str]:
    return [line for line in table.splitlines() if line.count("│") > 5 and "date" not in line]
