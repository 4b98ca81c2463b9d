"""The crash-safety tests of ``test_store_crash_safety.py`` on PostgreSQL: SIGKILL mid-ingest
leaves only complete documents and a restart finishes the job; concurrent overlapping ingests
store nothing twice. Each test gets a schema of its own in the database at
$CLAIMGRAPH_TEST_PG_URL (skipped when unset), so parallel test runs do not meet."""

from __future__ import annotations

import importlib.util
import os
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import create_engine, text

from claimgraph.pipeline import analyze
from claimgraph.store import open_store

PG_URL_ENV = "CLAIMGRAPH_TEST_PG_URL"


def _sqlite_crash_tests() -> ModuleType:
    """``test_store_crash_safety.py``, whose helpers and ``articles`` fixture are reused here."""
    path = Path(__file__).with_name("test_store_crash_safety.py")
    spec = importlib.util.spec_from_file_location("_crash_safety_helpers", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_crash = _sqlite_crash_tests()
articles = _crash.articles  # the fixture: 200 real DPG articles as .txt files
ARTICLES = _crash.ARTICLES
_ingest, _stored = _crash._ingest, _crash._stored
_overlapping_folders, _run_concurrently = _crash._overlapping_folders, _crash._run_concurrently


def _execute(url: str, statement: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL into a fresh, empty schema of the test database; the schema is dropped after."""
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"${PG_URL_ENV} is not set")
    schema = f"cg_crash_{uuid.uuid4().hex[:12]}"
    _execute(base, f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in base else "?"
    try:
        yield f"{base}{joiner}options=-csearch_path%3D{schema}"
    finally:
        _execute(base, f"DROP SCHEMA {schema} CASCADE")


def _wait_for_documents(db: str, count: int, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    with open_store(db) as store:
        while time.monotonic() < deadline:
            if store.count_documents() >= count:
                return
            time.sleep(0.2)
    pytest.fail(f"ingest stored fewer than {count} documents in {limit} s")


def test_store_postgres_survives_sigkill_and_restart(articles: Path, pg_url: str):
    open_store(pg_url).close()
    proc = _ingest(pg_url, articles)
    _wait_for_documents(pg_url, 10)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    survivors = _stored(pg_url)
    assert 10 <= len(survivors) < ARTICLES
    for doc in survivors:  # one transaction per document: all of its rows or none
        assert len(doc.attributions) == len(analyze(doc.text).attributions), doc.id
        assert len(doc.claims) == len(doc.attributions), doc.id

    restart = _ingest(pg_url, articles)
    _, stderr = restart.communicate(timeout=600)
    assert restart.returncode == 0, stderr
    texts = {p.read_text(encoding="utf-8") for p in articles.iterdir()}
    added = len(texts) - len(survivors)
    assert f"{added} added, {ARTICLES - added} already stored" in stderr
    final = _stored(pg_url)
    assert len(final) == len(texts) == len({d.text for d in final})
    assert {d.text for d in final} == texts


def test_store_postgres_concurrent_overlapping_ingests(articles: Path, tmp_path: Path, pg_url: str):
    first, second, texts = _overlapping_folders(articles, tmp_path)
    open_store(pg_url).close()
    _run_concurrently(pg_url, first, second)
    final = _stored(pg_url)
    assert len(final) == len({d.id for d in final}) == len(texts)
    assert {d.text for d in final} == texts


def test_store_postgres_concurrent_ingests_into_new_schema(
    articles: Path, tmp_path: Path, pg_url: str
):
    first, second, texts = _overlapping_folders(articles, tmp_path)
    _run_concurrently(pg_url, first, second)
    assert {d.text for d in _stored(pg_url)} == texts
