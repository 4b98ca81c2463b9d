"""Build the held-out English attribution check sets from their annotation sources.

Reads ``en_check_annotations.txt`` (set 1) or ``en_check<k>_annotations.txt`` (set k = 2, 3, 4;
exact substrings per attribution, see the header) and the Wikinews CSVs under
``claimgraph.settings.data_dir()``, locates every span, validates the result as
``shared/data/en-attribution/NOTES.md`` describes and writes ``en-wikinews-check.jsonl`` (set k > 1:
``en-wikinews-check<k>.jsonl``) in the format of ``en-attribution/dev.jsonl``.

Run: ``python bench/data/attribution/build_en_check.py [--set 2|3|4] [--check] [--leftovers]
[--select]``. ``--check`` compares with the committed file instead of writing it;
a split set (4) also writes its read and blind halves (``-read`` / ``-blind.jsonl``);
``--leftovers`` lists the reporting words and quote marks that no span or recorded skip covers
(the second pass); ``--select`` prints the seeded article selection of set 2, 3 or 4.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.evaluation.corpora import (
    AnnotationError,
    article_text,
    attribution_problems,
    locate_near,
    occurrences,
    pick,
    split_occurrence,
    to_jsonl,
    wikinews_rows,
)
from claimgraph.settings import data_dir

HERE = Path(__file__).parent
SOURCE = HERE / "en_check_annotations.txt"
OUTPUT = HERE / "en-wikinews-check.jsonl"
CHECK_SETS = {
    1: (SOURCE, OUTPUT),
    2: (HERE / "en_check2_annotations.txt", HERE / "en-wikinews-check2.jsonl"),
    3: (HERE / "en_check3_annotations.txt", HERE / "en-wikinews-check3.jsonl"),
    4: (HERE / "en_check4_annotations.txt", HERE / "en-wikinews-check4.jsonl"),
}
REPORTING_NOUNS = HERE / "en_reporting_nouns.txt"
DEV_GOLD = "en-attribution/dev.jsonl"
QUOTE_VERBS = "lexicons/gendergaptracker/quote_verb_list.en.txt"
MIN_WORDS, MAX_WORDS = 150, 1000
RANGE_MARK = " <..> "
QUOTE_MARKS = '"“”'
# The selection rule of sets 2, 3 and 4 (stated before annotation): shuffle the even corpus numbers
# outside dev and the other check sets of the right length with the set's seed, then take, per
# year and in that order, the first articles with enough reporting words whose title is not an
# interview, a sports result or an obituary (dev and set 1 hold none of those kinds). Set 3 (session
# 10) uses the same rule with a new seed; where a year has fewer than five eligible articles
# left, the set is filled up to ten with the next eligible articles of the other year, in the
# shuffled order (after sets 1 and 2, 2020 has only two left). Set 4 (session 11) is the same rule
# with seed 2028, excluding dev and sets 1-3; as that leaves only seven eligible articles, all of
# 2019 and none of 2020, set 4 lowers the reporting-word minimum step by step down to its floor:
# each year takes the articles with at least four first, then those with three, then two, each
# step in the shuffled order (stated from these counts alone, before any text was read).
SELECTION_SEEDS = {2: 2026, 3: 2027, 4: 2028}
PER_YEAR = 5
SET_SIZE = 10
MIN_REPORTING_WORDS = 4
REPORTING_WORD_FLOORS = {4: 2}
# Set 4 is split before its first score (session 11): the articles at the 1st, 3rd, ... place of
# its seeded selection form the read half, whose errors later sessions may read; the others the
# blind half, only ever scored. Both halves are written next to the set's file.
HALVES = ("read", "blind")
SPLIT_SETS = frozenset({4})
REPORTING_WORD = re.compile(
    r"\b(said|says|told|according to|stated|reported|claimed|announced|denied)\b"
)
EXCLUDED_TITLE = re.compile(r"interview|rugby|\bdefeats?\b|\bdies\b", re.I)

Span = tuple[int, int]


@dataclass
class Item:
    """One attribution as annotated: exact substrings plus labels."""

    speaker: str
    mention: str | None
    cue: str | None
    content: str
    type: str
    stance: str
    act: str
    line: int


@dataclass
class Article:
    """The annotation block of one corpus article."""

    n: int
    items: list[Item] = field(default_factory=list)
    skips: list[str] = field(default_factory=list)


def dev_numbers(root: Path) -> set[int]:
    """Corpus numbers of the development split (must not be reused)."""
    lines = (root / DEV_GOLD).read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["corpus_index"] for line in lines if line.strip()}


def seeded_selection(
    rows: list[dict[str, str]], reserved: set[int], check_set: int = 2
) -> list[int]:
    """A seeded set's articles: the rule above over even, unreserved numbers of the right length.

    Articles below ``MIN_REPORTING_WORDS`` (down to the set's floor) rank after those above it,
    in the shuffled order within each step; the sort is stable.
    """
    candidates = [
        n
        for n in range(0, len(rows), 2)
        if n not in reserved and MIN_WORDS <= len(article_text(rows[n]).split()) <= MAX_WORDS
    ]
    random.Random(SELECTION_SEEDS[check_set]).shuffle(candidates)
    floor = REPORTING_WORD_FLOORS.get(check_set, MIN_REPORTING_WORDS)
    words = {n: len(REPORTING_WORD.findall(article_text(rows[n]))) for n in candidates}
    eligible = sorted(
        (
            n
            for n in candidates
            if words[n] >= floor and not EXCLUDED_TITLE.search(rows[n]["title"])
        ),
        key=lambda n: max(0, MIN_REPORTING_WORDS - words[n]),
    )
    chosen: list[int] = []
    for year in ("2019", "2020"):
        chosen += [n for n in eligible if rows[n]["date"].startswith(year)][:PER_YEAR]
    chosen += [n for n in eligible if n not in chosen][: SET_SIZE - len(chosen)]
    return chosen


def reserved_numbers(root: Path, check_set: int, earlier_only: bool = False) -> set[int]:
    """Corpus numbers a check set must not use: dev and every other check set.

    With ``earlier_only``, only the sets before it: what its seeded selection excluded when it
    was drawn (a later set's articles change the shuffled candidate list, not the drawn set).
    """
    others = (
        article.n
        for number, (source, _) in CHECK_SETS.items()
        if number != check_set and (number < check_set or not earlier_only)
        for article in parse_annotations(source)
    )
    return dev_numbers(root) | set(others)


def parse_annotations(path: Path = SOURCE) -> list[Article]:
    """Parse the annotation source into articles (see the file header for the syntax)."""
    articles: list[Article] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            articles.append(Article(n=int(line[3:])))
        elif not articles:
            raise AnnotationError(f"line {number}: item before the first '== n' header")
        elif line.startswith("skip: "):
            articles[-1].skips.append(line[len("skip: ") :].split(" -- ")[0])
        else:
            articles[-1].items.append(_parse_item(line, number))
    return articles


def _parse_item(line: str, number: int) -> Item:
    fields_ = line.split(" | ")
    if len(fields_) != 5:
        raise AnnotationError(f"line {number}: expected 5 ' | '-separated fields")
    speaker, mention, cue, content, labels = fields_
    parts = labels.split()
    if len(parts) != 3:
        raise AnnotationError(f"line {number}: labels must be 'type stance act'")
    return Item(speaker, _null(mention), _null(cue), content, *parts, line=number)


def _null(value: str) -> str | None:
    return None if value == "-" else value


def locate_content(text: str, content: str, where: str) -> Span:
    """The content span: unique occurrence, k-th one, or START <..> END."""
    content, index = split_occurrence(content)
    if RANGE_MARK in content:
        first, last = content.split(RANGE_MARK)
        starts = occurrences(text, first, word_bounded=False)
        spans = []
        for start, after in starts:
            end = text.find(last, after)
            if end >= 0:
                spans.append((start, end + len(last)))
    else:
        spans = occurrences(text, content, word_bounded=False)
    return pick(spans, index, f"{where} content {content!r}")


def locate_item(text: str, item: Item, where: str) -> dict[str, object]:
    """Offsets for one item, in dev.jsonl's field order."""
    here = f"{where} (line {item.line})"
    content = locate_content(text, item.content, here)
    cue = None
    if item.cue is not None:
        cue = locate_near(text, item.cue, content, content, f"{here} cue {item.cue!r}")
    speaker = None
    if item.mention is not None:
        anchor = cue or content
        speaker = locate_near(text, item.mention, anchor, content, f"{here} speaker")
    return {
        "speaker": item.speaker,
        "speaker_span": list(speaker) if speaker else None,
        "cue": text[cue[0] : cue[1]] if cue else None,
        "cue_span": list(cue) if cue else None,
        "content_span": list(content),
        "type": item.type,
        "stance": item.stance,
        "act": item.act,
    }


def build_record(article: Article, row: dict[str, str]) -> dict[str, object]:
    """One JSONL article object in dev.jsonl's key order."""
    text = article_text(row)
    where = f"en-wikinews-{article.n}"
    return {
        "id": where,
        "lang": "en",
        "date": row["date"],
        "source": "wikinews",
        "title": row["title"],
        "text": text,
        "text_layout": "title+body",
        "corpus_index": article.n,
        "attributions": [locate_item(text, item, where) for item in article.items],
    }


def validate(records: list[dict], rows: list[dict[str, str]], dev: set[int]) -> list[str]:
    """Every problem NOTES.md's validator checks for; an empty list means valid."""
    problems: list[str] = []
    ids = [record["id"] for record in records]
    if len(set(ids)) != len(ids):
        problems.append("duplicate article ids")
    for record in records:
        problems.extend(_article_problems(record, rows, dev))
    return problems


def _article_problems(record: dict, rows: list[dict[str, str]], dev: set[int]) -> list[str]:
    n, where, text = record["corpus_index"], record["id"], record["text"]
    problems = []
    if n % 2 or n in dev:
        problems.append(f"{where}: corpus number must be even and outside dev and other sets")
    if text != article_text(rows[n]) or record["id"] != f"en-wikinews-{n}":
        problems.append(f"{where}: text or id does not match corpus row {n}")
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        problems.append(f"{where}: {len(text.split())} words, outside {MIN_WORDS}-{MAX_WORDS}")
    problems += [
        f"{where} {problem}" for problem in attribution_problems(record["attributions"], text)
    ]
    return problems


def build(root: Path | None = None, check_set: int = 1) -> list[dict]:
    """Locate and validate every annotated article; raises AnnotationError on any problem."""
    root = root or data_dir()
    rows = wikinews_rows(root)
    articles = parse_annotations(CHECK_SETS[check_set][0])
    records = [build_record(article, rows[article.n]) for article in articles]
    problems = validate(records, rows, reserved_numbers(root, check_set))
    if problems:
        raise AnnotationError("\n".join(problems))
    return records


def halves(records: list[dict]) -> dict[str, list[dict]]:
    """A split set's halves: alternate articles in selection (= annotation) order."""
    return {half: records[i :: len(HALVES)] for i, half in enumerate(HALVES)}


def outputs(records: list[dict], check_set: int) -> dict[Path, str]:
    """Each file a check set writes (its JSONL, plus both halves for a split set) -> content."""
    output = CHECK_SETS[check_set][1]
    files = {output: to_jsonl(records)}
    if check_set in SPLIT_SETS:
        for half, part in halves(records).items():
            files[output.with_name(f"{output.stem}-{half}.jsonl")] = to_jsonl(part)
    return files


def leftovers(records: list[dict], skips: dict[int, list[str]], root: Path) -> list[str]:
    """Reporting words and quote marks that no annotated span or recorded skip covers."""
    words = _reporting_words(root)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)
    lines = []
    for record in records:
        text = record["text"]
        cues = [tuple(a["cue_span"]) for a in record["attributions"] if a["cue_span"]]
        spans = cues + [tuple(a[k]) for a in record["attributions"] for k in _SPAN_KEYS if a[k]]
        skipped = [s for needle in skips[record["corpus_index"]] for s in _all(text, needle)]
        hits = [(m.start(), m.end()) for m in pattern.finditer(text) if not _covered(m, cues)]
        hits += [(i, i + 1) for i, ch in enumerate(text) if ch in QUOTE_MARKS]
        for start, end in sorted(hits):
            is_quote = end - start == 1 and text[start] in QUOTE_MARKS
            covering, slack = (spans, 2) if is_quote else (cues, 0)
            if _inside((start, end), covering, slack) or _inside((start, end), skipped, 0):
                continue
            context = text[max(0, start - 50) : end + 50].replace("\n", " ")
            lines.append(f"{record['id']} {start} {text[start:end]!r}: ...{context}...")
    return lines


_SPAN_KEYS = ("speaker_span", "cue_span", "content_span")


def _reporting_words(root: Path) -> list[str]:
    verbs = (root / QUOTE_VERBS).read_text(encoding="utf-8").split("\n")
    nouns = REPORTING_NOUNS.read_text(encoding="utf-8").split("\n")
    words = {w.strip() for w in verbs + nouns if w.strip() and not w.startswith("#")}
    return sorted(words, key=len, reverse=True)


def _all(text: str, needle: str) -> list[Span]:
    return occurrences(text, needle, word_bounded=False)


def _covered(match: re.Match, cues: list[Span]) -> bool:
    return _inside((match.start(), match.end()), cues, 0)


def _inside(span: Span, containers: list[Span], slack: int) -> bool:
    """Whether ``span`` lies in one container widened by ``slack`` (quote marks sit outside)."""
    return any(s - slack <= span[0] and span[1] <= e + slack for s, e in containers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    parser.add_argument("--leftovers", action="store_true", help="list uncovered cue words")
    parser.add_argument("--set", type=int, choices=sorted(CHECK_SETS), default=1, dest="check_set")
    parser.add_argument("--select", action="store_true", help="print the set's seeded selection")
    args = parser.parse_args(argv)
    source = CHECK_SETS[args.check_set][0]
    if args.select:
        rows = wikinews_rows(data_dir())
        reserved = reserved_numbers(data_dir(), args.check_set, earlier_only=True)
        print(" ".join(map(str, seeded_selection(rows, reserved, args.check_set))))
        return 0
    try:
        records = build(check_set=args.check_set)
    except AnnotationError as err:
        print(err, file=sys.stderr)
        return 1
    if args.leftovers:
        skips = {article.n: article.skips for article in parse_annotations(source)}
        print("\n".join(leftovers(records, skips, data_dir())))
    files = outputs(records, args.check_set)
    if args.check:
        stale = [p.name for p, text in files.items() if not _holds(p, text)]
        print(f"differs from its source: {', '.join(stale)}" if stale else "up to date")
        return 1 if stale else 0
    if not args.leftovers:
        for path, text in files.items():
            path.write_text(text, encoding="utf-8")
        count = sum(len(record["attributions"]) for record in records)
        names = ", ".join(path.name for path in files)
        print(f"wrote {names} ({len(records)} articles, {count} attributions)")
    return 0


def _holds(path: Path, text: str) -> bool:
    return path.exists() and path.read_text(encoding="utf-8") == text


if __name__ == "__main__":
    sys.exit(main())
