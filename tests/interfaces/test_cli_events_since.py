"""`claimgraph events` with the issue's own filters on the founding article (month-precision date),
and a plain file path as the store."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimgraph.interfaces.cli import app

FOUNDING = Path(__file__).resolve().parents[2] / "examples" / "kremlin-drone-nl-2023-05.txt"


def _events(db: Path, *filters: str) -> list[dict]:
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--json", *filters])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_events_since_keeps_month_dated_article_and_plain_path_db(tmp_path: Path) -> None:
    db = tmp_path / "news.db"  # a path, not a URL: an SQLite file
    added = CliRunner().invoke(app, ["ingest", str(FOUNDING), "--db", str(db)])
    assert added.exit_code == 0, added.output
    assert db.is_file()
    assaults = _events(db, "--actor", "RUS", "--type", "ASSAULT", "--since", "2023-05-01")
    assert assaults, "the drone attack on the Kremlin (article dated 2023-05) must pass"
    assert {e["event_type"] for e in assaults} == {"ASSAULT"}
    assert all(e["event_date"].startswith("2023-05") for e in assaults)
    assert _events(db, "--since", "2023-06-01") == []
