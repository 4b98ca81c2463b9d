"""What a first user met in the eighteenth session's acceptance pass (UX1, the leftovers UX2):
a rerun or resumed ingest annotates only the articles it has not stored; writing commands find
a store they cannot write, or another program's database, before any work."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from itertools import islice
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph import pipeline
from claimgraph.interfaces.cli import analyze as analyze_module
from claimgraph.interfaces.cli import app
from claimgraph.interfaces.cli import ingest as ingest_module
from claimgraph.interfaces.cli import link as link_module
from claimgraph.model import Document
from claimgraph.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FOUNDING = EXAMPLES / "kremlin-drone-nl-2023-05.txt"
# a second real article: the English examples' first Wikinews line
SECOND = "Iran admits downing Ukrainian jet"


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _news_folder(tmp_path: Path) -> tuple[Path, str]:
    """A folder holding the founding article, and a store path beside it."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(FOUNDING, folder)
    return folder, str(tmp_path / "news.db")


def test_ingest_annotates_only_the_articles_not_stored_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a rerun re-analyzed every stored article before finding it stored (35 s for the 111
    # samples, all "already stored"); a resumed ingest redid all the work before the stop
    folder, db = _news_folder(tmp_path)
    first = _run("ingest", str(folder), "--db", db)
    assert first.exit_code == 0, first.output

    shutil.copy(EXAMPLES / "wikinews-2020.jsonl", folder)
    annotated: list[str] = []

    def recording(docs: Iterable[Document], **options) -> Iterator[Document]:
        for doc in docs:
            annotated.append(doc.title or doc.source)
            yield from pipeline.annotate_many([doc], **options)

    monkeypatch.setattr(analyze_module, "annotate_many", recording)
    monkeypatch.setattr(ingest_module, "annotate_many", recording, raising=False)
    again = _run("ingest", str(folder), "--db", db)
    assert again.exit_code == 0, again.output
    assert "3 added, 1 already stored" in again.output
    assert len(annotated) == 3 and any(SECOND in title for title in annotated)
    assert not any("kremlin-drone" in name for name in annotated)


def _sqlite_file_with_table(path: Path, table: str) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"CREATE TABLE {table} (x)")
        conn.execute(f"INSERT INTO {table} VALUES (1)")
        conn.commit()
    return path


@pytest.mark.parametrize("command", [("claims",), ("speakers",), ("ledger",), ("export",)])
def test_reading_commands_refuse_another_programs_database(tmp_path: Path, command) -> None:
    # `claims --db app.db` wrote claimgraph's tables into another program's database and
    # listed "0 attributions"
    other = _sqlite_file_with_table(tmp_path / "app.db", "orders")
    before = other.read_bytes()
    result = _run(*command, "--db", str(other))
    assert result.exit_code == 2
    assert "another program's SQLite database, not a claimgraph store" in result.output
    assert other.read_bytes() == before


def test_reading_commands_refuse_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "notes.txt"
    empty.touch()
    result = _run("claims", "--db", str(empty))
    assert result.exit_code == 2
    assert "an empty file, not a store" in result.output
    assert empty.stat().st_size == 0


def test_a_table_of_one_attribution_says_so(tmp_path: Path) -> None:
    # "<stdin>  [nl, no date]  1 attributions"
    article = tmp_path / "rutte.txt"
    article.write_text("De minister zei dinsdag dat het kabinet een plan heeft.\n", "utf-8")
    result = _run("analyze", str(article))
    assert result.exit_code == 0, result.output
    assert " 1 attribution " in result.output and "1 attributions" not in result.output


@pytest.mark.parametrize("command", ["claims", "events", "ledger", "speakers"])
def test_a_negative_limit_is_refused(founding_db: Path, command: str) -> None:
    # `claims --limit -1` listed every row (SQLite's LIMIT -1 is no limit; PostgreSQL refuses it)
    result = _run(command, "--limit", "-1", "--db", str(founding_db))
    assert result.exit_code == 2
    assert "--limit" in result.output


