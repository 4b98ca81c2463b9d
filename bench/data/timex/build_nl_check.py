"""Build the held-out Dutch TIMEX3 check set from its standoff annotation and the shared DPG texts.

The DPG articles are copyrighted (licence unknown, ``shared/data/SOURCE.md``), so the repository
holds only standoff data: ``nl_check_articles.tsv`` (ids, dates, text checksums),
``nl_check_timexes.tsv`` (offsets, type, value, mod, note) and ``nl_check_skips.tsv`` (regex
candidates left out on purpose, with the reason). This script rebuilds the texts from
``claimgraph.settings.data_dir()`` (title + "\\n\\n" + text, as in ``timex/nl/dev.jsonl``),
validates the annotation (offsets, types and value shapes of ``timex/nl/NOTES.md``, overlaps,
calendar arithmetic against the publication date, every candidate annotated or skipped, the
selection rule) and writes ``nl-dpg-check.jsonl`` in dev.jsonl's format (not committed).

Run: ``python bench/data/timex/build_nl_check.py`` (build, validate, write).
``--show`` prints every timex and skip with its context; ``--select`` prints the articles that
the selection rule picks; ``--locate SOURCE`` turns a substring annotation (syntax below) into
the three TSV files. A SOURCE line is ``"substring"[@n] TYPE VALUE [mod=MOD] [; note]`` or
``"substring"[@n] SKIP ; reason`` under a ``== <id>`` header; ``@n`` picks the n-th word-bounded
occurrence (required when there are several); ``[..]`` inside the quotes marks the timex within a
longer literal context.
"""

from __future__ import annotations

import argparse
import calendar
import itertools
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from claimgraph.evaluation.corpora import (
    article_text,
    checksum,
    dpg_rows,
    overlaps,
    publisher_sample,
    read_tsv,
    to_jsonl,
    write_tsv,
)
from claimgraph.settings import data_dir

HERE = Path(__file__).parent
ARTICLES = HERE / "nl_check_articles.tsv"
TIMEXES = HERE / "nl_check_timexes.tsv"
SKIPS = HERE / "nl_check_skips.tsv"
WORDS = HERE / "nl_check_words.toml"
OUTPUT = HERE / "nl-dpg-check.jsonl"
EXCLUDED_GOLD = ("timex/nl/dev.jsonl", "nl-attribution/train.jsonl", "nl-attribution/dev.jsonl")

# The selection rule (README.md): a seeded shuffle of the eligible articles, at most two per
# publisher (unknown publisher counts as one), the first ten.
SEED = 7
MIN_WORDS, MAX_WORDS = 187, 552
MIN_CANDIDATES = 6
PER_PUBLISHER = 2
SIZE = 10

TYPES = ("DATE", "TIME", "DURATION", "SET")
MODS = ("START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN")
_DAY = r"\d{4}-(?:\d{2}|XX)-(?:\d{2}|XX)|\d{4}-W(?:\d{2}|XX)-[1-7]"
_DATE = r"\d{2,4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?|\d{4}-(?:SP|SU|FA|WI|Q[1-4])"
VALUE_SHAPES = {
    "DATE": re.compile(rf"{_DATE}|{_DAY}|PRESENT_REF|PAST_REF|FUTURE_REF"),
    "TIME": re.compile(rf"(?:{_DAY})T(?:MO|AF|EV|NI|\d{{2}}:\d{{2}})"),
    "DURATION": re.compile(r"P(?:\d+|X)[YMWD]|PT(?:\d+|X)[HMS]"),
    "SET": re.compile(r"P\d+[YMWD]|PT\d+[HMS]|XXXX-WXX-[1-7]"),
}
TIMEX_COLUMNS = ("id", "start", "end", "type", "value", "mod", "note")
SKIP_COLUMNS = ("id", "start", "end", "reason")
ARTICLE_COLUMNS = ("id", "date", "publisher", "words", "sha256")

Span = tuple[int, int]


# --------------------------------------------------------------------------- shared data


def excluded_ids(root: Path) -> set[str]:
    """Record ids of the gold sets the check set must avoid (timex dev, attribution train/dev)."""
    ids: set[str] = set()
    for relative in EXCLUDED_GOLD:
        with (root / relative).open(encoding="utf-8") as fh:
            ids.update(json.loads(line)["id"] for line in fh if line.strip())
    return ids


def load_words(path: Path = WORDS) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


