"""Matrix products for our spaCy pipelines through numpy's BLAS, one thread per product.

thinc's CPU backend (``NumpyOps``) multiplies matrices with ``blis``. On the AMD EPYC hosts we run
on, that reaches ~30 GFLOP/s single-threaded where numpy's OpenBLAS (runtime-dispatched kernels)
reaches ~95, and the tok2vec and the parser's per-token precomputation are matrix products: the
Dutch pipeline parses ~1.6x faster with identical annotations (``bench/results/models.md``).

Each product runs on one BLAS thread: claimgraph parallelises by processes (``--workers``,
``nlp.pipe(n_process=...)``), and OpenBLAS threads on top of them only oversubscribe the cores
(two threads cost ~1.5x the CPU time of one for the same parse here).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import numpy
from thinc.api import NumpyOps, get_current_ops, set_current_ops
from threadpoolctl import ThreadpoolController


@cache
def _blas() -> ThreadpoolController:
    # numpy is imported: its BLAS is found once, not on every product
    return ThreadpoolController()


class BlasOps(NumpyOps):
    """``NumpyOps`` whose ``gemm`` is numpy's single-threaded BLAS product."""

    name = "claimgraph_blas"

    def gemm(
        self,
        x: Any,
        y: Any,
        *,
        out: Any = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Any:
        left = x.T if trans1 else x
        right = y.T if trans2 else y
        with _blas().limit(limits=1, user_api="blas"):
            if out is None:
                return numpy.matmul(left, right)
            numpy.matmul(left, right, out=out)
        return out


@contextmanager
def blas_ops() -> Iterator[BlasOps]:
    """Models built inside this block (``spacy.load``) compute with :class:`BlasOps`."""
    previous = get_current_ops()
    ops = BlasOps()
    set_current_ops(ops)
    try:
        yield ops
    finally:
        set_current_ops(previous)
