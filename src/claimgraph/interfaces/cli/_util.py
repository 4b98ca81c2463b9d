"""Shared pieces of the command line: the app, error handling, output helpers."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Any, TextIO, TypeVar
from urllib.parse import unquote, urlsplit

import typer
from rich.console import Console
from rich.markup import escape
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from claimgraph import settings
from claimgraph.errors import ClaimgraphError, InputError
from claimgraph.extract.conventions import CONVENTIONS
from claimgraph.lang import available_languages
from claimgraph.link.ledger import STATUSES
from claimgraph.model import ACTS, STANCES
from claimgraph.store import Store, open_store

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="claimgraph",
    help="Who claims what in the news, who denies or doubts it, and what is confirmed.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# the names of ``extract.conventions.CONVENTIONS``: the choices of ``--conventions``
ConventionsChoice = StrEnum("ConventionsChoice", {name: name for name in CONVENTIONS})
# the values the store holds: the choices of ``--stance``, ``--act`` and ``--status``
StanceChoice = StrEnum("StanceChoice", {name: name for name in STANCES})
ActChoice = StrEnum("ActChoice", {name: name for name in ACTS})
StatusChoice = StrEnum("StatusChoice", {name: name for name in STATUSES})
eval_app = typer.Typer(help="Score claimgraph against gold data (JSON metrics on the last line).")
app.add_typer(eval_app, name="eval")

# piped output is not cut at 80 columns; article text is never read as rich markup ("[de
# minister] zei", "[nl, 2023-05]" would vanish)
out = Console(width=None if sys.stdout.isatty() else 180, markup=False)
err = Console(stderr=True)

EXIT_INPUT = 2


def matching_rows(shown: int, limit: int, count: Callable[[], int]) -> int:
    """How many rows match a listing that shows ``shown`` of at most ``limit``: counted (by
    ``count``) only when the page is full, since a page with room to spare holds them all."""
    return count() if shown == limit else shown


def say_if_cut(shown: int, total: int | None, noun: str) -> None:
    """One line on stderr when a listing shows fewer rows than match: how many of how many
    (``total`` None: more than shown, number unknown) and how to see them all."""
    if total is None:
        err.print(f"the first {shown} {noun} shown, there are more: raise --limit", soft_wrap=True)
    elif total > shown:
        err.print(f"{shown} of {total} {noun} shown: --limit {total} shows all", soft_wrap=True)


# dates as the store compares them: YYYY, YYYY-MM or YYYY-MM-DD
DATE_FORMAT = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def iso_date(value: str | None) -> str | None:
    """A ``--since`` or ``--date`` value, checked: a wrong format would filter silently (a
    "03/05/2023" sorts before every ISO date)."""
    if value is None or (DATE_FORMAT.fullmatch(value) and _is_date(value)):
        return value
    raise typer.BadParameter(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        return False
    return True


def known_language(value: str | None) -> str | None:
    """A ``--lang`` to analyze in: one with language data (others give no attributions)."""
    if value is None or value in available_languages():
        return value
    codes = ", ".join(available_languages())
    raise typer.BadParameter(
        f"{value!r}: no language data (claimgraph analyzes {codes}); leave --lang out to detect it"
    )


def db_url(value: str | None) -> str | None:
    """A store URL; a plain file path ("news.db", "/data/claims.db") means an SQLite file."""
    if value is None or "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


# options shared by several commands
DB_OPTION = typer.Option(
    None,
    "--db",
    help="Store URL or SQLite file path (default $CLAIMGRAPH_DB or sqlite:///claimgraph.db).",
    callback=db_url,
)


def writable_file(value: Path | None) -> Path | None:
    """An output file option, checked before the work that fills it: its folder must exist."""
    if value is not None and not value.parent.is_dir():
        raise typer.BadParameter(f"{value}: no folder {value.parent} to write it in")
    return value


OUTPUT_OPTION = typer.Option(
    None, "--output", "-o", help="File to write (default stdout).", callback=writable_file
)
SINCE_HELP = "Articles dated on or after YYYY, YYYY-MM or YYYY-MM-DD."


def open_existing_store(db: str | None) -> Store:
    """The store of a command that reads it (:func:`require_store`)."""
    require_store(db)
    return open_store(db)


def require_store(db: str | None) -> None:
    """Fail when ``db`` names an SQLite file that is not there: a mistyped ``--db`` or a store
    not made yet, never a new empty store for a reading command to show empty tables from."""
    path = _sqlite_file(settings.db_url(db))
    if path is None:
        return
    if not path.exists():
        fail(f"{path}: no such store (`claimgraph ingest FILES --db {path}` makes one)")
    tables = _sqlite_tables(path)
    _refuse_foreign(path, tables)
    if tables == set():  # opening it would make a new empty store to show empty listings from
        fail(f"{path}: an empty file, not a store (`claimgraph ingest FILES --db {path}` fills it)")


def refuse_foreign_database(db: str | None) -> None:
    """Fail when ``db`` names another program's SQLite database, before a writing command
    opens it and adds claimgraph's tables to it. A new or empty file, or a store, is fine."""
    path = _sqlite_file(settings.db_url(db))
    if path is not None and path.exists():
        _refuse_foreign(path, _sqlite_tables(path))


