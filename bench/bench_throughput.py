"""End-to-end ingest throughput (read -> analyze -> store) on Dutch DPG news.

    nice -n 10 .venv/bin/python bench/bench_throughput.py --n 1000 --large 10000

Runs, on the same N articles (the DPG file repeated, with new ids, when N is larger): the
serial path (iter_documents -> annotate_many -> Store.save_document), Dask ingest with 1 and
2 workers, and the bare spaCy pipeline (``claimgraph.nlp.load("nl")`` + ``nlp.pipe``) on the
same texts. Reports articles/s, words/s, the ratio to bare spaCy and peak RSS of the client
and of each worker, and writes a Markdown table (default bench/results/throughput.md).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

import dask
import distributed
import spacy

from claimgraph.ingest.readers import iter_documents
from claimgraph.nlp import load
from claimgraph.pipeline import annotate_many
from claimgraph.scale.dask import connect, ingest_documents
from claimgraph.settings import data_dir
from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
DEFAULT_OUT = ROOT / "bench" / "results" / "throughput.md"
LOAD = os.getloadavg()


@dataclass
class Run:
    name: str
    articles: int
    words: int
    seconds: float
    added: int
    client_rss_mb: float | None = None
    worker_rss_mb: list[float] | None = None

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


def _peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux's VmHWM starts afresh in a new program, while ru_maxrss keeps the peak of the
    process that forked it (a spawned worker would report its parent's peak).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def make_corpus(n: int, directory: Path) -> tuple[Path, list[str]]:
    """A JSONL file of ``n`` DPG articles (repeats get new ids) and their texts."""
    source = data_dir() / NL_NEWS
    records = [r for r in map(json.loads, source.open(encoding="utf-8")) if r.get("text")]
    path = directory / f"dpg-{n}.jsonl"
    texts = []
    with path.open("w", encoding="utf-8") as out:
        for i, record in enumerate(islice(cycle(records), n)):
            record = {**record, "id": f"{record['id']}-{i // len(records)}"}
            texts.append(record["text"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path, texts


def _skip(_error: Exception) -> None:
    """Unreadable records are not expected here (the corpus keeps non-empty texts only)."""


def run_serial(corpus: Path, url: str) -> int:
    with open_store(url) as store:
        added, _ = store.save_documents(annotate_many(iter_documents([corpus], _skip)))
    return added


def run_dask(corpus: Path, url: str, workers: int) -> tuple[int, list[float]]:
    with open_store(url) as store, connect(workers) as client:
        counts = ingest_documents(iter_documents([corpus], _skip), store, client)
        rss = sorted(client.run(_peak_rss_mb).values())
    return counts.added, rss


def run_bare_spacy(texts: list[str]) -> int:
    nlp = load("nl")
    return sum(1 for _ in nlp.pipe(texts, batch_size=32))


def timed(name: str, texts: list[str], job: Callable[[], object]) -> Run:
    print(f"{name} on {len(texts)} articles ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    result = job()
    seconds = time.perf_counter() - start
    added, worker_rss = result if isinstance(result, tuple) else (result, None)
    words = sum(len(text.split()) for text in texts)
    run = Run(name, len(texts), words, seconds, added, _peak_rss_mb(), worker_rss)
    print(f"  {run.per_second:.1f} articles/s, {seconds:.1f} s", file=sys.stderr, flush=True)
    return run


def benchmark(n: int, large: int | None, directory: Path) -> list[Run]:
    corpus, texts = make_corpus(n, directory)
    load("nl")  # every mode then starts with the pipeline loaded in the client process
    runs = [
        timed("bare spaCy (nlp.pipe, 1 process)", texts, lambda: run_bare_spacy(texts)),
        timed("serial (1 process)", texts, lambda: run_serial(corpus, _db(directory, "s"))),
    ]
    for workers in (1, 2):
        url = _db(directory, f"d{workers}")
        name = f"dask, {workers} worker{'s' * (workers > 1)}"
        runs.append(timed(name, texts, lambda u=url, w=workers: run_dask(corpus, u, w)))
    if large:
        big, big_texts = make_corpus(large, directory)
        url = _db(directory, "large")
        runs.append(timed("dask, 2 workers", big_texts, lambda: run_dask(big, url, 2)))
    return runs


def _db(directory: Path, name: str) -> str:
    return f"sqlite:///{directory / name}.db"


def render(runs: list[Run], command: str) -> str:
    bare = runs[0].per_second
    lines = [
        "# Ingest throughput (read -> analyze -> store)",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {platform.machine()}, 2 shared cores, Python {platform.python_version()}, "
        f"spaCy {spacy.__version__}, dask {dask.__version__}, distributed "
        f"{distributed.__version__}; store: SQLite file; Dutch pipeline: "
        f"{'+'.join(load('nl').pipe_names)}.",
        "",
        "| mode | articles | s | articles/s | words/s | × bare spaCy | stored "
        "| client peak RSS MB | worker peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        workers = ", ".join(f"{mb:.0f}" for mb in run.worker_rss_mb or []) or "-"
        lines.append(
            f"| {run.name} | {run.articles} | {run.seconds:.1f} | {run.per_second:.1f} "
            f"| {run.words_per_second:,.0f} | {run.per_second / bare:.2f} | {run.added} "
            f"| {run.client_rss_mb:.0f} | {workers} |"
        )
    lines += [
        "",
        f"Load average (1 min) at start and end: {LOAD[0]:.1f} / {os.getloadavg()[0]:.1f} "
        "(the machine is shared with other jobs: figures are lower bounds).",
        "",
        "Dask times include starting the local cluster (~2-4 s) and loading the pipeline in "
        "each worker. Client RSS is this process's peak so far (it only grows across rows).",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles per mode (default 1000)")
    parser.add_argument("--large", type=int, default=None, help="also run 2 workers on this many")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        runs = benchmark(args.n, args.large, Path(tmp))
    command = "nice -n 10 .venv/bin/python bench/bench_throughput.py " + " ".join(sys.argv[1:])
    report = render(runs, command.strip())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
