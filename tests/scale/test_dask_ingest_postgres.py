"""Ingest on Dask workers into PostgreSQL (opt-in: set $CLAIMGRAPH_TEST_PG_URL, see
scripts/ci-postgres.sh). The database's claimgraph tables are dropped before and after."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from distributed import Client, LocalCluster
from sqlalchemy import create_engine

from claimgraph.model import Document
from claimgraph.pipeline import annotate_many
from claimgraph.scale.dask import IngestCounts, ingest_documents
from claimgraph.store import open_store
from claimgraph.store.tables import Base

PG_URL_ENV = "CLAIMGRAPH_TEST_PG_URL"


def _drop_tables(url: str) -> None:
    engine = create_engine(url)
    Base.metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"${PG_URL_ENV} is not set")
    _drop_tables(url)
    yield url
    _drop_tables(url)


def test_ingest_into_postgresql_matches_serial(pg_url: str, nl_docs: list[Document]) -> None:
    cluster = LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    )
    with cluster, Client(cluster) as client, open_store(pg_url) as store:
        counts = ingest_documents(nl_docs, store, client, batch_size=4)
        rerun = ingest_documents(nl_docs, store, client, batch_size=4)
        stored = {doc.id: doc for doc in store.iter_documents()}
    assert counts == IngestCounts(added=len(nl_docs), skipped=0, failed=0)
    assert rerun == IngestCounts(added=0, skipped=len(nl_docs), failed=0)
    assert stored == {doc.id: doc for doc in annotate_many(nl_docs)}
