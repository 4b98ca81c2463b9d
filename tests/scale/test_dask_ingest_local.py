"""Ingest on a local Dask cluster into SQLite: same result as the serial path, resumable,
bounded in memory, and one bad document fails alone."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from claimgraph.errors import ClaimgraphError, SavingInterrupted
from claimgraph.model import Document
from claimgraph.pipeline import annotate_many
from claimgraph.scale.dask import (
    IngestCounts,
    _interrupts_left_to_this_process,
    ingest_distributed,
    ingest_documents,
)
from claimgraph.store import open_store


@pytest.fixture(scope="module")
def threaded_client() -> Iterator[Client]:
    """An in-process cluster (one worker thread): cheap to start, enough for the client logic."""
    cluster = LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    )
    with cluster, Client(cluster) as client:
        yield client


def _stored(url: str) -> dict[str, Document]:
    with open_store(url) as store:
        return {doc.id: doc for doc in store.iter_documents()}


def test_local_cluster_matches_serial_and_reruns_add_nothing(
    nl_news_file: Path, nl_docs: list[Document], tmp_path: Path
) -> None:
    serial_url = f"sqlite:///{tmp_path / 'serial.db'}"
    with open_store(serial_url) as store:
        assert store.save_documents(annotate_many(nl_docs)) == (len(nl_docs), 0)
    dask_url = f"sqlite:///{tmp_path / 'dask.db'}"

    counts = ingest_distributed([nl_news_file], dask_url, workers=2, batch_size=4)

    assert counts == IngestCounts(added=len(nl_docs), skipped=0, failed=0)
    serial, distributed = _stored(serial_url), _stored(dask_url)
    assert distributed == serial
    assert sum(len(doc.attributions) for doc in distributed.values()) >= len(nl_docs)
    rerun = ingest_distributed([nl_news_file], dask_url, workers=2, batch_size=4)
    assert rerun == IngestCounts(added=0, skipped=len(nl_docs), failed=0)
    assert _stored(dask_url) == serial


def test_resumes_after_a_partial_run(nl_docs: list[Document], threaded_client: Client) -> None:
    with open_store("sqlite://") as store:
        store.save_documents(annotate_many(nl_docs[:5]))
        counts = ingest_documents(nl_docs, store, threaded_client, batch_size=4)
        assert counts == IngestCounts(added=len(nl_docs) - 5, skipped=5, failed=0)
        assert store.count_documents() == len(nl_docs)


def test_reads_input_only_as_fast_as_batches_are_stored(
    nl_docs: list[Document], threaded_client: Client
) -> None:
    batch_size = 2
    outstanding: list[int] = []

    with open_store("sqlite://") as store:

        def watched() -> Iterator[Document]:
            for pulled, doc in enumerate(nl_docs):
                outstanding.append(pulled - store.count_documents())
                yield doc

        counts = ingest_documents(watched(), store, threaded_client, batch_size, None, 1)

    assert counts.added == len(nl_docs)
    # the one batch in flight plus the one being filled; without backpressure: len(nl_docs) - 1
    assert max(outstanding) <= 2 * batch_size


def _broken(doc: Document) -> Document:
    doc.text = None  # type: ignore[assignment]  # a corrupt record that fails on the worker
    return doc


def test_a_failing_document_fails_alone(nl_docs: list[Document], threaded_client: Client) -> None:
    docs = nl_docs[:4]
    bad = _broken(docs[1])
    errors: list[ClaimgraphError] = []
    with open_store("sqlite://") as store:
        counts = ingest_documents(docs, store, threaded_client, 4, errors.append)
        stored = {doc.id for doc in store.iter_documents()}
    assert counts == IngestCounts(added=3, skipped=0, failed=1)
    assert stored == {doc.id for doc in docs} - {bad.id}
    assert len(errors) == 1 and str(errors[0]).startswith(f"{bad.id}: analysis failed")


def test_a_failing_document_raises_without_handler(
    nl_docs: list[Document], threaded_client: Client
) -> None:
    with open_store("sqlite://") as store, pytest.raises(ClaimgraphError, match="analysis failed"):
        ingest_documents([_broken(nl_docs[0])], store, threaded_client)


def test_empty_input_stores_nothing(threaded_client: Client) -> None:
    with open_store("sqlite://") as store:
        assert ingest_documents([], store, threaded_client) == IngestCounts(0, 0, 0)
        assert store.count_documents() == 0


def test_an_interrupt_says_what_was_saved(nl_docs: list[Document], threaded_client: Client) -> None:
    # Ctrl-C was a bare KeyboardInterrupt: the command could not say what the stopped run stored
    def interrupted_after_three() -> Iterator[Document]:
        yield from nl_docs[:3]
        raise KeyboardInterrupt

    with open_store("sqlite://") as store:
        store.save_documents(annotate_many(nl_docs[:1]))
        with pytest.raises(SavingInterrupted) as stop:
            ingest_documents(interrupted_after_three(), store, threaded_client, 1, None, 1)
        assert (stop.value.added, stop.value.skipped) == (2, 1)
        assert store.count_documents() == 3


def test_worker_processes_leave_ctrl_c_to_the_client() -> None:
    # Ctrl-C reaches the terminal's whole process group: each local worker process printed
    # its KeyboardInterrupt's traceback while the client was saving and stopping the cluster
    show = "import signal; print(signal.getsignal(signal.SIGINT) == signal.SIG_IGN)"
    with _interrupts_left_to_this_process():
        child = subprocess.run([sys.executable, "-c", show], capture_output=True, text=True)
    assert child.stdout.strip() == "True"
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # this process's again
