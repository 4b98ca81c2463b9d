"""The command line, run as a user would: analyze, ingest, claims, export, eval, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
FOUNDING = EXAMPLES / "kremlin-drone-nl-2023-05.txt"


def run(
    *args: str, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", "from claimgraph.interfaces.cli import main; main()", *args]
    return subprocess.run(cmd, capture_output=True, text=True, input=stdin, env=env, timeout=300)


def test_cli_analyze_json_contract():
    result = run("analyze", str(FOUNDING), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout.strip().splitlines()[-1])
    assert doc["text"] == FOUNDING.read_text(encoding="utf-8")
    att = doc["attributions"][0]
    for key in (
        "speaker",
        "speaker_span",
        "cue",
        "cue_span",
        "content_span",
        "type",
        "stance",
        "act",
    ):
        assert key in att
    s, e = att["content_span"]
    assert doc["text"][s:e]


def test_cli_analyze_table_from_stdin():
    text = FOUNDING.read_text(encoding="utf-8")
    result = run("analyze", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert "Volodymyr Zelensky" in result.stdout and "deny" in result.stdout


def test_cli_ingest_is_idempotent_and_queryable(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'cg.db'}"
    first = run("ingest", str(EXAMPLES), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "4 added, 0 already stored" in first.stderr
    again = run("ingest", str(EXAMPLES), "--db", db)
    assert "0 added, 4 already stored" in again.stderr
    claims = run(
        "claims", "--speaker", "zelensky", "--stance", "deny", "--lang", "nl", "--json", "--db", db
    )
    rows = [json.loads(line) for line in claims.stdout.splitlines()]
    assert len(rows) == 2 and all(r["speaker"] == "Volodymyr Zelensky" for r in rows)
    csv_out = run("export", "--format", "csv", "--db", db)
    assert csv_out.returncode == 0 and csv_out.stdout.count("\n") > 10
    jsonl = run("export", "--format", "jsonl", "--db", db)
    assert len(jsonl.stdout.splitlines()) == 4


def test_cli_bad_input_is_one_line_and_keeps_store(tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'cg.db'}"
    run("ingest", str(FOUNDING), "--db", db)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = run("ingest", str(empty), str(binary), "--db", db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert str(empty) in result.stderr and str(binary) in result.stderr
    kept = run("export", "--format", "jsonl", "--db", db)
    assert len(kept.stdout.splitlines()) == 1


def test_cli_broken_store_url_is_one_line():
    result = run("claims", "--db", "nosuchdriver://x/y")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_eval_attribution_last_line_json(shared_data: Path):
    result = run("eval", "attribution", "--gold", str(shared_data / "nl-attribution" / "dev.jsonl"))
    assert result.returncode == 0, result.stderr
    metrics = json.loads(result.stdout.strip().splitlines()[-1])
    assert metrics["counts"]["gold"] == 239
    assert 0.5 < metrics["lenient"]["f1"] <= 1.0
