"""Saving is idempotent by document id: the stored document is left as it is."""

from __future__ import annotations

import copy

from claimgraph.model import Document


def test_save_twice_stores_one_document(store, nl_doc: Document) -> None:
    assert store.save_document(nl_doc) is True
    assert store.save_document(nl_doc) is False
    assert store.count_documents() == 1
    assert len(store.query_attributions(doc_id=nl_doc.id)) == len(nl_doc.attributions)


def test_same_id_with_other_fields_leaves_stored_document(store, nl_doc: Document) -> None:
    store.save_document(nl_doc)
    changed = copy.deepcopy(nl_doc)
    changed.title = "Een andere titel"
    changed.attributions = changed.attributions[:1]
    assert store.save_document(changed) is False
    assert store.get_document(nl_doc.id) == nl_doc


def test_save_documents_counts_added_and_skipped(store, sample_docs) -> None:
    assert store.save_documents(sample_docs[:2]) == (2, 0)
    assert store.save_documents(sample_docs) == (2, 2)
    assert store.count_documents() == 4


def test_same_text_gets_same_id_and_is_skipped(store, ru_doc: Document) -> None:
    store.save_document(ru_doc)
    again = Document(text=ru_doc.text, lang="ru")
    assert again.id == ru_doc.id
    assert store.save_document(again) is False
