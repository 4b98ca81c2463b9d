"""Headline stance read next to the other headlines of the same claim (text only, no labels)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from claimgraph.evaluation.gold import read_emergent
from claimgraph.evaluation.stance import ClaimGroupPredictor, score_emergent
from claimgraph.extract.headline_stance import (
    SIBLING_KEYS,
    claim_group_features,
    headline_stance_scores,
    load_lexicon,
    pair_features,
    predict_headline_stance,
    predict_headline_stances,
    sibling_features,
)

EMERGENT = "emergent/url-versions-2015-06-14-clean-train.csv"

# every headline of two claims in shared/data/emergent/url-versions-2015-06-14-clean-train.csv,
# with its gold stance
PLANT = "Robert Plant ripped up an 800 million contract offer to reunite Led Zeppelin"
PLANT_ROWS = [
    ("Robert Plant ripped up 800M Led Zeppelin reunion contract", "for"),
    ("Robert Plant Literally Ripped Up An 800 Million Contract To Reunite Led Zeppelin", "for"),
    ("Robert Plant Reportedly Tears Up 800 Million Led Zeppelin Reunion Contract", "observing"),
    (
        "Rumor Robert Plant Ripped Up 800 Million Contract To Reunite Led Zeppelin Called Rubbish",
        "against",
    ),
    (
        "Led Zeppelin Reunion: Robert Plant Rips Up 300 Million Contract, Refuses To Rejoin "
        "Legendary Band",
        "for",
    ),
    ("Led Zeppelin's Robert Plant ripped up a 924 million reunion contract", "for"),
    (
        "It's rubbish that Robert Plant turned down 500m Led Zeppelin reformation offer, "
        "says publicist",
        "against",
    ),
    ("No, Robert Plant Didn't Rip Up an 800 Million Contract", "against"),
]
KOBANE = "ISIS used chemical weapons in Kobane"
KOBANE_ROWS = [
    ("Former U.S. soldier says IS used chemical weapons in Kobani", "observing"),
    (
        "Has ISIS used chemical weapons on Kobane? Claims under-siege town was hit by crude rocket "
        "attack",
        "observing",
    ),
    (
        "ISIS Kobani Update: Possible ISIS Chemical Attack On Kurdish Civilians In Kobani",
        "observing",
    ),
    ("BREAKING UDPATED: ISIS REPORTEDLY USE CHEMICAL WEAPONS IN KOBANE", "observing"),
    ("Kurds fear Isis use of chemical weapon in Kobani", "observing"),
]
WATCH = "Apple Watch battery will only last 2.5 to 4 hours of active use"
WATCH_ROWS = [
    (
        "Rumor: Apple shooting for 19 hours of Apple Watch battery life under normal conditions, "
        "2.5 hours heavy use",
        "observing",
    ),
    ("The Apple Watch Will Only Last 2.5 Hours With Heavy Use", "observing"),
    (
        "The Apple Watch's battery life will reportedly be just like any other smartwatch",
        "observing",
    ),
]
MACBOOK = "Apple will launch a 12 MacBook Air in 2015"
MACBOOK_HEADLINES = [
    "Apple's next major Mac revealed: the radically new 12-inch MacBook Air",
    "Huge new leak reveals Apple's radically redesigned 12-inch MacBook Air",
    "A Radically Redesigned 12-Inch MacBook Air Is Coming",
    "The Next MacBook Air Will Be A 12-Inch Beauty With An Edge-To-Edge Keyboard",
    "Apple's New MacBook Will Be A Thinner, Cleaner, Faster 12-Inch MacBook Air",
    "Apple may launch 12-inch MacBook Air with Retina Display",
    "Apple 12-Inch MacBook Air Details Emerge Device Could Be Thinner, Lighter Than Current Model",
    "Apple's 12-Inch Retina MacBook Air Shown in Artist's Renditions",
    "Apple's next MacBook could be a 12-inch MacBook Air",
    "12in Retina MacBook Air release date rumours: All-new 12in MacBook Air design for 2015, "
    "launching at WWDC?",
    "new 12-inch MacBook Air slims down, has single USB port",
    "Apple Reportedly Preparing 12-inch MacBook Air, Thinner and Lighter than Existing Models",
    "Apple working on 12-inch MacBook Air",  # gold: observing
    "Is Apple about to launch a totally redesigned, 12-inch MacBook Air?",
]
BAGHDADI = "ISIS leader Abu Bakr al-Baghdadi was killed by an U.S. airstrike"
DEBUNKED = "Rumors of ISIS leader's death debunked"


def _headlines(rows: Sequence[tuple[str, str]]) -> list[str]:
    return [headline for headline, _gold in rows]


def test_headline_stance_siblings_hedged_headline_stands_out() -> None:
    lexicon = load_lexicon()
    feats = claim_group_features(PLANT, _headlines(PLANT_ROWS), lexicon)
    reportedly, plain = feats[2], feats[0]
    assert reportedly["sibdiff:group:hedge"] > 0 > plain["sibdiff:group:hedge"]
    # the siblings' mean leaves the headline itself out: "Reportedly" and "Rumor ..." are hedged
    assert plain["sib:group:hedge"] == pytest.approx(2 / 7)
    assert reportedly["sib:group:hedge"] == pytest.approx(1 / 7)
    # "No, ... Didn't ..." disputes more than the average of the other seven
    denial = feats[7]
    assert denial["sibdiff:group:refute"] > 0
    assert set(denial) >= {f"sib:{key}" for key in SIBLING_KEYS}


def test_headline_stance_siblings_compare_questions_and_cue_positions() -> None:
    """Besides cue groups and shape, siblings are compared on where their first cue stands and on
    closing question marks (two of the thirteen other headlines end in "?")."""
    feats = claim_group_features(MACBOOK, MACBOOK_HEADLINES, load_lexicon())
    working, may = feats[12], feats[5]
    assert working["sib:shape:ends_question"] == pytest.approx(2 / 13)
    assert working["sibdiff:shape:ends_question"] == pytest.approx(-2 / 13)
    # "Apple may launch ...": its hedge stands second of nine words, earlier than the siblings'
    assert may["pos:hedge_first"] == pytest.approx(1 - 1 / 9)
    assert may["sibdiff:pos:hedge_first"] > 0
    assert {f"sib:{key}" for key in SIBLING_KEYS} <= set(may)


def test_headline_stance_siblings_plain_report_among_questions_is_observing() -> None:
    """A bare "Apple working on 12-inch MacBook Air" (gold ``observing``) reads as ``for`` alone,
    as ``observing`` among its claim's hedged, questioning headlines."""
    working = MACBOOK_HEADLINES[12]
    assert predict_headline_stance(MACBOOK, working) == "for"
    assert predict_headline_stances(MACBOOK, MACBOOK_HEADLINES)[12] == "observing"


