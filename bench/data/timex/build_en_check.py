"""Build the English TIMEX3 check set (12 Wikinews articles) from its substring annotation.

Wikinews is CC BY 2.5, so the texts are committed with the gold: ``en-wikinews-timex-check.jsonl``
(all twelve), ``en-timex-check-read.jsonl`` and ``en-timex-check-blind.jsonl`` (the two halves,
see README.md), in the layout of ``shared/data/timex/nl/dev.jsonl``. This script re-applies the
selection rule to the corpus under ``claimgraph.settings.data_dir()``, locates every item of
``en_check_annotations.txt`` (syntax in its header), validates the result (value shapes, mods,
overlaps, every candidate of a broad regex annotated or skipped) and writes the three files.

Run: ``python bench/data/timex/build_en_check.py`` (build, validate, write); ``--check`` compares
with the committed files instead; ``--select`` prints the selection; ``--show`` prints each
timex in context.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.evaluation.corpora import article_text, overlaps, to_jsonl, wikinews_rows
from claimgraph.settings import data_dir

HERE = Path(__file__).parent
SOURCE = HERE / "en_check_annotations.txt"
OUTPUT = HERE / "en-wikinews-timex-check.jsonl"
HALVES = {"read": HERE / "en-timex-check-read.jsonl", "blind": HERE / "en-timex-check-blind.jsonl"}
DEV_GOLD = "en-attribution/dev.jsonl"
ATTRIBUTION_CHECK = Path(__file__).parents[1] / "attribution" / "en-wikinews-check.jsonl"

# The selection rule (README.md): eligible rows in corpus order, a seeded shuffle, the first 12;
# the halves alternate in that order (read, blind, read, ...).
ID_PREFIX = "en-wikinews-"
SEED = 7
SIZE = 12
MIN_WORDS, MAX_WORDS = 150, 700
MIN_HITS = 10
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)"
# As first run: "N second(s)" needs a number, the other unit words count alone.
SELECTION_HITS = re.compile(
    rf"\b(?:{_MONTHS}|{_DAYS}|(?:19|20)\d\d|\d+ seconds?|{_UNITS.removeprefix('seconds?|')}"
    r"|yesterday|today|tonight|tomorrow|ago|(?:last|next|this) (?:week|month|year)"
    r"|\d{1,2}:\d\d|[ap]\.m\.)",
    re.I,
)
# The second pass: every match must overlap an annotated timex or a recorded skip.
# Month and weekday names are case-sensitive ("may" is a verb); "Easter Island" is a place.
CANDIDATES = re.compile(
    rf"\b(?:{_MONTHS}|{_DAYS}|Halloween|Christmas|Easter(?! Island)|(?i:{_UNITS}"
    r"|(?:1[0-9]|20)\d\d|\d{1,2}:\d\d|\d{4} UTC|yesterday|today|tonight|tomorrow|now"
    r"|current(?:ly)?|recent(?:ly)?|previously|ago|morning|afternoon|evening|night|weekend"
    r"|season|spring|summer|autumn|fall|winter|day|once|always|long|past|future|time))\b"
)

TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS")
_DATE = r"\d{2,4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])"
_REF = r"PAST_REF|PRESENT_REF|FUTURE_REF"
_DURATION = r"P(?:\d+|X)[YMWDEC]|PT(?:\d+|X)[HMS]"
VALUE_SHAPES = {
    "DATE": re.compile(rf"(?:{_DATE}|{_REF})"),
    "TIME": re.compile(r"\d{4}-\d{2}-\d{2}T(?:\d{2}:\d{2}|MO|AF|EV|NI)"),
    "DURATION": re.compile(_DURATION),
    "SET": re.compile(_DURATION),
}
_ITEM = re.compile(r"^(?P<needle>.+?)(?:\{(?P<k>\d+)\})?$")

Span = tuple[int, int]


@dataclass
class Item:
    needle: str
    index: int | None
    type: str = ""
    value: str = ""
    mod: str = ""
    note: str = ""
    line: int = 0


@dataclass
class Article:
    n: int
    items: list[Item] = field(default_factory=list)
    skips: list[Item] = field(default_factory=list)


class AnnotationError(ValueError):
    """An item that cannot be located or fails validation."""


def excluded_numbers(root: Path) -> set[int]:
    """Rows already in the English attribution dev or check gold."""
    numbers = set()
    for line in (root / DEV_GOLD).read_text(encoding="utf-8").splitlines():
        if line.strip():
            numbers.add(json.loads(line)["corpus_index"])
    for line in ATTRIBUTION_CHECK.read_text(encoding="utf-8").splitlines():
        if line.strip():
            numbers.add(int(json.loads(line)["id"].removeprefix(ID_PREFIX)))
    return numbers


def select_articles(root: Path) -> list[int]:
    """The selection rule: 150-700 words, >= 10 regex hits, seeded shuffle, first twelve."""
    rows = wikinews_rows(root)
    excluded = excluded_numbers(root)
    eligible = []
    for n, row in enumerate(rows):
        text = article_text(row)
        words = len(text.split())
        if n in excluded or not MIN_WORDS <= words <= MAX_WORDS:
            continue
        if len(SELECTION_HITS.findall(text)) >= MIN_HITS:
            eligible.append(n)
    random.Random(SEED).shuffle(eligible)
    return eligible[:SIZE]


def parse_annotations(path: Path = SOURCE) -> list[Article]:
    """The annotation source as articles with their items and skips, in file order."""
    articles: list[Article] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            articles.append(Article(n=int(line[3:])))
        elif not articles:
            raise AnnotationError(f"line {number}: item before the first '== N' header")
        elif line.startswith("skip: "):
            needle, _, reason = line[len("skip: ") :].partition(" -- ")
            articles[-1].skips.append(_item(needle, number, note=reason))
        else:
            articles[-1].items.append(_parse_item(line, number))
    return articles


def _item(needle: str, number: int, **labels: str) -> Item:
    match = _ITEM.match(needle.strip())
    if not match:
        raise AnnotationError(f"line {number}: empty substring")
    k = match["k"]
    return Item(match["needle"], int(k) if k is not None else None, line=number, **labels)


def _parse_item(line: str, number: int) -> Item:
    body, _, note = line.partition(" -- ")
    fields_ = [f.strip() for f in body.split(" | ")]
    if len(fields_) not in (3, 4):
        raise AnnotationError(f"line {number}: expected 'SUBSTRING | TYPE | VALUE [| MOD]'")
    mod = fields_[3] if len(fields_) == 4 else ""
    return _item(fields_[0], number, type=fields_[1], value=fields_[2], mod=mod, note=note)


def occurrences(text: str, needle: str) -> list[Span]:
    """Whole-word, case-sensitive occurrences of ``needle``."""
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


def locate(text: str, item: Item, after: int) -> Span:
    """The k-th occurrence if given, else the first one starting at or after ``after``."""
    spans = occurrences(text, item.needle)
    if item.index is not None:
        if item.index >= len(spans):
            raise AnnotationError(f"line {item.line}: occurrence {item.index} of {len(spans)}")
        return spans[item.index]
    following = [span for span in spans if span[0] >= after]
    if not following:
        raise AnnotationError(f"line {item.line}: {item.needle!r} not found after offset {after}")
    return following[0]


def build_record(article: Article, row: dict[str, str]) -> tuple[dict, list[Span]]:
    """One gold record in the dev layout, and the spans of its skips."""
    text = article_text(row)
    timexes, after = [], 0
    for item in article.items:
        start, end = locate(text, item, after)
        after = end
        timex = {"span": [start, end], "text": text[start:end], "type": item.type}
        timex["value"] = item.value
        if item.mod:
            timex["mod"] = item.mod
        if item.note:
            timex["note"] = item.note
        timexes.append(timex)
    skips = [locate(text, skip, 0) for skip in article.skips]
    record = {"id": f"{ID_PREFIX}{article.n}", "lang": "en", "date": row["date"], "text": text}
    record["timexes"] = sorted(timexes, key=lambda t: t["span"])
    return record, skips


def build(root: Path | None = None) -> tuple[list[dict], dict[str, list[Span]]]:
    """All records in selection order, and each record's skip spans."""
    rows = wikinews_rows(root or data_dir())
    records, skips = [], {}
    for article in parse_annotations():
        record, skipped = build_record(article, rows[article.n])
        records.append(record)
        skips[record["id"]] = skipped
    return records, skips


