"""Sidecar metadata (index.jsonl / <file>.meta.json) fills what a bare .txt cannot say."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest import iter_documents

BRIEFING_03 = "en-whitehouse-2023-05-03-press-briefing-jean-pierre.txt"
BRIEFING_04 = "en-whitehouse-2023-05-04-press-briefing-jean-pierre-kirby-young.txt"


@pytest.fixture(scope="module")
def drone_dir(samples_dir: Path) -> Path:
    folder = samples_dir / "kremlin-drone-2023-05"
    if not (folder / "index.jsonl").exists():
        pytest.skip(f"shared sample not found: {folder}")
    return folder


def test_sidecar_index_dates_the_briefings(drone_dir: Path):
    errors: list[InputError] = []
    docs = [d for d in iter_documents([drone_dir], on_error=errors.append) if "whitehouse" in d.url]
    dates = sorted(d.date for d in docs)
    assert dates == ["2023-05-03", "2023-05-04"]
    for doc in docs:
        assert doc.lang == "en"
        assert doc.title.startswith("Press Briefing by Press Secretary Karine Jean-Pierre")
        assert doc.url.startswith("https://bidenwhitehouse.archives.gov/briefing-room/")
        assert doc.source == "The White House (press briefing transcript)"  # index's "outlet"
    # index.jsonl is metadata, not a file of articles without text
    assert not [e for e in errors if "index.jsonl" in str(e)]


def test_sidecar_applies_to_an_explicitly_named_file(drone_dir: Path):
    (doc,) = iter_documents([drone_dir / BRIEFING_04])
    assert doc.date == "2023-05-04"
    assert "John Kirby" in doc.title


def test_sidecar_malformed_index_is_one_error_and_the_article_stays(drone_dir, tmp_path):
    shutil.copy(drone_dir / BRIEFING_03, tmp_path)
    shutil.copy(drone_dir / BRIEFING_04, tmp_path)
    good = (drone_dir / "index.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "index.jsonl").write_text(good + '\n{"file": "x.txt", "date": "soon"}\n{oops\n')
    errors: list[InputError] = []
    docs = list(iter_documents([tmp_path], on_error=errors.append))
    assert len(docs) == 2
    assert len(errors) == 1
    assert (
        "index.jsonl" in str(errors[0])
        and "line 2" in str(errors[0])
        and "1 more" in str(errors[0])
    )
    # the good line still dates its file; the other file has no entry and no header
    assert sorted(str(d.date) for d in docs) == ["2023-05-03", "None"]


def test_sidecar_meta_json_wins_and_a_broken_one_is_reported(drone_dir, tmp_path):
    shutil.copy(drone_dir / BRIEFING_03, tmp_path)
    meta = {"date": "2023-05-03", "title": "Briefing, 3 May", "source": "whitehouse.gov"}
    (tmp_path / f"{BRIEFING_03}.meta.json").write_text(json.dumps(meta))
    (doc,) = iter_documents([tmp_path])
    assert (doc.date, doc.title, doc.source) == ("2023-05-03", "Briefing, 3 May", "whitehouse.gov")
    (tmp_path / f"{BRIEFING_03}.meta.json").write_text('{"date": 20230503}')
    errors: list[InputError] = []
    (doc,) = iter_documents([tmp_path], on_error=errors.append)
    assert (doc.date, doc.title) == (None, "")  # a header-less .txt says neither
    assert len(errors) == 1 and ".meta.json" in str(errors[0]) and "'date'" in str(errors[0])


def test_sidecar_with_a_line_break_inside_a_string_says_where_once(drone_dir, tmp_path):
    # a hand-edited title broken over two lines read "Invalid control character at at line 2"
    shutil.copy(drone_dir / BRIEFING_03, tmp_path)
    (tmp_path / f"{BRIEFING_03}.meta.json").write_text('{"title": "Briefing,\n3 May"}')
    errors: list[InputError] = []
    (doc,) = iter_documents([tmp_path], on_error=errors.append)
    assert doc.title == ""
    [error] = errors
    assert "invalid JSON (Invalid control character at line 1, column 21)" in str(error)
