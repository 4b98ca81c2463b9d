"""Crash safety of ``claimgraph ingest`` on real Dutch news: SIGKILL mid-way leaves a store whose
documents are each complete, a restart finishes the job with every article once, and two
concurrent ingests of overlapping inputs into one SQLite file store nothing twice."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.pipeline import analyze
from claimgraph.store import open_store

CLI = "from claimgraph.interfaces.cli import main; main()"
ARTICLES = 200


@pytest.fixture(scope="module")
def articles(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of real DPG articles (headline + body) as .txt files."""
    folder = tmp_path_factory.mktemp("dpg")
    with (shared_data / "nl-news" / "dpg-news2019.jsonl").open(encoding="utf-8") as lines:
        for _, line in zip(range(ARTICLES), lines, strict=False):
            record = json.loads(line)
            text = f"{record['title']}\n\n{record['text']}"
            (folder / f"{record['id']}.txt").write_text(text, encoding="utf-8")
    return folder


def _ingest(db: str, *paths: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-c", CLI, "ingest", *map(str, paths), "--db", db]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _stored(db: str) -> list:
    with open_store(db) as store:
        return list(store.iter_documents())


def _wait_for_documents(db_path: Path, db: str, count: int, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if db_path.exists():
            with open_store(db) as store:
                if store.count_documents() >= count:
                    return
        time.sleep(0.2)
    pytest.fail(f"ingest stored fewer than {count} documents in {limit} s")


def test_store_survives_sigkill_and_restart(articles: Path, tmp_path: Path):
    db_path = tmp_path / "cg.db"
    db = f"sqlite:///{db_path}"
    open_store(db).close()  # polling below must not race the ingest's table creation
    proc = _ingest(db, articles)
    _wait_for_documents(db_path, db, 10)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    survivors = _stored(db)
    assert 10 <= len(survivors) < ARTICLES
    for doc in survivors:  # one transaction per document: all of its rows or none
        assert len(doc.attributions) == len(analyze(doc.text).attributions), doc.id
        assert len(doc.claims) == len(doc.attributions), doc.id

    restart = _ingest(db, articles)
    _, stderr = restart.communicate(timeout=600)
    assert restart.returncode == 0, stderr
    texts = {p.read_text(encoding="utf-8") for p in articles.iterdir()}  # DPG repeats some
    added = len(texts) - len(survivors)
    assert f"{added} added, {ARTICLES - added} already stored" in stderr
    final = _stored(db)
    assert len(final) == len(texts) == len({d.text for d in final})
    assert {d.text for d in final} == texts


def _overlapping_folders(articles: Path, tmp_path: Path) -> tuple[Path, Path, set[str]]:
    """Two folders sharing 20 of their 30 articles each; the texts of all 40."""
    files = sorted(articles.iterdir())[:40]
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, chosen in ((first, files[:30]), (second, files[10:])):
        folder.mkdir()
        for path in chosen:
            (folder / path.name).write_bytes(path.read_bytes())
    return first, second, {path.read_text(encoding="utf-8") for path in files}


def _run_concurrently(db: str, first: Path, second: Path) -> None:
    runs = [_ingest(db, first), _ingest(db, second)]
    results = [run.communicate(timeout=600) for run in runs]
    for run, (_, stderr) in zip(runs, results, strict=True):
        assert "Traceback" not in stderr
        assert run.returncode == 0, stderr


def test_store_concurrent_overlapping_ingests(articles: Path, tmp_path: Path):
    first, second, texts = _overlapping_folders(articles, tmp_path)
    db = f"sqlite:///{tmp_path / 'cg.db'}"
    open_store(db).close()  # an existing store, as after a first ingest
    _run_concurrently(db, first, second)
    final = _stored(db)
    assert len(final) == len({d.id for d in final}) == len(texts)
    assert {d.text for d in final} == texts


def test_store_concurrent_ingests_into_new_store(articles: Path, tmp_path: Path):
    first, second, texts = _overlapping_folders(articles, tmp_path)
    db = f"sqlite:///{tmp_path / 'cg.db'}"
    _run_concurrently(db, first, second)
    assert {d.text for d in _stored(db)} == texts