# --------------------------------------------------------------------------- candidates


def candidate_pattern(words: dict) -> re.Pattern[str]:
    """Whole words that may be (part of) a timex: the second pass lists every one of them."""
    plain = words["months"] + words["seasons"] + words["units"] + words["deictic"]
    numbers = list(words["number_value"])
    alternatives = [
        rf"(?:{'|'.join(words['weekdays'])})\w*",
        "|".join(sorted(plain, key=len, reverse=True)),
        r"1[5-9]\d\d|20\d\d",
        r"\d{1,2}[.:]\d{2}",
        rf"(?:\d+|{'|'.join(numbers)})\s+(?:{'|'.join(words['units'])})",
    ]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def candidates(text: str, words: dict) -> list[Span]:
    return [m.span() for m in candidate_pattern(words).finditer(text)]


def uncovered_candidates(record: dict, skips: list[Span], words: dict) -> list[Span]:
    """Candidates that overlap neither an annotated timex nor a recorded skip."""
    covered = [tuple(t["span"]) for t in record["timexes"]] + skips
    return [
        c for c in candidates(record["text"], words) if not any(overlaps(c, s) for s in covered)
    ]


# --------------------------------------------------------------------------- selection


def select_articles(root: Path) -> list[str]:
    """The ten record ids that the documented selection rule picks."""
    excluded = excluded_ids(root)
    eligible = []
    for record_id, row in sorted(dpg_rows(root).items(), key=lambda kv: int(kv[1]["id"])):
        text = article_text(row)
        if record_id in excluded or not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
            continue
        if len(_SELECTION.findall(text)) >= MIN_CANDIDATES:
            eligible.append((record_id, row["publisher"] or "unknown"))
    return publisher_sample(eligible, SEED, SIZE, PER_PUBLISHER)


