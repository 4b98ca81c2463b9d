"""Write a store's contents as JSON Lines (documents) or CSV (one attribution per row)."""

from __future__ import annotations

import csv
from typing import TextIO

from claimgraph.store.repo import AttributionRow, Store

CSV_COLUMNS = (
    "doc_id",
    "attribution_id",
    "lang",
    "date",
    "title",
    "url",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "content_text",
    "type",
    "stance",
    "act",
    "confidence",
)


def export_jsonl(store: Store, out: TextIO) -> int:
    """Write every document as one ``Document.to_json()`` line; returns the number written."""
    count = 0
    for doc in store.iter_documents():
        out.write(doc.to_json())
        out.write("\n")
        count += 1
    return count


def _csv_record(row: AttributionRow) -> tuple[object, ...]:
    att = row.attribution
    speaker_start, speaker_end = att.speaker_span or (None, None)
    cue_start, cue_end = att.cue_span or (None, None)
    return (
        row.doc_id,
        att.id,
        row.lang,
        row.date,
        row.title,
        row.url,
        att.speaker,
        speaker_start,
        speaker_end,
        att.cue,
        cue_start,
        cue_end,
        att.content_span[0],
        att.content_span[1],
        row.content,
        att.type,
        att.stance,
        att.act,
        att.confidence,
    )


def export_csv(store: Store, out: TextIO) -> int:
    """Write a header and one row per attribution (:data:`CSV_COLUMNS`); returns the row count.

    Implicit spans and missing dates are empty cells. Open a file for this with ``newline=""``.
    """
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in store.iter_attributions():
        writer.writerow(_csv_record(row))
        count += 1
    return count
