"""Fixtures for the evaluation tests: paths into the shared data, skipped when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.settings import data_dir


def _shared(relative: str) -> Path:
    path = data_dir() / relative
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


@pytest.fixture
def nl_dev_path() -> Path:
    return _shared("nl-attribution/dev.jsonl")


@pytest.fixture
def en_dev_path() -> Path:
    return _shared("en-attribution/dev.jsonl")


@pytest.fixture
def polnear_dev_dir() -> Path:
    return _shared("polnear/dev")


@pytest.fixture
def emergent_path() -> Path:
    return _shared("emergent/url-versions-2015-06-14-clean-train.csv")
