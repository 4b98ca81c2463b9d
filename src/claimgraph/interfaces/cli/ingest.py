"""``claimgraph ingest``: analyze articles and store them (idempotent, one transaction each)."""

from __future__ import annotations

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claimgraph.interfaces.cli._util import ErrorLog, app, err, fail, user_errors
from claimgraph.interfaces.cli.analyze import analyze_paths
from claimgraph.store import open_store


@app.command("ingest")
@user_errors
def ingest_cli(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
    db: str | None = typer.Option(
        None, "--db", help="Store URL (default $CLAIMGRAPH_DB or ./claimgraph.db)."
    ),
    lang: str | None = typer.Option(None, help="Language code (default: detected)."),
) -> None:
    """Analyze articles and save them with their attributions to the store."""
    errors = ErrorLog()
    added = skipped = 0
    with open_store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        for doc in analyze_paths(paths, lang, None, errors):
            if store.save_document(doc):
                added += 1
            else:
                skipped += 1
            progress.advance(task)
    err.print(f"{added} added, {skipped} already stored, {len(errors.errors)} unreadable")
    if errors.errors:
        fail(f"{len(errors.errors)} input(s) could not be read; the rest was stored")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
