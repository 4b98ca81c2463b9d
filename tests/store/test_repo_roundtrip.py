"""A saved Document comes back equal: all nested lists, spans as tuples, implicit spans None."""

from __future__ import annotations

from pathlib import Path

from claimgraph.model import Document
from claimgraph.store import open_store


def test_roundtrip_in_memory_returns_equal_document(store, nl_doc: Document) -> None:
    assert store.save_document(nl_doc) is True
    loaded = store.get_document(nl_doc.id)
    assert loaded == nl_doc
    assert loaded is not nl_doc
    assert [len(getattr(loaded, a)) for a in ("attributions", "entities", "timexes")] == [6, 4, 1]
    assert [len(loaded.places), len(loaded.events), len(loaded.claims)] == [3, 2, 1]


def test_roundtrip_keeps_tuples_none_spans_and_floats(store, nl_doc: Document) -> None:
    store.save_document(nl_doc)
    loaded = store.get_document(nl_doc.id)
    assert isinstance(loaded.attributions[0].content_span, tuple)
    assert loaded.attributions[4].speaker_span is None
    assert loaded.surface(loaded.attributions[0].cue_span) == "ontkent"
    assert loaded.places[0].lat == 55.75222 and loaded.places[2].lat is None
    assert loaded.events[1].span is None
    assert loaded.attributions[4].confidence == 0.55


def test_roundtrip_file_db_survives_reopen(tmp_path: Path, sample_docs: list[Document]) -> None:
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    with open_store(url) as first:
        assert first.save_documents(sample_docs) == (4, 0)
    with open_store(url) as second:
        assert second.count_documents() == 4
        for doc in sample_docs:
            assert second.get_document(doc.id) == doc


def test_get_document_unknown_id_is_none(filled_store) -> None:
    assert filled_store.get_document("0000000000000000") is None
    assert filled_store.has_document("0000000000000000") is False


def test_iter_documents_yields_all_in_id_order_any_batch(filled_store, sample_docs) -> None:
    expected = sorted(sample_docs, key=lambda d: d.id)
    assert list(filled_store.iter_documents(batch=1)) == expected
    assert list(filled_store.iter_documents(batch=3)) == expected
    assert list(filled_store.iter_documents()) == expected


def test_has_and_count_documents(store, nl_doc, en_doc) -> None:
    assert store.count_documents() == 0
    store.save_document(nl_doc)
    assert store.has_document(nl_doc.id) and not store.has_document(en_doc.id)
    assert store.count_documents() == 1
