"""``claimgraph eval stance``: headline stance towards a claim on Emergent (JSON on the last line)."""

from __future__ import annotations

from pathlib import Path

import typer

from claimgraph.evaluation.gold import read_emergent
from claimgraph.evaluation.stance import score_emergent
from claimgraph.extract.headline_stance import predict_headline_stance
from claimgraph.interfaces.cli._util import eval_app, print_metrics, user_errors


@eval_app.command("stance")
@user_errors
def eval_stance_cli(
    emergent: Path = typer.Option(
        ...,
        "--emergent",
        help="Emergent CSV (claimHeadline, articleHeadline, articleHeadlineStance, ...).",
    ),
) -> None:
    """Accuracy, per-class P/R/F1 (for, against, observing), macro F1 and confusion."""
    rows = read_emergent(emergent)
    print_metrics({"gold": str(emergent), **score_emergent(rows, predict_headline_stance)})
