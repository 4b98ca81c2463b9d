"""End-to-end ingest throughput (read -> analyze -> store) on Dutch DPG news, and memory at scale.

    nice -n 10 .venv/bin/python bench/bench_throughput.py --n 1000
    nice -n 10 .venv/bin/python bench/bench_throughput.py --n 0 --scale 1000 10000 100000

Runs, on the same N articles (the DPG file repeated, with new ids, when N is larger): the bare
spaCy pipeline (``claimgraph.nlp.load("nl")`` + ``nlp.pipe``, every component, and without the
components ``annotate_many`` skips), the serial path (iter_documents -> annotate_many ->
Store.save_documents) and Dask ingest with 1 and 2 workers. Reports articles/s, words/s, the
ratio to bare spaCy (wall clock, and CPU time for the one-process modes: the figure other jobs on
a shared machine disturb least) and peak RSS of the client and of each worker.

``--scale`` runs one Dask ingest with 2 workers of the largest size given, through the real
ingest path (``ingest_documents`` into a SQLite file), and samples the workers' resident memory
(now and peak) and the client's as the stored count passes each size and every ``--sample``
articles. Repeated texts add no new words after the first pass over the file (spaCy's string
store and our word caches stop growing), so this measures the pipeline's and the ingest loop's
own growth, not a vocabulary's.

Writes a Markdown report (default bench/results/throughput.md).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dask
import distributed
import spacy

from claimgraph.ingest.langid import detect_language
from claimgraph.ingest.readers import iter_documents
from claimgraph.model import Document
from claimgraph.nlp import load
from claimgraph.pipeline import UNUSED_COMPONENTS, annotate_many
from claimgraph.scale.dask import connect, ingest_documents
from claimgraph.settings import data_dir
from claimgraph.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
DEFAULT_OUT = ROOT / "bench" / "results" / "throughput.md"
BATCH = 32
SHARD = 5000  # articles per corpus file (~15 MB)
LOAD = os.getloadavg()


@dataclass
class Run:
    name: str
    articles: int
    words: int
    seconds: float
    added: int
    cpu_seconds: float | None = None  # this process's CPU time, for one-process modes
    client_rss_mb: float | None = None
    worker_rss_mb: list[float] | None = None

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds


@dataclass
class Sample:
    """Memory and progress of a scale run when ``stored`` articles were saved."""

    stored: int
    seconds: float
    client_rss_mb: float
    worker_rss_mb: list[float]  # now, per worker
    worker_peak_mb: list[float]  # highest so far, per worker
    worker_window_peak_mb: list[float] = field(default_factory=list)  # since the last sample


@dataclass
class ScaleRun:
    articles: int
    seconds: float = 0.0
    added: int = 0
    samples: list[Sample] = field(default_factory=list)


def _status_mb(key: str) -> float | None:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(f"{key}:"):
                return int(line.split()[1]) / 1024
    return None


def _peak_rss_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux's VmHWM starts afresh in a new program, while ru_maxrss keeps the peak of the
    process that forked it (a spawned worker would report its parent's peak).
    """
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_now_and_window_peak_mb() -> tuple[float, float]:
    """Resident memory of this process now and at its peak since the last call, in MB (run on
    each worker). Linux resets the peak (VmHWM) when 5 is written to /proc/self/clear_refs;
    where that fails the peak is the process's lifetime peak."""
    now, peak = _status_mb("VmRSS") or 0.0, _peak_rss_mb()
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return now, peak


def _records() -> list[dict[str, Any]]:
    source = data_dir() / NL_NEWS
    with source.open(encoding="utf-8") as lines:
        return [r for r in map(json.loads, lines) if r.get("text")]


def make_corpus(n: int, directory: Path) -> tuple[Path, list[str]]:
    """A folder of JSONL files holding ``n`` DPG articles (repeats get new ids), and their texts.

    Files of ``SHARD`` articles each stay under the readers' per-file size limit."""
    records = _records()
    folder = directory / f"dpg-{n}"
    folder.mkdir()
    texts = []
    for first in range(0, n, SHARD):
        with (folder / f"part-{first // SHARD:05d}.jsonl").open("w", encoding="utf-8") as out:
            for i in range(first, min(n, first + SHARD)):
                record = records[i % len(records)]
                record = {**record, "id": f"{record['id']}-{i // len(records)}"}
                texts.append(record["text"])
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder, texts


def _skip(error: Exception) -> None:
    """Unreadable records are not expected here (the corpus keeps non-empty texts only)."""
    print(f"  unreadable: {error}", file=sys.stderr, flush=True)


def run_serial(corpus: Path, url: str) -> int:
    with open_store(url) as store:
        added, _ = store.save_documents(annotate_many(iter_documents([corpus], _skip), BATCH))
    return added


def run_dask(corpus: Path, url: str, workers: int) -> tuple[int, list[float]]:
    with open_store(url) as store, connect(workers) as client:
        counts = ingest_documents(iter_documents([corpus], _skip), store, client, BATCH)
        rss = sorted(client.run(_peak_rss_mb).values())
    return counts.added, rss


