"""Write the judged cluster corpus (``clusters-corpus.md``) as JSONL for ``claimgraph ingest``.

Two files in ``OUT``, one article per line (``id``, ``title``, ``text``, ``date``, ``source``,
``lang``; the text is the body unchanged, the offsets in ``clusters-judged.jsonl`` count from it):

* ``nl-dpg-2019.jsonl``: the first 400 DPG 2019 articles dated 2019-03-25 or later, sorted by
  date and id; those with an empty text are skipped (384 remain). Ids ``nl-dpg-<id>``, source
  the publisher.
* ``en-wn19.jsonl``: all 171 Wikinews 2019 articles, ids ``en-wn19-NNN`` (the CSV row), source
  ``wikinews``.

The founding story's samples are ingested as they are, beside these files:

    python build_clusters_corpus.py OUT
    claimgraph ingest --db sqlite:///clusters.db OUT shared/samples/kremlin-drone-nl-2023-05.txt \
        shared/samples/kremlin-drone-2023-05/

``CLAIMGRAPH_DATA`` (or ``--data``) names the shared data folder.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from pathlib import Path

DPG_FILE = "nl-news/dpg-news2019.jsonl"
WIKINEWS_FILE = "en-news/wikinews/wikinews_2019.csv"
DPG_FROM = "2019-03-25"
DPG_COUNT = 400


def dpg_records(data: Path) -> list[dict]:
    lines = (data / DPG_FILE).read_text(encoding="utf-8").splitlines()
    rows = sorted((json.loads(line) for line in lines if line.strip()), key=_date_and_id)
    chosen = [row for row in rows if row["date"] >= DPG_FROM][:DPG_COUNT]
    return [
        {
            "id": f"nl-dpg-{row['id']}",
            "title": row["title"],
            "text": row["text"],
            "date": row["date"],
            "source": row["publisher"],
            "lang": "nl",
        }
        for row in chosen
        if row["text"].strip()
    ]


def _date_and_id(row: dict) -> tuple[str, str]:
    return row["date"], row["id"]


def wikinews_records(data: Path) -> list[dict]:
    csv.field_size_limit(1 << 30)
    with (data / WIKINEWS_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        {
            "id": f"en-wn19-{number:03d}",
            "title": row["title"],
            "text": row["text"],
            "date": row["date"],
            "source": "wikinews",
            "lang": "en",
        }
        for number, row in enumerate(rows)
    ]


def write_jsonl(path: Path, records: list[dict]) -> None:
    lines = (json.dumps(record, ensure_ascii=False) for record in records)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=Path(os.environ.get("CLAIMGRAPH_DATA", ".")))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    dpg, wikinews = dpg_records(args.data), wikinews_records(args.data)
    write_jsonl(args.out / "nl-dpg-2019.jsonl", dpg)
    write_jsonl(args.out / "en-wn19.jsonl", wikinews)
    print(f"{len(dpg)} DPG and {len(wikinews)} Wikinews articles in {args.out}")


if __name__ == "__main__":
    main()
