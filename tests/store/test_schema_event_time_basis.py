"""Migration 0009: a store written before events said where their time comes from
(``events.time_basis``) gains the column when opened and keeps its events; their basis is
unknown (""), never guessed from a time that equals the article date, and their derived ``date``
is left as it was. Events stored afterwards keep theirs. On SQLite, and on PostgreSQL when
$CLAIMGRAPH_TEST_PG_URL is set (the ``store`` fixture)."""

from __future__ import annotations

import copy
import dataclasses

from alembic import command
from sqlalchemy import inspect, text

from claimgraph.model import Document
from claimgraph.store import Store, open_store
from claimgraph.store.schema import alembic_config, current_revision, head_revision, upgrade_schema

# (time, date) of the two events: their derived dates are kept as they were
DATES = [("2023-05-02TNI", "2023-05-02"), ("2023-05", "2023-05")]


def _with_bases(doc: Document) -> Document:
    """The founding article with its drone attack dated in its sentence and the explosion by
    the article's date ("2023-05")."""
    doc = copy.deepcopy(doc)
    attack, explosion = doc.events
    attack.time_basis = "sentence"
    explosion.time, explosion.time_basis = "2023-05", "published"
    return doc


def _unknown_bases(doc: Document) -> Document:
    return dataclasses.replace(
        doc, events=[dataclasses.replace(e, time_basis="") for e in doc.events]
    )


def _columns(conn) -> set[str]:
    return {c["name"] for c in inspect(conn).get_columns("events")}


def _event_dates(conn) -> list[tuple[str, str]]:
    rows = conn.execute(text("SELECT time, date FROM events ORDER BY ordinal"))
    return [tuple(row) for row in rows]


def test_store_at_0008_gains_the_column_and_keeps_its_events(downgraded_store, nl_doc) -> None:
    doc = _with_bases(nl_doc)
    at_0008 = downgraded_store("0008", [doc])
    assert "time_basis" not in _columns(at_0008)
    dates = _event_dates(at_0008)
    url = at_0008.engine.url.render_as_string(hide_password=False)
    at_0008.close()
    with open_store(url) as store:
        with store._engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            assert "time_basis" in _columns(conn)
            assert _event_dates(conn) == dates == DATES
        assert store.get_document(doc.id) == _unknown_bases(doc)
        later = Document(text=doc.text + " ", lang="nl", date="2023-05", events=doc.events)
        store.save_document(later)
        assert store.get_document(later.id).events == doc.events


def test_upgrade_and_downgrade_on_either_backend(store: Store, nl_doc) -> None:
    doc = _with_bases(nl_doc)
    store.save_document(doc)
    config = alembic_config()
    with store._engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
        conn.commit()
        assert "time_basis" not in _columns(conn)
    upgrade_schema(store._engine)
    with store._engine.connect() as conn:
        assert "time_basis" in _columns(conn)
    assert store.get_document(doc.id) == _unknown_bases(doc)
