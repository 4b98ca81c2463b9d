"""Stage-by-stage cost of ``annotate_many`` relative to the bare spaCy pipeline, in one run.

    nice -n 10 .venv/bin/python bench/bench_pipeline.py --n 1000

On the same N Dutch DPG articles (the file repeated when N is larger), in rounds of ``--round``
articles so that both sides see the same machine load (the machine is shared and noisy):

* bare spaCy: ``claimgraph.nlp.load("nl").pipe(texts)``, every component;
* bare spaCy, blis: the same pipeline with thinc's default matrix products (``blis``), as
  ``spacy.load`` builds it, where ``claimgraph.nlp.load`` uses numpy's BLAS (``nlp.ops``);
* bare spaCy without the components the pipeline skips (``pipeline.UNUSED_COMPONENTS``);
* staged: ``nlp.pipe`` as ``annotate_many`` calls it, then each stage of
  ``claimgraph.pipeline.STAGES`` timed on its own, per Document, exactly as ``annotate_many``
  runs them;
* end to end: ``annotate_many`` itself.

Reports seconds per 1,000 articles and each stage's time as a share of the bare pipeline's, both
in wall-clock time and in this process's CPU time (``time.process_time``: what the other jobs
on a shared machine disturb least), and writes a Markdown table (default
bench/results/pipeline.md). Ratios are the figures to compare across runs; absolute wall times
vary up to ~3x with the load of the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import cycle, islice
from pathlib import Path

import spacy

from claimgraph.lang import load_lang
from claimgraph.model import Document
from claimgraph.nlp import load, load_path, model_path
from claimgraph.pipeline import STAGES, UNUSED_COMPONENTS, annotate_many
from claimgraph.settings import data_dir

ROOT = Path(__file__).resolve().parent.parent
NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
DEFAULT_OUT = ROOT / "bench" / "results" / "pipeline.md"
BATCH = 32
BARE, PARSE, END_TO_END = "bare spaCy (nlp.pipe)", "spaCy in the pipeline (nlp.pipe)", "end to end"
BARE_USED = "bare spaCy without " + ", ".join(UNUSED_COMPONENTS)
BARE_BLIS = "bare spaCy, blis (spacy.load)"
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


class Clock:
    """Wall-clock and CPU seconds, added up per measurement name."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)

    @contextmanager
    def time(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall[name] += time.perf_counter() - wall
        self.cpu[name] += time.process_time() - cpu


def _bare(
    texts: list[str], clock: Clock, name: str, disable: tuple[str, ...] = (), blas: bool = True
) -> None:
    nlp = load("nl") if blas else _blis_pipeline()
    with clock.time(name):
        for _ in nlp.pipe(texts, batch_size=BATCH, disable=disable):
            pass


@cache
def _blis_pipeline() -> spacy.language.Language:
    return load_path(model_path("nl"), blas=False)


def _staged(docs: list[Document], clock: Clock) -> None:
    """``annotate_many``'s work, with each stage's time added to ``clock``."""
    nlp = load("nl")
    lang = load_lang("nl")
    for first in range(0, len(docs), BATCH):
        batch = docs[first : first + BATCH]
        with clock.time(PARSE):
            texts = (d.text for d in batch)
            parsed = list(nlp.pipe(texts, batch_size=BATCH, disable=UNUSED_COMPONENTS))
        for doc, spacy_doc in zip(batch, parsed, strict=True):
            for name, stage in STAGES:
                with clock.time(name):
                    stage(doc, spacy_doc, lang)


def _end_to_end(docs: list[Document], clock: Clock) -> None:
    with clock.time(END_TO_END):
        for _ in annotate_many(docs, batch_size=BATCH):
            pass


def measure(records: list[dict], round_size: int) -> Clock:
    """Seconds per measurement over all ``records``, the runs interleaved per round."""
    clock = Clock()
    list(annotate_many(documents(records[:5])))  # load models, lexicons and gazetteers
    for first in range(0, len(records), round_size):
        chunk = records[first : first + round_size]
        texts = [r["text"] for r in chunk]
        _bare(texts, clock, BARE)
        _bare(texts, clock, BARE_USED, UNUSED_COMPONENTS)
        _bare(texts, clock, BARE_BLIS, blas=False)
        _staged(documents(chunk), clock)
        _end_to_end(documents(chunk), clock)
    return clock


def table(clock: Clock, n: int) -> list[str]:
    wall, cpu = clock.wall, clock.cpu
    per_k = 1000 / n
    rows = [
        "| measurement | wall s per 1,000 articles | × bare spaCy (wall) "
        "| CPU s per 1,000 articles | × bare spaCy (CPU) | × bare without "
        + ", ".join(UNUSED_COMPONENTS)
        + " (CPU) |",
        "|---|---:|---:|---:|---:|---:|",
    ]

    def row(name: str, names: Iterable[str]) -> None:
        w, c = _sum(wall, names), _sum(cpu, names)
        rows.append(
            f"| {name} | {w * per_k:.2f} | {w / wall[BARE]:.3f} "
            f"| {c * per_k:.2f} | {c / cpu[BARE]:.3f} | {c / cpu[BARE_USED]:.3f} |"
        )

    for name in (BARE, BARE_USED, BARE_BLIS, PARSE):
        row(name, [name])
    for name, _ in STAGES:
        row(f"stage: {name}", [name])
    row("stages: attribution (" + ", ".join(ATTRIBUTION_STAGES) + ")", ATTRIBUTION_STAGES)
    row("stages: events + time + place", EVENT_STAGES)
    row("stages: all extraction", [name for name, _ in STAGES])
    row(END_TO_END + " (annotate_many)", [END_TO_END])
    return rows


def _sum(times: dict[str, float], names: Iterable[str]) -> float:
    return sum(times[name] for name in names)


def _speeds(times: dict[str, float], n: int, kind: str) -> str:
    bare, used, e2e = times[BARE], times[BARE_USED], times[END_TO_END]
    blis = times[BARE_BLIS]
    return (
        f"{kind}: end to end {n / e2e:.1f} articles/s, {bare / e2e:.2f}× the bare pipeline's "
        f"speed (bare: {n / bare:.1f} articles/s; {used / e2e:.2f}× bare spaCy without "
        f"{', '.join(UNUSED_COMPONENTS)}, {n / used:.1f} articles/s; {blis / e2e:.2f}× the bare "
        f"pipeline with blis, {n / blis:.1f} articles/s). Attribution stages add "
        f"{_sum(times, ATTRIBUTION_STAGES) / bare:.1%} to the bare pipeline's time (target "
        f"≤ 25%); events + time + place add {_sum(times, EVENT_STAGES) / bare:.1%} "
        "(target ≤ 20%)."
    )


def report(clock: Clock, n: int, round_size: int, command: str) -> str:
    loadavg = os.getloadavg()
    lines = [
        "# Pipeline cost by stage (Dutch DPG news)",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} shared cores, Python "
        f"{platform.python_version()}, spaCy {spacy.__version__}; pipeline "
        f"`{'+'.join(load('nl').pipe_names)}`, of which `annotate_many` skips "
        f"`{', '.join(UNUSED_COMPONENTS)}` (no stage reads it); {n} articles in rounds of "
        f"{round_size} (bare, staged and end-to-end runs interleaved per round, one process).",
        "",
        *table(clock, n),
        "",
        _speeds(clock.cpu, n, "CPU time"),
        "",
        _speeds(clock.wall, n, "Wall-clock time"),
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
    clock = measure(records, max(1, args.round))
    niceness = os.nice(0)  # the command line as it was run, with its real niceness
    prefix = f"nice -n {niceness} " if niceness else ""
    command = (
        prefix
        + ".venv/bin/python bench/bench_pipeline.py "
        + " ".join(argv if argv is not None else sys.argv[1:])
    )
    text = report(clock, args.n, args.round, command.strip())
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
