"""``claimgraph analyze --conventions polnear`` extracts under PolNeAR's conventions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.extract.learned import model_available
from claimgraph.interfaces.cli import app

pytestmark = pytest.mark.skipif(not model_available("en"), reason="no learned English model")

KAINE = "breitbart_2016-07-22_tim-kaine-fully-embraced-abortio"


def _cues(path: Path, *options: str) -> list[str]:
    result = CliRunner().invoke(app, ["analyze", str(path), "--lang", "en", "--json", *options])
    assert result.exit_code == 0, result.output
    [doc] = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    return [a["cue"] for a in doc["attributions"]]


def test_cli_analyze_conventions_flag(polnear_paragraph, tmp_path: Path):
    path = tmp_path / "kaine.txt"
    path.write_text(polnear_paragraph(KAINE, "he signed a bill that created"), encoding="utf-8")
    default = _cues(path)
    assert "signed" not in default
    assert _cues(path, "--conventions", "annotation") == default
    assert "signed" in _cues(path, "--conventions", "polnear")


def test_cli_analyze_refuses_unknown_conventions(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("Trump said it.", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(path), "--conventions", "parc"])
    assert result.exit_code != 0
