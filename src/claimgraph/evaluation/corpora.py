"""The shared news corpora our own check sets are drawn from, and their standoff files.

The builders in ``bench/data/`` select articles from these corpora by seeded rules, keep the
annotation as standoff (offsets and labels), and rebuild the scored texts from the shared data;
they must all read the corpora and write their files the same way.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from claimgraph.model import ACTS, STANCES, TYPES

WIKINEWS_FILES = ("en-news/wikinews/wikinews_2019.csv", "en-news/wikinews/wikinews_2020.csv")
DPG_FILE = "nl-news/dpg-news2019.jsonl"
DPG_ID_PREFIX = "nl-dpg-"
# an annotated substring may name its k-th occurrence in the text: "zegt{1}"
OCCURRENCE = re.compile(r"^(?P<needle>.*?)\{(?P<index>\d+)\}$", re.S)

Span = tuple[int, int]


class AnnotationError(ValueError):
    """An annotation that cannot be located or fails validation."""


def wikinews_rows(root: Path) -> list[dict[str, str]]:
    """Wikinews rows numbered 0.. over 2019 then 2020, in file order (the ids ``en-wikinews-N``)."""
    rows: list[dict[str, str]] = []
    for name in WIKINEWS_FILES:
        with open(root / name, encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def dpg_rows(root: Path) -> dict[str, dict]:
    """DPG articles by record id (``nl-dpg-<id>``)."""
    with (root / DPG_FILE).open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {DPG_ID_PREFIX + row["id"]: row for row in rows}


def article_text(row: dict) -> str:
    """The scored text of a corpus row: title, a blank line, the body unchanged."""
    return row["title"] + "\n\n" + row["text"]


def checksum(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def publisher_sample(
    eligible: list[tuple[str, str]], seed: int, size: int, per_publisher: int
) -> list[str]:
    """``size`` ids of (id, publisher) pairs in a seeded order, at most ``per_publisher`` each."""
    order = list(eligible)
    random.Random(seed).shuffle(order)
    chosen: list[str] = []
    taken: Counter[str] = Counter()
    for record_id, publisher in order:
        if taken[publisher] < per_publisher and len(chosen) < size:
            taken[publisher] += 1
            chosen.append(record_id)
    return chosen


def read_tsv(path: Path, columns: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """Rows of a standoff TSV file (``#`` lines are its header comment), checked for ``columns``."""
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if columns and rows and tuple(rows[0]) != columns:
        raise ValueError(f"{path.name}: columns {tuple(rows[0])} != {columns}")
    return rows


def write_tsv(path: Path, columns: tuple[str, ...], rows: Iterable[dict], header: str) -> None:
    """Write ``rows`` under a comment ``header`` (one or more ``#`` lines) and a column line."""
    lines = [header.rstrip("\n"), "\t".join(columns)]
    lines += ["\t".join(str(row.get(column, "")) for column in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def to_jsonl(records: list[dict]) -> str:
    """One article per line, UTF-8 kept unescaped like the shared gold files."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def attribution_problems(attributions: list[dict], text: str) -> list[str]:
    """What is wrong with a check set's gold attributions of ``text`` (empty when valid)."""
    problems: list[str] = []
    pairs = set()
    for index, item in enumerate(attributions):
        problems += [f"#{index}: {problem}" for problem in _item_problems(item, text)]
        pair = (tuple(item["content_span"] or ()), item["speaker"])
        if pair in pairs:
            problems.append(f"#{index}: duplicate (content, speaker) pair")
        pairs.add(pair)
    return problems


def _item_problems(item: dict, text: str) -> list[str]:
    problems = []
    content = item["content_span"]
    if content is None:
        problems.append("no content span")
    for name in ("speaker_span", "cue_span", "content_span"):
        span = item[name]
        if span is None:
            continue
        start, end = span
        if not 0 <= start < end <= len(text):
            problems.append(f"{name} {span} empty or outside the text")
        elif text[start:end] != text[start:end].strip():
            problems.append(f"{name} {span} has outer whitespace")
        elif name != "content_span" and content and overlaps(tuple(span), tuple(content)):
            problems.append(f"{name} overlaps the content span")
    cue_text = text[item["cue_span"][0] : item["cue_span"][1]] if item["cue_span"] else None
    if item["cue"] != cue_text:
        problems.append("cue differs from the text under cue_span")
    if not item["speaker"].strip():
        problems.append("empty speaker name")
    for name, allowed in (("type", TYPES), ("stance", STANCES), ("act", ACTS)):
        if item[name] not in allowed:
            problems.append(f"{name} {item[name]!r} not in {allowed}")
    return problems


def split_occurrence(needle: str) -> tuple[str, int | None]:
    """``needle`` without its occurrence suffix, and the index the suffix names (or None)."""
    match = OCCURRENCE.match(needle)
    if match:
        return match["needle"], int(match["index"])
    return needle, None


def occurrences(text: str, needle: str, word_bounded: bool = False) -> list[Span]:
    """All case-sensitive occurrences; word-bounded ones only where the needle edges are alnum."""
    spans = []
    start = text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if not word_bounded or _bounded(text, start, end):
            spans.append((start, end))
        start = text.find(needle, start + 1)
    return spans


def _bounded(text: str, start: int, end: int) -> bool:
    left_ok = start == 0 or not (text[start].isalnum() and text[start - 1].isalnum())
    right_ok = end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())
    return left_ok and right_ok


def pick(spans: list[Span], index: int | None, what: str) -> Span:
    """The ``index``-th span, or the only one; an AnnotationError otherwise."""
    if index is not None:
        if index >= len(spans):
            raise AnnotationError(f"{what}: occurrence {index} of {len(spans)} requested")
        return spans[index]
    if len(spans) != 1:
        raise AnnotationError(f"{what}: {len(spans)} occurrences, give an index")
    return spans[0]


def locate_near(text: str, needle: str, anchor: Span, avoid: Span, what: str) -> Span:
    """The word-bounded occurrence of ``needle`` (with an optional occurrence suffix) nearest to
    ``anchor`` (the earlier one on ties), never overlapping ``avoid``."""
    needle, index = split_occurrence(needle)
    spans = occurrences(text, needle, word_bounded=True)
    if index is not None:
        return pick(spans, index, what)
    spans = [span for span in spans if not overlaps(span, avoid)]
    if not spans:
        raise AnnotationError(f"{what}: not found outside the content")
    return min(spans, key=lambda span: (_distance(span, anchor), span[0] > anchor[0]))


def _distance(a: Span, b: Span) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0