def test_headline_stance_siblings_alone_is_its_own_context() -> None:
    lexicon = load_lexicon()
    own = pair_features(PLANT, PLANT_ROWS[2][0], lexicon)
    alone = sibling_features(own, [])
    assert alone["sib:group:hedge"] == 1.0
    assert alone["sib:overlap:claim"] == own["overlap:claim"]
    assert all(alone[f"sibdiff:{key}"] == 0.0 for key in SIBLING_KEYS)
    assert claim_group_features(PLANT, [PLANT_ROWS[2][0]], lexicon) == [{**own, **alone}]


def test_headline_stance_siblings_group_prediction_on_real_claims() -> None:
    assert predict_headline_stances(PLANT, _headlines(PLANT_ROWS)) == [g for _h, g in PLANT_ROWS]
    assert predict_headline_stances(KOBANE, _headlines(KOBANE_ROWS)) == [g for _h, g in KOBANE_ROWS]


@pytest.mark.parametrize(
    ("claim", "rows", "plain"),
    [(WATCH, WATCH_ROWS, 1), (KOBANE, KOBANE_ROWS, 4)],
)
def test_headline_stance_siblings_hedged_coverage_makes_a_restatement_observing(
    claim: str, rows: list[tuple[str, str]], plain: int
) -> None:
    """A bare restatement is read as ``for`` alone, but as ``observing`` when the claim's other
    headlines hedge it ("Rumor:", "reportedly", a question)."""
    headline = rows[plain][0]
    others = [h for h in _headlines(rows) if h != headline]
    alone = headline_stance_scores(claim, headline)
    grouped = headline_stance_scores(claim, headline, others)
    assert grouped["observing"] > alone["observing"]
    assert predict_headline_stance(claim, headline) == "for"
    assert predict_headline_stance(claim, headline, others) == "observing"


def test_headline_stance_siblings_predictor_is_a_group_predictor() -> None:
    assert isinstance(predict_headline_stance, ClaimGroupPredictor)
    assert not isinstance(lambda claim, headline: "for", ClaimGroupPredictor)


def test_headline_stance_siblings_scoring_groups_rows_by_claim(shared_data: Path) -> None:
    rows = [
        r
        for r in read_emergent(shared_data / EMERGENT)
        if r["claimHeadline"] in {PLANT, WATCH, BAGHDADI}
    ]
    calls: list[tuple[str, int]] = []

    class Recorder:
        def __call__(self, claim: str, headline: str) -> str:
            raise AssertionError("a group predictor is asked per claim")

        def predict_group(self, claim: str, headlines: Sequence[str]) -> list[str]:
            calls.append((claim, len(headlines)))
            return predict_headline_stances(claim, headlines)

    grouped = score_emergent(rows, Recorder())
    assert sorted(calls) == sorted([(PLANT, 8), (WATCH, 3), (BAGHDADI, 15)])
    assert grouped["n"] == 8 + 3 + 15
    assert grouped == score_emergent(rows, predict_headline_stance)
    one_by_one = score_emergent(
        rows, lambda claim, headline: predict_headline_stance(claim, headline)
    )
    assert grouped["accuracy"] > one_by_one["accuracy"]
    # read alone, the debunking headline looks like a hedged report; among the claim's other
    # headlines (denials, "reportedly", "allegedly") it is read as the denial it is
    assert predict_headline_stance(BAGHDADI, DEBUNKED) == "observing"
    baghdadi = [r["articleHeadline"] for r in rows if r["claimHeadline"] == BAGHDADI]
    labels = predict_headline_stances(BAGHDADI, baghdadi)
    assert labels[baghdadi.index(DEBUNKED)] == "against"