def run_bare_spacy(texts: list[str], disable: tuple[str, ...] = ()) -> int:
    nlp = load("nl")
    return sum(1 for _ in nlp.pipe(texts, batch_size=BATCH, disable=disable))


def timed(name: str, texts: list[str], job: Callable[[], object], cpu: bool = False) -> Run:
    print(f"{name} on {len(texts)} articles ...", file=sys.stderr, flush=True)
    start, start_cpu = time.perf_counter(), time.process_time()
    result = job()
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    added, worker_rss = result if isinstance(result, tuple) else (result, None)
    words = sum(len(text.split()) for text in texts)
    run = Run(name, len(texts), words, seconds, added, cpu_seconds if cpu else None)
    run.client_rss_mb, run.worker_rss_mb = _peak_rss_mb(), worker_rss
    print(f"  {run.per_second:.1f} articles/s, {seconds:.1f} s", file=sys.stderr, flush=True)
    return run


def benchmark(n: int, directory: Path, worker_counts: Iterable[int] = (1, 2)) -> list[Run]:
    corpus, texts = make_corpus(n, directory)
    # models and data load once, before any timing (spaCy's, and the language identifier's)
    list(annotate_many([Document(text=texts[0], lang="nl")]))
    detect_language(texts[0])
    without = f"bare spaCy without {', '.join(UNUSED_COMPONENTS)} (1 process)"
    runs = [
        timed("bare spaCy (nlp.pipe, 1 process)", texts, lambda: run_bare_spacy(texts), True),
        timed(without, texts, lambda: run_bare_spacy(texts, UNUSED_COMPONENTS), True),
        timed("serial (1 process)", texts, lambda: run_serial(corpus, _db(directory, "s")), True),
    ]
    for workers in worker_counts:
        url = _db(directory, f"d{workers}")
        name = f"dask, {workers} worker{'s' * (workers > 1)}"
        runs.append(timed(name, texts, lambda u=url, w=workers: run_dask(corpus, u, w)))
    return runs


