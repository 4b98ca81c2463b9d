"""Processes that open a new SQLite store at the same moment all get it: switching the file to
WAL deadlocks now and then, and SQLite answers "database is locked" without waiting, as a
concurrent ingest into a new store once did in CI."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from claimgraph.store.dialect import make_engine

TRIALS = 40
PROCESSES = 4


def _open_at(path: str, start: float, errors: multiprocessing.Queue) -> None:
    while time.time() < start:  # all processes connect together
        pass
    engine = make_engine(make_url(f"sqlite:///{path}"))
    try:
        with engine.connect() as conn:
            errors.put(conn.execute(text("PRAGMA journal_mode")).scalar())
    except Exception as exc:  # reported to the test, not raised in the child
        errors.put(repr(exc))
    finally:
        engine.dispose()


def test_new_store_opened_by_many_processes_at_once(tmp_path: Path):
    context = multiprocessing.get_context("fork")
    answers: list[str] = []
    for trial in range(TRIALS):
        path = str(tmp_path / f"{trial}.db")
        queue = context.Queue()
        start = time.time() + 0.1
        procs = [
            context.Process(target=_open_at, args=(path, start, queue)) for _ in range(PROCESSES)
        ]
        for proc in procs:
            proc.start()
        answers += [queue.get(timeout=60) for _ in procs]
        for proc in procs:
            proc.join()
    assert answers == ["wal"] * TRIALS * PROCESSES
