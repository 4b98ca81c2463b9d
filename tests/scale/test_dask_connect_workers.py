"""The local cluster that ``claimgraph ingest --workers N`` starts runs its worker processes
without Dask's statistical profiler, whose one-second call-tree history grew a worker's memory
during the first ~17 minutes of an ingest."""

from __future__ import annotations

import dask

from claimgraph.scale.dask import connect

KEY = "distributed.worker.profile.enabled"


def test_local_workers_run_without_the_profiler() -> None:
    assert dask.config.get(KEY)  # Dask's default in this (client) process is left alone
    with connect(workers=1) as client:
        assert list(client.run(dask.config.get, KEY).values()) == [False]
    assert dask.config.get(KEY)
