"""``claimgraph export``: every stored document as JSON lines, or attributions as CSV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    OUTPUT_OPTION,
    app,
    err,
    open_existing_store,
    user_errors,
    write_output,
)
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
    output: Path | None = OUTPUT_OPTION,
    db: str | None = DB_OPTION,
) -> None:
    """Export the store for other tools."""
    writer = export_jsonl if fmt is Format.jsonl else export_csv
    with open_existing_store(db) as store:
        count = write_output(output, lambda fh: writer(store, fh))
    err.print(f"exported {count} {'documents' if fmt is Format.jsonl else 'attributions'}")
