"""Fixtures shared by the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.interfaces.cli import app

FOUNDING = Path(__file__).resolve().parents[2] / "examples" / "kremlin-drone-nl-2023-05.txt"


@pytest.fixture(scope="session")
def founding_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the founding article (examples/), ingested once. Tests only read it; one
    that writes (``link``) works on a copy."""
    db = tmp_path_factory.mktemp("store") / "news.db"
    result = CliRunner().invoke(app, ["ingest", str(FOUNDING), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db
