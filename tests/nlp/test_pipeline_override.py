"""``$CLAIMGRAPH_PIPELINE_<LANG>`` loads another spaCy pipeline (a bigger one trained elsewhere)
through the same code as the shipped one; a wrong one is a one-line error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph import analyze
from claimgraph.errors import ModelError
from claimgraph.interfaces.cli import app
from claimgraph.nlp import load, model_path
from claimgraph.nlp.ops import BlasOps
from claimgraph.nlp.sentences import NAME as SENTENCES

pytestmark = pytest.mark.skipif(
    not (model_path("nl") / "meta.json").exists(), reason="no shipped Dutch pipeline"
)

# from the founding article (kremlin-drone-nl-2023-05.txt)
TEXT = (
    "De Oekraïense president Volodymyr Zelensky ontkent dat zijn land iets te maken heeft met de "
    "door de Russen gesignaleerde droneaanval. “We vallen Poetin of Moskou niet aan”, zei hij."
)


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """The shipped Dutch pipeline in another folder, standing in for one trained elsewhere."""
    link = tmp_path / "bigger-nl"
    link.symlink_to(model_path("nl"), target_is_directory=True)
    return link


def test_override_loads_the_named_pipeline(monkeypatch, elsewhere: Path):
    monkeypatch.setenv("CLAIMGRAPH_PIPELINE_NL", str(elsewhere))
    nlp = load("nl")
    assert nlp is not load("nl", trained=False)
    assert Path(nlp.path) == elsewhere
    assert SENTENCES in nlp.pipe_names and "parser" in nlp.pipe_names
    assert isinstance(nlp.get_pipe("tok2vec").model.ops, BlasOps)
    monkeypatch.delenv("CLAIMGRAPH_PIPELINE_NL")
    assert Path(load("nl").path) == model_path("nl")


def test_override_extracts_as_the_shipped_pipeline(monkeypatch, elsewhere: Path):
    shipped = analyze(TEXT, lang="nl").to_dict()["attributions"]
    monkeypatch.setenv("CLAIMGRAPH_PIPELINE_NL", str(elsewhere))
    assert analyze(TEXT, lang="nl").to_dict()["attributions"] == shipped
    assert [a["speaker"] for a in shipped] == ["Volodymyr Zelensky"] * 2


def test_missing_override_is_a_model_error_naming_it(monkeypatch, tmp_path: Path):
    missing = tmp_path / "no-such-pipeline"
    monkeypatch.setenv("CLAIMGRAPH_PIPELINE_NL", str(missing))
    with pytest.raises(ModelError) as err:
        load("nl")
    message = str(err.value)
    assert str(missing) in message and "\n" not in message


@pytest.mark.skipif(not (model_path("en") / "meta.json").exists(), reason="no English pipeline")
def test_override_of_another_language_is_refused(monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_PIPELINE_NL", str(model_path("en")))
    with pytest.raises(ModelError, match="is a 'en' pipeline, not 'nl'"):
        load("nl")


def test_cli_reports_a_broken_override_in_one_line(monkeypatch, tmp_path: Path):
    broken = tmp_path / "broken-nl"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp\nlang = nl", encoding="utf-8")
    (broken / "meta.json").write_text("{}", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("CLAIMGRAPH_PIPELINE_NL", str(broken))
    result = CliRunner().invoke(app, ["analyze", str(article), "--lang", "nl", "--json"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and str(broken) in lines[0]
