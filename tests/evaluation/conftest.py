"""Fixtures for the evaluation tests: paths into the shared data, skipped when it is absent."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

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


BENCH_DATA = Path(__file__).parents[2] / "bench" / "data"


@pytest.fixture(scope="module")
def check_set_builder() -> Iterator[Callable[..., ModuleType]]:
    """Load a check-set builder script of ``bench/data`` as a module, skipped without its corpus.

    Call it with the script's path below ``bench/data`` and the shared corpus it rebuilds from
    (``None`` for a builder whose inputs the test writes itself).
    """
    loaded: list[str] = []

    def load(script: str, corpus: str | None) -> ModuleType:
        if corpus is not None:
            _shared(corpus)
        name = "check_set_" + script.removesuffix(".py").replace("/", "_")
        spec = importlib.util.spec_from_file_location(name, BENCH_DATA / script)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses resolve annotations through sys.modules
        spec.loader.exec_module(module)
        loaded.append(name)
        return module

    yield load
    for name in loaded:
        sys.modules.pop(name, None)
