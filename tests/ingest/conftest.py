"""Real texts for the ingest tests: the founding article, sample headlines, a Wikinews article."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from claimgraph.settings import data_dir


def _require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return _require(data_dir().parent / "samples")


@pytest.fixture(scope="session")
def founding_path(samples_dir: Path) -> Path:
    return _require(samples_dir / "kremlin-drone-nl-2023-05.txt")


@pytest.fixture(scope="session")
def headlines(samples_dir: Path) -> list[dict]:
    path = _require(samples_dir / "kremlin-drone-2023-05" / "headlines.jsonl")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def wikinews_article() -> dict[str, str]:
    """The first article of the 2019 Wikinews dump (url, date, title, text)."""
    path = _require(data_dir() / "en-news" / "wikinews" / "wikinews_2019.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.DictReader(handle))
