"""What a new user tripped over following the README (fifteenth session, U1): article text and
titles shown as written, filter values checked instead of filtering silently, reading commands
that refuse a store that is not there, output files checked before the work."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.interfaces.cli import app
from claimgraph.interfaces.cli import serve as serve_module
from claimgraph.interfaces.cli.render import short

FOUNDING = Path(__file__).resolve().parents[2] / "examples" / "kremlin-drone-nl-2023-05.txt"
# a quotation with an editor's insertion in square brackets, as news prints them
BRACKETED = "„Wij zullen [de wet] niet intrekken”, zei premier Rutte dinsdag.\n"


def _run(*args: str):
    # a wide terminal: rich wraps error boxes at the width, and a long tmp path split "no folder"
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


def test_analyze_table_title_keeps_language_and_date() -> None:
    # "[nl, 2023-05]" was read as rich markup and vanished from the title
    result = _run("analyze", str(FOUNDING))
    assert result.exit_code == 0, result.output
    assert "kremlin-drone-nl-2023-05.txt  [nl, 2023-05]  13 attributions" in result.output


def test_analyze_table_shows_bracketed_words_of_the_content(tmp_path: Path) -> None:
    article = tmp_path / "rutte.txt"
    article.write_text(BRACKETED, encoding="utf-8")
    result = _run("analyze", str(article), "--date", "2023-05-03")
    assert result.exit_code == 0, result.output
    assert "Wij zullen [de wet] niet intrekken" in result.output


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("analyze", str(FOUNDING), "--date", "03/05/2023"), "--date"),
        (("analyze", str(FOUNDING), "--lang", "fr"), "--lang"),
        (("ingest", str(FOUNDING), "--lang", "xx"), "--lang"),
        (("claims", "--since", "03/05/2023"), "--since"),
        (("claims", "--since", "2023-13-01"), "--since"),
        (("claims", "--stance", "denies"), "--stance"),
        (("claims", "--act", "threats"), "--act"),
        (("events", "--since", "yesterday"), "--since"),
        (("ledger", "--status", "dispute"), "--status"),
        (("export", "-o", "/nonexistent-folder/out.jsonl"), "--output"),
    ],
)
def test_bad_option_values_are_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], named: str
) -> None:
    # each of these used to run and show an empty or unfiltered table ("03/05/2023" sorts
    # before every ISO date, so --since kept every article)
    monkeypatch.chdir(tmp_path)
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert named in result.output
    assert not (tmp_path / "claimgraph.db").exists()


def test_eval_errors_file_in_missing_folder_fails_before_scoring(tmp_path: Path) -> None:
    result = _run(
        "eval", "attribution", "--gold", str(FOUNDING), "--errors", str(tmp_path / "no" / "e.jsonl")
    )
    assert result.exit_code == 2, result.output
    assert "no folder" in result.output


@pytest.mark.parametrize("kind", ["attribution", "timex"])
def test_eval_of_an_empty_gold_file_is_an_error_not_a_zero_score(tmp_path: Path, kind: str) -> None:
    # the wrong file (here an empty one) printed all-zero metrics with exit code 0
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n", encoding="utf-8")
    result = _run("eval", kind, "--gold", str(gold))
    assert result.exit_code == 2, result.output
    assert f"{gold}: no gold documents in it" in " ".join(result.output.split())


@pytest.mark.parametrize(
    "command",
    [("claims",), ("ledger",), ("claim", "c-0"), ("story", "s-0"), ("events",), ("export",),
     ("export-events",), ("link",), ("serve",), ("speakers",), ("speakers", "--rekey")],
)  # fmt: skip
def test_reading_commands_refuse_a_store_that_is_not_there(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    typo = tmp_path / "nwes.db"
    result = _run(*command, "--db", str(typo))
    assert result.exit_code == 2, result.output
    assert f"{typo}: no such store" in " ".join(result.output.split())
    assert not typo.exists(), "a mistyped --db must not create an empty store"


def test_ingest_into_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    # was "cannot open the database (OperationalError: unable to open database file)"
    db = tmp_path / "no-such-folder" / "news.db"
    result = _run("ingest", str(FOUNDING), "--db", str(db))
    assert result.exit_code == 2, result.output
    assert f"no folder {db.parent} to make the store in" in " ".join(result.output.split())


def test_serve_takes_a_plain_file_path_as_store(
    founding_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `serve --db news.db` failed: "Could not parse SQLAlchemy URL"
    served: list[str | None] = []
    monkeypatch.setattr(serve_module, "serve", lambda db, *rest: served.append(db))
    result = _run("serve", "--db", str(founding_db))
    assert result.exit_code == 0, result.output
    assert served == [f"sqlite:///{founding_db}"]


def test_claims_filters_by_valid_stance_and_since(founding_db: Path) -> None:
    result = _run("claims", "--db", str(founding_db), "--stance", "deny", "--since", "2023-05")
    assert result.exit_code == 0, result.output
    assert "2 attributions" in result.output
    assert "Volodymyr Zelensky" in result.output


def test_events_of_an_unknown_type_lists_the_stored_types(founding_db: Path) -> None:
    result = _run("events", "--db", str(founding_db), "--type", "ASSAUL")
    assert result.exit_code == 0, result.output
    assert "no stored event has type ASSAUL; stored types:" in result.output
    assert "ASSAULT" in result.output


def test_ledger_before_link_says_how_to_build_clusters(founding_db: Path) -> None:
    result = CliRunner().invoke(app, ["ledger", "--db", str(founding_db)])
    assert result.exit_code == 0, result.output
    assert "claimgraph link" in result.output


def test_claim_ledger_counts_sources_and_marks_cut_text(founding_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "linked.db"
    shutil.copy(founding_db, db)
    assert _run("link", "--db", str(db)).exit_code == 0
    found = _run("claims", "--db", str(db), "--speaker-contains", "persdienst", "--json")
    first = json.loads(found.output.splitlines()[0])
    result = _run("claim", f"{first['doc_id']}:{first['id']}", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "independent sources of" in result.output
    # "het Kremlin in de nacht van dinsdag op woensdag het doelwit was van een aanval met twee
    # drones" is longer than the column: cut with an ellipsis, not mid-word without a mark
    assert "…" in result.output


def test_short_labels_are_one_line_and_marked_when_cut() -> None:
    # a hard-wrapped transcript turn (White House briefing, 2023-05-03) as a cluster label
    label = (
        "So, you know, just not going to — not going to just\nget ahead — I’m not going to get "
        "ahead of — I know there’s some reporting out there about this."
    )
    shown = short(label, 100)
    assert "\n" not in shown
    assert len(shown) == 100
    assert shown.endswith("…")
