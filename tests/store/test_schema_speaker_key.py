"""Migration 0006: a store made before ``attributions.speaker_key`` gets the column filled from
its speakers, so its speaker pages and lists go by person at once; and a store written before
the per-language display names (the fifteenth session: "Vladimir Poetin" in English articles)
shows the English name without a re-ingest."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from claimgraph.model import Attribution, Document
from claimgraph.store import open_store
from claimgraph.store.schema import alembic_config, current_revision, head_revision

GUARDIAN = "Russia accuses US of being behind drone attack on Kremlin"


def _pre_display_names(docs: list[Document]) -> list[Document]:
    """``docs`` with Putin, the subject of the Guardian headline's attempt to kill, named the
    way claimgraph wrote him in every language before the fifteenth session."""
    guardian = next(doc for doc in docs if doc.title == GUARDIAN)
    start = guardian.text.index("Vladimir Putin")
    content = guardian.text.index("Washington should be aware")
    guardian.attributions.append(
        Attribution(
            speaker="Vladimir Poetin",
            speaker_span=(start, start + len("Vladimir Putin")),
            cue="",
            cue_span=None,
            content_span=(content, content + len("Washington should be aware")),
            id="a9",
        )
    )
    return docs


def _store_at_0005(url: str, docs: list[Document]) -> None:
    """A store with data as revision 0005 left it: no speaker key column or index."""
    with open_store(url) as store:
        store.save_documents(docs)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_attributions_speaker_key"))
        conn.execute(text("ALTER TABLE attributions DROP COLUMN speaker_key"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0005'"))
    engine.dispose()


def test_store_at_0005_gets_speaker_keys_and_shows_one_entry_per_person(
    tmp_path: Path, spelled_speaker_docs
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _store_at_0005(url, _pre_display_names(spelled_speaker_docs))
    with open_store(url) as store:
        with store._engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            missing = conn.scalar(
                text("SELECT count(*) FROM attributions WHERE speaker_key IS NULL")
            )
        assert missing == 0
        first = store.speaker_counts(limit=1)
        assert [(row.speaker, row.total) for row in first] == [("Volodymyr Zelensky", 3)]
        assert len(store.query_attributions(speaker="Zelenskyy")) == 3
        assert [r.attribution.speaker for r in store.query_attributions(speaker="President")] == [
            "President"
        ]
        # Stored as "Vladimir Poetin" in an English article: shown as English writes him.
        (putin,) = store.query_attributions(speaker="Putin")
        assert (putin.lang, putin.attribution.speaker) == ("en", "Vladimir Putin")
        assert "Vladimir Putin" in [row.speaker for row in store.speaker_counts(q="putin")]
        # the search index (its update trigger set aside while the keys were filled) still works
        assert store.count_attributions(speaker_contains="spokesperson") == 1
        guardian = next(doc for doc in store.iter_documents() if doc.title == GUARDIAN)
        assert "Vladimir Putin" in [att.speaker for att in guardian.attributions]


def test_downgrade_to_0005_drops_the_key_and_keeps_the_search_triggers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_store(url).close()
    engine = create_engine(url)
    with engine.connect() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
        conn.commit()
        columns = {c["name"] for c in inspect(conn).get_columns("attributions")}
        triggers = conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        assert "speaker_key" not in columns
        assert "search_attributions_update" in set(triggers)
    engine.dispose()