def test_reading_commands_open_a_store_named_by_a_read_only_uri(founding_db: Path) -> None:
    # SQLite's way to open a store read-only was refused: "file:news.db: no such store"
    result = _run("claims", "--db", f"sqlite:///file:{founding_db}?mode=ro&uri=true")
    assert result.exit_code == 0, result.output
    assert "Volodymyr Zelensky" in result.output


def _not_analyzing(monkeypatch: pytest.MonkeyPatch) -> list[Document]:
    """The documents ingest hands to the analysis, which these tests must never reach."""
    analyzed: list[Document] = []

    def recording(docs: Iterable[Document], **options) -> Iterator[Document]:
        analyzed.extend(docs)
        yield from ()

    monkeypatch.setattr(ingest_module, "annotate_many", recording)
    return analyzed


def test_ingest_names_a_read_only_store_before_analyzing(
    founding_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # it named the first document ("4e7ff8e8c49a1951: cannot save document (... readonly
    # database)"), and only after analyzing the first batch
    analyzed = _not_analyzing(monkeypatch)
    article = tmp_path / "rutte.txt"
    article.write_text("De minister zei dinsdag dat het kabinet een plan heeft.\n", "utf-8")
    result = _run("ingest", str(article), "--db", f"sqlite:///file:{founding_db}?mode=ro&uri=true")
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert f"{founding_db}?mode=ro&uri=true: cannot write to this store" in result.output
    assert "readonly database" in result.output
    assert analyzed == []


def test_link_names_a_read_only_store_before_embedding(
    founding_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # it failed after embedding every stored claim (~30 s)
    linked: list[object] = []
    monkeypatch.setattr(link_module, "link_store", linked.append)
    result = _run("link", "--db", f"sqlite:///file:{founding_db}?mode=ro&uri=true")
    assert result.exit_code == 2
    assert "cannot write to this store" in result.output
    assert linked == []


def test_ingest_refuses_another_programs_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `ingest X --db app.db` added claimgraph's tables to another program's database
    analyzed = _not_analyzing(monkeypatch)
    other = _sqlite_file_with_table(tmp_path / "app.db", "orders")
    before = other.read_bytes()
    result = _run("ingest", str(FOUNDING), "--db", str(other))
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert f"{other}: another program's SQLite database, not a claimgraph store" in result.output
    assert other.read_bytes() == before
    assert analyzed == []


def test_ingest_makes_a_store_in_an_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "news.db"
    empty.touch()
    result = _run("ingest", str(FOUNDING), "--db", str(empty))
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output


def test_ingest_prints_only_its_summary_when_not_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a log or pipe got a blank line before "1 added, ...": the vanishing progress bar's
    monkeypatch.setattr(ingest_module, "annotate_many", lambda docs, **options: docs)
    result = _run("ingest", str(FOUNDING), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 0, result.output
    assert result.output == "1 added, 0 already stored, 0 unreadable\n"


def test_ingest_interrupted_saves_the_articles_analyzed_by_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ctrl-C said "error: interrupted" and lost the batch not saved yet (up to 63 analyzed
    # articles); the rerun analyzed them again
    folder, db = _news_folder(tmp_path)
    assert _run("ingest", str(folder), "--db", db).exit_code == 0
    shutil.copy(EXAMPLES / "wikinews-2020.jsonl", folder)

    def interrupted_after_two(docs: Iterable[Document], **options) -> Iterator[Document]:
        yield from islice(pipeline.annotate_many(docs, **options), 2)
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "annotate_many", interrupted_after_two)
    stopped = _run("ingest", str(folder), "--db", db)
    assert stopped.exit_code == 130
    assert stopped.output == "error: interrupted: 2 added, 1 already stored; rerun to go on\n"
    with open_store(f"sqlite:///{db}") as store:
        assert store.count_documents() == 3
        assert all(doc.attributions for doc in store.iter_documents())

    monkeypatch.undo()
    rerun = _run("ingest", str(folder), "--db", db)
    assert rerun.output == "1 added, 3 already stored, 0 unreadable\n"
