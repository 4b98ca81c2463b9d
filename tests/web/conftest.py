"""A web app over a temporary SQLite store holding the founding article and Wikinews examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.ingest.readers import iter_documents
from claimgraph.interfaces.web import create_app
from claimgraph.pipeline import annotate_many
from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "examples" / "kremlin-drone-nl-2023-05.txt"
WIKINEWS = ROOT / "examples" / "wikinews-2020.jsonl"
TOKEN = "test-write-token"


@pytest.fixture(scope="session")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'claims.db'}"
    with open_store(url) as store:
        store.save_documents(annotate_many(iter_documents([FOUNDING, WIKINEWS])))
    return url


@pytest.fixture(scope="session")
def founding_id(store_url: str) -> str:
    with open_store(store_url) as store:
        return next(d.id for d in store.iter_documents() if d.lang == "nl")


@pytest.fixture(scope="session")
def client(store_url: str) -> TestClient:
    """A read-only app (no write token)."""
    return TestClient(create_app(store_url))


@pytest.fixture
def write_token() -> str:
    return TOKEN


@pytest.fixture
def writable_client(tmp_path: Path) -> TestClient:
    """A writable app over its own empty store."""
    return TestClient(create_app(f"sqlite:///{tmp_path / 'w.db'}", write_token=TOKEN))
