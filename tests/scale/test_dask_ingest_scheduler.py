"""Ingest through a real ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

from claimgraph.model import Document
from claimgraph.pipeline import annotate_many
from claimgraph.scale.dask import IngestCounts, ingest_distributed
from claimgraph.store import open_store

START_TIMEOUT_S = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start(module: str, *args: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", f"distributed.cli.{module}", *args]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture
def scheduler_address() -> Iterator[str]:
    """A scheduler with two one-thread workers (no nanny), stopped after the test."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    host, port = "127.0.0.1", address.rsplit(":", 1)[1]
    scheduler = _start("dask_scheduler", "--host", host, "--port", port, "--no-dashboard")
    workers = [
        _start(
            "dask_worker",
            address,
            "--nthreads",
            "1",
            "--no-nanny",
            "--no-dashboard",
            "--host",
            host,
            "--name",
            f"cg-{i}",
        )
        for i in range(2)
    ]
    try:
        with Client(address, timeout=START_TIMEOUT_S) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT_S)
        yield address
    finally:
        for process in [*workers, scheduler]:
            _stop(process)


def test_ingest_through_a_scheduler_address(
    scheduler_address: str, nl_news_file: Path, nl_docs: list[Document], tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'tcp.db'}"

    counts = ingest_distributed([nl_news_file], url, scheduler=scheduler_address, batch_size=3)

    assert counts == IngestCounts(added=len(nl_docs), skipped=0, failed=0)
    expected = {doc.id: doc for doc in annotate_many(nl_docs)}
    with open_store(url) as store:
        assert {doc.id: doc for doc in store.iter_documents()} == expected
    with Client(scheduler_address) as client:  # the workers did the work, not the client
        assert all(n > 0 for n in client.run(_annotated_in_process).values())


def _annotated_in_process() -> int:
    from claimgraph.nlp import loaded_pipelines

    return loaded_pipelines()
