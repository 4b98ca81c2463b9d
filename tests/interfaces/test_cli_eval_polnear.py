"""`claimgraph eval attribution --format polnear` extracts under PolNeAR's conventions and scores
through the PolNeAR convention adapter."""

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


def test_polnear_scoring_extracts_under_polnear_conventions(one_article_split: Path):
    docs = read_polnear(one_article_split)
    polnear, _ = evaluate_attribution(docs, polnear=True)
    annotation, _ = evaluate_attribution(docs, polnear=True, conventions="annotation")
    # PolNeAR counts the attitudes and deeds ANNOTATION.md leaves out: more items, more matches
    assert polnear["counts"]["pred"] > annotation["counts"]["pred"]
    assert polnear["counts"]["matched_lenient"] > annotation["counts"]["matched_lenient"]
    runner = CliRunner()
    gold = ["eval", "attribution", "--gold", str(one_article_split), "--format", "polnear"]
    for options, expected in (([], polnear), (["--conventions", "annotation"], annotation)):
        result = runner.invoke(app, [*gold, *options])
        assert result.exit_code == 0, result.output
        metrics = json.loads(result.output.strip().splitlines()[-1])
        assert metrics["lenient"] == expected["lenient"]
        assert metrics["conventions"] == (options[-1] if options else "polnear")
