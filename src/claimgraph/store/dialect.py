"""The few places where SQLite needs help to behave like PostgreSQL.

- ``unicode_lower(x)``: SQL ``lower()`` is Unicode-aware on PostgreSQL but ASCII-only on SQLite
  ("Зеленский", "Ł"), so on SQLite it compiles to a Python function registered per connection.
- SQLite enforces foreign keys (and so ``ON DELETE CASCADE``) only when asked, per connection.
- A SQLite file uses write-ahead logging with ``synchronous=NORMAL``: readers (a web app) do not
  block the writer (ingest), and a commit (one per document) needs no fsync; a power cut may
  lose the last commits, never consistency. WAL needs a local disk, not a network share.
  Two processes switching a new file to WAL at once can deadlock on its lock, and SQLite then
  answers "database is locked" at once, without waiting: the switch is retried.
- An in-memory SQLite database lives in one connection: share that one across threads, so that
  a web app's worker thread sees the same store as the code that filled it.
"""

from __future__ import annotations

import random
import sqlite3
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.pool import StaticPool
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import Text

_SQLITE_LOWER = "cg_lower"


class unicode_lower(GenericFunction[str]):  # lower case: it is called as func.unicode_lower
    """``lower()`` with Unicode case folding on every backend."""

    type = Text()
    inherit_cache = True


@compiles(unicode_lower)
def _compile_lower(element: unicode_lower, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(unicode_lower, "sqlite")
def _compile_lower_sqlite(element: unicode_lower, compiler: Any, **kw: Any) -> str:
    return f"{_SQLITE_LOWER}({compiler.process(element.clauses, **kw)})"


SQLITE_LOCK_WAIT_S = 120


def _py_lower(value: str | None) -> str | None:
    return None if value is None else value.lower()


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.create_function(_SQLITE_LOWER, 1, _py_lower, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor: Any) -> None:
    """Set WAL mode, retrying while another connection's switch holds the lock."""
    deadline = time.monotonic() + SQLITE_LOCK_WAIT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.1))  # jitter: two retriers must not meet again


def _on_sqlite_file_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _is_sqlite_memory(url: URL) -> bool:
    database = url.database or ""
    return database in ("", ":memory:") or url.query.get("mode") == "memory"


def make_engine(url: URL) -> Engine:
    """An engine for ``url``, with the SQLite adjustments above where it is SQLite."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url)
    if _is_sqlite_memory(url):
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        # a connection waits this long for another writer's lock (a migration of a new store,
        # a concurrent ingest) instead of pysqlite's 5 s, which a loaded machine can exceed
        engine = create_engine(url, connect_args={"timeout": SQLITE_LOCK_WAIT_S})
        event.listen(engine, "connect", _on_sqlite_file_connect)
    event.listen(engine, "connect", _on_sqlite_connect)
    return engine
