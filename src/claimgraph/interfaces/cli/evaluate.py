"""``claimgraph eval``: score the pipeline on gold data; metrics as JSON on the last line."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from claimgraph.evaluation import read_gold_jsonl, read_polnear, to_polnear
from claimgraph.evaluation.attribution import error_report, score_attributions
from claimgraph.evaluation.timex import evaluate_timex_file
from claimgraph.interfaces.cli._util import (
    ConventionsChoice,
    err,
    eval_app,
    fail,
    print_metrics,
    user_errors,
    writable_file,
)
from claimgraph.model import Document
from claimgraph.pipeline import annotate_many

# a score over nothing looks like a result: an empty or wrong --gold file is an error
NO_GOLD = "{gold}: no gold documents in it"


class GoldFormat(StrEnum):
    jsonl = "jsonl"
    polnear = "polnear"


def evaluate_attribution(
    gold: list[Document], polnear: bool = False, *, conventions: str | None = None
) -> tuple[dict, list[Document]]:
    """Run the pipeline on the gold texts (same ids, languages and dates) and score it.

    With ``polnear`` the predictions are first converted to PolNeAR's span conventions
    (:func:`claimgraph.evaluation.to_polnear`; it reads only the predictions). The pipeline
    extracts under ``conventions`` (``pipeline.annotate_many``), by default the gold's own:
    ``polnear`` for PolNeAR gold, ``annotation`` otherwise.
    """
    mode = conventions or default_conventions(polnear)
    blank = (Document(text=g.text, id=g.id, lang=g.lang, date=g.date, title=g.title) for g in gold)
    pred = list(annotate_many(blank, conventions=mode))
    if polnear:
        pred = to_polnear(pred)
    return score_attributions(gold, pred), pred


def default_conventions(polnear: bool) -> str:
    """The extraction conventions a gold format is annotated in."""
    return "polnear" if polnear else "annotation"


@eval_app.command("attribution")
@user_errors
def eval_attribution_cli(
    gold: Path = typer.Option(
        ..., "--gold", help="Gold JSONL (shared/ANNOTATION.md) or a PolNeAR split dir."
    ),
    fmt: GoldFormat = typer.Option(GoldFormat.jsonl, "--format", help="jsonl or polnear."),
    errors: Path | None = typer.Option(
        None,
        "--errors",
        help="Write misses and false positives here (JSONL).",
        callback=writable_file,
    ),
    conventions: ConventionsChoice | None = typer.Option(
        None,
        "--conventions",
        help="Extract under these conventions (default: the gold format's; polnear for polnear).",
    ),
) -> None:
    """Precision/recall/F1 (lenient, strict), speaker, stance and act accuracy."""
    docs = read_gold_jsonl(gold) if fmt is GoldFormat.jsonl else read_polnear(gold)
    if not docs:
        fail(NO_GOLD.format(gold=gold))
    polnear = fmt is GoldFormat.polnear
    mode = conventions.value if conventions else default_conventions(polnear)
    metrics, pred = evaluate_attribution(docs, polnear=polnear, conventions=mode)
    if errors is not None:
        with errors.open("w", encoding="utf-8") as fh:
            for item in error_report(docs, pred):
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
        err.print(f"error report written to {errors}")
    print_metrics({"gold": str(gold), "conventions": mode, **metrics})


@eval_app.command("timex")
@user_errors
def eval_timex_cli(
    gold: Path = typer.Option(..., "--gold", help="Timex gold JSONL or TimeML (.tml file or dir)."),
) -> None:
    """Temporal expressions: detection P/R/F1 (lenient, strict), type and value accuracy."""
    metrics = evaluate_timex_file(gold)
    if not metrics["documents"]:
        fail(NO_GOLD.format(gold=gold))
    print_metrics(metrics)
