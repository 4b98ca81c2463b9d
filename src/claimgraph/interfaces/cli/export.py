"""``claimgraph export``: every stored document as JSON lines, or attributions as CSV."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer

from claimgraph.interfaces.cli._util import app, err, fail, user_errors
from claimgraph.store import open_store
from claimgraph.store.export import export_csv, export_jsonl


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


@app.command("export")
@user_errors
def export_cli(
    fmt: Format = typer.Option(
        Format.jsonl, "--format", help="jsonl (documents) or csv (attributions)."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (default stdout)."
    ),
    db: str | None = typer.Option(None, "--db", help="Store URL."),
) -> None:
    """Export the store for other tools."""
    writer = export_jsonl if fmt is Format.jsonl else export_csv
    with open_store(db) as store:
        if output is None:
            count = writer(store, sys.stdout)
        else:
            try:
                with output.open("w", encoding="utf-8", newline="") as fh:
                    count = writer(store, fh)
            except OSError as exc:
                fail(f"{output}: cannot write: {exc.strerror}")
    err.print(f"exported {count} {'documents' if fmt is Format.jsonl else 'attributions'}")
