"""The embedder's cache of recent texts never loses a vector of the call that made it: a pool
larger than the cache (an evaluation set of ~20k headlines against 50k cached) gets a vector
for every text, not zero rows for the texts the cache let go."""

from __future__ import annotations

import numpy as np

from claimgraph.link.embed import Embedder

# founding-story headlines (../shared/samples/kremlin-drone-2023-05/headlines.jsonl)
HEADLINES = [
    "Russia accuses Ukraine of trying to kill President Putin in drone attack",
    "Kremlin says two drones used in alleged attack were disabled by Russian defences",
    "Zelensky denies Ukraine was behind drone attack on Kremlin",
    "Blinken: US cannot confirm Russian claims",
    "Medvedev calls for Zelensky's physical elimination",
]


def test_more_texts_than_the_cache_holds_all_get_vectors() -> None:
    small = Embedder(cache_size=2, batch=2)
    vectors = small.encode(HEADLINES)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert np.allclose(vectors, Embedder().encode(HEADLINES), atol=1e-5)


def test_the_cache_keeps_the_latest_texts_only() -> None:
    small = Embedder(cache_size=2)
    small.encode(HEADLINES)
    assert list(small._cache) == HEADLINES[-2:]
    again = small.encode(HEADLINES[-1:])
    assert np.isclose(np.linalg.norm(again), 1.0, atol=1e-3)
