"""``claimgraph claims --linked`` (issue #6's CLI): only the claims that other sources state too,
each with its cluster's id, status and size; ``--json`` carries the cluster for every row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.interfaces.cli import app


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture(scope="module")
def linked_db(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    headlines = samples_dir / "kremlin-drone-2023-05" / "headlines.jsonl"
    db = tmp_path_factory.mktemp("store") / "news.db"
    founding = samples_dir / "kremlin-drone-nl-2023-05.txt"
    assert _run("ingest", str(founding), str(headlines), "--db", str(db)).exit_code == 0
    assert _run("link", "--db", str(db)).exit_code == 0
    return db


def test_linked_claims_are_those_in_clusters_of_several_sources(linked_db: Path) -> None:
    every = [
        json.loads(x)
        for x in _run(
            "claims", "--db", str(linked_db), "--json", "--limit", "1000"
        ).output.splitlines()
    ]
    linked = [
        json.loads(x)
        for x in _run(
            "claims", "--db", str(linked_db), "--linked", "--json", "--limit", "1000"
        ).output.splitlines()
    ]
    assert linked and len(linked) < len(every)
    assert all(row["cluster_size"] >= 2 and row["cluster_id"].startswith("c-") for row in linked)
    assert {r["claim_id"] for r in linked} == {
        r["claim_id"] for r in every if r["cluster_size"] and r["cluster_size"] >= 2
    }
    # the founding article's Zelensky denial shares a cluster with the Kremlin's claim
    zelensky = [r for r in linked if r["speaker"] == "Volodymyr Zelensky" and r["stance"] == "deny"]
    assert zelensky and zelensky[0]["cluster_status"] == "disputed"


def test_linked_table_shows_the_cluster_column(linked_db: Path) -> None:
    result = _run("claims", "--db", str(linked_db), "--linked", "--speaker", "zelensky")
    assert result.exit_code == 0, result.output
    assert "linked claims" in result.output and "disputed" in result.output


def test_linked_before_link_says_how_to_link(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    founding = Path(__file__).resolve().parents[2] / "examples" / "kremlin-drone-nl-2023-05.txt"
    assert _run("ingest", str(founding), "--db", str(db)).exit_code == 0
    result = _run("claims", "--db", str(db), "--linked")
    assert result.exit_code == 0, result.output
    assert "claimgraph link" in result.output
