"""What a first user met in the eighteenth session's acceptance pass (UX1): a rerun or resumed
ingest annotates only the articles it has not stored."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph import pipeline
from claimgraph.interfaces.cli import analyze as analyze_module
from claimgraph.interfaces.cli import app
from claimgraph.interfaces.cli import ingest as ingest_module
from claimgraph.model import Document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FOUNDING = EXAMPLES / "kremlin-drone-nl-2023-05.txt"
# a second real article: the English examples' first Wikinews line
SECOND = "Iran admits downing Ukrainian jet"


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_ingest_annotates_only_the_articles_not_stored_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a rerun re-analyzed every stored article before finding it stored (35 s for the 111
    # samples, all "already stored"); a resumed ingest redid all the work before the stop
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(FOUNDING, folder)
    db = str(tmp_path / "news.db")
    first = _run("ingest", str(folder), "--db", db)
    assert first.exit_code == 0, first.output

    shutil.copy(EXAMPLES / "wikinews-2020.jsonl", folder)
    annotated: list[str] = []

    def recording(docs: Iterable[Document], **options) -> Iterator[Document]:
        for doc in docs:
            annotated.append(doc.title or doc.source)
            yield from pipeline.annotate_many([doc], **options)

    monkeypatch.setattr(analyze_module, "annotate_many", recording)
    monkeypatch.setattr(ingest_module, "annotate_many", recording, raising=False)
    again = _run("ingest", str(folder), "--db", db)
    assert again.exit_code == 0, again.output
    assert "3 added, 1 already stored" in again.output
    assert len(annotated) == 3 and any(SECOND in title for title in annotated)
    assert not any("kremlin-drone" in name for name in annotated)
