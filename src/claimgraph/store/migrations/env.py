"""Alembic environment: runs the migrations on the connection that
:func:`claimgraph.store.schema.upgrade_schema` passes in ``config.attributes["connection"]``.

With the ``alembic`` command line (``alembic -x url=sqlite:///claims.db upgrade head`` with a
config whose ``script_location`` is this folder) it opens that URL and takes the same lock.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from claimgraph.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from sqlalchemy.engine import make_url

    from claimgraph.store.dialect import make_engine
    from claimgraph.store.schema import upgrade_schema

    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = make_engine(make_url(url))
    try:
        upgrade_schema(engine, context.get_revision_argument() or "head")
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("claimgraph migrations run online only (they adopt pre-Alembic stores)")
run_migrations_online()
