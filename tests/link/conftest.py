"""Fixtures of the linking tests: the founding story's headlines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def english_titles(samples_dir: Path) -> list[str]:
    """The English headlines of the founding story (shared/samples), in file order."""
    path = samples_dir / "kremlin-drone-2023-05" / "headlines.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [row["title"] for row in rows if row.get("lang") == "en"]