class _SampledStore:
    """A Store that samples memory as the stored count passes given sizes (the rest delegates)."""

    def __init__(self, store: Store, client: distributed.Client, at: set[int], start: float):
        self._store, self._client, self._at, self._start = store, client, at, start
        self.stored = 0
        self.samples: list[Sample] = []

    def save_documents(self, docs: Iterable[Document], errors: list | None = None) -> tuple:
        """The store's batch save, one document at a time, sampling after each."""
        return self._store.save_documents(map(self._counted, docs), errors)

    def _counted(self, doc: Document) -> Document:
        if self.stored in self._at:  # the documents before this one are saved
            self.sample()
        self.stored += 1
        return doc

    def sample_last(self) -> None:
        if self.stored in self._at and all(s.stored != self.stored for s in self.samples):
            self.sample()

    def sample(self) -> None:
        workers = sorted(self._client.run(_rss_now_and_window_peak_mb).items())
        now, window = [w[1][0] for w in workers], [w[1][1] for w in workers]
        before = self.samples[-1].worker_peak_mb if self.samples else [0.0] * len(window)
        peak = [max(a, b) for a, b in zip(before, window, strict=True)]
        seconds = time.perf_counter() - self._start
        client = _status_mb("VmRSS") or 0.0
        self.samples.append(Sample(self.stored, seconds, client, now, peak, window))
        print(
            f"  {self.stored} stored, {seconds:.0f} s, workers "
            + ", ".join(f"{a:.0f}/{b:.0f}" for a, b in zip(now, window, strict=True))
            + " MB (now/peak since the last sample)",
            file=sys.stderr,
            flush=True,
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def scale(sizes: list[int], every: int, directory: Path) -> ScaleRun:
    """One 2-worker Dask ingest of ``max(sizes)`` articles, sampling memory along the way."""
    n = max(sizes)
    corpus, _ = make_corpus(n, directory)
    run = ScaleRun(n)
    at = set(sizes) | set(range(every, n + 1, every))
    print(f"scale: dask, 2 workers on {n} articles ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    with open_store(_db(directory, "scale")) as store, connect(2) as client:
        sampled = _SampledStore(store, client, at, start)
        counts = ingest_documents(iter_documents([corpus], _skip), sampled, client, BATCH)  # type: ignore[arg-type]
        sampled.sample_last()
        run.seconds, run.added, run.samples = (
            time.perf_counter() - start,
            counts.added,
            sampled.samples,
        )
    return run


def _db(directory: Path, name: str) -> str:
    return f"sqlite:///{directory / name}.db"


def _machine() -> str:
    return (
        f"Machine: {platform.machine()}, {os.cpu_count()} shared cores, Python "
        f"{platform.python_version()}, spaCy {spacy.__version__}, dask {dask.__version__}, "
        f"distributed {distributed.__version__}; store: SQLite file; Dutch pipeline: "
        f"{'+'.join(load('nl').pipe_names)} (`annotate_many` skips "
        f"{', '.join(UNUSED_COMPONENTS)}, which no stage reads)."
    )


def _ratio(base: float | None, value: float | None) -> str:
    return f"{base / value:.2f}" if base and value else "-"


def render(runs: list[Run]) -> list[str]:
    bare = runs[0]
    # The fair baseline: bare spaCy with the components annotate_many runs (no unused ones).
    fair = next((r for r in runs if r.name.startswith("bare spaCy without")), bare)
    lines = [
        "| mode | articles | s | articles/s | words/s | × bare spaCy (wall) "
        "| × bare without ner (wall) | CPU s | × bare spaCy (CPU) | × bare without ner (CPU) "
        "| stored | client peak RSS MB | worker peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for run in runs:
        workers = ", ".join(f"{mb:.0f}" for mb in run.worker_rss_mb or []) or "-"
        cpu = f"{run.cpu_seconds:.1f}" if run.cpu_seconds is not None else "-"
        lines.append(
            f"| {run.name} | {run.articles} | {run.seconds:.1f} | {run.per_second:.1f} "
            f"| {run.words_per_second:,.0f} | {run.per_second / bare.per_second:.2f} "
            f"| {run.per_second / fair.per_second:.2f} | {cpu} "
            f"| {_ratio(bare.cpu_seconds, run.cpu_seconds)} "
            f"| {_ratio(fair.cpu_seconds, run.cpu_seconds)} "
            f"| {run.added} | {run.client_rss_mb:.0f} | {workers} |"
        )
    lines += [
        "",
        "× bare spaCy / × bare without ner: articles/s relative to the bare pipeline with every "
        "component / with only the components `annotate_many` runs (the fair comparison); CPU: "
        "its CPU seconds over the mode's, one-process modes only. Dask times include starting "
        "the local cluster (~2-4 s) and loading the pipeline in each worker. Client RSS is this "
        "process's peak so far (it only grows across rows).",
    ]
    return lines


def render_scale(run: ScaleRun, sizes: list[int]) -> list[str]:
    lines = [
        f"One Dask ingest, 2 workers, {run.articles} articles (the DPG file repeated), "
        f"{run.seconds:.0f} s in all ({run.articles / run.seconds:.1f} articles/s), "
        f"{run.added} stored. Memory sampled as the stored count passed each size:",
        "",
        "| stored | s | articles/s so far | worker RSS now MB | worker peak RSS since the "
        "last row MB | worker peak RSS so far MB | client RSS now MB |",
        "|---:|---:|---:|---|---|---|---:|",
    ]
    for s in run.samples:
        lines.append(
            f"| {s.stored} | {s.seconds:.0f} | {s.stored / s.seconds:.1f} "
            f"| {_mbs(s.worker_rss_mb)} | {_mbs(s.worker_window_peak_mb)} "
            f"| {_mbs(s.worker_peak_mb)} | {s.client_rss_mb:.0f} |"
        )
    by_size = {s.stored: s for s in run.samples}
    first, last = by_size.get(sorted(sizes)[1] if len(sizes) > 1 else 0), by_size.get(max(sizes))
    if first and last:
        pairs = zip(first.worker_window_peak_mb, last.worker_window_peak_mb, strict=True)
        lines += [
            "",
            f"Worker peak RSS in the window ending at {last.stored} against the one ending at "
            f"{first.stored} articles: "
            + ", ".join(f"{b / a - 1:+.1%}" for a, b in pairs)
            + f"; client RSS {last.client_rss_mb / first.client_rss_mb - 1:+.1%}.",
        ]
    return lines


def _mbs(values: list[float]) -> str:
    return ", ".join(f"{mb:.0f}" for mb in values)


def report(runs: list[Run], scaled: ScaleRun | None, sizes: list[int], command: str) -> str:
    lines = ["# Ingest throughput (read -> analyze -> store)", "", f"Command: `{command}`", ""]
    lines += [_machine(), ""]
    if runs:
        lines += [*render(runs), ""]
    if scaled:
        lines += ["## Memory at scale", "", *render_scale(scaled, sizes), ""]
    lines += [
        f"Load average (1 min) at start and end: {LOAD[0]:.1f} / {os.getloadavg()[0]:.1f} "
        "(the machine is shared with other jobs: wall-clock figures are lower bounds).",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles per mode (0: none)")
    parser.add_argument("--scale", type=int, nargs="*", default=[], help="sizes for memory")
    parser.add_argument("--sample", type=int, default=5000, help="scale: sample every N stored")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="Dask modes")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        runs = benchmark(args.n, Path(tmp), args.workers) if args.n else []
        scaled = scale(args.scale, args.sample, Path(tmp)) if args.scale else None
    niceness = os.nice(0)  # the command line as it was run, with its real niceness
    prefix = f"nice -n {niceness} " if niceness else ""
    command = prefix + ".venv/bin/python bench/bench_throughput.py " + " ".join(sys.argv[1:])
    text = report(runs, scaled, args.scale, command.strip())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
