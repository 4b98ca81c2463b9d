"""Shared fixtures: the founding article and the shared data folder."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from claimgraph.settings import data_dir

# CI runs the property tests on a fixed set of examples (a red build must be reproducible);
# local runs explore new random examples each time
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FOUNDING = EXAMPLES / "kremlin-drone-nl-2023-05.txt"


@pytest.fixture(scope="session")
def founding_text() -> str:
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = data_dir()
    if not path.is_absolute():
        path = (ROOT / path).resolve()
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """``shared/samples`` next to the shared data folder (a worktree's checkout has no
    ``../shared``), else next to this checkout; skips the test when neither has it."""
    for path in (data_dir().resolve().parent / "samples", ROOT.parent / "shared" / "samples"):
        if (path / "kremlin-drone-2023-05").is_dir():
            return path
    pytest.skip("shared/samples not found")


@pytest.fixture(scope="session")
def polnear_paragraph(shared_data: Path) -> Callable[[str, str], str]:
    """The paragraph of a PolNeAR train article (file name without ``.txt``) holding a phrase."""

    def paragraph(article: str, phrase: str) -> str:
        path = shared_data / "polnear" / "train" / "text" / f"{article}.txt"
        if not path.is_file():
            pytest.skip(f"shared data not found: {path}")
        return next(p for p in path.read_text(encoding="utf-8").split("\n") if phrase in p)

    return paragraph
