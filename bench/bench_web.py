"""Server-side render time of every GET page and API route of ``claimgraph serve``.

    nice -n 10 .venv/bin/python bench/bench_web.py --n 10000

Fills a SQLite store with ``--n`` articles: the real Dutch DPG (data/nl-news) and English
Wikinews (data/en-news) articles are analyzed once with ``annotate_many`` (cached as JSONL under
/tmp, so reruns skip it), and further distinct articles are made by appending a short marker line
to a text (a new content hash; every span stays valid) with the annotations copied. Then the
claims of the first ``--link-claims`` real articles' attributions (by date; the copies would
only add exact duplicates) are linked into clusters and stories with ``link_claims`` and
``save_links``, as ``claimgraph link`` does for all claims (``--no-link`` skips it; a reused
store is linked when it has no links yet).

Every GET route of the app (found in ``app.routes``) is requested in-process with FastAPI's
TestClient, with real ids and names from the store in its path and common query strings
(search, filters, deep pagination): warm-up, then ``--requests`` timed requests each. Writes
median and p95 ms per request to a Markdown table (default bench/results/web.md); rows at or
over the 300 ms target are marked.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text as sql

from claimgraph.ingest.readers import document_from_text
from claimgraph.interfaces.web import create_app
from claimgraph.link.claims import claims_from_attributions
from claimgraph.link.cluster import link_claims
from claimgraph.model import Document, content_id
from claimgraph.pipeline import annotate_many
from claimgraph.settings import data_dir
from claimgraph.store import Store, open_store
from claimgraph.store.ledger import load_claims, save_links

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "bench" / "results" / "web.md"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "claimgraph-bench-web-base.jsonl"
NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"
EN_NEWS = Path("en-news") / "wikinews"
TARGET_MS = 300.0
WARMUP = 2
LINK_CLAIMS = 3000
COPY_MARKER = "[bench copy "
SLOW_S = 3.0
SLOW_REQUESTS = 3
FINDINGS = "## Findings"  # this section of the report is written by hand and kept on reruns
# FastAPI's own pages (Swagger UI, ReDoc); the OpenAPI JSON is timed.
DOCS_ROUTES = {"/api/docs", "/api/redoc", "/docs/oauth2-redirect"}


# --- the corpus -------------------------------------------------------------------------------


def read_base_documents() -> Iterator[Document]:
    """The real articles, unanalyzed: DPG (JSONL) then Wikinews (CSV), empty texts skipped."""
    with (data_dir() / NL_NEWS).open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if (record.get("text") or "").strip():
                yield document_from_text(
                    record["text"],
                    lang="nl",
                    date=record.get("date") or None,
                    title=record.get("title") or "",
                    url=record.get("url") or "",
                    source=record.get("publisher") or "dpg-news2019",
                    doc_id=str(record.get("id") or ""),
                )
    csv.field_size_limit(sys.maxsize)
    for path in sorted((data_dir() / EN_NEWS).glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as rows:
            for row in csv.DictReader(rows):
                if (row.get("text") or "").strip():
                    yield document_from_text(
                        row["text"],
                        lang="en",
                        date=row.get("date") or None,
                        title=row.get("title") or "",
                        url=row.get("url") or "",
                        source="wikinews",
                    )


def load_base(cache: Path) -> list[Document]:
    """The analyzed real articles, from ``cache`` when it exists, else analyzed and cached."""
    if cache.exists():
        with cache.open(encoding="utf-8") as lines:
            return [Document.from_json(line) for line in lines]
    print("analyzing the real articles (once) ...", file=sys.stderr, flush=True)
    start = time.perf_counter()
    docs = []
    partial = cache.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for doc in annotate_many(read_base_documents()):
            docs.append(doc)
            out.write(doc.to_json() + "\n")
    partial.replace(cache)
    print(f"  {len(docs)} articles in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return docs


def copy_document(doc: Document, k: int) -> Document:
    """A distinct copy of ``doc``: a marker line appended, annotations kept, claims re-keyed."""
    copy = Document.from_dict(doc.to_dict())
    copy.text = f"{doc.text}\n\n[bench copy {k}]"
    copy.id = content_id(copy.text)
    copy.claims = claims_from_attributions(copy)  # claim ids and doc_id name the new article
    return copy


def distinct(docs: list[Document]) -> list[Document]:
    """``docs`` without repeated ids or texts (the DPG file holds a few repeats), first kept."""
    ids: set[str] = set()
    texts: set[str] = set()
    kept = []
    for doc in docs:
        if doc.id not in ids and doc.text not in texts:
            kept.append(doc)
        ids.add(doc.id)
        texts.add(doc.text)
    return kept


def corpus(base: list[Document], n: int) -> Iterator[Document]:
    """``n`` distinct Documents: the base set, then copies of it in rounds."""
    base = distinct(base)
    for i in range(n):
        round_, index = divmod(i, len(base))
        yield base[index] if round_ == 0 else copy_document(base[index], round_)


def fill_store(store: Store, base: list[Document], n: int) -> float:
    """Save ``n`` articles into ``store``; returns the seconds it took."""
    start = time.perf_counter()
    added, skipped = store.save_documents(corpus(base, n))
    seconds = time.perf_counter() - start
    print(f"  stored {added} (skipped {skipped}) in {seconds:.0f} s", file=sys.stderr)
    return seconds


# --- the requests -----------------------------------------------------------------------------


@dataclass
class Sample:
    """Real values from the store to put in paths and query strings."""

    article: str
    speaker: str
    search: str
    cluster: str | None
    claim: str | None
    story: str | None
    documents: int
    attributions: int


def _scalar(store: Store, query: str) -> object:
    with store._engine.connect() as conn:
        return conn.execute(sql(query)).scalar()


def _table_exists(store: Store, name: str) -> bool:
    found = _scalar(store, f"SELECT name FROM sqlite_master WHERE type='table' AND name='{name}'")
    return found is not None


def pick_sample(store: Store) -> Sample:
    """The busiest speaker, an article with many attributions, the largest cluster and story."""
    # a named speaker (capitalised, two words or more), not a pronoun such as "hij"
    speaker = str(
        _scalar(
            store,
            "SELECT speaker FROM attributions WHERE speaker LIKE '% %' "
            "AND substr(speaker, 1, 1) != lower(substr(speaker, 1, 1)) "
            "GROUP BY speaker ORDER BY count(*) DESC LIMIT 1",
        )
    )
    article = str(
        _scalar(
            store,
            "SELECT doc_id FROM attributions GROUP BY doc_id ORDER BY count(*) DESC LIMIT 1",
        )
    )
    cluster = claim = story = None
    if _table_exists(store, "claim_clusters"):
        cluster = _scalar(
            store,
            "SELECT cluster_id FROM claim_members GROUP BY cluster_id "
            "ORDER BY count(*) DESC LIMIT 1",
        )
        if cluster is not None:
            claim = _scalar(
                store, f"SELECT claim_id FROM claim_members WHERE cluster_id = '{cluster}' LIMIT 1"
            )
        story = _scalar(store, "SELECT id FROM stories ORDER BY clusters DESC, id LIMIT 1")
    return Sample(
        article=article,
        speaker=speaker,
        search=speaker.split()[-1],
        cluster=None if cluster is None else str(cluster),
        claim=None if claim is None else str(claim),
        story=None if story is None else str(story),
        documents=store.count_documents(),
        attributions=int(_scalar(store, "SELECT count(*) FROM attributions") or 0),
    )


def _walk_routes(routes: list, prefix: str = "") -> Iterator[tuple[str, set[str]]]:
    """(path, methods) of every route, looking into included routers.

    FastAPI 0.16x keeps an included router as one entry (``original_router``, with the
    include's prefix in ``include_context``); older versions copy its routes into the app.
    """
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            yield from _walk_routes(inner.routes, prefix + getattr(context, "prefix", ""))
        else:
            yield prefix + getattr(route, "path", ""), getattr(route, "methods", None) or set()


def get_routes(app: FastAPI) -> list[str]:
    """The path templates of every GET route, in the app's order (the API docs left out)."""
    paths: list[str] = []
    for path, methods in _walk_routes(app.routes):
        if "GET" in methods and path not in paths and path not in DOCS_ROUTES:
            paths.append(path)
    return paths


def _param_value(name: str, sample: Sample, path: str) -> str | None:
    """A real value for path parameter ``name`` (None when the store has none)."""
    if name in ("doc_id",):
        return sample.article
    if name in ("name", "speaker"):
        return quote(sample.speaker, safe="")
    if path.startswith("/claims"):
        return sample.cluster
    if path.startswith("/stories"):
        return sample.story
    if name in ("cluster_id",):
        return sample.cluster
    if name in ("claim_id",):
        return sample.claim
    if name in ("story_id",):
        return sample.story
    return None


def _fill(path: str, sample: Sample) -> str | None:
    """``path`` with each ``{param}`` replaced by a real value."""
    missing = False

    def value(match: re.Match[str]) -> str:
        nonlocal missing
        name = match.group(1).split(":")[0]
        found = _param_value(name, sample, path)
        missing = missing or found is None
        return found or ""

    filled = re.sub(r"\{([^}]+)\}", value, path)
    return None if missing else filled


def _queries(path: str, sample: Sample) -> list[str]:
    """Query strings worth timing for ``path``: none, then search/filters/deep pages."""
    deep = max(0, sample.attributions - 100)
    deep_docs = max(0, sample.documents - 100)
    speaker = quote(sample.speaker.split()[-1])
    base = path.removesuffix(".json")
    queries = [""]
    if base in ("/", "/index"):
        queries.append(f"q={quote(sample.search)}")
    if base in ("/search", "/api/search"):
        queries = [f"q={quote(sample.search)}", "q=ontkent"]
    if base in ("/articles", "/api/articles"):
        queries += ["lang=nl&since=2019-06", f"q={quote(sample.search)}", f"offset={deep_docs}"]
    if base in ("/claims", "/api/attributions"):
        queries += [
            f"speaker={speaker}",
            "stance=deny&stance=doubt&lang=nl",
            "act=threat&since=2019-06",
            f"offset={deep}",
        ]
    if base in ("/speakers", "/api/speakers"):
        queries += [f"q={quote(sample.search)}", "offset=5000", "lang=nl"]
    if base == "/speakers/{name:path}" or path.startswith("/speakers/"):
        queries.append("offset=200")
    if base == "/stories":
        queries.append("status=disputed")
    if base == "/events":
        queries += ["since=2019-06", "offset=100"]
    return queries


def requests_for(paths: list[str], sample: Sample) -> Iterator[tuple[str, str]]:
    """(route template, URL) pairs; a ``{param}`` route gets an HTML and a ``.json`` URL."""
    for path in paths:
        filled = _fill(path, sample)
        if filled is None:
            yield path, ""
            continue
        twins = [filled]
        if "{" in path and not path.startswith("/api/"):
            twins.append(f"{filled}.json")
        for url in twins:
            for query in _queries(path, sample):
                yield path, f"{url}?{query}" if query else url


@dataclass
class Timing:
    route: str
    url: str
    status: int
    median_ms: float
    p95_ms: float
    size_kb: float
    requests: int = 0

    @property
    def slow(self) -> bool:
        return self.p95_ms >= TARGET_MS or self.median_ms >= TARGET_MS


def time_url(client: TestClient, route: str, url: str, n: int) -> Timing:
    """Warm-up, then ``n`` timed GETs of ``url`` (ms, wall clock in this process).

    A URL whose first request takes over ``SLOW_S`` seconds is timed ``SLOW_REQUESTS`` times
    only, without more warm-up (it is far over the target either way).
    """
    start = time.perf_counter()
    response = client.get(url)
    if time.perf_counter() - start > SLOW_S:
        n = min(n, SLOW_REQUESTS)
    else:
        for _ in range(WARMUP - 1):
            response = client.get(url)
    times = []
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    size = len(response.content) / 1024
    median = statistics.median(times)
    return Timing(route, url, response.status_code, median, p95, size, len(times))


# --- the report -------------------------------------------------------------------------------


def _machine() -> str:
    load = os.getloadavg()[0]
    return (
        f"{platform.machine()}, {os.cpu_count()} shared cores, Python {platform.python_version()}"
        f", SQLite file store; load average (1 min) at the end {load:.1f}"
    )


def write_report(
    out: Path,
    command: str,
    sample: Sample,
    timings: list[Timing],
    setup: dict[str, str],
    n: int,
) -> None:
    slow = [t for t in timings if t.slow]
    lines = [
        "# Web pages: server-side render time",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {_machine()}.",
        "",
        f"Store: {sample.documents:,} articles, {sample.attributions:,} attributions. "
        + "; ".join(f"{k}: {v}" for k, v in setup.items())
        + ".",
        "",
        f"Each URL: {WARMUP} warm-up requests, then {n} timed ones through FastAPI's TestClient "
        f"(in-process, no network): median and p95 in ms. Target: every page under "
        f"{TARGET_MS:.0f} ms; **bold** rows are at or over it. A URL whose first request took "
        f"over {SLOW_S:.0f} s was timed {SLOW_REQUESTS} times only (column n).",
        "",
        f"Sample values: article `{sample.article}`, speaker `{sample.speaker}`, "
        f"cluster `{sample.cluster}`, story `{sample.story}`, search `{sample.search}`.",
        "",
        "| route | URL | status | median ms | p95 ms | KB | n |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for t in timings:
        if not t.url:
            lines.append(f"| `{t.route}` | (no value in the store) | - | - | - | - | - |")
            continue
        mark = "**" if t.slow else ""
        lines.append(
            f"| `{t.route}` | {mark}`{t.url}`{mark} | {t.status} | {mark}{t.median_ms:.1f}{mark} "
            f"| {mark}{t.p95_ms:.1f}{mark} | {t.size_kb:.0f} | {t.requests} |"
        )
    lines += ["", f"{len(slow)} of {len(timings)} URLs at or over {TARGET_MS:.0f} ms.", ""]
    out.write_text("\n".join(lines) + _kept_findings(out), encoding="utf-8")


def _kept_findings(out: Path) -> str:
    """The hand-written findings section of an earlier report (kept across reruns)."""
    if not out.exists():
        return ""
    old = out.read_text(encoding="utf-8")
    at = old.find(FINDINGS)
    return "\n" + old[at:] if at >= 0 else ""


# --- main -------------------------------------------------------------------------------------


def link_subset(store: Store, count: int) -> str:
    """Link the claims of the real articles (not the bench copies), the first ``count`` by
    article date, and store the links as ``claimgraph link`` does; returns a summary."""
    real = _real_claim_ids(store, count)
    start = time.perf_counter()
    claims = load_claims(store, real)
    result = link_claims(claims)
    save_links(store, claims, result)
    seconds = time.perf_counter() - start
    multi = sum(1 for members in result.clusters.values() if len(members) > 1)
    return (
        f"{len(claims):,} claims of real articles linked in {seconds:.0f} s: "
        f"{len(result.clusters):,} clusters ({multi:,} with several sources), "
        f"{len(result.stories):,} stories"
    )


def _real_claim_ids(store: Store, count: int) -> list[str]:
    query = (
        "SELECT c.id FROM claims c JOIN documents d ON d.id = c.doc_id "
        f"WHERE instr(d.text, '{COPY_MARKER}') = 0 "
        f"ORDER BY d.date IS NULL, d.date, c.doc_id, c.ordinal LIMIT {int(count)}"
    )
    with store._engine.connect() as conn:
        return [row[0] for row in conn.execute(sql(query))]


def _linked(store: Store) -> bool:
    return bool(_scalar(store, "SELECT count(*) FROM claim_members"))


def prepare_store(args: argparse.Namespace) -> tuple[str, dict[str, str]]:
    """The store's URL, filled unless it already holds ``--n`` articles, and linked unless it
    has links (or ``--no-link``). Opening it migrates an older store to the newest schema."""
    path = Path(args.store) if args.store else Path(tempfile.mkdtemp()) / "web-bench.db"
    url = f"sqlite:///{path}"
    setup: dict[str, str] = {}
    start = time.perf_counter()
    with open_store(url) as store:
        setup["open (schema upgrade when needed)"] = f"{time.perf_counter() - start:.1f} s"
        have = store.count_documents()
        if have >= args.n:
            setup["fill"] = f"reused {path.name} ({have:,} articles)"
        else:
            base = load_base(Path(args.cache))
            setup["base set"] = f"{len(distinct(base)):,} distinct analyzed real articles"
            print(f"filling {path} with {args.n} articles ...", file=sys.stderr, flush=True)
            setup["fill"] = f"{fill_store(store, base, args.n):.0f} s"
        if args.no_link:
            setup["linking"] = "skipped (--no-link)"
        elif _linked(store):
            setup["linking"] = "reused the stored links"
        else:
            print(f"linking {args.link_claims} claims ...", file=sys.stderr, flush=True)
            setup["linking"] = link_subset(store, args.link_claims)
    print(setup, file=sys.stderr)
    return url, setup


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles in the store")
    parser.add_argument("--store", help="SQLite file (reused if it holds --n articles)")
    parser.add_argument("--cache", default=str(DEFAULT_CACHE), help="analyzed base set JSONL")
    parser.add_argument("--requests", type=int, default=20, help="timed requests per URL")
    parser.add_argument("--no-link", action="store_true", help="do not link claims")
    parser.add_argument(
        "--link-claims", type=int, default=LINK_CLAIMS, help="claims of real articles to link"
    )
    parser.add_argument("--fill-only", action="store_true", help="fill the store and stop")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="Markdown report")
    args = parser.parse_args(argv)
    command = "nice -n 10 .venv/bin/python bench/bench_web.py " + " ".join(
        sys.argv[1:] if argv is None else argv
    )

    url, setup = prepare_store(args)
    if args.fill_only:
        return 0
    app = create_app(url)
    with open_store(url) as store:
        sample = pick_sample(store)
    timings = []
    with TestClient(app) as client:
        for route, target in requests_for(get_routes(app), sample):
            if not target:
                timings.append(Timing(route, "", 0, 0.0, 0.0, 0.0))
                continue
            timing = time_url(client, route, target, args.requests)
            print(
                f"{timing.median_ms:8.1f} {timing.p95_ms:8.1f}  {timing.status}  {target}",
                file=sys.stderr,
                flush=True,
            )
            timings.append(timing)
    write_report(Path(args.out), command, sample, timings, setup, args.requests)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
