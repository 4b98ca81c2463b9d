"""Stage-by-stage cost of ``annotate_many`` relative to the bare spaCy pipeline, in one run.

    nice -n 10 .venv/bin/python bench/bench_pipeline.py --n 1000

On the same N Dutch DPG articles (the file repeated when N is larger), in rounds of ``--round``
articles so that both sides see the same machine load (the machine is shared and noisy):

* bare spaCy: ``claimgraph.nlp.load("nl").pipe(texts)``;
* staged: the same ``nlp.pipe``, then each stage of ``claimgraph.pipeline.STAGES`` timed on its
  own, per Document, exactly as ``annotate_many`` runs them;
* end to end: ``annotate_many`` itself.

Reports seconds per 1,000 articles and each stage's time as a share of the bare pipeline's, and
writes a Markdown table (default bench/results/pipeline.md). Ratios are the figures to compare
across runs; absolute times vary up to ~3x with the load of the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import defaultdict
from itertools import cycle, islice
from pathlib import Path

import spacy

from claimgraph.lang import load_lang
from claimgraph.model import Document
from claimgraph.nlp import load
from claimgraph.pipeline import STAGES, annotate_many
from claimgraph.settings import data_dir

ROOT = Path(__file__).resolve().parent.parent
NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
DEFAULT_OUT = ROOT / "bench" / "results" / "pipeline.md"
BATCH = 32
BARE, PARSE, END_TO_END = "bare spaCy (nlp.pipe)", "spaCy in the pipeline (nlp.pipe)", "end to end"
# Targets from the project issues, as shares of the bare pipeline's time.
ATTRIBUTION_STAGES = tuple(n for n, _ in STAGES if n.startswith(("attribution", "transcript")))
EVENT_STAGES = ("timexes", "places", "events")


def articles(n: int) -> list[dict]:
    """``n`` DPG records with text (the file repeated when it has fewer)."""
    with (data_dir() / NL_NEWS).open(encoding="utf-8") as source:
        records = [r for r in map(json.loads, source) if r.get("text")]
    return list(islice(cycle(records), n))


def documents(records: list[dict]) -> list[Document]:
    return [
        Document(text=r["text"], id=str(r.get("id", "")), lang="nl", date=r.get("date"))
        for r in records
    ]


def _bare(texts: list[str]) -> float:
    nlp = load("nl")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH):
        pass
    return time.perf_counter() - start


def _staged(docs: list[Document], times: dict[str, float]) -> None:
    """``annotate_many``'s work, with each stage's time added to ``times``."""
    nlp = load("nl")
    lang = load_lang("nl")
    for first in range(0, len(docs), BATCH):
        batch = docs[first : first + BATCH]
        start = time.perf_counter()
        parsed = list(nlp.pipe((d.text for d in batch), batch_size=BATCH))
        times[PARSE] += time.perf_counter() - start
        for doc, spacy_doc in zip(batch, parsed, strict=True):
            for name, stage in STAGES:
                start = time.perf_counter()
                stage(doc, spacy_doc, lang)
                times[name] += time.perf_counter() - start


def _end_to_end(docs: list[Document]) -> float:
    start = time.perf_counter()
    for _ in annotate_many(docs, batch_size=BATCH):
        pass
    return time.perf_counter() - start


def measure(records: list[dict], round_size: int) -> dict[str, float]:
    """Seconds per measurement over all ``records``, the three runs interleaved per round."""
    times: dict[str, float] = defaultdict(float)
    list(annotate_many(documents(records[:5])))  # load models, lexicons and gazetteers
    for first in range(0, len(records), round_size):
        chunk = records[first : first + round_size]
        times[BARE] += _bare([r["text"] for r in chunk])
        _staged(documents(chunk), times)
        times[END_TO_END] += _end_to_end(documents(chunk))
    return dict(times)


def table(times: dict[str, float], n: int) -> list[str]:
    bare = times[BARE]
    per_k = 1000 / n
    rows = [
        "| measurement | s per 1,000 articles | × bare spaCy time |",
        "|---|---:|---:|",
    ]

    def row(name: str, seconds: float) -> None:
        rows.append(f"| {name} | {seconds * per_k:.2f} | {seconds / bare:.3f} |")

    row(BARE, bare)
    row(PARSE, times[PARSE])
    for name, _ in STAGES:
        row(f"stage: {name}", times[name])
    row(
        "stages: attribution (" + ", ".join(ATTRIBUTION_STAGES) + ")",
        _sum(times, ATTRIBUTION_STAGES),
    )
    row("stages: events + time + place", _sum(times, EVENT_STAGES))
    row("stages: all extraction", _sum(times, [name for name, _ in STAGES]))
    row(END_TO_END + " (annotate_many)", times[END_TO_END])
    return rows


def _sum(times: dict[str, float], names) -> float:
    return sum(times[name] for name in names)


def report(times: dict[str, float], n: int, round_size: int, command: str) -> str:
    bare, e2e = times[BARE], times[END_TO_END]
    loadavg = os.getloadavg()
    lines = [
        "# Pipeline cost by stage (Dutch DPG news)",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} shared cores, Python "
        f"{platform.python_version()}, spaCy {spacy.__version__}; pipeline "
        f"`{'+'.join(load('nl').pipe_names)}`; {n} articles in rounds of {round_size} "
        "(bare, staged and end-to-end runs interleaved per round, one process).",
        "",
        *table(times, n),
        "",
        f"End to end: {n / e2e:.1f} articles/s, {bare / e2e:.2f}× the bare pipeline's speed "
        f"(bare: {n / bare:.1f} articles/s). Attribution stages add "
        f"{_sum(times, ATTRIBUTION_STAGES) / bare:.1%} to the bare pipeline's time (target "
        f"≤ 25%); events + time + place add {_sum(times, EVENT_STAGES) / bare:.1%} "
        "(target ≤ 20%).",
        "",
        f"Load average (1 min) at the end: {loadavg[0]:.1f}. The machine is shared: compare the "
        "ratios, which come from one run under the same load, not the absolute times.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles")
    parser.add_argument("--round", type=int, default=100, help="articles per round")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (data_dir() / NL_NEWS).exists():
        print(f"no data at {data_dir() / NL_NEWS}", file=sys.stderr)
        return 2
    records = articles(args.n)
    times = measure(records, max(1, args.round))
    command = "nice -n 10 .venv/bin/python bench/bench_pipeline.py " + " ".join(
        argv if argv is not None else sys.argv[1:]
    )
    text = report(times, args.n, args.round, command.strip())
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
