"""crfsuite's own Viterbi on state scores, without its item interface (issue #9).

``crf_scores.ScoreTagger`` used to hand crfsuite each token as a dict of label carriers valued
with the token's scores: building those dicts, pycrfsuite's copying of them, crfsuite's look-up
of every carrier in the model's attribute dictionary and its adding of each state score back up
cost more than ten times the search itself. The search is ``crf1dc_viterbi`` (crfsuite 0.12,
``crf1d_context.c``), which the library pycrfsuite ships exports: here it is called through
``ctypes`` on a crfsuite context (``crf1dc_new``) whose state scores are the token scores (plus
0.0: crfsuite's sums start from +0.0, so a -0.0 score is +0.0 there) and whose transition scores
are the model's (label, label) weights, as ``crf1d_tag.c`` fills them. The same code on the same
numbers: the same tags, ties included.

The context's layout is crfsuite's (``crf1d.h``; only its head is written through, the state and
transition pointers). :func:`crfsuite_viterbi` checks that head on a context it allocates and
that the tags equal the tagger's on a sample sequence; it gives ``None`` (callers then use the
tagger) when a check fails or the library does not export the functions.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

_CTXF_VITERBI = 0x01  # crf1d.h: a context for the Viterbi search only
_SAMPLE_ITEMS = 200  # the length of the sample sequence both searches are compared on
_FUNCTIONS = ("crf1dc_new", "crf1dc_set_num_items", "crf1dc_viterbi", "crf1dc_delete")


class _ContextHead(ctypes.Structure):
    """The first fields of crfsuite 0.12's ``crf1d_context_t`` (``crf1d.h``)."""

    _fields_ = [
        ("flag", ctypes.c_int),
        ("num_labels", ctypes.c_int),
        ("num_items", ctypes.c_int),
        ("cap_items", ctypes.c_int),
        ("log_norm", ctypes.c_double),
        ("state", ctypes.POINTER(ctypes.c_double)),  # [T][L]
        ("trans", ctypes.POINTER(ctypes.c_double)),  # [L][L]: from label i to label j
    ]


_Context = ctypes.POINTER(_ContextHead)


@dataclass(frozen=True)
class Viterbi:
    """crfsuite's Viterbi search for a model with the (label, label) weights ``transitions``
    (``[i][j]``: from label i to label j), through the library's context functions."""

    transitions: np.ndarray
    functions: tuple[Any, ...]  # _FUNCTIONS, typed for ctypes

    def best_path(self, scores: np.ndarray) -> list[int]:
        """The label ids crfsuite's Viterbi gives a sequence with the state ``scores`` (token,
        label). A context per call: the library releases the interpreter lock while it runs, so
        threads tagging at once each have their own."""
        new, set_items, search, delete = self.functions
        items, labels = scores.shape
        if labels != len(self.transitions):
            raise ValueError(f"{labels} label scores for a model with {len(self.transitions)}")
        if not items:
            return []
        state = np.ascontiguousarray(scores, np.float64) + 0.0
        path = np.zeros(items, np.intc)
        context = new(_CTXF_VITERBI, labels, items)
        if not context:
            raise MemoryError("crfsuite could not allocate a context")
        try:
            if set_items(context, items) != 0:
                raise MemoryError("crfsuite could not allocate a context")
            head = context.contents
            ctypes.memmove(head.trans, self.transitions.ctypes.data, self.transitions.nbytes)
            ctypes.memmove(head.state, state.ctypes.data, state.nbytes)
            search(context, path.ctypes.data_as(ctypes.POINTER(ctypes.c_int)))
        finally:
            delete(context)
        return path.tolist()


def crfsuite_viterbi(
    transitions: np.ndarray, reference: Callable[[np.ndarray], list[int]]
) -> Viterbi | None:
    """A :class:`Viterbi` for the ``transitions`` of a model whose tagger gives the label ids
    ``reference(scores)``, or ``None`` when the library lacks the functions, its context is not
    laid out as :class:`_ContextHead` says, or the two searches disagree on a sample."""
    functions = _library_functions()
    labels = len(transitions)
    if functions is None or not _layout_holds(functions, labels):
        return None
    viterbi = Viterbi(np.ascontiguousarray(transitions, np.float64), functions)
    sample = np.random.default_rng(9).normal(scale=4.0, size=(_SAMPLE_ITEMS, labels))
    return viterbi if viterbi.best_path(sample) == reference(sample) else None


def _library_functions() -> tuple[Any, ...] | None:
    """The context functions of the crfsuite library inside pycrfsuite, typed; ``None`` when it
    cannot be loaded or does not export them."""
    try:
        from pycrfsuite import _pycrfsuite

        library = ctypes.CDLL(_pycrfsuite.__file__)
        new, set_items, search, delete = (getattr(library, name) for name in _FUNCTIONS)
    except (ImportError, OSError, AttributeError):
        return None
    new.argtypes, new.restype = [ctypes.c_int] * 3, _Context
    set_items.argtypes, set_items.restype = [_Context, ctypes.c_int], ctypes.c_int
    search.argtypes = [_Context, ctypes.POINTER(ctypes.c_int)]
    search.restype = ctypes.c_double
    delete.argtypes, delete.restype = [_Context], None
    return new, set_items, search, delete


def _layout_holds(functions: tuple[Any, ...], labels: int) -> bool:
    """Whether a context the library allocates has the head :class:`_ContextHead` describes:
    ``crf1dc_new`` sets the flag, the label count and the room for items (and no items), and
    ``crf1dc_set_num_items`` the item count, the state and transition arrays allocated."""
    new, set_items, _, delete = functions
    context = new(_CTXF_VITERBI, labels, 3)
    if not context:
        return False
    try:
        head = context.contents
        fresh = (head.flag, head.num_labels, head.num_items, head.cap_items)
        if fresh != (_CTXF_VITERBI, labels, 0, 3) or not (head.state and head.trans):
            return False
        if set_items(context, 5) != 0:
            return False
        head = context.contents
        return (head.num_items, head.cap_items) == (5, 5) and bool(head.state and head.trans)
    finally:
        delete(context)
