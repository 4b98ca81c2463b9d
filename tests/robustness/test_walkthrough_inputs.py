"""Inputs a new user gave claimgraph (fifteenth session, U1): an article longer than the pipeline
reads at once, a folder of PDFs, an empty folder. Each is one line naming the input, and the
rest of the run goes on."""

from __future__ import annotations

import json
from pathlib import Path

from claimgraph.errors import InputError
from claimgraph.ingest.readers import MAX_CHARS, iter_documents

ROOT = Path(__file__).resolve().parents[2]
FOUNDING = ROOT / "examples" / "kremlin-drone-nl-2023-05.txt"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"


def _over_long_text() -> str:
    """The founding article again and again, just over the limit: 1.2 MB of real news text."""
    article = FOUNDING.read_text(encoding="utf-8")
    return (article + "\n\n") * (MAX_CHARS // len(article) + 1)


def test_cli_over_long_article_is_skipped_and_the_rest_stored(tmp_path: Path, cli) -> None:
    # spaCy refuses texts over its max_length: the whole ingest died with "internal error:
    # ValueError: [E088] ..." naming no file, and nothing after it was stored
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-long.txt").write_text(_over_long_text(), encoding="utf-8")
    (folder / "b-founding.txt").write_bytes(FOUNDING.read_bytes())
    db = tmp_path / "news.db"
    result = cli("ingest", str(folder), "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 1 and str(folder / "a-long.txt") in skipped[0], result.stderr
    assert "1,000,000" in skipped[0]
    assert "1 added" in result.stderr


def test_readers_name_the_over_long_record_of_a_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {"title": "Lang verhaal", "text": _over_long_text()}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    errors: list[InputError] = []
    assert list(iter_documents([path], errors.append)) == []
    assert [e.source for e in errors] == [str(path)]
    assert "'Lang verhaal'" in str(errors[0])


def test_readers_folder_of_pdfs_is_one_line_not_silence(tmp_path: Path) -> None:
    # "0 added, 0 already stored, 0 unreadable" and exit code 0 for a folder of PDFs
    for name in ("report.pdf", "annex.PDF"):
        (tmp_path / name).write_bytes(PDF)
    errors: list[InputError] = []
    assert list(iter_documents([tmp_path], errors.append)) == []
    assert [e.source for e in errors] == [str(tmp_path)]
    assert "2 files, none in a format claimgraph reads" in str(errors[0])


def test_readers_empty_folder_and_mixed_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "report.pdf").write_bytes(PDF)
    (mixed / "founding.txt").write_bytes(FOUNDING.read_bytes())
    errors: list[InputError] = []
    docs = list(iter_documents([empty, mixed], errors.append))
    assert [e.source for e in errors] == [str(empty)]
    assert [d.source for d in docs] == [str(mixed / "founding.txt")]
