"""Store cost per document as the store grows (issue #9): is saving linear in corpus size?

    nice -n 10 .venv/bin/python bench/bench_store_growth.py --n 50000

Analyzes ``--articles`` real Dutch DPG articles once (``annotate_many``; ``--analyzed FILE``
keeps them as JSONL for the next run), then saves ``--n`` copies of them (each with its own
text, id and URL: a copy number is appended to the text, so no span moves) into a new SQLite
file, through the calls the Dask ingest makes (``has_document`` per document, then
``Store.save_documents`` per batch of 32 with an error list). Every ``--block`` documents it
prints the block's wall and CPU time per document and the database size (file + WAL), and at
the end a table and one JSON line; ``--out`` writes a Markdown report.

``--profile-from N`` runs cProfile over the blocks after N stored documents and prints the
top functions at the end (the figures of those blocks then include the profiler's cost).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from itertools import islice
from pathlib import Path

import sqlalchemy

from claimgraph.model import Document, content_id
from claimgraph.settings import data_dir
from claimgraph.store import Store, open_store

NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
INGEST_BATCH = 32  # scale.dask.ingest_distributed's batch_size: one save_documents per batch
REPORT_SIZES = (1_000, 10_000, 25_000, 50_000)


@dataclass
class Block:
    """One block of saves: documents stored at its end, ms per document, database size."""

    stored: int
    docs: int
    ms_per_doc: float
    cpu_ms_per_doc: float
    db_mb: float


def analyzed_articles(count: int, cache: Path | None) -> list[Document]:
    """``count`` DPG articles through ``annotate_many`` (read from ``cache`` when it has them)."""
    if cache is not None and cache.is_file():
        docs = [Document.from_json(line) for line in cache.read_text(encoding="utf-8").splitlines()]
        if len(docs) >= count:
            return docs[:count]
    from claimgraph.ingest.readers import iter_documents
    from claimgraph.pipeline import annotate_many

    source = data_dir() / NL_NEWS
    read = iter_documents([source], on_error=lambda _error: None)  # a few records are empty
    print(f"analyzing {count} articles of {source} ...", file=sys.stderr, flush=True)
    docs = list(annotate_many(islice(read, count)))
    if cache is not None:
        cache.write_text("".join(doc.to_json() + "\n" for doc in docs), encoding="utf-8")
    return docs


def copy_of(doc: Document, number: int) -> Document:
    """``doc`` with text, id and URL of its own (spans stay valid: the text only grows)."""
    data = doc.to_dict()
    data["text"] = f"{doc.text}\n\n(kopie {number})"
    data["id"] = content_id(data["text"])
    data["url"] = f"{doc.url or 'https://example.org/dpg/' + doc.id}#copy-{number}"
    for claim in data["claims"]:
        claim["id"] = f"{data['id']}:{claim['attribution']}"
        claim["doc_id"] = data["id"]
    return Document.from_dict(data)


def copies(base: list[Document], n: int) -> Iterator[Document]:
    for number in range(n):
        yield copy_of(base[number % len(base)], number)


def save_like_ingest(store: Store, docs: list[Document]) -> int:
    """What ``scale.dask`` does with a batch: skip stored documents, save the rest."""
    new = [doc for doc in docs if not store.has_document(doc.id)]
    errors: list = []
    added, _ = store.save_documents(new, errors)
    if errors:
        raise errors[0]
    return added


def db_megabytes(path: Path) -> float:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(f.stat().st_size for f in files if f.exists()) / 1e6


def run(base: list[Document], n: int, block: int, path: Path, profile_from: int | None) -> dict:
    """Save ``n`` copies of ``base`` into a new store at ``path``, timing each block."""
    blocks: list[Block] = []
    profiler = cProfile.Profile()
    stored = 0
    with open_store(f"sqlite:///{path}") as store:
        docs = copies(base, n)
        while stored < n:
            todo = list(islice(docs, block))  # made before the clock starts
            if profile_from is not None and stored >= profile_from:
                profiler.enable()
            wall, cpu = time.perf_counter(), time.process_time()
            in_block = 0
            for start in range(0, len(todo), INGEST_BATCH):
                in_block += save_like_ingest(store, todo[start : start + INGEST_BATCH])
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            profiler.disable()
            if not in_block:
                break
            stored += in_block
            blocks.append(
                Block(
                    stored,
                    in_block,
                    1000 * wall / in_block,
                    1000 * cpu / in_block,
                    db_megabytes(path),
                )
            )
            last = blocks[-1]
            print(
                f"{last.stored:>7} stored  {last.ms_per_doc:6.2f} ms/doc  "
                f"{last.cpu_ms_per_doc:6.2f} CPU ms/doc  {last.db_mb:8.1f} MB",
                file=sys.stderr,
                flush=True,
            )
    if profile_from is not None:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    return summary(blocks)


def _at(blocks: list[Block], stored: int) -> Block | None:
    return next((b for b in blocks if b.stored == stored), None)


def summary(blocks: list[Block]) -> dict:
    first, last = blocks[0], blocks[-1]
    return {
        "stored": last.stored,
        "blocks": [asdict(b) for b in blocks],
        "ms_per_doc_at": {
            str(size): round(b.ms_per_doc, 3)
            for size in REPORT_SIZES
            if (b := _at(blocks, size)) is not None
        },
        "last_over_first": round(last.ms_per_doc / first.ms_per_doc, 3),
        "cpu_last_over_first": round(last.cpu_ms_per_doc / first.cpu_ms_per_doc, 3),
        "db_mb": round(last.db_mb, 1),
        "seconds": round(sum(b.ms_per_doc * b.docs for b in blocks) / 1000, 1),
    }


def table(result: dict) -> list[str]:
    lines = [
        "| stored | ms/doc | CPU ms/doc | DB MB (file + WAL) |",
        "|---:|---:|---:|---:|",
    ]
    for b in result["blocks"]:
        lines.append(
            f"| {b['stored']:,} | {b['ms_per_doc']:.2f} | {b['cpu_ms_per_doc']:.2f} "
            f"| {b['db_mb']:.1f} |"
        )
    return lines


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}; load average at the end {load}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=50_000, help="documents to store")
    parser.add_argument("--block", type=int, default=1_000, help="documents per timed block")
    parser.add_argument("--articles", type=int, default=200, help="distinct analyzed articles")
    parser.add_argument("--analyzed", type=Path, help="JSONL cache of the analyzed articles")
    parser.add_argument("--profile-from", type=int, help="cProfile blocks after N stored")
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temp dir)")
    parser.add_argument("--out", type=Path, help="write a Markdown report here")
    args = parser.parse_args()
    base = analyzed_articles(args.articles, args.analyzed)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "growth.db"
        if path.exists():
            parser.error(f"{path} exists: the bench needs a new store")
        result = run(base, args.n, args.block, path, args.profile_from)
    result["articles"] = len(base)
    result["machine"] = machine()
    lines = table(result)
    print("\n".join(lines))
    print(json.dumps({k: v for k, v in result.items() if k != "blocks"}))
    if args.out:
        command = "nice -n 10 .venv/bin/python " + " ".join(sys.argv)
        report = [f"    {command}", "", f"Machine: {result['machine']}", "", *lines, ""]
        args.out.write_text("\n".join(report), encoding="utf-8")


if __name__ == "__main__":
    main()
