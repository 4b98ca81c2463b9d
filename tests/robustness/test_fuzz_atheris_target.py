"""``bench/fuzz_atheris.py`` runs: a short coverage-guided session over ingest parsing finds no
crash, and its target tells real articles from garbage."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "bench" / "fuzz_atheris.py"


def test_fuzz_atheris_short_session_finds_no_crash(tmp_path: Path):
    run = subprocess.run(
        [sys.executable, str(TARGET), "-runs=300", "-seed=1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,  # libFuzzer writes crash-* files into the working directory
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Done 300 runs" in run.stderr
    assert not list(tmp_path.glob("crash-*"))


def test_fuzz_atheris_target_parses_real_articles(founding_text: str):
    code = (
        "import sys; sys.argv = ['x']; sys.path.insert(0, 'bench');"
        "from fuzz_atheris import parse_everywhere;"
        "print(parse_everywhere(sys.stdin.buffer.read()))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code],
        input=founding_text.encode("utf-8"),
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )
    assert found.returncode == 0, found.stderr[-2000:]
    assert int(found.stdout) >= 1  # the plain-text reader finds the article