def validate(records: list[dict], skips: dict[str, list[Span]], root: Path | None = None) -> list:
    """Every problem found: selection, shapes, overlaps, uncovered candidates."""
    root = root or data_dir()
    problems = []
    selected = [f"{ID_PREFIX}{n}" for n in select_articles(root)]
    if [r["id"] for r in records] != selected:
        problems.append(f"articles differ from the selection rule: {selected}")
    for record in records:
        problems += [f"{record['id']}: {p}" for p in _record_problems(record, skips[record["id"]])]
    return problems


def _record_problems(record: dict, skips: list[Span]) -> list[str]:
    problems = []
    spans = [tuple(t["span"]) for t in record["timexes"]]
    for timex in record["timexes"]:
        where = f"{timex['text']!r} at {timex['span'][0]}"
        shape = VALUE_SHAPES.get(timex["type"])
        if shape is None or not shape.fullmatch(timex["value"]):
            problems.append(f"{where}: bad type/value {timex['type']} {timex['value']}")
        if timex.get("mod", "") not in ("", *MODS):
            problems.append(f"{where}: unknown mod {timex['mod']}")
        if timex["text"] != timex["text"].strip(" ,;:\"'\n"):
            problems.append(f"{where}: outer whitespace or punctuation")
    for a, b in itertools.pairwise(spans):
        if b[0] < a[1]:
            problems.append(f"overlapping timexes at {a} and {b}")
    covered = spans + skips
    for match in CANDIDATES.finditer(record["text"]):
        if not any(overlaps(match.span(), span) for span in covered):
            problems.append(
                f"candidate {match[0]!r} at {match.start()} neither annotated nor skipped"
            )
    return problems


