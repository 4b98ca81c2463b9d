"""`claimgraph eval attribution --format polnear` scores through the PolNeAR convention adapter."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.evaluation import read_polnear
from claimgraph.interfaces.cli import app
from claimgraph.interfaces.cli.evaluate import evaluate_attribution
from claimgraph.settings import data_dir

ARTICLE = "usa-today_2016-01-29_absent-trump-derides-debate-cruz"


@pytest.fixture
def one_article_split(tmp_path: Path) -> Path:
    train = data_dir() / "polnear" / "train"
    if not train.is_dir():
        pytest.skip(f"shared data not found: {train}")
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    shutil.copy(train / "text" / f"{ARTICLE}.txt", tmp_path / "text")
    for ann in (train / "attributions").glob(f"{ARTICLE}_*.ann"):
        shutil.copy(ann, tmp_path / "attributions")
    return tmp_path


def test_polnear_scoring_applies_the_convention_adapter(one_article_split: Path):
    docs = read_polnear(one_article_split)
    ours, _ = evaluate_attribution(docs)
    adapted, _ = evaluate_attribution(docs, polnear=True)
    # quote marks and cue-split quotes are what PolNeAR's strict spans differ on
    assert adapted["strict"]["f1"] > ours["strict"]["f1"]
    result = CliRunner().invoke(
        app, ["eval", "attribution", "--gold", str(one_article_split), "--format", "polnear"]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output.strip().splitlines()[-1])
    assert metrics["strict"] == adapted["strict"]
