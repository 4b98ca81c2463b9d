"""export_jsonl writes one Document.to_json per line; reading them back gives equal Documents."""

from __future__ import annotations

import io

from claimgraph.model import Document
from claimgraph.store import export_jsonl, open_store


def test_export_jsonl_roundtrips_documents(filled_store, sample_docs) -> None:
    out = io.StringIO()
    assert export_jsonl(filled_store, out) == 4
    lines = out.getvalue().splitlines()
    assert len(lines) == 4
    by_id = {doc.id: doc for doc in sample_docs}
    for line in lines:
        doc = Document.from_json(line)
        assert doc == by_id[doc.id]
        assert line == by_id[doc.id].to_json()


def test_export_jsonl_imports_into_fresh_store(filled_store, sample_docs) -> None:
    out = io.StringIO()
    export_jsonl(filled_store, out)
    with open_store("sqlite://") as fresh:
        docs = [Document.from_json(line) for line in out.getvalue().splitlines()]
        assert fresh.save_documents(docs) == (4, 0)
        assert sorted(fresh.iter_documents(), key=lambda d: d.id) == sorted(
            sample_docs, key=lambda d: d.id
        )


def test_export_jsonl_empty_store(store) -> None:
    out = io.StringIO()
    assert export_jsonl(store, out) == 0
    assert out.getvalue() == ""
