"""export_csv writes a header and one row per attribution."""

from __future__ import annotations

import csv
from pathlib import Path

from claimgraph.store import export_csv
from claimgraph.store.export import CSV_COLUMNS


def test_export_csv_header_and_row_count(filled_store, sample_docs, tmp_path: Path) -> None:
    path = tmp_path / "attributions.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        count = export_csv(filled_store, out)
    assert count == sum(len(doc.attributions) for doc in sample_docs) == 9
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    assert len(rows) == count


def test_export_csv_values_match_documents(filled_store, sample_docs, tmp_path: Path) -> None:
    path = tmp_path / "attributions.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        export_csv(filled_store, out)
    with path.open(newline="", encoding="utf-8") as handle:
        rows = {row["attribution_id"]: row for row in csv.DictReader(handle)}
    for doc in sample_docs:
        for att in doc.attributions:
            row = rows[att.id]
            assert row["doc_id"] == doc.id and row["lang"] == doc.lang and row["date"] == doc.date
            assert row["content_text"] == doc.surface(att.content_span)  # newlines survive
            assert (int(row["content_start"]), int(row["content_end"])) == att.content_span
            assert (row["speaker"], row["stance"], row["act"]) == (att.speaker, att.stance, att.act)
            assert float(row["confidence"]) == att.confidence
    implicit = rows["nl-a5"]
    assert implicit["speaker_start"] == implicit["speaker_end"] == ""
    assert rows["en-a1"]["cue_start"] == "" and rows["en-a1"]["cue"] == ""
