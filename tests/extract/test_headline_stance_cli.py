"""``claimgraph eval stance --emergent FILE`` prints accuracy and per-class F1 as JSON last."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.evaluation.gold import read_emergent
from claimgraph.interfaces.cli import stance  # noqa: F401  (registers ``eval stance``)
from claimgraph.interfaces.cli._util import app

EMERGENT = "emergent/url-versions-2015-06-14-clean-train.csv"


def _sample_csv(shared_data: Path, out: Path, per_label: int = 4) -> Path:
    """The first rows of each label from the real Emergent train CSV."""
    rows = read_emergent(shared_data / EMERGENT)
    picked: list[dict[str, str]] = []
    for label in ("for", "against", "observing"):
        picked += [r for r in rows if r["articleHeadlineStance"] == label][:per_label]
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(picked[0]))
        writer.writeheader()
        writer.writerows(picked)
    return out


def test_headline_stance_cli_prints_metrics_json(shared_data: Path, tmp_path: Path) -> None:
    sample = _sample_csv(shared_data, tmp_path / "emergent-sample.csv")
    result = CliRunner().invoke(app, ["eval", "stance", "--emergent", str(sample)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output.strip().splitlines()[-1])
    assert metrics["n"] == 12
    assert 0.5 <= metrics["accuracy"] <= 1.0
    assert set(metrics["per_class"]) == {"for", "against", "observing"}
    assert all(0.0 <= v["f1"] <= 1.0 for v in metrics["per_class"].values())


def test_headline_stance_cli_bad_file_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-emergent.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "stance", "--emergent", str(bad)])
    assert result.exit_code == 2
    assert "not-emergent.csv" in result.output
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.output.strip().splitlines()[-1])
