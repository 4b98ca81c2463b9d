"""Build a real nl<->en headline dev set (LINKING-EVAL.md format) from published headlines.

Inputs (see README.md for where each comes from; none of them is committed here):

* ``--nl`` (optional): a JSON list of Dutch feed items ``{"publish_date", "title", "link",
  "base_url"}`` (lorenzkort/nieuwschecker ``data/output/articles.json``);
* ``--nl-amcat`` (optional, repeatable): an AmCAT export CSV of Dutch articles with columns
  ``id, title, publisher, date`` (nieuwsmonitor/npo2023 ``results/websites_amcat.csv``); its
  items carry no link, so each is named ``amcat:<id>`` in the decisions files;
* ``--nl-clusters`` (optional, repeatable): nieuwschecker cluster files
  (``data/all_clusters.json`` of earlier commits: a list of ``{"articles": [{"title", "link",
  "feed"}]}``), whose items carry no date: each is dated ``--clusters-date`` (the day of the
  commits that hold them) and added unless ``--nl`` already has its link;
* ``--en-dir``: a folder of TSVs of English feed items ``source<TAB>link<TAB>title``, one per
  day, named ``en-<day>.tsv``;
* ``--decisions-dir``: our hand-verified ``pair`` and ``drop`` lines, one ``decisions-<day>.tsv``
  per day read (default: this folder).

Every day with both a decisions file and an English file is built, into one set in ``--out``:
``pairs.jsonl``, ``pool_nl.jsonl``, ``pool_en.jsonl``. The Dutch pool is every Dutch item (of
every Dutch input) dated within three days of one of those days (nu.nl excluded), the English
pool every English item read of those days (a day read without a pair has a decisions file with
no lines); ``drop`` lines remove second titles on a paired event so each query has one right answer.
Pool ids follow link order, so the same inputs give the same files.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

EXCLUDED_NL_HOSTS = ("nu.nl",)  # our hidden set draws on nu.nl front pages
WINDOW_DAYS = 3


def _read_decisions(path: Path) -> tuple[list[tuple[str, str, str]], set[str]]:
    pairs, drops = [], set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, first, second, relation, _why = line.split("\t")
        if kind == "pair":
            pairs.append((first, second, relation))
        elif kind == "drop":
            drops.add(first)
        else:
            raise ValueError(f"unknown decision kind {kind!r} in {path}")
    return pairs, drops


def _excluded(host: str) -> bool:
    return any(host.lower().endswith(excluded) for excluded in EXCLUDED_NL_HOSTS)


def _nieuwschecker_records(path: Path) -> Iterator[dict[str, str]]:
    """The dated items of a nieuwschecker ``articles.json``."""
    for record in json.loads(path.read_text(encoding="utf-8")):
        date = (record.get("publish_date") or "")[:10]
        if date:
            yield {
                "link": record["link"],
                "text": record["title"],
                "date": date,
                "source": record.get("base_url") or "",
            }


def _amcat_records(path: Path) -> Iterator[dict[str, str]]:
    """The items of an AmCAT export CSV, named ``amcat:<id>``."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            yield {
                "link": f"amcat:{row['id']}",
                "text": row["title"],
                "date": row["date"][:10],
                "source": row["publisher"],
            }


def _dutch_items(records: Iterable[dict[str, str]], day: dt.date) -> dict[str, dict[str, str]]:
    """The records dated within the evaluator's window of ``day``, nu.nl excluded."""
    return {
        record["link"]: {k: record[k] for k in ("text", "date", "source")}
        for record in records
        if not _excluded(record["source"])
        and abs((dt.date.fromisoformat(record["date"]) - day).days) <= WINDOW_DAYS
    }


def _cluster_items(path: Path, date: str) -> dict[str, dict[str, str]]:
    items = {}
    for cluster in json.loads(path.read_text(encoding="utf-8")):
        for article in cluster["articles"]:
            host = article.get("feed") or ""
            if not _excluded(host):
                items[article["link"]] = {"text": article["title"], "date": date, "source": host}
    return items


