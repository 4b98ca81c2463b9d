"""The shipped Emergent headline stance model on real Emergent claim/headline pairs."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from claimgraph.errors import ConfigError
from claimgraph.extract import headline_stance
from claimgraph.extract.headline_stance import (
    MODEL_PATH,
    cue_features,
    headline_stance_scores,
    load_lexicon,
    load_model,
    predict_headline_stance,
)

# (claimHeadline, articleHeadline, articleHeadlineStance) rows of
# shared/data/emergent/url-versions-2015-06-14-clean-train.csv
EMERGENT_ROWS = [
    (
        "Anonymous street artist Banksy was arrested",
        "Met police denies reports of Banksy arrest",
        "against",
    ),
    (
        "ISIS leader Abu Bakr al-Baghdadi was killed by an U.S. airstrike",
        "Pentagon Denies It Killed ISIS Chief As Airstrikes Hit Top Extremists",
        "against",
    ),
    ("ISIS beheads Steve Sotloff", "Steven Sotloff, American Journalist, Beheaded By ISIS", "for"),
    (
        "An nun in an Italian convent gave birth to a child",
        "Nun gives birth to surprise baby after complaining of stomach pains",
        "for",
    ),
    (
        "Charles Manson's fiance wanted to marry him to obtain custody of his corpse",
        "Charles Manson's fiancee allegedly wanted to marry him for his corpse",
        "observing",
    ),
    ("Apple is buying Path", "Apple in late stages to acquire Path, report says", "observing"),
]


@pytest.mark.parametrize(("claim", "headline", "gold"), EMERGENT_ROWS)
def test_headline_stance_predict_emergent_rows(claim: str, headline: str, gold: str) -> None:
    assert predict_headline_stance(claim, headline) == gold


def test_headline_stance_predict_scores_are_a_distribution() -> None:
    scores = headline_stance_scores(*EMERGENT_ROWS[0][:2])
    assert set(scores) == {"for", "against", "observing"}
    assert sum(scores.values()) == pytest.approx(1.0)
    assert scores["against"] > 0.5


def test_headline_stance_predict_same_headline_hedged_moves_to_observing() -> None:
    claim = "Charles Manson's fiance wanted to marry him to obtain custody of his corpse"
    plain = headline_stance_scores(
        claim, "Charles Manson's fiancee wanted to marry him for his corpse"
    )
    hedged = headline_stance_scores(claim, EMERGENT_ROWS[4][1])
    assert hedged["observing"] > plain["observing"]


def test_headline_stance_cue_features_on_real_headlines() -> None:
    lexicon = load_lexicon()
    denial = cue_features(*EMERGENT_ROWS[0][:2], lexicon)
    assert denial["cue:refute:denies"] == 1.0
    assert "group:hedge" not in denial
    sourced = cue_features(*EMERGENT_ROWS[5][:2], lexicon)
    assert sourced["shape:says_end"] == 1.0
    assert sourced["shape:source_suffix"] == 1.0
    negated = cue_features("The Batmobile was stolen", "Batmobile wasn't stolen: Cops", lexicon)
    assert negated["neg:mismatch"] == 1.0


def test_headline_stance_model_loads_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the stance model must not touch the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    load_model.cache_clear()
    model = load_model()
    assert MODEL_PATH.is_file()
    assert MODEL_PATH.is_relative_to(Path(headline_stance.__file__).parent)
    assert model.labels == ("for", "against", "observing")
    assert model.coef.shape == (3, len(model.features))
    assert predict_headline_stance(*EMERGENT_ROWS[1][:2]) == "against"


def test_headline_stance_model_file_is_plain_json() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["meta"]["script"] == "train/train_emergent.py"
    assert len(data["features"]) == len(data["coef"][0])


def test_headline_stance_broken_model_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "emergent-stance.json"
    broken.write_text('{"labels": ["for"], "features": ["a"], "coef": [[1, 2]]}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"emergent-stance\.json"):
        load_model(broken)