def halves(records: list[dict]) -> dict[str, list[dict]]:
    """Alternating halves in selection order: the read half first."""
    return {"read": records[0::2], "blind": records[1::2]}


def show(records: list[dict]) -> None:
    for record in records:
        print(f"== {record['id']} {record['date']}")
        for t in record["timexes"]:
            s, e = t["span"]
            left = record["text"][max(0, s - 40) : s].replace("\n", " ")
            right = record["text"][e : e + 30].replace("\n", " ")
            label = f"{t['type']} {t['value']} {t.get('mod', '')}".strip()
            print(f"  {left:>40}[{t['text']}]{right:<30}  {label}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files")
    parser.add_argument("--select", action="store_true", help="print the selection and stop")
    parser.add_argument("--show", action="store_true", help="print every timex in context")
    args = parser.parse_args(argv)
    if args.select:
        print(" ".join(map(str, select_articles(data_dir()))))
        return 0
    records, skips = build()
    problems = validate(records, skips)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.show:
        show(records)
    outputs = {OUTPUT: records} | {HALVES[k]: v for k, v in halves(records).items()}
    if args.check:
        stale = [p.name for p, rs in outputs.items() if p.read_text("utf-8") != to_jsonl(rs)]
        for name in stale:
            print(f"{name} differs from the annotation", file=sys.stderr)
        return 1 if problems or stale else 0
    if problems:
        return 1
    for path, rs in outputs.items():
        path.write_text(to_jsonl(rs), encoding="utf-8")
    count = sum(len(r["timexes"]) for r in records)
    print(f"{len(records)} articles, {count} timexes -> {OUTPUT.name} and the two halves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
