"""Migration 0007: a speaker list filtered by language reads indexes only
(``ix_attributions_speaker_key_doc`` carries each attribution's ``doc_id``,
``ix_documents_lang_id`` its document's language), on a store migrated from 0006 with its data;
downgrade swaps the indexes back."""

from __future__ import annotations

from sqlalchemy import text

from claimgraph.store import open_store

NEW = {"ix_attributions_speaker_key_doc", "ix_documents_lang_id"}
OLD = {"ix_attributions_speaker_key", "ix_documents_lang"}
BY_LANGUAGE = (
    "EXPLAIN QUERY PLAN SELECT attributions.speaker_key, count(*) FROM attributions "
    "JOIN documents ON attributions.doc_id = documents.id WHERE documents.lang IN ('nl') "
    "GROUP BY attributions.speaker_key"
)


def _indexes(conn) -> set[str]:
    return set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))


def test_store_at_0006_gets_the_language_indexes_and_keeps_its_data(
    downgraded_store, sample_docs
) -> None:
    at_0006 = downgraded_store("0006", sample_docs)
    assert _indexes(at_0006) >= OLD and not NEW & _indexes(at_0006)
    url = at_0006.engine.url.render_as_string(hide_password=False)
    at_0006.close()
    with open_store(url) as store:
        with store._engine.connect() as conn:
            names = _indexes(conn)
            plan = " ".join(str(row[-1]) for row in conn.execute(text(BY_LANGUAGE)))
        dutch = {row.speaker: row.total for row in store.speaker_counts(lang="nl")}
    assert names >= NEW and not OLD & names
    # which table drives the join depends on the statistics (at 71,000 attributions: the
    # attributions' index, bench/results/web.md); the language is read in the index either way
    assert "COVERING INDEX ix_documents_lang_id" in plan
    # the founding Dutch article's six attributions, Zelensky's two as one person
    assert dutch["Volodymyr Zelensky"] == 2 and sum(dutch.values()) == 6


def test_downgrade_to_0006_swaps_the_indexes_back(downgraded_store) -> None:
    names = _indexes(downgraded_store("0006"))
    assert names >= OLD and not NEW & names
