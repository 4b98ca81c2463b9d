"""Bring a store's schema to the newest migration (Alembic), safely with concurrent openers.

:func:`open_store` calls :func:`upgrade_schema` on every open. A store already at the newest
revision with all its tables costs one small read. Otherwise the upgrade runs under a lock
that every opener takes, in one transaction (SQLite and PostgreSQL both have transactional
DDL): ``BEGIN IMMEDIATE`` on SQLite (one writer at a time, others wait), an advisory
transaction lock on PostgreSQL. Whoever gets the lock second finds the work done, so two
processes creating a new store at once never race on ``CREATE TABLE``.

A store made before migrations existed (``create_all``, no ``alembic_version`` table) is
adopted by the baseline migration, which creates only missing tables; the later ones add what
is new. Every migration is idempotent, so a store whose version row outlived its tables (a
test's ``drop_all``) is repaired by running all of them again.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from claimgraph.store.tables import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
# Any constant; all claimgraph openers of one PostgreSQL database take this lock to migrate.
_PG_LOCK_KEY = 0x636C61696D67  # "claimg"
# How long a SQLite opener waits for another one's upgrade (a large store's first upgrade
# builds the search index: seconds to minutes).
_SQLITE_LOCK_WAIT_MS = 600_000


def alembic_config() -> Config:
    """An Alembic config for the migrations shipped in this package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def head_revision() -> str:
    """The newest migration's revision id."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


class NewerSchemaError(Exception):
    """The store was migrated by a newer claimgraph: its revision is not among ours."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"the store's schema revision {revision} is newer than this claimgraph's "
            f"(up to {head_revision()}): upgrade claimgraph to open it"
        )
        self.revision = revision


@cache
def known_revisions() -> frozenset[str]:
    """The revision ids of the migrations shipped in this package."""
    return frozenset(
        s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


def current_revision(conn: Connection) -> str | None:
    """The store's revision, or None when it has never been migrated."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def _missing_tables(conn: Connection) -> set[str]:
    return set(Base.metadata.tables) - set(inspect(conn).get_table_names())


def is_current(engine: Engine) -> bool:
    """Whether the store is at the newest revision and has all its tables."""
    with engine.connect() as conn:
        return current_revision(conn) == head_revision() and not _missing_tables(conn)


def upgrade_schema(engine: Engine, revision: str = "head") -> None:
    """Migrate the store to ``revision`` (default: the newest), creating it when empty.

    Raises :class:`sqlalchemy.exc.SQLAlchemyError` when the database cannot be read or changed,
    :class:`NewerSchemaError` when a newer claimgraph has migrated it.
    """
    if revision == "head" and is_current(engine):
        return
    with engine.connect() as conn:
        found = current_revision(conn)
        if found is not None and found not in known_revisions():
            raise NewerSchemaError(found)
        restore = _lock(conn)
        try:
            if _missing_tables(conn) and current_revision(conn) is not None:
                conn.execute(text(f"DELETE FROM {VERSION_TABLE}"))  # repair: run them all again
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            restore()


def _lock(conn: Connection) -> Callable[[], None]:
    """Take the migration lock in a new transaction on ``conn``; returns a cleanup function."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        return lambda: None
    if conn.dialect.name != "sqlite":
        return lambda: None
    waited = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    conn.exec_driver_sql(f"PRAGMA busy_timeout = {_SQLITE_LOCK_WAIT_MS}")
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, until commit or rollback

    def restore() -> None:
        with suppress(SQLAlchemyError):
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(waited or 0)}")

    return restore


__all__ = [
    "MIGRATIONS",
    "alembic_config",
    "current_revision",
    "head_revision",
    "is_current",
    "upgrade_schema",
]
