"""Where a headline's hedge/report/refute cue stands, and prospects the headline adds to a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.errors import ConfigError
from claimgraph.extract.headline_stance import (
    cue_features,
    load_lexicon,
    position_features,
    predict_headline_stance,
)

# claim / headline rows of shared/data/emergent/url-versions-2015-06-14-clean-train.csv
PLANT = "Robert Plant ripped up an 800 million contract offer to reunite Led Zeppelin"
PLANT_REPORTED = "Robert Plant Reportedly Tears Up 800 Million Led Zeppelin Reunion Contract"
PATH = "Apple is buying Path"
PATH_WILL = "Apple Will Acquire Path, The Struggling Social Network"
WATCH = "Apple will sell 19 million Apple Watches in 2015"
WATCH_FORECAST = (
    "BMO forecasts 19M Apple Watch sales in 2015, with more than half selling in holiday season"
)


def test_headline_stance_position_of_first_cue() -> None:
    feats = position_features(PLANT, PLANT_REPORTED, load_lexicon())
    # "reportedly" is the 3rd of 11 words
    assert feats["pos:hedge_first"] == pytest.approx(1 - 2 / 11)
    assert "pos:refute_first" not in feats
    opening = position_features(
        "Anonymous street artist Banksy was arrested",
        "No, Banksy has not been arrested sigh",
        load_lexicon(),
    )
    assert opening["pos:refute_first"] == 1.0


def test_headline_stance_position_prospect_only_when_the_claim_has_none() -> None:
    lexicon = load_lexicon()
    assert position_features(PATH, PATH_WILL, lexicon)["future:headline_only"] == 1.0
    assert "future:headline_only" not in position_features(WATCH, WATCH_FORECAST, lexicon)
    assert "future:headline_only" not in position_features(PATH, "Apple buys Path", lexicon)


def test_headline_stance_position_features_reach_the_model() -> None:
    feats = cue_features(PATH, PATH_WILL, load_lexicon())
    assert feats["future:headline_only"] == 1.0
    assert predict_headline_stance(PATH, "Apple in late stages to acquire Path, report says") == (
        "observing"
    )


def test_headline_stance_position_lexicon_without_prospect_names_the_file(
    tmp_path: Path,
) -> None:
    toml = tmp_path / "headline_stance.toml"
    toml.write_text(
        'hedge = ["may"]\nreport = ["says"]\nrefute = ["fake"]\nnegation = ["not"]\n'
        'stopwords = ["the"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"headline_stance\.toml"):
        load_lexicon(toml)
