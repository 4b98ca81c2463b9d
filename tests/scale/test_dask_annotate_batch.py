"""The worker's core, without Dask: annotating dicts equals annotating Documents."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate_many
from claimgraph.scale.dask import annotate_batch


def test_annotate_batch_equals_annotate_many(nl_docs: list[Document]) -> None:
    docs = nl_docs[:8]
    dicts = [doc.to_dict() for doc in docs]
    expected = [doc.to_dict() for doc in annotate_many(docs)]
    assert annotate_batch(dicts) == expected
    assert sum(len(item["attributions"]) for item in expected) >= len(expected)  # real output


def test_annotate_batch_leaves_input_unannotated(nl_docs: list[Document]) -> None:
    dicts = [doc.to_dict() for doc in nl_docs[:3]]
    annotate_batch(dicts)
    assert all(item["attributions"] == [] for item in dicts)


def test_annotate_batch_of_nothing() -> None:
    assert annotate_batch([]) == []
