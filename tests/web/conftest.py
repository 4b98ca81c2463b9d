"""Web apps over temporary SQLite stores: the founding article and Wikinews examples, and the
founding story (the article and 108 headlines) with its claims linked."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.ingest.readers import iter_documents
from claimgraph.interfaces.web import create_app
from claimgraph.link.ledger import Ledger
from claimgraph.pipeline import annotate_many
from claimgraph.settings import data_dir
from claimgraph.store import open_store
from claimgraph.store.ledger import ledger_of, link_store, load_claims

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


STORY = data_dir().parent / "samples" / "kremlin-drone-2023-05"
# The founding article's main claim: Russia says the drones were Kyiv's attempt to kill Putin.
MAIN_CLAIM = "Poetin te vermoorden"


def build_story_store(url: str) -> None:
    """The founding article and 108 headlines on the same story, analyzed, stored and linked."""
    if not STORY.exists():
        pytest.skip(f"story samples not found at {STORY}")
    with open_store(url) as store:
        store.save_documents(annotate_many(iter_documents([FOUNDING, STORY / "headlines.jsonl"])))
        link_store(store)


@pytest.fixture(scope="session")
def story_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('story') / 'story.db'}"
    build_story_store(url)
    return url


@pytest.fixture(scope="session")
def story_client(story_url: str) -> TestClient:
    """A read-only app over the linked story store."""
    return TestClient(create_app(story_url))


@pytest.fixture(scope="session")
def main_claim(story_url: str) -> str:
    """The claim id (``<doc>:<att>``) of the founding article's main claim."""
    with open_store(story_url) as store:
        (claim,) = [c for c in load_claims(store) if MAIN_CLAIM in c.claim.text]
    return claim.claim.id


@pytest.fixture(scope="session")
def main_ledger(story_url: str, main_claim: str) -> Ledger:
    with open_store(story_url) as store:
        ledger = ledger_of(store, main_claim)
    assert ledger is not None
    return ledger
