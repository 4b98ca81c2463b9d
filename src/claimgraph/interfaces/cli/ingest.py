"""``claimgraph ingest``: analyze articles and store them (idempotent; each document all or
nothing, a batch of them per transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claimgraph.errors import SavingInterrupted
from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    ErrorLog,
    app,
    err,
    fail,
    known_language,
    open_writable_store,
    user_errors,
)
from claimgraph.interfaces.cli.analyze import read_paths
from claimgraph.model import Document
from claimgraph.pipeline import annotate_many

WORKERS_HELP = "Analyze on N Dask worker processes (0: in this process)."


@app.command("ingest")
@user_errors
def ingest_cli(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
    db: str | None = DB_OPTION,
    lang: str | None = typer.Option(
        None, help="Language code (default: detected).", callback=known_language
    ),
    workers: int = typer.Option(0, "--workers", min=0, help=WORKERS_HELP),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Use the Dask cluster at this address, e.g. tcp://HOST:8786."
    ),
) -> None:
    """Analyze articles and save them with their attributions to the store."""
    errors = ErrorLog()
    if workers or scheduler:
        open_writable_store(db).close()  # before the cluster starts
        from claimgraph.scale.dask import ingest_distributed  # Dask only when asked for

        try:
            added, skipped, failed = ingest_distributed(
                paths, db, workers or 2, scheduler, on_error=errors, lang=lang
            )
        except SavingInterrupted as stop:
            _stopped(stop.added, stop.skipped)
        err.print(f"{added} added, {skipped} already stored, {failed} failed")
        if errors.errors:
            fail(f"{len(errors.errors)} input(s) could not be read or analyzed; the rest stored")
        return
    with open_writable_store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        stored_before: list[str] = []

        def advancing(docs: Iterable[Document]) -> Iterator[Document]:
            for doc in docs:
                yield doc
                progress.advance(task)

        def leave_out(doc: Document) -> None:
            stored_before.append(doc.id)
            progress.advance(task)

        # documents stored already (a rerun, a resumed ingest) are not annotated again
        new = store.new_documents(read_paths(paths, lang, None, errors), leave_out)
        # a batch of documents per transaction, each document under its own savepoint; on
        # Ctrl-C the documents analyzed by then are saved first
        try:
            added, skipped = store.save_documents(advancing(annotate_many(new)))
        except SavingInterrupted as stop:
            _stopped(stop.added, stop.skipped + len(stored_before))
    skipped += len(stored_before)
    err.print(f"{added} added, {skipped} already stored, {len(errors.errors)} unreadable")
    if errors.errors:
        fail(f"{len(errors.errors)} input(s) could not be read; the rest was stored")


def _stopped(added: int, skipped: int) -> None:
    """Say what an interrupted ingest stored (a rerun leaves those out) and exit 130."""
    fail(f"interrupted: {added} added, {skipped} already stored; rerun to go on", 130)


def _progress() -> Progress:
    """The progress bar on a terminal, nothing elsewhere (a log or a pipe got the blank line
    the vanishing bar leaves)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
