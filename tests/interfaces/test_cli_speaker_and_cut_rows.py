"""``claimgraph claims --speaker`` selects one speaker in any spelling (``--speaker-contains``
searches names), and a listing cut at ``--limit`` says how many of how many it shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.interfaces.cli import app
from claimgraph.store import open_store

FOUNDING = "kremlin-drone-nl-2023-05.txt"


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def spelled_db(tmp_path_factory: pytest.TempPathFactory, spelled_speaker_docs) -> Path:
    db = tmp_path_factory.mktemp("spelled") / "cg.db"
    with open_store(f"sqlite:///{db}") as store:
        store.save_documents(spelled_speaker_docs)
    return db


@pytest.fixture(scope="module")
def founding_db(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("founding") / "cg.db"
    result = _run("ingest", str(samples_dir / FOUNDING), "--db", str(db))
    assert result.exit_code == 0, result.output
    return db


def _speakers(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [json.loads(line)["speaker"] for line in result.stdout.splitlines()]


def test_speaker_is_one_person_in_any_spelling(spelled_db: Path) -> None:
    found = _speakers(_run("claims", "--db", str(spelled_db), "--speaker", "Zelenskiy", "--json"))
    assert sorted(found) == ["Zelenskiy", "Zelensky", "Zelenskyy"]
    found = _speakers(_run("claims", "--db", str(spelled_db), "--speaker", "President", "--json"))
    assert found == ["President"]


def test_speaker_contains_searches_the_names(spelled_db: Path) -> None:
    args = ("claims", "--db", str(spelled_db), "--speaker-contains", "President", "--json")
    assert sorted(_speakers(_run(*args))) == ["President", "Vice President"]


def test_help_says_what_each_speaker_option_does() -> None:
    text = " ".join(_run("claims", "--help").output.replace("│", " ").split())
    assert "in any spelling of the name" in text
    assert "whose name contains this" in text


def test_events_cut_at_the_limit_say_how_many_there_are(founding_db: Path) -> None:
    every = _run("events", "--db", str(founding_db), "--json")
    total = len(every.stdout.splitlines())
    assert total > 1 and "shown" not in every.output
    cut = _run("events", "--db", str(founding_db), "--limit", "1")
    assert cut.exit_code == 0, cut.output
    assert f"1 of {total} events shown: --limit {total} shows all" in cut.stderr


def test_claims_cut_at_the_limit_say_how_many_there_are(founding_db: Path) -> None:
    total = len(_run("claims", "--db", str(founding_db), "--json").stdout.splitlines())
    cut = _run("claims", "--db", str(founding_db), "--limit", "2", "--json")
    assert len(cut.stdout.splitlines()) == 2  # the JSON lines stay clean
    assert f"2 of {total} attributions shown: --limit {total} shows all" in cut.stderr
