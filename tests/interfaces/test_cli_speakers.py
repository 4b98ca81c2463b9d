"""``claimgraph speakers``: who is quoted in a store, how often, with which stances (one row per
person, the store query the API's speaker list uses), and ``--rekey`` after the people data
gained a spelling. Stores: the founding Dutch article as ingested, and the founding story's
headlines that write Zelensky three ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.interfaces.cli import app
from claimgraph.store import open_store

FOUNDING = "kremlin-drone-nl-2023-05.txt"
ZELENSKY = "Volodymyr Zelensky"


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def _rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def story_db(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path, spelled_speaker_docs):
    """The founding article (nl, analyzed by ingest) and the spelled headlines (en)."""
    db = tmp_path_factory.mktemp("speakers") / "cg.db"
    result = _run("ingest", str(samples_dir / FOUNDING), "--db", str(db))
    assert result.exit_code == 0, result.output
    with open_store(f"sqlite:///{db}") as store:
        store.save_documents(spelled_speaker_docs)
    return db


def test_speakers_are_people_most_quoted_first(story_db: Path) -> None:
    rows = _rows(_run("speakers", "--db", str(story_db), "--json"))
    totals = [row["total"] for row in rows]
    assert totals == sorted(totals, reverse=True)
    names = [row["speaker"] for row in rows]
    assert names.count(ZELENSKY) == 1  # three headline spellings and the Dutch article's
    zelensky = next(row for row in rows if row["speaker"] == ZELENSKY)
    assert zelensky["total"] >= 4 and next(iter(zelensky["stances"])) == "deny"
    stances = list(zelensky["stances"].values())
    assert stances == sorted(stances, reverse=True)  # stances by count


def test_speakers_table_shows_name_count_and_stances(story_db: Path) -> None:
    result = _run("speakers", "--db", str(story_db), "--contains", "zelensk")
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if ZELENSKY in line)
    assert "deny" in line and "Zelenskiy" not in result.stdout


def test_speakers_language_and_substring_filters(story_db: Path) -> None:
    dutch = _rows(_run("speakers", "--db", str(story_db), "--lang", "nl", "--json"))
    english = _rows(_run("speakers", "--db", str(story_db), "--lang", "en", "--json"))
    every = _rows(_run("speakers", "--db", str(story_db), "--json", "--limit", "1000"))
    assert "Vice President" not in [row["speaker"] for row in dutch]
    assert "Vice President" in [row["speaker"] for row in english]
    total = {row["speaker"]: row["total"] for row in every}[ZELENSKY]
    by_lang = [row["total"] for row in dutch + english if row["speaker"] == ZELENSKY]
    assert sum(by_lang) == total and len(by_lang) == 2
    found = _rows(_run("speakers", "--db", str(story_db), "--contains", "president", "--json"))
    assert {"President", "Vice President"} <= {row["speaker"] for row in found}


def test_speakers_cut_at_the_limit_say_how_many_there_are(story_db: Path) -> None:
    total = len(_rows(_run("speakers", "--db", str(story_db), "--json", "--limit", "1000")))
    cut = _run("speakers", "--db", str(story_db), "--limit", "2", "--json")
    assert len(_rows(cut)) == 2
    assert f"2 of {total} speakers shown: --limit {total} shows all" in cut.stderr


def test_rekey_joins_a_spelling_added_to_the_people_data(
    tmp_path: Path, spelled_speaker_docs, people_lacking
) -> None:
    db = tmp_path / "older.db"
    with people_lacking("Zelenskiy"), open_store(f"sqlite:///{db}") as store:
        store.save_documents(spelled_speaker_docs)
    args = ("speakers", "--db", str(db), "--contains", "zelensk", "--json")
    assert [row["total"] for row in _rows(_run(*args))] == [2, 1]  # one person, two rows

    rekeyed = _run(*args, "--rekey")

    assert [(row["speaker"], row["total"]) for row in _rows(rekeyed)] == [(ZELENSKY, 3)]
    assert "given another speaker key (person, body or title in its article): 1;" in rekeyed.stderr
    again = _run(*args, "--rekey")
    assert "every stored speaker is as the people and body data name them" in again.stderr


def test_a_bare_title_is_listed_with_its_article(story_db: Path, spelled_speaker_docs) -> None:
    briefing = spelled_speaker_docs[-1].id
    found = _rows(_run("speakers", "--db", str(story_db), "--contains", "president", "--json"))
    articles = {row["speaker"]: row["doc_id"] for row in found}
    assert articles["President"] == briefing and articles["Vice President"] == briefing
    table = _run("speakers", "--db", str(story_db), "--contains", "president").stdout
    assert f"President (article {briefing})" in " ".join(table.split())
