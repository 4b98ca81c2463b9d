"""Fuzz ingest parsing and ``analyze`` with random small inputs; optionally kill ingests mid-way.

Run: ``nice -n 10 python bench/fuzz_ingest.py [--cases 100000] [--analyze-every 50] [--kills 3]``.
Every case builds a random input from news fragments, quote marks of all styles, zero-width and
RTL characters, mixed scripts and random bytes, and parses it in every input format; every
``--analyze-every``-th case also runs ``analyze`` on text and every document's spans are checked
(:func:`span_problems`). ``--kills`` SIGKILLs ``claimgraph ingest`` of real Dutch articles that
many times, restarts it, and counts documents lost or stored incompletely. Writes
``bench/results/robustness.md``.

The generators and :func:`span_problems` are also used by ``tests/robustness/``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.errors import InputError
from claimgraph.ingest.formats import PARSERS, Article
from claimgraph.ingest.readers import document_from_text
from claimgraph.model import Document
from claimgraph.pipeline import analyze
from claimgraph.settings import data_dir
from claimgraph.store import open_store

RESULTS = Path(__file__).parent / "results"
# problems these tests found and that were fixed (kept here so that the results file lists them)
FIXED = [
    "Hang-like: `nlp/sentences.py` set `Token.is_sent_start` token by token, and spaCy's setter "
    "scans the whole Doc each time: quadratic (analyze of one 100k-char sentence 14-36 s, 1 MB "
    "~1 h). Now written in one `Doc.from_array` call: 100k chars in 2.6 s, same sentences on "
    "361 articles.",
]
FOUND = [
    "Two ingests creating a new SQLite store at once race in `create_all` ('table documents "
    "already exists'); into an existing store they run fine (test xfail in tests/robustness).",
]
ROOT = Path(__file__).resolve().parents[1]

QUOTES = ["„", "”", "“", ",,", "''", "‘", "’", "«", "»", '"', "'", "‹", "›", "「", "」"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069"]
SCRIPTS = ["Кремль", "Зеленский заявил", "كييف", "שלום", "北京", "Łukaszenka", "Ἀθῆναι", "👍🏽"]
WORDS = [
    "Zelensky",
    "Poetin",
    "Rutte",
    "de",
    "het",
    "een",
    "Kremlin",
    "aanval",
    "drone",
    "niet",
    "ontkent",
    "zei",
    "zegt",
    "aldus",
    "volgens",
    "stelt",
    "dreigt",
    "beweert",
    "meldt",
    "said",
    "says",
    "denied",
    "according",
    "to",
    "the",
    "president",
    "claims",
    "warned",
    "gisteren",
    "dinsdag",
    "3 mei 2023",
    "vorige week",
    "yesterday",
    "May 3, 2023",
    "2023-05-03",
    "om 14.00 uur",
    "in de nacht van dinsdag op woensdag",
    "31 februari",
    "9999-99-99",
]
PUNCT = [
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "-",
    "—",
    "(",
    ")",
    "[",
    "]",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u2028",
    "\u2029",
    "…",
]
MARKUP = [
    b"<html><body><article><p>",
    b"</p><p>",
    b"<script>alert(1)</script>",
    b"<style>p{}</style>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b"<div class='",
    b"'>",
    b"&amp;",
    b"&#x0;",
    b"&nbsp;",
    b"<meta charset='cp1252'>",
    b"<title>",
    b"</title>",
    b"<time datetime='2023-05-03'>",
    b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>",
    b"<description>",
    b"</description></item>",
    b"<pubDate>Wed, 03 May 2023 10:00:00 +0000</pubDate>",
    b"<pubDate>Feb 30 99999</pubDate>",
    b"<feed xmlns='http://www.w3.org/2005/Atom'><entry>",
    b'{"text": "',
    b'", "date": "',
    b'", "lang": "',
    b'"}\n',
    b"\n{",
    b"null\n",
    b"[1,2]\n",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\x80\x81",
    "Poetin “moordaanslag”".encode("cp1252"),
]


def random_text(rng: random.Random, max_parts: int = 40) -> str:
    """A random text of news words, quotes (often nested), invisible/bidi marks and scripts."""
    parts: list[str] = []
    for _ in range(rng.randint(0, max_parts)):
        roll = rng.random()
        if roll < 0.45:
            parts.append(rng.choice(WORDS))
        elif roll < 0.65:
            parts.append(rng.choice(PUNCT))
        elif roll < 0.8:
            parts.append(rng.choice(QUOTES))
        elif roll < 0.86:
            parts.append(rng.choice(INVISIBLE))
        elif roll < 0.9:
            parts.append(rng.choice(BIDI))
        elif roll < 0.95:
            parts.append(rng.choice(SCRIPTS))
        else:
            parts.append(chr(rng.randint(0, 0x10FFFF)))
    text = "".join(parts)
    return nested_quote(rng, text) if rng.random() < 0.2 else text


def nested_quote(rng: random.Random, core: str, depth: int | None = None) -> str:
    """``core`` inside ``depth`` layers of "X zei: „…”" with mixed quote styles."""
    pairs = [("„", "”"), ("“", "”"), ("‘", "’"), ("«", "»"), ('"', '"'), ("'", "'"), (",,", "''")]
    for _ in range(rng.randint(1, 6) if depth is None else depth):
        opener, closer = rng.choice(pairs)
        core = f"{rng.choice(['Rutte', 'Hij', 'She'])} {rng.choice(['zei', 'said'])}: {opener}{core}{closer}."
    return core


def random_bytes(rng: random.Random, max_parts: int = 12) -> bytes:
    """Random input bytes: markup/JSON/feed fragments, random text in any encoding, raw bytes."""
    parts: list[bytes] = []
    for _ in range(rng.randint(0, max_parts)):
        roll = rng.random()
        if roll < 0.4:
            parts.append(rng.choice(MARKUP))
        elif roll < 0.8:
            encoding = rng.choice(["utf-8", "utf-8", "cp1252", "latin-1", "utf-16", "koi8-r"])
            parts.append(random_text(rng, 10).encode(encoding, errors="replace"))
        else:
            parts.append(rng.randbytes(rng.randint(1, 24)))
    return b"".join(parts)


def span_problems(doc: Document) -> list[str]:
    """Every span that lies outside the text, is reversed or empty where content is required,
    or whose text differs from the stored surface (cue, timex, mention, place, trigger)."""
    problems: list[str] = []
    size = len(doc.text)

    def check(
        what: str, span: tuple[int, int] | None, surface: str | None = None, nonempty: bool = False
    ) -> None:
        if span is None:
            return
        start, end = span
        if not 0 <= start <= end <= size:
            problems.append(f"{what} span {span} outside text of {size} chars")
        elif nonempty and start == end:
            problems.append(f"{what} span {span} is empty")
        elif surface is not None and doc.text[start:end] != surface:
            problems.append(f"{what} span {span} is {doc.text[start:end]!r}, stored {surface!r}")

    for a in doc.attributions:
        check(f"attribution {a.id} content", a.content_span, nonempty=True)
        check(f"attribution {a.id} cue", a.cue_span, a.cue)
        check(f"attribution {a.id} speaker", a.speaker_span)
    for t in doc.timexes:
        check("timex", t.span, t.text, nonempty=True)
    for m in doc.entities:
        check("mention", m.span, m.text)
    for p in doc.places:
        check("place", p.span, p.text)
    for e in doc.events:
        check("event trigger", e.trigger_span, e.trigger)
        check("event", e.span)
    return problems


@dataclass
class FuzzReport:
    """What a fuzz run tried and found; ``failures`` holds the first few failing inputs."""

    cases: int = 0
    parser_calls: int = 0
    analyze_calls: int = 0
    crashes: int = 0
    span_violations: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def record(self, kind: str, payload: object, detail: str) -> None:
        if len(self.failures) < 20:
            self.failures.append(f"{kind}: {detail} -- input {payload!r:.300}")


def _guard(report: FuzzReport, payload: object, call: Callable[[], None]) -> None:
    try:
        call()
    except Exception as exc:  # any exception here is a finding
        report.crashes += 1
        last = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(last.filename).name}:{last.lineno}"
        report.record("crash", payload, f"{type(exc).__name__}: {exc} at {where}")


def _parse_all(report: FuzzReport, raw: bytes) -> None:
    for fmt, parse in PARSERS.items():
        report.parser_calls += 1

        def call(fmt: str = fmt, parse: Callable = parse) -> None:
            for item in parse(raw, f"fuzz.{fmt}"):
                if not isinstance(item, Article | InputError):
                    raise TypeError(f"{fmt} parser yielded {type(item).__name__}")
                if isinstance(item, Article):
                    document_from_text(item.text, lang=item.lang, date=item.date)

        _guard(report, raw, call)


def _analyze_checked(report: FuzzReport, text: str, lang: str | None) -> None:
    report.analyze_calls += 1

    def call() -> None:
        problems = span_problems(analyze(text, lang=lang))
        if problems:
            report.span_violations += 1
            report.record("span", text, problems[0])

    _guard(report, text, call)


def fuzz(cases: int, analyze_every: int = 50, seed: int = 0) -> FuzzReport:
    """Run ``cases`` random inputs through every parser; analyze every ``analyze_every``-th."""
    rng = random.Random(seed)
    report = FuzzReport()
    started = time.perf_counter()
    for case in range(cases):
        report.cases += 1
        _parse_all(report, random_bytes(rng))
        if analyze_every and case % analyze_every == 0:
            _analyze_checked(report, random_text(rng), rng.choice(["nl", "en", None]))
    report.seconds = time.perf_counter() - started
    return report


# kill test ---------------------------------------------------------------------------------


@dataclass
class KillReport:
    """Outcome of killing ``claimgraph ingest`` mid-way and restarting it."""

    articles: int = 0
    distinct: int = 0
    kills: int = 0
    stored_at_kills: list[int] = field(default_factory=list)
    incomplete: int = 0
    lost: int = 0
    duplicates: int = 0


def write_articles(folder: Path, count: int) -> list[str]:
    """The first ``count`` DPG news articles (with a headline) as .txt files; their texts."""
    source = data_dir() / "nl-news" / "dpg-news2019.jsonl"
    texts: list[str] = []
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = f"{record['title']}\n\n{record['text']}"
            (folder / f"{record['id']}.txt").write_text(text, encoding="utf-8")
            texts.append(text)
            if len(texts) == count:
                break
    return texts


def ingest_command(db: str, *paths: str) -> list[str]:
    cli = "from claimgraph.interfaces.cli import main; main()"
    return [sys.executable, "-c", cli, "ingest", *paths, "--db", db]


def store_problems(db_url: str) -> tuple[int, int, int]:
    """(documents, incomplete documents, duplicate texts) in the store at ``db_url``; a document
    is complete when its attribution count equals that of a fresh ``analyze`` of its text."""
    with open_store(db_url) as store:
        docs = list(store.iter_documents())
    incomplete = sum(len(d.attributions) != len(analyze(d.text).attributions) for d in docs)
    duplicates = len(docs) - len({d.text for d in docs})
    return len(docs), incomplete, duplicates


def _wait_for_count(db_url: str, proc: subprocess.Popen, count: int, limit: float = 300) -> None:
    """Wait until the store holds ``count`` documents, the ingest ends, or ``limit`` s pass."""
    deadline = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < deadline:
        with open_store(db_url) as store:
            if store.count_documents() >= count:
                return
        time.sleep(0.2)


def kill_ingest(articles: int, kills: int, seed: int = 0) -> KillReport:
    rng = random.Random(seed)
    report = KillReport(articles=articles)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        distinct = len(set(write_articles(folder, articles)))  # the data repeats some articles
        db = f"sqlite:///{Path(tmp, 'cg.db')}"
        with open_store(db):  # polling must not race the ingest's table creation
            pass
        stored = 0
        for _ in range(kills):
            proc = subprocess.Popen(
                ingest_command(db, str(folder)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            _wait_for_count(db, proc, stored + rng.randint(5, 40))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                report.kills += 1
            proc.wait()
            stored, incomplete, _ = store_problems(db)
            report.stored_at_kills.append(stored)
            report.incomplete += incomplete
        subprocess.run(ingest_command(db, str(folder)), capture_output=True, check=False)
        stored, incomplete, duplicates = store_problems(db)
        report.incomplete += incomplete
        report.duplicates = duplicates
        report.distinct = distinct
        report.lost = distinct - (stored - duplicates)
    return report


# results -----------------------------------------------------------------------------------


def write_results(fuzz_report: FuzzReport, kill_report: KillReport | None, path: Path) -> None:
    lines = [
        "# Robustness: fuzzed ingest parsing and analyze, killed ingests",
        "",
        f"Generated by `bench/fuzz_ingest.py` on {time.strftime('%Y-%m-%d')} "
        f"(Python {sys.version.split()[0]}, {os.cpu_count()} cores, run under `nice -n 10`, "
        f"load average at the end {os.getloadavg()[0]:.0f}).",
        "",
        "| measure | value |",
        "|---|---|",
        f"| fuzz cases (random inputs) | {fuzz_report.cases:,} |",
        f"| parser calls (each input in every format: {', '.join(PARSERS)}) | "
        f"{fuzz_report.parser_calls:,} |",
        f"| `analyze` calls (random nl/en/undetected text, spans checked) | "
        f"{fuzz_report.analyze_calls:,} |",
        f"| crashes (exceptions other than InputError) | {fuzz_report.crashes} |",
        f"| documents with span violations | {fuzz_report.span_violations} |",
        f"| fuzz time | {fuzz_report.seconds:.0f} s |",
    ]
    if kill_report:
        lines += [
            f"| ingest runs SIGKILLed mid-way ({kill_report.articles} DPG articles, "
            f"{kill_report.distinct} distinct texts, SQLite) | "
            f"{kill_report.kills} (stored at each kill: "
            f"{', '.join(map(str, kill_report.stored_at_kills))}) |",
            f"| documents stored incompletely after a kill | {kill_report.incomplete} |",
            f"| documents lost after restart | {kill_report.lost} |",
            f"| documents stored twice | {kill_report.duplicates} |",
        ]
    lines += ["", "## Fixed", ""] + [f"- {fix}" for fix in FIXED]
    lines += ["", "## Open findings", ""] + [f"- {found}" for found in FOUND]
    lines += ["", "## Failures", ""]
    lines += [f"- `{f}`" for f in fuzz_report.failures] or ["None."]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n" + later_sections(path), encoding="utf-8")


def later_sections(path: Path) -> str:
    """The file's text from its second top-level heading on (sections other benches wrote)."""
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    second = text.find("\n# ")
    return "\n" + text[second + 1 :] if second >= 0 else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--analyze-every", type=int, default=50)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=RESULTS / "robustness.md")
    args = parser.parse_args(argv)
    report = fuzz(args.cases, args.analyze_every, args.seed)
    print(json.dumps({k: v for k, v in vars(report).items() if k != "failures"}))
    for failure in report.failures:
        print(failure)
    kills = kill_ingest(args.articles, args.kills, args.seed) if args.kills else None
    if kills:
        print(json.dumps(vars(kills)))
    write_results(report, kills, args.out)
    return 1 if report.crashes or report.span_violations or (kills and kills.lost) else 0


if __name__ == "__main__":
    sys.exit(main())
