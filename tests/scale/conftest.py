"""Scale fixtures: real Dutch DPG news articles, read the way ingest reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.ingest.readers import iter_documents
from claimgraph.model import Document

NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
ARTICLES = 20


@pytest.fixture(scope="session")
def nl_news_file(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first ``ARTICLES`` non-empty DPG articles, as a JSONL file of their own."""
    source = shared_data / NL_NEWS
    if not source.is_file():
        pytest.skip(f"{source} not found")
    records = []
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("text", "").strip():
                records.append(line)
            if len(records) == ARTICLES:
                break
    path = tmp_path_factory.mktemp("nl-news") / "dpg-sample.jsonl"
    path.write_text("".join(records), encoding="utf-8")
    return path


@pytest.fixture
def nl_docs(nl_news_file: Path) -> list[Document]:
    """Fresh (unannotated) Documents for the sample articles."""
    return list(iter_documents([nl_news_file]))
