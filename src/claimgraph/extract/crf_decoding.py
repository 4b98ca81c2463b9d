"""Recall levers in the CRF's decoding, read from the model's meta file (issue #5).

A model's meta may hold ``"decoding": {"o_offset": x, "chunk_marginal": y}``; a model without
it is decoded by plain Viterbi (the default, and every English model):

- ``o_offset``: subtracted from every token's state score for ``O`` before the Viterbi search,
  a prior against "no role" that lets the tagger open more chunks;
- ``chunk_marginal``: after the search, each run of ``O`` tokens whose marginal probability for
  one role (``B-`` plus ``I-``) is at least this becomes a chunk of that role (continuing a chunk
  of the same role right before it). The marginals are the CRF's own (forward-backward on the
  same scores and the model's transition weights).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

OUTSIDE = "O"
ROLES = ("CUE", "SOURCE", "CONTENT")


@dataclass(frozen=True)
class Decoding:
    """How a model's tags are decoded from its state scores (module docstring); 0: off."""

    o_offset: float = 0.0
    chunk_marginal: float = 0.0

    @classmethod
    def from_meta(cls, meta: Mapping) -> Decoding:
        """The ``"decoding"`` entry of a model's meta (plain Viterbi when it has none)."""
        given = meta.get("decoding") or {}
        return cls(float(given.get("o_offset", 0.0)), float(given.get("chunk_marginal", 0.0)))

    @property
    def plain(self) -> bool:
        return not (self.o_offset or self.chunk_marginal)


def decode(
    scores: np.ndarray,
    labels: Sequence[str],
    transitions: np.ndarray | None,
    search: Callable[[np.ndarray], list[str]],
    decoding: Decoding,
) -> list[str]:
    """The tags of a sequence with the state ``scores`` (token, label): ``search`` (Viterbi) on
    the scores shifted by ``decoding.o_offset``, then marginal chunks where asked for."""
    if decoding.plain:
        return search(scores)
    shifted = np.array(scores, np.float64)
    if decoding.o_offset and OUTSIDE in labels:
        shifted[:, list(labels).index(OUTSIDE)] -= decoding.o_offset
    tags = search(shifted)
    if decoding.chunk_marginal and transitions is not None and len(tags):
        probs = marginals(shifted, transitions)
        tags = marginal_chunks(tags, labels, probs, decoding.chunk_marginal)
    return tags


def marginals(scores: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Each token's marginal probability per label (token, label) under a linear-chain CRF with
    the state ``scores`` and the ``transitions`` ([i][j]: from label i to label j)."""
    items = len(scores)
    forward = np.empty_like(scores)
    backward = np.zeros_like(scores)
    forward[0] = scores[0]
    for t in range(1, items):
        forward[t] = np.logaddexp.reduce(forward[t - 1][:, None] + transitions, axis=0) + scores[t]
    for t in range(items - 2, -1, -1):
        ahead = transitions + (scores[t + 1] + backward[t + 1])[None, :]
        backward[t] = np.logaddexp.reduce(ahead, axis=1)
    log_norm = np.logaddexp.reduce(forward[-1])
    return np.exp(forward + backward - log_norm)


def marginal_chunks(
    tags: Sequence[str], labels: Sequence[str], probs: np.ndarray, theta: float
) -> list[str]:
    """``tags`` with each run of ``O`` whose marginal for one role (``B-`` + ``I-``) is at
    least ``theta`` tagged as that role (roles in :data:`ROLES` order, the first wins)."""
    out = list(tags)
    column = {label: n for n, label in enumerate(labels)}
    for role in ROLES:
        held = [column[name] for name in (f"B-{role}", f"I-{role}") if name in column]
        if held:
            _tag_runs(out, role, probs[:, held].sum(axis=1) >= theta)
    return out


def _tag_runs(tags: list[str], role: str, likely: np.ndarray) -> None:
    """Tag each run of ``O`` tokens that are all ``likely`` as a chunk of ``role``, in place."""
    t = 0
    while t < len(tags):
        if tags[t] != OUTSIDE or not likely[t]:
            t += 1
            continue
        start = t
        while t < len(tags) and tags[t] == OUTSIDE and likely[t]:
            t += 1
        continues = start > 0 and tags[start - 1].endswith(f"-{role}")
        for k in range(start, t):
            tags[k] = f"I-{role}" if k > start or continues else f"B-{role}"
