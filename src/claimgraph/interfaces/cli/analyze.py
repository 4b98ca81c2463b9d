"""``claimgraph analyze``: who claims what in the given articles, as a table or JSON."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import typer

from claimgraph.ingest.readers import iter_documents
from claimgraph.interfaces.cli._util import (
    ConventionsChoice,
    ErrorLog,
    app,
    fail,
    iso_date,
    known_language,
    out,
    print_json_lines,
    user_errors,
)
from claimgraph.interfaces.cli.render import document_table
from claimgraph.model import Document
from claimgraph.pipeline import annotate_many


def analyze_paths(
    paths: list[str],
    lang: str | None = None,
    date: str | None = None,
    on_error=None,
    *,
    conventions: str = "annotation",
) -> Iterator[Document]:
    """Read and annotate every article under ``paths`` (``-`` = stdin), extracting under
    ``conventions`` (``pipeline.annotate_many``)."""
    yield from annotate_many(read_paths(paths, lang, date, on_error), conventions=conventions)


def read_paths(
    paths: list[str], lang: str | None = None, date: str | None = None, on_error=None
) -> Iterator[Document]:
    """Every article under ``paths`` (``-`` = stdin), read but not annotated, with ``lang``
    and ``date`` (when given) in place of what the input says."""
    return _with_overrides(iter_documents(paths, on_error), lang, date)


def _with_overrides(
    docs: Iterator[Document], lang: str | None, date: str | None
) -> Iterator[Document]:
    for doc in docs:
        if lang:
            doc.lang = lang
        if date:
            doc.date = date
        yield doc


@app.command("analyze")
@user_errors
def analyze_cli(
    paths: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
    json_out: bool = typer.Option(False, "--json", help="One JSON Document per article."),
    lang: str | None = typer.Option(
        None, help="Language code (default: detected).", callback=known_language
    ),
    date: str | None = typer.Option(
        None, help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.", callback=iso_date
    ),
    conventions: ConventionsChoice = typer.Option(
        ConventionsChoice.annotation,
        "--conventions",
        help="What counts as an attribution: annotation (ANNOTATION.md) or polnear.",
    ),
) -> None:
    """Show who claims what in each article: speaker, stance, act, cue and content."""
    errors = ErrorLog()
    paths = [str(Path(p)) if p != "-" else p for p in paths]
    docs = analyze_paths(paths, lang, date, errors, conventions=conventions.value)
    if json_out:
        print_json_lines(doc.to_dict() for doc in docs)
    else:
        for doc in docs:
            out.print(document_table(doc))
    if errors.errors:
        fail(f"{len(errors.errors)} input(s) could not be read")
