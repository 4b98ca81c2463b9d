"""A prior over the publication-day gap of a query and a candidate, added to the reranker's score.

The reranker's score is a conditional logit (:func:`~claimgraph.link.rerank.fit_weights`): its
softmax over one query's candidates is the chance that each is the one linked. Headlines on one
claim tend to be published on the same day or the next, while the other candidates of a query's
window spread over all its days; by Bayes' rule, with the gap independent of what the texts say,
each candidate's score gains ``log P(gap | linked) - log P(gap | other candidate)``. Both
distributions, their floors and their provenance are data (``data/day-gap-prior.toml``).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from claimgraph.errors import ConfigError
from claimgraph.link.dates import day_gap

PRIOR_FILE = Path(__file__).parent / "data" / "day-gap-prior.toml"


@dataclass(frozen=True)
class DayGapPrior:
    """Log-likelihood ratios by day gap (position = gap in days). Items without a date given to
    the day, and gaps beyond the table, get no prior (0)."""

    log_ratios: tuple[float, ...]

    def score(self, a: str | None, b: str | None) -> float:
        """The prior of two items dated ``a`` and ``b``."""
        gap = day_gap(a, b)
        if gap is None or gap >= len(self.log_ratios):
            return 0.0
        return self.log_ratios[gap]

    def scores(self, date: str | None, dates: Sequence[str | None]) -> np.ndarray:
        """The prior of an item dated ``date`` against each of ``dates``."""
        return np.array([self.score(date, other) for other in dates], dtype=float)


def shares(counts: Mapping[int, float], floors: Mapping[int, float] | None = None) -> list[float]:
    """``counts`` by gap 0..n as shares summing to one; a gap with a floor gets at least that
    share, and the gaps without one are scaled down to make room."""
    floors = floors or {}
    gaps = range(max(counts) + 1)
    total = sum(counts.get(g, 0) for g in gaps)
    if total <= 0:
        raise ValueError("no counts")
    raw = [counts.get(g, 0) / total for g in gaps]
    fixed = {g: max(raw[g], floors[g]) for g in gaps if g in floors}
    free = sum(raw[g] for g in gaps if g not in fixed)
    room = 1 - sum(fixed.values())
    if room < 0 or (free == 0 and room > 0):
        raise ValueError("floors leave no room for the other gaps")
    return [fixed[g] if g in fixed else raw[g] * room / free for g in gaps]


def day_gap_prior(
    linked: Mapping[int, float],
    other: Mapping[int, float],
    floors: Mapping[int, float] | None = None,
    strength: float = 1.0,
) -> DayGapPrior:
    """The prior from counts by day gap of linked pairs and of other candidates, the linked
    shares floored (:func:`shares`), the log ratios times ``strength``."""
    p, q = shares(linked, floors), shares(other)
    if len(p) != len(q) or min(p) <= 0 or min(q) <= 0:
        raise ValueError("every gap of the table needs a share above 0 on both sides")
    ratios = (strength * (math.log(a) - math.log(b)) for a, b in zip(p, q, strict=True))
    return DayGapPrior(tuple(ratios))


def prior_settings(path: Path = PRIOR_FILE) -> dict[str, Any]:
    """The prior file's counts, floors and strength as :func:`day_gap_prior`'s arguments."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        return {
            "linked": _by_gap(data["linked"]),
            "other": _by_gap(data["other"]),
            "floors": _by_gap(data.get("linked_floor", {})),
            "strength": float(data.get("strength", 1.0)),
        }
    except (OSError, tomllib.TOMLDecodeError, KeyError, ValueError) as err:
        raise ConfigError(f"cannot read the day-gap prior: {err}", str(path)) from err


@cache
def default_day_gap_prior() -> DayGapPrior:
    """The prior of ``data/day-gap-prior.toml``."""
    try:
        return day_gap_prior(**prior_settings())
    except ValueError as err:
        raise ConfigError(f"bad day-gap prior: {err}", str(PRIOR_FILE)) from err


def _by_gap(table: Mapping[str, Any]) -> dict[int, float]:
    return {int(gap): float(value) for gap, value in table.items()}
