"""VectorIndex: exact and HNSW search agree, shapes and padding, growth after a search, and the
switch to the graph above ANN_MIN (vectors with the clustered shape of sentence embeddings)."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.link import index as index_module
from claimgraph.link.index import VectorIndex

DIM = 32


def _vectors(n: int, seed: int) -> np.ndarray:
    """Unit vectors near 40 topic directions, with a few dimensions of spread each."""
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((40, DIM))
    spread = rng.standard_normal((40, 4, DIM)) * 0.5
    topic = rng.integers(0, 40, n)
    vecs = centres[topic] + np.einsum("nk,nkd->nd", rng.standard_normal((n, 4)), spread[topic])
    return (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)


def test_hnsw_finds_what_exact_search_finds() -> None:
    data, queries = _vectors(3000, 0), _vectors(50, 1)
    exact, ann = VectorIndex(DIM, backend="exact"), VectorIndex(DIM, backend="hnswlib")
    exact.add(data)
    ann.add(data)
    truth, truth_sims = exact.search(queries, 10)
    found, sims = ann.search(queries, 10)
    recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth, strict=True)])
    assert recall >= 0.95
    assert np.all(np.diff(sims, axis=1) <= 1e-6)  # best first
    np.testing.assert_allclose(sims[:, 0], truth_sims[:, 0], atol=1e-5)


def test_search_pads_short_answers_and_rejects_wrong_shapes() -> None:
    index = VectorIndex(DIM)
    labels, sims = index.search(_vectors(2, 3), 4)
    assert labels.shape == (2, 4) and (labels == -1).all() and not sims.any()
    index.add(_vectors(3, 4))
    labels, _ = index.search(_vectors(1, 5), 5)
    assert sorted(labels[0][:3]) == [0, 1, 2] and list(labels[0][3:]) == [-1, -1]
    with pytest.raises(ValueError, match="shape"):
        index.add(np.zeros((2, DIM + 1), dtype=np.float32))


@pytest.mark.parametrize("backend", ["exact", "hnswlib"])
def test_vectors_added_after_a_search_are_found(backend: str) -> None:
    index = VectorIndex(DIM, backend=backend)
    index.add(_vectors(500, 6))
    index.search(_vectors(1, 7), 1)  # builds the graph
    new = _vectors(1, 8)
    index.add(new)
    labels, sims = index.search(new, 1)
    assert labels[0, 0] == 500 and sims[0, 0] == pytest.approx(1.0, abs=1e-5)


def test_auto_switches_to_the_graph_at_ann_min(monkeypatch) -> None:
    monkeypatch.setattr(index_module, "ANN_MIN", 100)
    index = VectorIndex(DIM)
    index.add(_vectors(99, 9))
    assert index.kind == "exact"
    index.add(_vectors(1, 10))
    assert index.kind == "hnswlib"
    assert index.search(_vectors(1, 10), 1)[0][0, 0] == 99


def test_graph_keeps_the_vectors_and_grows_without_a_rebuild() -> None:
    index = VectorIndex(DIM, backend="hnswlib")
    index.add(_vectors(1000, 11))
    index.search(_vectors(1, 12), 1)
    graph = index._ann
    assert index._chunks == [] and index._matrix is None  # one copy of the vectors, the graph's
    more = _vectors(600, 13)  # past the graph's first capacity: it is resized, not rebuilt
    index.add(more)
    labels, _ = index.search(more[-5:], 1)
    assert index._ann is graph and len(index) == 1600
    assert list(labels[:, 0]) == list(range(1595, 1600))
