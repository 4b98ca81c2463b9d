"""Coverage-guided fuzzing of ingest parsing (and optionally ``analyze``) with atheris/libFuzzer.

Run: ``nice -n 10 python bench/fuzz_atheris.py [--analyze] [CORPUS_DIR] -max_total_time=120``.
Every input is parsed as each ingest format (text, jsonl, json, html, feed); a parser may
yield articles or :class:`InputError` items, and anything else it yields or raises is a crash
that libFuzzer reports with the input that caused it (written to ``crash-*``). With
``--analyze``, the input decoded as UTF-8 is also analyzed and every span checked with
``fuzz_ingest.span_problems``. Other arguments go to libFuzzer (``-runs=N``, ``-seed=S``,
``-max_len=N``, corpus folders). Without a corpus folder the articles in ``examples/`` seed a
temporary one. Needs ``pip install atheris`` (a wheel for CPython 3.11 on Linux x86-64).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["claimgraph.ingest"]):
    from claimgraph.errors import InputError
    from claimgraph.ingest.formats import PARSERS, Article
    from claimgraph.ingest.readers import document_from_text

from claimgraph.pipeline import analyze

sys.path.insert(0, str(Path(__file__).parent))
from fuzz_ingest import span_problems

ROOT = Path(__file__).resolve().parents[1]
SEED_BYTES = 4096  # libFuzzer mutates short inputs best; seeds are article heads


def parse_everywhere(data: bytes) -> int:
    """Parse ``data`` in every ingest format; the number of articles found. Raises on a bug."""
    found = 0
    for fmt, parse in PARSERS.items():
        for item in parse(data, f"fuzz.{fmt}"):
            if isinstance(item, Article):
                document_from_text(item.text, lang=item.lang, date=item.date)
                found += 1
            elif not isinstance(item, InputError):
                raise TypeError(f"{fmt} parser yielded {type(item).__name__}")
    return found


def analyze_checked(data: bytes) -> None:
    """Analyze ``data`` as UTF-8 text; raise when a span of the result is out of place."""
    text = data.decode("utf-8", errors="replace")
    if not text.strip():
        return
    problems = span_problems(analyze(text))
    if problems:
        raise AssertionError(f"{len(problems)} span problems, first: {problems[0]}")


def seed_corpus(folder: Path) -> Path:
    """Write the heads of the example articles into ``folder`` as a starting corpus."""
    for path in sorted((ROOT / "examples").iterdir()):
        if path.is_file():
            (folder / path.name).write_bytes(path.read_bytes()[:SEED_BYTES])
    return folder


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--analyze", action="store_true", help="also analyze every input")
    args, libfuzzer_args = parser.parse_known_args(argv[1:])
    if not any(not arg.startswith("-") for arg in libfuzzer_args):
        libfuzzer_args.append(str(seed_corpus(Path(tempfile.mkdtemp(prefix="cg-atheris-")))))

    def test_one_input(data: bytes) -> None:
        parse_everywhere(data)
        if args.analyze:
            analyze_checked(data)

    atheris.Setup([argv[0], *libfuzzer_args], test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
