"""Scorers for our evaluations: gold readers, attribution scoring, headline stance scoring.

Pure functions over :mod:`claimgraph.model` objects; the CLI wraps them.
"""

from claimgraph.evaluation.attribution import error_report, score_attributions
from claimgraph.evaluation.gold import (
    polnear_report,
    read_emergent,
    read_gold_jsonl,
    read_polnear,
)
from claimgraph.evaluation.polnear import score_polnear, to_polnear
from claimgraph.evaluation.stance import score_emergent

__all__ = [
    "error_report",
    "polnear_report",
    "read_emergent",
    "read_gold_jsonl",
    "read_polnear",
    "score_attributions",
    "score_emergent",
    "score_polnear",
    "to_polnear",
]
