"""Migration 0004: the single-column speaker index is dropped (the (speaker, stance) index
served lookups by speaker until 0006's (speaker_key, stance, speaker) replaced it), and a store
made at 0003 is upgraded with its data."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from claimgraph.store import open_store


def _indexes(conn) -> set[str]:
    rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))
    return {row[0] for row in rows}


def _store_at_0003(url: str, docs) -> None:
    """A store with data as revision 0003 left it: the speaker index present."""
    with open_store(url) as store:
        store.save_documents(docs)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE INDEX ix_attributions_speaker ON attributions (speaker)"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0003'"))
    engine.dispose()


def test_store_at_0003_loses_the_speaker_index_and_keeps_its_data(
    tmp_path: Path, sample_docs
) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    _store_at_0003(url, sample_docs)
    with open_store(url) as store:
        assert [s.speaker for s in store.speaker_counts(q="blinken")] == ["Antony Blinken"]
        assert store.count_documents() == len(sample_docs)
    engine = create_engine(url)
    with engine.connect() as conn:
        names = _indexes(conn)
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT speaker_key, stance, count(*) FROM attributions "
                    "WHERE speaker_key IN ('antony blinken') GROUP BY speaker_key, stance"
                )
            )
        )
    engine.dispose()
    assert "ix_attributions_speaker" not in names
    # 0006 replaced the (speaker, stance) index by (speaker_key, stance, speaker), 0007 by
    # (speaker_key, stance, speaker, doc_id)
    assert "ix_attributions_speaker_stance" not in names
    assert "ix_attributions_speaker_key_doc" in plan


def test_downgrade_to_0003_recreates_the_speaker_index(downgraded_store) -> None:
    assert "ix_attributions_speaker" in _indexes(downgraded_store("0003"))