def _english_items(path: Path, day: dt.date) -> dict[str, dict[str, str]]:
    items = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            source, link, title = line.split("\t")
            items[link] = {"text": title, "date": day.isoformat(), "source": source}
    return items


def _pool(items: dict[str, dict[str, str]], prefix: str, drops: set[str]) -> dict[str, dict]:
    """Pool records keyed by link, with stable ids in link order."""
    kept = sorted(link for link in items if link not in drops)
    return {link: {"id": f"{prefix}-{n:04d}", **items[link]} for n, link in enumerate(kept)}


def build(
    nl: Path | None,
    en_dir: Path,
    decisions_dir: Path,
    out: Path,
    clusters: tuple[Path, ...] = (),
    clusters_date: str = "",
    amcat: tuple[Path, ...] = (),
) -> tuple[int, list[str]]:
    """Write the three files; return the number of pairs and the days built."""
    days = sorted(
        path.stem.removeprefix("decisions-")
        for path in decisions_dir.glob("decisions-*.tsv")
        if (en_dir / f"en-{path.stem.removeprefix('decisions-')}.tsv").exists()
    )
    pair_links: list[tuple[str, str, str, str]] = []
    drops: set[str] = set()
    dutch: dict[str, dict[str, str]] = {}
    english: dict[str, dict[str, str]] = {}
    records = [
        *(_nieuwschecker_records(nl) if nl else ()),
        *(r for p in amcat for r in _amcat_records(p)),
    ]
    for day in days:
        pairs, dropped = _read_decisions(decisions_dir / f"decisions-{day}.tsv")
        pair_links += [(day, *pair) for pair in pairs]
        drops |= dropped
        dutch.update(_dutch_items(records, dt.date.fromisoformat(day)))
        english.update(_english_items(en_dir / f"en-{day}.tsv", dt.date.fromisoformat(day)))
    dated = (
        {record["link"] for record in json.loads(nl.read_text(encoding="utf-8"))} if nl else set()
    )
    for path in clusters:
        for link, item in _cluster_items(path, clusters_date).items():
            if link not in dated:  # a dated copy in ``--nl`` wins, in the window or not
                dutch.setdefault(link, item)
    pool_nl = _pool(dutch, "nl", drops)
    pool_en = _pool(english, "en", drops)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "pairs.jsonl").open("w", encoding="utf-8") as handle:
        for n, (day, nl_link, en_link, relation) in enumerate(pair_links):
            nl_item, en_item = pool_nl[nl_link], pool_en[en_link]
            record = {
                "id": f"{day}-{n:02d}",
                "nl_id": nl_item["id"],
                "en_id": en_item["id"],
                "relation": relation,
                "nl": {k: nl_item[k] for k in ("text", "date", "source")},
                "en": {k: en_item[k] for k in ("text", "date", "source")},
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    for name, pool in (("pool_nl.jsonl", pool_nl), ("pool_en.jsonl", pool_en)):
        with (out / name).open("w", encoding="utf-8") as handle:
            for record in pool.values():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(pair_links), days


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nl", type=Path)
    parser.add_argument("--nl-amcat", type=Path, action="append", default=[])
    parser.add_argument("--nl-clusters", type=Path, action="append", default=[])
    parser.add_argument("--clusters-date", default="2025-12-22")
    parser.add_argument("--en-dir", type=Path, required=True)
    parser.add_argument("--decisions-dir", type=Path, default=Path(__file__).parent)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    count, days = build(
        args.nl,
        args.en_dir,
        args.decisions_dir,
        args.out,
        tuple(args.nl_clusters),
        args.clusters_date,
        tuple(args.nl_amcat),
    )
    print(f"{count} pairs of {', '.join(days)} written to {args.out}")


if __name__ == "__main__":
    main()
