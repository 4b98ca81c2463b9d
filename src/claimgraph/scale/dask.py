"""Ingest on a Dask cluster: workers annotate batches, the client reads and stores.

    added, skipped, failed = ingest_distributed(["news/"], "sqlite:///claims.db", workers=2)

The client reads Documents, leaves out those already stored (so a stopped run resumes where
it was), and keeps at most ``max_in_flight`` batches on the cluster at once: input is read
only as fast as workers finish, so memory stays flat on any input size. Workers run the plain
function :func:`annotate_batch` (pipelines load once per worker process and stay cached there);
results come back as plain dicts and are saved by the client a batch at a time
(``Store.save_documents``: each document all or nothing), in the order they complete. This is
the only module that imports dask.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import dask
from distributed import Client, Future, LocalCluster, as_completed

from claimgraph.errors import ClaimgraphError, SavingInterrupted, StoreError
from claimgraph.ingest.readers import iter_documents
from claimgraph.model import Document
from claimgraph.pipeline import annotate_many
from claimgraph.store import Store, open_store

ErrorHandler = Callable[[ClaimgraphError], None]
BATCHES_PER_THREAD = 2  # one running, one queued: workers never wait for the client
# Dask's statistical profiler samples each worker's stack every 10 ms and keeps 1,000 one-second
# call trees: over an ingest's first ~17 minutes that history grew a worker's peak RSS by ~15%
# (bench/results/throughput.md). Ingest does not use it; workers of a cluster started elsewhere
# take the same setting from DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False (docs/scaling.md).
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


class IngestCounts(NamedTuple):
    """What one ingest run did with its documents."""

    added: int
    skipped: int  # already stored
    failed: int  # could not be analyzed or saved (each reported to ``on_error``)


def annotate_batch(dicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Annotate Documents given as dicts (:meth:`Document.to_dict`); the core a worker runs."""
    docs = [Document.from_dict(item) for item in dicts]
    return [doc.to_dict() for doc in annotate_many(docs, batch_size=max(1, len(docs)))]


def ingest_distributed(
    paths: Iterable[str | Path],
    store_url: str | None,
    workers: int = 2,
    scheduler: str | None = None,
    batch_size: int = 32,
    on_error: ErrorHandler | None = None,
    max_in_flight: int | None = None,
    lang: str | None = None,
) -> IngestCounts:
    """Analyze every article under ``paths`` on Dask workers and save it in the store.

    Without ``scheduler`` a local cluster of ``workers`` processes (one thread each) is started
    and stopped; with an address such as ``tcp://host:8786`` its workers are used. Unreadable
    inputs and documents that fail go to ``on_error``; without it the first one is raised.
    ``lang``, when given, overrides every document's language.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    with open_store(store_url) as store, connect(workers, scheduler) as client:
        docs = _with_lang(iter_documents(paths, on_error), lang)
        return ingest_documents(docs, store, client, batch_size, on_error, max_in_flight)


@contextmanager
def connect(workers: int = 2, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster of ``workers``."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    with dask.config.set(WORKER_CONFIG), _interrupts_left_to_this_process():
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
    with cluster, Client(cluster) as client:
        yield client


@contextmanager
def _interrupts_left_to_this_process() -> Iterator[None]:
    """Worker processes started within ignore SIGINT: Ctrl-C reaches a terminal's whole process
    group, and each worker printed its KeyboardInterrupt's traceback while this process, which
    saves what is done and says so, was stopping the cluster. (An ignored signal stays ignored
    in a child process, and Python then installs no KeyboardInterrupt handler.) A Ctrl-C
    while the workers start is lost."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a signal handler
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def ingest_documents(
    docs: Iterable[Document],
    store: Store,
    client: Client,
    batch_size: int = 32,
    on_error: ErrorHandler | None = None,
    max_in_flight: int | None = None,
) -> IngestCounts:
    """Annotate the not yet stored ``docs`` on ``client``'s workers and save them in ``store``.

    At most ``max_in_flight`` batches (default: two per worker thread) are submitted and not
    yet saved. A KeyboardInterrupt (Ctrl-C) goes on up as :class:`SavingInterrupted` with the
    counts of the batches saved by then; the batches on the cluster are dropped (a rerun
    analyzes them, leaving out what was saved).
    """
    limit = max_in_flight or BATCHES_PER_THREAD * max(1, sum(client.nthreads().values()))
    counts = _Counter(on_error)
    batches = _batches(_new_documents(docs, store, counts), batch_size)
    pending = as_completed()
    submitted: dict[Future, list[dict[str, Any]]] = {}

    def submit(batch: list[dict[str, Any]]) -> None:
        future = client.submit(annotate_batch, batch, pure=False)
        submitted[future] = batch
        pending.add(future)

    try:
        for batch in islice(batches, limit):
            submit(batch)
        for future in pending:
            batch = submitted.pop(future)
            try:
                results = future.result()
            except Exception as exc:  # any worker failure, reported per document
                _retry_or_fail(batch, exc, submit, counts)
            else:
                counts.save(store, results)
            future.release()
            while len(submitted) < limit and (batch := next(batches, None)) is not None:
                submit(batch)
    except KeyboardInterrupt:
        raise SavingInterrupted(counts.added, counts.skipped) from None
    return counts.result()


class _Counter:
    """Tallies documents and routes failures to the error handler."""

    def __init__(self, on_error: ErrorHandler | None) -> None:
        self.added = self.skipped = self.failed = 0
        self.on_error = on_error

    def stored(self, _doc: Document) -> None:
        """Count a document that was stored before this run."""
        self.skipped += 1

    def fail(self, error: ClaimgraphError) -> None:
        self.failed += 1
        if self.on_error is None:
            raise error
        self.on_error(error)

    def save(self, store: Store, results: list[dict[str, Any]]) -> None:
        """Save one batch's documents with the store's batch call (each still all or nothing)."""
        errors: list[StoreError] = []
        try:
            added, skipped = store.save_documents(map(Document.from_dict, results), errors)
        except SavingInterrupted as stop:  # what it saved of the batch before the interrupt
            self.added += stop.added
            self.skipped += stop.skipped
            raise
        self.added += added
        self.skipped += skipped
        for error in errors:
            self.fail(error)

    def result(self) -> IngestCounts:
        return IngestCounts(self.added, self.skipped, self.failed)


def _new_documents(docs: Iterable[Document], store: Store, counts: _Counter) -> Iterator[dict]:
    """The documents not stored yet, as dicts; stored ones are counted as skipped."""
    for doc in store.new_documents(docs, counts.stored):
        yield doc.to_dict()


def _with_lang(docs: Iterator[Document], lang: str | None) -> Iterator[Document]:
    for doc in docs:
        doc.lang = lang or doc.lang
        yield doc


def _batches(items: Iterator[dict], size: int) -> Iterator[list[dict]]:
    while batch := list(islice(items, size)):
        yield batch


def _retry_or_fail(
    batch: list[dict[str, Any]],
    exc: BaseException,
    submit: Callable[[list[dict[str, Any]]], None],
    counts: _Counter,
) -> None:
    """Resubmit a failed batch one document per task, so one bad document fails alone."""
    if len(batch) > 1:
        for item in batch:
            submit([item])
        return
    reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
    counts.fail(ClaimgraphError(f"analysis failed on a worker ({reason})", source=batch[0]["id"]))


__all__ = ["IngestCounts", "annotate_batch", "connect", "ingest_distributed", "ingest_documents"]