def _refuse_foreign(path: Path, tables: set[str] | None) -> None:
    if tables and STORE_TABLE not in tables:
        fail(f"{path}: another program's SQLite database, not a claimgraph store")


def open_writable_store(db: str | None) -> Store:
    """The store of a command that writes to it, found writable (:meth:`Store.check_writable`)
    before the work whose results it is to hold: never another program's SQLite database, nor
    a file in a folder that is not there."""
    require_store_folder(db)
    refuse_foreign_database(db)
    store = open_store(db)
    try:
        store.check_writable()
    except BaseException:
        store.close()
        raise
    return store


# the table every claimgraph store has, from its first migration on
STORE_TABLE = "documents"


def _sqlite_tables(path: Path) -> set[str] | None:
    """The tables of the SQLite file at ``path``, read without writing to it; None when SQLite
    cannot read it (``open_store`` then names the problem)."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {name for (name,) in rows}
    except sqlite3.Error:
        return None


def require_store_folder(db: str | None) -> None:
    """Fail when ``db`` names an SQLite file in a folder that is not there (SQLite's own word
    for it is "unable to open database file")."""
    path = _sqlite_file(settings.db_url(db))
    if path is not None and not path.parent.is_dir():
        fail(f"{path}: no folder {path.parent} to make the store in")


def _sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # open_store names the malformed URL
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    if parsed.query.get("uri") == "true":  # sqlite:///file:news.db?mode=ro&uri=true
        if parsed.query.get("mode") == "memory":
            return None
        return Path(unquote(urlsplit(parsed.database).path))
    return Path(parsed.database)


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """Print one line to stderr and exit."""
    line = escape(" ".join(message.split()))
    err.print(f"[red]error:[/red] {line}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def user_errors(func: F) -> F:
    """Turn claimgraph errors into one line and exit code 2 (tracebacks with CLAIMGRAPH_DEBUG)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ClaimgraphError as exc:
            if os.environ.get("CLAIMGRAPH_DEBUG"):
                raise
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper  # type: ignore[return-value]


class ErrorLog:
    """Collects input errors and reports each as one line while the run goes on."""

    def __init__(self) -> None:
        self.errors: list[InputError] = []

    def __call__(self, error: InputError) -> None:
        self.errors.append(error)
        line = escape(" ".join(str(error).split()))
        err.print(f"[yellow]skipped:[/yellow] {line}", markup=True, highlight=False, soft_wrap=True)


def print_json_lines(items: Iterator[dict[str, Any]]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


def print_metrics(metrics: dict[str, Any]) -> None:
    """The contract of ``claimgraph eval``: one JSON object on the last line."""
    sys.stdout.write(json.dumps(metrics, ensure_ascii=False) + "\n")


def write_output(output: Path | None, write: Callable[[TextIO], int]) -> int:
    """Run ``write`` on stdout or on the file ``output``; a file that can't be written fails."""
    if output is None:
        return write(sys.stdout)
    try:
        with output.open("w", encoding="utf-8", newline="") as fh:
            return write(fh)
    except OSError as exc:
        fail(f"{output}: cannot write: {exc.strerror}")
        raise  # unreachable: fail() exits
