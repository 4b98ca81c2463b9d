"""Bad input through the real ``claimgraph ingest``: one line per problem naming the input, exit
code 2 (0 when everything could be read), no traceback, and what was stored before is kept."""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest.readers import DEFAULT_MAX_BYTES, iter_documents
from claimgraph.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "examples" / "kremlin-drone-nl-2023-05.txt"
POLISH = "Kreml oskarża Ukrainę o próbę zamachu na Putina. Zełenski zaprzecza: „Nie atakujemy Putina ani Moskwy”."
RUSSIAN = "Кремль обвинил Украину в попытке покушения на Путина. Зеленский заявил: «Мы не нападаем на Путина»."


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory: pytest.TempPathFactory, cli) -> tuple[Path, list[str]]:
    """A SQLite file holding the founding article, and its export."""
    path = tmp_path_factory.mktemp("store") / "cg.db"
    db = f"sqlite:///{path}"
    assert cli("ingest", str(FOUNDING), "--db", db).returncode == 0
    return path, _export(cli, db)


@pytest.fixture()
def store(tmp_path: Path, filled_store) -> tuple[str, list[str]]:
    """A fresh copy of the filled store, and its export before the call under test."""
    template, export = filled_store
    shutil.copy(template, tmp_path / "cg.db")
    return f"sqlite:///{tmp_path / 'cg.db'}", export


def _export(cli, db: str) -> list[str]:
    result = cli("export", "--format", "jsonl", "--db", db)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _problem_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("skipped:", "error:"))]


def _assert_clean(result, before: list[str], after: list[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert set(before) <= set(after), "documents stored before the call changed or vanished"


def test_cli_unreadable_inputs_each_reported_once(tmp_path: Path, cli, store):
    db, before = store
    bad = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "blob.txt": bytes(range(256)) * 40,
        "broken.xml": b"<?xml version='1.0'?><rss><channel><item><title>Kremlin</ti",
        "empty-feed.xml": b"<rss version='2.0'><channel></channel></rss>",
        "year-zero.jsonl": json.dumps({"text": "Rutte zei het.", "date": "0000-00-00"}).encode(),
        "script-only.html": b"<html><body><script>" + b"x=1;" * 5000 + b"</script></body></html>",
    }
    for name, raw in bad.items():
        (tmp_path / name).write_bytes(raw)
    big = tmp_path / "huge.txt"  # sparse: no disk blocks, refused by its size before reading
    with big.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    paths = [str(tmp_path / name) for name in bad] + [str(big)]
    result = cli("ingest", *paths, "--db", db)
    assert result.returncode == 2, result.stderr
    lines = _problem_lines(result.stderr)
    for path in paths:
        assert sum(path in line for line in lines) == 1, (path, result.stderr)
    assert any("limit" in line for line in lines if str(big) in line)
    _assert_clean(result, before, _export(cli, db))
    assert len(_export(cli, db)) == len(before)


def test_cli_odd_but_readable_inputs_are_stored(tmp_path: Path, cli, store):
    db, before = store
    files = {
        "invalid-utf8.txt": "Rutte zei dat hij „stopt”.\n".encode() + b"\xff\xfe\xc3(" + b" ok.\n",
        "cp1252.txt": "Poetin noemt het een „moordaanslag” op het Kremlin, zei Peskov.".encode(
            "cp1252"
        ),
        "broken.html": (
            b"<html><head><title>Drone</title><script>if (a < b) { document.write('<p>')</script>"
            b"<body><div class='" + b"x" * 200_000 + b"'><article><p>Zelensky ontkent dat "
            b"Oekra\xc3\xafne het Kremlin heeft aangevallen.<p>Hij zei: \xe2\x80\x9eWe vallen "
            b"Poetin niet aan.\xe2\x80\x9d<div><span></article></b></i>"
        ),
        "polish.txt": POLISH.encode(),
        "russian.txt": RUSSIAN.encode(),
        "absurd-date.txt": b"date: 99999-02-31\n\nRutte zei dinsdag dat hij stopt.",
        "no-date.jsonl": json.dumps({"text": "Rutte zei volgend jaar te stoppen."}).encode()
        + b"\n",
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    result = cli("ingest", *[str(tmp_path / n) for n in files], "--db", db)
    assert result.returncode == 0, result.stderr
    assert f"{len(files)} added" in result.stderr
    after = _export(cli, db)
    _assert_clean(result, before, after)
    stored = {json.loads(line)["text"][:40]: json.loads(line) for line in after}
    assert stored[POLISH[:40]]["lang"] == "pl" and stored[RUSSIAN[:40]]["lang"] == "ru"
    assert any("„moordaanslag”" in text for text in stored)


def test_cli_jsonl_bad_line_is_reported_rest_stored(tmp_path: Path, cli, store):
    db, before = store
    lines = [
        json.dumps({"text": "Rutte zei dat hij stopt.", "date": "2023-05-03"}),
        json.dumps({"text": "Zelensky ontkent de aanval.", "date": "2023-05-03"}),
        '{"text": "half a record',
        json.dumps({"title": "no text field"}),
        json.dumps({"text": "Peskov zegt dat Kyiv achter de aanval zit.", "date": "31-31-31"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("ingest", str(path), "--db", db)
    assert result.returncode == 2, result.stderr
    problems = [line for line in _problem_lines(result.stderr) if line.startswith("skipped:")]
    # the broken line, the record without text and the one with an impossible date
    assert len(problems) == 3 and all(str(path) in line for line in problems), result.stderr
    assert "2 added" in result.stderr
    _assert_clean(result, before, _export(cli, db))


def test_cli_long_sentence_and_deep_quotes_finish(tmp_path: Path, cli, store, fuzz_bench):
    db, before = store
    words = ("Rutte zei dat de regering " + "heel " * 20_000 + "lang nadenkt.")[:100_000]
    long_path = tmp_path / "long-sentence.txt"
    long_path.write_text(words, encoding="utf-8")
    deep = fuzz_bench.nested_quote(random.Random(7), "We vallen niet aan.", depth=200)
    deep_path = tmp_path / "deep-quotes.txt"
    deep_path.write_text(deep, encoding="utf-8")
    started = time.monotonic()
    result = cli("ingest", str(long_path), str(deep_path), "--db", db, timeout=240)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 240
    _assert_clean(result, before, _export(cli, db))


def test_analyze_100k_chars_finishes_with_spans_inside(fuzz_bench):
    text = ("Poetin zegt dat „" + "de drone " * 12_000 + "” aldus hij. ")[:100_000]
    started = time.monotonic()
    doc = analyze(text, lang="nl")
    assert time.monotonic() - started < 90  # ~3 s alone; generous for a loaded machine
    assert fuzz_bench.span_problems(doc) == []


def test_readers_lowered_size_limit_refuses_one_line(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_text("Rutte zei dat hij stopt. " * 100, encoding="utf-8")
    errors: list[InputError] = []
    assert list(iter_documents([path], errors.append, max_bytes=1000)) == []
    assert [e.source for e in errors] == [str(path)]
    assert "limit" in str(errors[0]) and "\n" not in str(errors[0])
    assert len(list(iter_documents([path], max_bytes=10_000))) == 1