# The selection's "simple regex", frozen (editing it changes the sample; the second pass uses
# the broader candidate_pattern).
_SELECTION = re.compile(
    r"\b(?:(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
    r"|(?:19|20)\d\d"
    r"|(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig"
    r"|veertig|vijftig|honderd|anderhalf|half|halve|paar)\s+(?:seconden?|minuten?|uur|uren|dagen"
    r"|dag|weken|week|maanden|maand|jaar|jaren|eeuw|eeuwen|decennia|decennium)"
    r"|gisteren|gisteravond|gistermiddag|vandaag|morgen|vanavond|vannacht|vanochtend|vanmorgen"
    r"|eergisteren|overmorgen|geleden"
    r"|(?:vorige?|volgende?|afgelopen|komende?|deze|dit|vorig)\s+(?:week|maand|jaar|weekeinde"
    r"|weekend|eeuw)"
    r"|\d{1,2}[.:]\d\d\s+uur)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- standoff files


def read_skips(path: Path = SKIPS) -> dict[str, list[tuple[Span, str]]]:
    skips: dict[str, list[tuple[Span, str]]] = {}
    for row in read_tsv(path, SKIP_COLUMNS):
        skips.setdefault(row["id"], []).append(
            ((int(row["start"]), int(row["end"])), row["reason"])
        )
    return skips


def build(root: Path | None = None) -> list[dict]:
    """Gold records rebuilt from the standoff files and the shared corpus."""
    root = root or data_dir()
    corpus = dpg_rows(root)
    by_id: dict[str, list[dict]] = {}
    for row in read_tsv(TIMEXES, TIMEX_COLUMNS):
        by_id.setdefault(row["id"], []).append(row)
    records = []
    for article in read_tsv(ARTICLES, ARTICLE_COLUMNS):
        row = corpus[article["id"]]
        text = article_text(row)
        if checksum(text) != article["sha256"]:
            raise ValueError(f"{article['id']}: shared text changed (sha256 differs)")
        timexes = [_timex(text, r) for r in by_id.get(article["id"], [])]
        timexes.sort(key=lambda t: t["span"])
        records.append(
            {
                "id": article["id"],
                "lang": "nl",
                "date": row["date"],
                "text": text,
                "timexes": timexes,
            }
        )
    return records


def _timex(text: str, row: dict[str, str]) -> dict:
    start, end = int(row["start"]), int(row["end"])
    timex = {
        "span": [start, end],
        "text": text[start:end],
        "type": row["type"],
        "value": row["value"],
    }
    for key in ("mod", "note"):
        if row[key]:
            timex[key] = row[key]
    return timex


# --------------------------------------------------------------------------- validation


def validate(records: list[dict], root: Path | None = None) -> list[str]:
    """Every problem found; an empty list means the set is valid."""
    root = root or data_dir()
    words = load_words()
    skips = read_skips()
    problems = []
    selected = select_articles(root)
    if [r["id"] for r in records] != selected:
        problems.append(f"articles {[r['id'] for r in records]} != selection rule {selected}")
    excluded = excluded_ids(root)
    for record in records:
        where = record["id"]
        if where in excluded:
            problems.append(f"{where}: also in a dev/train gold set")
        problems += [f"{where}: {p}" for p in _timex_problems(record)]
        problems += [f"{where}: {p}" for p in arithmetic_problems(record, words)]
        skipped = [span for span, _ in skips.get(where, [])]
        problems += [f"{where}: {p}" for p in _skip_problems(record, skips.get(where, []))]
        for start, end in uncovered_candidates(record, skipped, words):
            found = record["text"][start:end]
            problems.append(f"{where}: candidate {found!r} at {start} not annotated or skipped")
    return problems


def _timex_problems(record: dict) -> list[str]:
    text, problems, previous_end = record["text"], [], 0
    for timex in record["timexes"]:
        start, end = timex["span"]
        label = f"timex {timex['text']!r} {start}-{end}"
        if not 0 <= start < end <= len(text) or text[start:end] != timex["text"]:
            problems.append(f"{label}: span does not cover its text")
        elif timex["text"] != timex["text"].strip() or not timex["text"][-1].isalnum():
            problems.append(f"{label}: outer whitespace or punctuation")
        if start < previous_end:
            problems.append(f"{label}: overlaps the previous timex")
        previous_end = max(previous_end, end)
        if timex["type"] not in TYPES:
            problems.append(f"{label}: type {timex['type']!r}")
        elif not VALUE_SHAPES[timex["type"]].fullmatch(timex["value"]):
            problems.append(f"{label}: value {timex['value']!r} is not a {timex['type']} value")
        if timex.get("mod", "START") not in MODS:
            problems.append(f"{label}: mod {timex['mod']!r}")
    return problems


def _skip_problems(record: dict, skips: list[tuple[Span, str]]) -> list[str]:
    spans = [tuple(t["span"]) for t in record["timexes"]]
    problems = []
    for (start, end), reason in skips:
        if not 0 <= start < end <= len(record["text"]) or not reason.strip():
            problems.append(f"skip {start}-{end}: outside the text or without a reason")
        elif any(overlaps((start, end), s) for s in spans):
            problems.append(f"skip {start}-{end}: overlaps an annotated timex")
    return problems


# --------------------------------------------------------------------------- arithmetic


def arithmetic_problems(record: dict, words: dict) -> list[str]:
    """Recompute deictic, weekday, week and offset values from the publication date."""
    dct = date.fromisoformat(record["date"])
    problems = []
    for timex in record["timexes"]:
        if "note" in timex and "narrative" in timex["note"]:
            continue  # anchored to a reference time the text sets, not to the DCT
        for problem in _check_timex(timex, dct, words):
            problems.append(f"timex {timex['text']!r} = {timex['value']}: {problem}")
    return problems


def _check_timex(timex: dict, dct: date, words: dict) -> list[str]:
    tokens = re.findall(r"\w+", timex["text"].lower())
    value = timex["value"]
    day = _value_day(value)
    problems = []
    for token in tokens:
        if token in words["day_offset"]:
            expected = dct + timedelta(days=words["day_offset"][token])
            if day != expected:
                problems.append(f"{token} should be {expected}")
    problems += _check_weekday(tokens, value, day, dct, words)
    problems += _check_relative(tokens, value, dct, words)
    problems += _check_offset(tokens, value, dct, words)
    problems += _check_calendar(tokens, value, words)
    return problems


def _value_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _check_weekday(
    tokens: list[str], value: str, day: date | None, dct: date, words: dict
) -> list[str]:
    names = words["weekdays"]
    named = [i + 1 for i, name in enumerate(names) for t in tokens if t.startswith(name)]
    if not named:
        return []
    week_day = re.fullmatch(r"\d{4}-W(?:\d{2}|XX)-([1-7])T.*", value)
    weekday = day.isoweekday() if day else int(week_day[1]) if week_day else None
    if weekday != named[0]:
        return [f"not a {names[named[0] - 1]}"]
    has_date = any(t.isdigit() for t in tokens)
    if day and not has_date and not abs((day - dct).days) <= 7:
        return ["a bare weekday more than a week from the publication date"]
    if day and {"afgelopen", "vorige"} & set(tokens) and not -7 <= (day - dct).days < 0:
        return ["not in the week before the publication date"]
    return []


def _check_relative(tokens: list[str], value: str, dct: date, words: dict) -> list[str]:
    offsets = words["relative_offset"]
    for word, unit in itertools.pairwise(tokens):
        if word in offsets and unit in ("week", "maand", "jaar"):
            expected = _shift(dct, unit, offsets[word])
            if value != expected:
                return [f"{word} {unit} should be {expected}"]
    return []


def _check_offset(tokens: list[str], value: str, dct: date, words: dict) -> list[str]:
    """'<n> <unit> geleden' and 'over <n> <unit>': the value at the unit's granularity."""
    if "geleden" not in tokens and tokens[:1] != ["over"]:
        return []
    sign = -1 if "geleden" in tokens else 1
    units = {
        "jaar": "jaar",
        "jaren": "jaar",
        "maand": "maand",
        "maanden": "maand",
        "week": "week",
        "weken": "week",
        "dag": "dag",
        "dagen": "dag",
    }
    unit_at = next((i for i, t in enumerate(tokens) if t in units), None)
    if unit_at is None:
        return []
    number = next(
        (_number(t, words) for t in reversed(tokens[:unit_at]) if _number(t, words) is not None), 1
    )
    if number == 0:
        expected = "PAST_REF" if sign < 0 else "FUTURE_REF"
    elif units[tokens[unit_at]] == "jaar" and number != int(number):
        expected = _shift(dct, "maand", sign * round(number * 12))
    else:
        expected = _shift(dct, units[tokens[unit_at]], sign * int(number))
    return [] if value == expected else [f"offset should be {expected}"]


def _number(token: str, words: dict) -> float | None:
    if token.isdigit():
        return int(token)
    return words["number_value"].get(token)


def _shift(dct: date, unit: str, amount: int) -> str:
    if unit == "dag":
        return (dct + timedelta(days=amount)).isoformat()
    if unit == "week":
        year, week, _ = (dct + timedelta(weeks=amount)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "maand":
        months = dct.year * 12 + dct.month - 1 + amount
        return f"{months // 12}-{months % 12 + 1:02d}"
    return str(dct.year + amount)


def _check_calendar(tokens: list[str], value: str, words: dict) -> list[str]:
    """Explicit years, months and day numbers must be the value's."""
    problems = []
    years = [t for t in tokens if re.fullmatch(r"1[5-9]\d\d|20\d\d", t)]
    if years and not value.startswith(years[-1]):
        problems.append(f"year {years[-1]} not in the value")
    months = [words["months"].index(t) + 1 for t in tokens if t in words["months"]]
    if months and value[4:5] == "-" and value[5:7].isdigit() and int(value[5:7]) != months[-1]:
        problems.append(f"month {months[-1]} not in the value")
    days = [int(t) for t in tokens if t.isdigit() and len(t) <= 2]
    day = _value_day(value)
    if days and day and day.day != days[0] and "uur" not in tokens:
        problems.append(f"day {days[0]} not in the value")
    if day and days and days[0] > calendar.monthrange(day.year, day.month)[1]:
        problems.append(f"day {days[0]} does not exist")
    return problems


# --------------------------------------------------------------------------- locating (--locate)

_SOURCE_LINE = re.compile(
    r'^"(?P<needle>[^"]+)"(?:@(?P<n>\d+))?\s+(?P<type>[A-Z]+)(?:\s+(?P<value>[^\s;]+))?'
    r"(?:\s+mod=(?P<mod>[A-Z_]+))?\s*(?:;\s*(?P<note>.*))?$"
)


def locate(text: str, needle: str, occurrence: int | None) -> Span:
    """The span of the bracketed part (or all) of the n-th word-bounded occurrence of needle."""
    literal = needle.replace("[", "").replace("]", "")
    inner_start = needle.index("[") if "[" in needle else 0
    inner_end = needle.index("]") - 1 if "]" in needle else len(literal)
    hits = [
        m.start()
        for m in re.finditer(re.escape(literal), text)
        if not _word_char(text, m.start() - 1) and not _word_char(text, m.end())
    ]
    if not hits:
        raise ValueError(f"{needle!r} not found")
    if occurrence is None and len(hits) > 1:
        raise ValueError(f"{needle!r} occurs {len(hits)} times: give @n")
    if occurrence is not None and not 1 <= occurrence <= len(hits):
        raise ValueError(f"{needle!r}@{occurrence}: only {len(hits)} occurrences")
    start = hits[(occurrence or 1) - 1]
    return start + inner_start, start + inner_end


def _word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


def locate_source(source: Path, root: Path) -> None:
    """Write the three TSV files from a substring annotation source."""
    corpus = dpg_rows(root)
    timexes, skips, articles, record_id, text = [], [], [], "", ""
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            record_id = line[3:].strip()
            row = corpus[record_id]
            text = article_text(row)
            articles.append(
                {
                    "id": record_id,
                    "date": row["date"],
                    "publisher": row["publisher"] or "",
                    "words": len(text.split()),
                    "sha256": checksum(text),
                }
            )
            continue
        match = _SOURCE_LINE.match(line)
        if not match:
            raise ValueError(f"line {number}: cannot read {line!r}")
        n = int(match["n"]) if match["n"] else None
        try:
            start, end = locate(text, match["needle"], n)
        except ValueError as err:
            raise ValueError(f"line {number} ({record_id}): {err}") from err
        if match["type"] == "SKIP":
            skips.append(
                {"id": record_id, "start": start, "end": end, "reason": match["note"] or ""}
            )
        else:
            timexes.append(
                {
                    "id": record_id,
                    "start": start,
                    "end": end,
                    "type": match["type"],
                    "value": match["value"],
                    "mod": match["mod"] or "",
                    "note": match["note"] or "",
                }
            )
    write_tsv(ARTICLES, ARTICLE_COLUMNS, articles, _ARTICLES_HEADER)
    write_tsv(TIMEXES, TIMEX_COLUMNS, timexes, _TIMEXES_HEADER)
    write_tsv(SKIPS, SKIP_COLUMNS, skips, _SKIPS_HEADER)


_ARTICLES_HEADER = (
    "# Dutch timex check set: the ten DPG articles (text = title + blank line + text of\n"
    "# shared/data/nl-news/dpg-news2019.jsonl; sha256 of that text). See README.md."
)
_TIMEXES_HEADER = (
    "# Dutch timex check set, standoff TIMEX3 gold: [start, end) code-point offsets into the\n"
    "# rebuilt text; conventions of shared/data/timex/nl/NOTES.md. See README.md."
)
_SKIPS_HEADER = (
    "# Dutch timex check set, second pass: regex candidates deliberately not annotated, and why.\n"
    "# Offsets as in nl_check_timexes.tsv. See README.md."
)


# --------------------------------------------------------------------------- CLI


def show(records: list[dict]) -> None:
    skips = read_skips()
    for record in records:
        print(f"== {record['id']} {record['date']} {date.fromisoformat(record['date']):%A}")
        text = record["text"]
        rows = [
            (t["span"], f"{t['type']:<8} {t['value']:<18} {t.get('mod', '')}")
            for t in record["timexes"]
        ]
        rows += [(list(span), f"SKIP     {reason}") for span, reason in skips.get(record["id"], [])]
        for (start, end), label in sorted(rows):
            context = f"{text[max(0, start - 30) : start]}[{text[start:end]}]{text[end : end + 30]}"
            print(f"  {label:<40} {context!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--locate", type=Path, help="substring annotation source to locate")
    parser.add_argument("--show", action="store_true", help="print timexes and skips in context")
    parser.add_argument("--select", action="store_true", help="print the selection rule's ids")
    args = parser.parse_args(argv)
    root = data_dir()
    if args.select:
        print("\n".join(select_articles(root)))
        return 0
    if args.locate:
        locate_source(args.locate, root)
    records = build(root)
    if args.show:
        show(records)
    problems = validate(records, root)
    for problem in problems:
        print("PROBLEM", problem, file=sys.stderr)
    if problems:
        return 1
    OUTPUT.write_text(to_jsonl(records), encoding="utf-8")
    counts = Counter(t["type"] for r in records for t in r["timexes"])
    print(f"{OUTPUT.name}: {len(records)} articles, {sum(counts.values())} timexes {dict(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
