"""Shared pieces of the robustness tests: the fuzz bench's generators and span checker, the CLI."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLI = "from claimgraph.interfaces.cli import main; main()"


def _load_fuzz_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fuzz_ingest", ROOT / "bench" / "fuzz_ingest.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_ingest", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fuzz_bench() -> ModuleType:
    """``bench/fuzz_ingest.py``: ``span_problems``, ``random_text``, ``nested_quote``, ..."""
    return _load_fuzz_bench()


@pytest.fixture(scope="session")
def cli():
    """Run ``claimgraph`` as a user would, in a subprocess."""

    def run(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-c", CLI, *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kwargs)

    return run
