"""Shared pieces of the command line: the app, error handling, output helpers."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Any, TextIO, TypeVar

import typer
from rich.console import Console

from claimgraph.errors import ClaimgraphError, InputError
from claimgraph.extract.conventions import CONVENTIONS

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
eval_app = typer.Typer(help="Score claimgraph against gold data (JSON metrics on the last line).")
app.add_typer(eval_app, name="eval")

# piped output is not cut at 80 columns
out = Console(width=None if sys.stdout.isatty() else 180)
err = Console(stderr=True)

EXIT_INPUT = 2


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
OUTPUT_OPTION = typer.Option(None, "--output", "-o", help="File to write (default stdout).")


def fail(message: str, code: int = EXIT_INPUT) -> None:
    """Print one line to stderr and exit."""
    line = " ".join(message.split())
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
        line = " ".join(str(error).split())
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
