"""Check that the pipeline's output stays identical across performance work.

    .venv/bin/python bench/check_pipeline_outputs.py --save   # before a change
    .venv/bin/python bench/check_pipeline_outputs.py          # after it: exit 1 on any difference

Runs what ``claimgraph analyze --json`` runs (``analyze_paths`` -> ``Document.to_dict()``) on
examples/, the first ``--n`` DPG articles (data/nl-news/dpg-news2019.jsonl) and the texts of
data/en-attribution/dev.jsonl, and compares each article's JSON with the saved snapshot
(default: a file in the system's temporary folder, since it records this checkout's behaviour
and is not a result to commit).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from itertools import islice
from pathlib import Path

from claimgraph.interfaces.cli.analyze import analyze_paths
from claimgraph.settings import data_dir

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SNAPSHOT = Path(tempfile.gettempdir()) / "claimgraph-pipeline-snapshot.jsonl"
NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
EN_DEV = Path("en-attribution") / "dev.jsonl"
INPUTS = Path(tempfile.gettempdir()) / "claimgraph-pipeline-inputs"


def _input_paths(n: int, directory: Path) -> list[str]:
    """examples/, a JSONL of the first ``n`` DPG articles with text, and the English dev texts."""
    dpg = directory / "dpg.jsonl"
    with (data_dir() / NL_NEWS).open(encoding="utf-8") as source:
        texts = (line for line in source if json.loads(line).get("text"))
        dpg.write_text("".join(islice(texts, n)), encoding="utf-8")
    en = directory / "en-dev.jsonl"
    with (data_dir() / EN_DEV).open(encoding="utf-8") as source:
        keep = ("id", "lang", "date", "source", "title", "text")
        rows = (json.loads(line) for line in source if line.strip())
        en.write_text(
            "".join(json.dumps({k: r[k] for k in keep if k in r}) + "\n" for r in rows),
            encoding="utf-8",
        )
    return [str(ROOT / "examples"), str(dpg), str(en)]


def pipeline_outputs(n: int) -> list[str]:
    """One JSON line per analysed article, in input order."""
    INPUTS.mkdir(exist_ok=True)  # a fixed folder: each Document's source names its file
    return [
        json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True)
        for doc in analyze_paths(_input_paths(n, INPUTS))
    ]


def _diff(saved: list[str], now: list[str]) -> list[str]:
    problems = []
    if len(saved) != len(now):
        problems.append(f"{len(saved)} articles saved, {len(now)} now")
    for i, (old, new) in enumerate(zip(saved, now, strict=False)):
        if old != new:
            a, b = json.loads(old), json.loads(new)
            fields = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
            problems.append(f"article {i} ({a.get('id')}): differs in {', '.join(fields)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--save", action="store_true", help="write the snapshot")
    parser.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT)
    parser.add_argument("--n", type=int, default=50, help="DPG articles")
    args = parser.parse_args(argv)
    now = pipeline_outputs(args.n)
    if args.save:
        args.snapshot.write_text("\n".join(now) + "\n", encoding="utf-8")
        print(f"saved {len(now)} articles to {args.snapshot}")
        return 0
    saved = args.snapshot.read_text(encoding="utf-8").splitlines()
    problems = _diff(saved, now)
    for line in problems:
        print(line)
    print(f"{len(now)} articles: {'identical' if not problems else f'{len(problems)} differ'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
