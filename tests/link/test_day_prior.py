"""The prior over the publication-day gap in cross-lingual linking, on real dated headlines."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from claimgraph.link.dates import day_gap
from claimgraph.link.day_prior import default_day_gap_prior, shares
from claimgraph.link.embed import embed
from claimgraph.link.evaluation import PoolItem, candidate_pool, rank
from claimgraph.link.rerank import default_model

# bench/data/linking/pool_en.jsonl: real headlines of the founding story with their days
POOL_EN = Path(__file__).resolve().parents[2] / "bench" / "data" / "linking" / "pool_en.jsonl"
# The founding article (shared/samples/kremlin-drone-nl-2023-05.txt) of 3 May 2023, paragraph 4.
NL_TWO_DRONES = (
    "De persdienst van het Kremlin had eerder bekendgemaakt dat het Kremlin in de nacht van "
    "dinsdag op woensdag het doelwit was van een aanval met twee drones en wees met "
    "beschuldigende vinger naar het regime in Kiev."
)


def _pool_by_day() -> dict[str, str]:
    """One real headline text per publication day of the founding story's pool."""
    out: dict[str, str] = {}
    for line in POOL_EN.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        out.setdefault(item["date"], item["text"])
    return out


def test_day_gap_counts_whole_days_between_dates_given_to_the_day() -> None:
    days = sorted(_pool_by_day())
    assert days[:3] == ["2023-05-03", "2023-05-04", "2023-05-05"]
    assert day_gap("2023-05-03", "2023-05-03") == 0
    assert day_gap("2023-05-03", "2023-05-06") == 3
    assert day_gap("2023-05-06", "2023-05-03") == 3
    assert day_gap("2023-05-03T21:00:00", "2023-05-04") == 1
    # a month is no day; an unknown date is none
    assert day_gap("2023-05", "2023-05-03") is None
    assert day_gap(None, "2023-05-03") is None


def test_prior_favours_the_same_day_and_leaves_undated_items_alone() -> None:
    prior = default_day_gap_prior()
    same, next_day, three = (
        prior.score("2023-05-03", d) for d in ("2023-05-03", "2023-05-04", "2023-05-06")
    )
    assert same > 0 > three
    assert same > next_day > three
    assert prior.score(None, "2023-05-03") == 0.0
    assert prior.score("2023-05", "2023-05-03") == 0.0
    assert list(prior.scores("2023-05-03", ["2023-05-03", None])) == [same, 0.0]


def test_floors_lift_gaps_our_pairs_cannot_have() -> None:
    # our 67 real pairs were found by searching the day before, of and after: no gap of 2 or 3
    p = shares({0: 59, 1: 8, 2: 0, 3: 0}, {2: 0.05, 3: 0.05})
    assert p[2] == p[3] == 0.05
    assert sum(p) == pytest.approx(1.0)
    assert p[0] / p[1] == pytest.approx(59 / 8)


def test_rank_prefers_the_same_day_copy_of_a_syndicated_headline() -> None:
    # shared/samples/kremlin-drone-2023-05/headlines.jsonl lines 2 (BBC News) and 15 (MSN):
    # one title, syndicated; the copy listed first is put three days later. Everything but the
    # date is equal, so without the prior the first listed wins the tie.
    title = "Kremlin accuses Ukraine of trying to assassinate Putin"
    other = "Zelensky Denies Ukraine Carried Out the Drone Attack on the Kremlin"
    items = [
        PoolItem("msn", title, "2023-05-06", "MSN", "en"),
        PoolItem("bbc", title, "2023-05-03", "BBC News", "en"),
        PoolItem("nyt", other, "2023-05-03", "New York Times", "en"),
    ]
    pool = candidate_pool(items, embed([p.text for p in items]))
    query = PoolItem("nl", NL_TWO_DRONES, "2023-05-03", "founding article", "nl")
    vec = embed([query.text])[0]
    with_prior = rank(query, vec, items, pool, default_model())
    without = rank(query, vec, items, pool, replace(default_model(), day_gap=None))
    undated = rank(replace(query, date=None), vec, items, pool, default_model())
    assert with_prior.index("bbc") < with_prior.index("msn")
    assert without.index("msn") < without.index("bbc")
    assert undated == without
    assert np.isfinite(default_day_gap_prior().log_ratios).all()
