"""Build the held-out Dutch attribution check sets from their standoff annotation and the DPG texts.

The DPG articles are copyrighted (licence unknown, ``shared/data/SOURCE.md``), so the repository
holds only standoff data: ``nl_check_articles.tsv`` (ids, dates, half, text checksums) and
``nl_check_attributions.tsv`` (speaker name, offsets, labels). This script rebuilds the texts from
``claimgraph.settings.data_dir()`` (title + "\\n\\n" + text, as in ``nl-attribution/dev.jsonl``),
validates the annotation (spans inside the text, labels, the selection rule, leakage) and writes
``nl-dpg-check.jsonl`` plus its two halves ``nl-dpg-check-read.jsonl`` and
``nl-dpg-check-blind.jsonl`` in dev.jsonl's format (git-ignored: they hold the texts).
The second check set (session 10, ``--set 2``) has its own files, ``nl_check2_*.tsv`` and
``nl-dpg-check2*.jsonl``, a new seed, and avoids the first set's articles as well; the third
(session 12, ``--set 3``: ``nl_check3_*.tsv``, ``nl-dpg-check3*.jsonl``) avoids both, and the
fourth (session 13, ``--set 4``: ``nl_check4_*.tsv``, ``nl-dpg-check4*.jsonl``) all three, and
the fifth (session 14, ``--set 5``: ``nl_check5_*.tsv``, ``nl-dpg-check5*.jsonl``) all four,
and the sixth (session 15, ``--set 6``: ``nl_check6_*.tsv``, ``nl-dpg-check6*.jsonl``) all five,
and the seventh (session 16, ``--set 7``: ``nl_check7_*.tsv``, ``nl-dpg-check7*.jsonl``) all six,
and the eighth (session 19, ``--set 8``: ``nl_check8_*.tsv``, ``nl-dpg-check8*.jsonl``) all seven,
with the length band widened to train's (up to 737 words) because the pool was exhausted.

Run: ``python bench/data/attribution/build_nl_check.py [--set 2|3|4|5|6|7|8]`` (build, validate, write).
``--select`` prints the articles the selection rule picks; ``--locate SOURCE`` turns a substring
annotation (kept outside the repository, it quotes the texts) into ``nl_check_attributions.tsv``.
A SOURCE line is ``speaker | mention | cue | content | type stance act`` under a ``== <id>``
header; mention and cue may be ``-`` (null); ``{k}`` after a needle picks its k-th occurrence;
otherwise the content must be unique, the cue is the word-bounded occurrence nearest to the
content and the mention the one nearest to the cue, never inside the item's own content.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from claimgraph.evaluation.corpora import (
    AnnotationError,
    article_text,
    attribution_problems,
    checksum,
    dpg_rows,
    locate_near,
    occurrences,
    pick,
    publisher_sample,
    read_tsv,
    split_occurrence,
    to_jsonl,
    write_tsv,
)
from claimgraph.settings import data_dir

HERE = Path(__file__).parent
TIMEX_CHECK = HERE.parent / "timex" / "nl_check_articles.tsv"
EXCLUDED_GOLD = ("nl-attribution/train.jsonl", "nl-attribution/dev.jsonl", "timex/nl/dev.jsonl")
HALVES = ("read", "blind")
# the longest article of nl-attribution/train.jsonl (whitespace tokens of title + text)
TRAIN_MAX_WORDS = 737


@dataclass(frozen=True)
class CheckSet:
    """One check set: its seed, standoff files, output and the earlier sets it must avoid."""

    number: int
    seed: int
    articles: Path
    attributions: Path
    output: Path
    # earlier check sets whose articles (ids and shared text) this one excludes
    avoids: tuple[CheckSet, ...] = ()
    # the length band's upper end (whitespace tokens); set 8 widens it to train's maximum
    max_words: int = 600


# The selection rule (README-nl.md): eligible articles in id order, a seeded shuffle, at most two
# per publisher (unknown publisher counts as one), the first ten; the first five of the ten in
# a second seeded shuffle form the read half. Set 2 (session 10): the same rule with seed 10,
# set 1's articles (and the timex check set's texts) added to the excluded ones. Set 3 (session
# 12): the same rule as set 2 with seed 2029, set 2's articles excluded as well. Set 4 (session
# 13): the same rule as set 3 with seed 2031, set 3's articles excluded as well. Set 5 (session
# 14): the same rule as set 4 with seed 2037, set 4's articles excluded as well. Set 6 (session
# 15): the same rule as set 5 with seed 2039, set 5's articles excluded as well. Set 7 (session
# 16): the same rule as set 6 with seed 2040, set 6's articles excluded as well. Set 8 (session
# 19): the same rule as set 7 with seed 2050, set 7's articles excluded as well, and ONE
# widening, decided from pool sizes (ids and publishers only) before any text was read: under
# set 7's rule 18 articles remain, 17 without a publisher, so the cap of two per publisher stops
# at three; the length band's upper end rises from 600 to 737 words, the longest train article
# (README-nl.md: "the train range is 171-737"), which gives 68 eligible articles.
SET_1 = CheckSet(
    1,
    15,
    HERE / "nl_check_articles.tsv",
    HERE / "nl_check_attributions.tsv",
    HERE / "nl-dpg-check.jsonl",
)
SET_2 = CheckSet(
    2,
    10,
    HERE / "nl_check2_articles.tsv",
    HERE / "nl_check2_attributions.tsv",
    HERE / "nl-dpg-check2.jsonl",
    avoids=(SET_1,),
)
SET_3 = CheckSet(
    3,
    2029,
    HERE / "nl_check3_articles.tsv",
    HERE / "nl_check3_attributions.tsv",
    HERE / "nl-dpg-check3.jsonl",
    avoids=(SET_1, SET_2),
)
SET_4 = CheckSet(
    4,
    2031,
    HERE / "nl_check4_articles.tsv",
    HERE / "nl_check4_attributions.tsv",
    HERE / "nl-dpg-check4.jsonl",
    avoids=(SET_1, SET_2, SET_3),
)
SET_5 = CheckSet(
    5,
    2037,
    HERE / "nl_check5_articles.tsv",
    HERE / "nl_check5_attributions.tsv",
    HERE / "nl-dpg-check5.jsonl",
    avoids=(SET_1, SET_2, SET_3, SET_4),
)
SET_6 = CheckSet(
    6,
    2039,
    HERE / "nl_check6_articles.tsv",
    HERE / "nl_check6_attributions.tsv",
    HERE / "nl-dpg-check6.jsonl",
    avoids=(SET_1, SET_2, SET_3, SET_4, SET_5),
)
SET_7 = CheckSet(
    7,
    2040,
    HERE / "nl_check7_articles.tsv",
    HERE / "nl_check7_attributions.tsv",
    HERE / "nl-dpg-check7.jsonl",
    avoids=(SET_1, SET_2, SET_3, SET_4, SET_5, SET_6),
)
SET_8 = CheckSet(
    8,
    2050,
    HERE / "nl_check8_articles.tsv",
    HERE / "nl_check8_attributions.tsv",
    HERE / "nl-dpg-check8.jsonl",
    avoids=(SET_1, SET_2, SET_3, SET_4, SET_5, SET_6, SET_7),
    max_words=TRAIN_MAX_WORDS,
)
CHECK_SETS = {
    check.number: check for check in (SET_1, SET_2, SET_3, SET_4, SET_5, SET_6, SET_7, SET_8)
}
# set 1's names, read by bench/bench_attribution.py
ARTICLES, ATTRIBUTIONS, OUTPUT, SEED = SET_1.articles, SET_1.attributions, SET_1.output, SET_1.seed
MIN_WORDS = 170
MIN_CUES = 5
MAX_SHARED_NGRAMS = 0.3
NGRAM = 8
PER_PUBLISHER = 2
SIZE = 10
# Frozen: editing it changes the sample.
_CUES = re.compile(
    r"\b(?:zegt|zei|zeggen|zeiden|aldus|volgens|laat weten|liet weten|verklaart|verklaarde"
    r"|stelt|stelde|meldt|meldde|vindt|vond|denkt|ontkent|ontkende|waarschuwt|waarschuwde"
    r"|benadrukt|benadrukte|erkent|erkende|noemt|noemde)\b",
    re.IGNORECASE,
)

ARTICLE_COLUMNS = ("id", "date", "publisher", "words", "half", "sha256")
ATTRIBUTION_COLUMNS = (
    "id",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue_start",
    "cue_end",
    "content_start",
    "content_end",
    "type",
    "stance",
    "act",
)

Span = tuple[int, int]


# --------------------------------------------------------------------------- shared data


def gold_texts(root: Path) -> dict[str, str]:
    """Texts of the gold sets the check set must avoid, by record id."""
    texts: dict[str, str] = {}
    for relative in EXCLUDED_GOLD:
        with (root / relative).open(encoding="utf-8") as fh:
            texts.update((r["id"], r["text"]) for r in map(json.loads, fh) if r)
    return texts


def timex_check_ids() -> set[str]:
    return {row["id"] for row in read_tsv(TIMEX_CHECK)}


def excluded_texts(root: Path, check: CheckSet = SET_1) -> dict[str, str]:
    """Texts a set must not hold or overlap: the gold sets', and for a set that avoids earlier
    sets also theirs and the timex check set's (set 1 excludes the timex check ids only)."""
    texts = gold_texts(root)
    if check.avoids:
        corpus = dpg_rows(root)
        earlier = {row["id"] for avoided in check.avoids for row in read_tsv(avoided.articles)}
        texts.update((i, article_text(corpus[i])) for i in earlier | timex_check_ids())
    return texts


# --------------------------------------------------------------------------- selection


def select_articles(root: Path, check: CheckSet = SET_1) -> list[str]:
    """The ten record ids that the documented selection rule picks for ``check``."""
    gold = excluded_texts(root, check)
    excluded = set(gold) | timex_check_ids()
    gold_grams = [_ngrams(text) for text in gold.values()]
    eligible = []
    for record_id, row in sorted(dpg_rows(root).items(), key=lambda kv: int(kv[1]["id"])):
        text = article_text(row)
        if record_id in excluded or "column" in row["title"].lower():
            continue
        words = len(text.split())
        if not MIN_WORDS <= words <= check.max_words or len(_CUES.findall(text)) < MIN_CUES:
            continue
        if _shares_text(_ngrams(text), gold_grams):
            continue
        eligible.append((record_id, row["publisher"] or "unknown"))
    return publisher_sample(eligible, check.seed, SIZE, PER_PUBLISHER)


def split_halves(ids: list[str], seed: int = SEED) -> dict[str, str]:
    """Record id -> "read" or "blind": five of each, by a seeded shuffle of the sorted ids."""
    shuffled = sorted(ids)
    random.Random(seed).shuffle(shuffled)
    return {record_id: HALVES[i >= len(ids) // 2] for i, record_id in enumerate(shuffled)}


def _ngrams(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i : i + NGRAM]) for i in range(len(words) - NGRAM + 1)}


def _shares_text(grams: set, others: list[set]) -> bool:
    """Whether >= MAX_SHARED_NGRAMS of either text's word n-grams occur in the other."""
    for other in others:
        shared = len(grams & other)
        if shared and shared >= MAX_SHARED_NGRAMS * min(len(grams), len(other)):
            return True
    return False


# --------------------------------------------------------------------------- standoff files


def _span(row: dict[str, str], name: str) -> list[int] | None:
    start, end = row[f"{name}_start"], row[f"{name}_end"]
    return [int(start), int(end)] if start else None


def build(root: Path | None = None, check: CheckSet = SET_1) -> list[dict]:
    """Gold records rebuilt from the standoff files and the shared corpus."""
    root = root or data_dir()
    corpus = dpg_rows(root)
    by_id: dict[str, list[dict]] = {}
    for row in read_tsv(check.attributions):
        by_id.setdefault(row["id"], []).append(row)
    records = []
    for article in read_tsv(check.articles):
        row = corpus[article["id"]]
        text = article_text(row)
        if checksum(text) != article["sha256"]:
            raise AnnotationError(f"{article['id']}: shared text changed (sha256 differs)")
        records.append(
            {
                "id": article["id"],
                "lang": "nl",
                "date": row["date"][:10],
                "source": "dpg-news2019",
                "title": row["title"],
                "text": text,
                "text_layout": "title+body",
                "attributions": [_attribution(text, a) for a in by_id.get(article["id"], [])],
            }
        )
    return records


def _attribution(text: str, row: dict[str, str]) -> dict:
    cue = _span(row, "cue")
    return {
        "speaker": row["speaker"],
        "speaker_span": _span(row, "speaker"),
        "cue": text[cue[0] : cue[1]] if cue else None,
        "cue_span": cue,
        "content_span": _span(row, "content"),
        "type": row["type"],
        "stance": row["stance"],
        "act": row["act"],
    }


def halves(records: list[dict], check: CheckSet = SET_1) -> dict[str, list[dict]]:
    """The records of each half, as the set's articles file assigns them."""
    half_of = {row["id"]: row["half"] for row in read_tsv(check.articles)}
    return {half: [r for r in records if half_of[r["id"]] == half] for half in HALVES}


# --------------------------------------------------------------------------- validation


def validate(records: list[dict], root: Path | None = None, check: CheckSet = SET_1) -> list[str]:
    """Every problem found; an empty list means the set is valid."""
    root = root or data_dir()
    problems = []
    selected = select_articles(root, check)
    if sorted(r["id"] for r in records) != sorted(selected):
        problems.append(f"articles {[r['id'] for r in records]} != selection rule {selected}")
    half_of = {row["id"]: row["half"] for row in read_tsv(check.articles)}
    if half_of != split_halves(selected, check.seed):
        problems.append("halves differ from the seeded split")
    excluded = set(excluded_texts(root, check)) | timex_check_ids()
    for record in records:
        where = record["id"]
        if where in excluded:
            problems.append(f"{where}: also in a gold or timex check set")
        if not record["attributions"]:
            problems.append(f"{where}: no attributions")
        problems += [
            f"{where} {problem}"
            for problem in attribution_problems(record["attributions"], record["text"])
        ]
    return problems


# --------------------------------------------------------------------------- locating


def locate(source: Path, root: Path | None = None) -> list[dict[str, object]]:
    """Rows of ``nl_check_attributions.tsv`` from a substring annotation source."""
    corpus = dpg_rows(root or data_dir())
    rows: list[dict[str, object]] = []
    record_id = None
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            record_id = line[3:].strip()
            continue
        if record_id is None:
            raise AnnotationError(f"line {number}: item before the first '== id' header")
        rows.append(_locate_line(article_text(corpus[record_id]), record_id, line, number))
    return rows


def _locate_line(text: str, record_id: str, line: str, number: int) -> dict[str, object]:
    fields = line.split(" | ")
    if len(fields) != 5 or len(fields[4].split()) != 3:
        raise AnnotationError(
            f"line {number}: expected 'speaker | mention | cue | content | labels'"
        )
    speaker, mention, cue_needle, content_needle, labels = fields
    where = f"{record_id} line {number}"
    needle, index = split_occurrence(content_needle)
    content = pick(occurrences(text, needle), index, f"{where} content")
    cue = (
        None
        if cue_needle == "-"
        else locate_near(text, cue_needle, content, content, f"{where} {cue_needle!r}")
    )
    mention_span = None
    if mention != "-":
        mention_span = locate_near(text, mention, cue or content, content, f"{where} {mention!r}")
    kind, stance, act = labels.split()
    row: dict[str, object] = {"id": record_id, "speaker": speaker}
    for name, span in (("speaker", mention_span), ("cue", cue), ("content", content)):
        row[f"{name}_start"], row[f"{name}_end"] = span if span else ("", "")
    row.update(type=kind, stance=stance, act=act)
    return row


def write_standoff(
    rows: list[dict[str, object]], root: Path | None = None, check: CheckSet = SET_1
) -> None:
    """Write both TSV files: the selected articles (with their half) and the located items."""
    root = root or data_dir()
    corpus = dpg_rows(root)
    selected = select_articles(root, check)
    half_of = split_halves(selected, check.seed)
    articles = []
    for record_id in selected:
        row = corpus[record_id]
        text = article_text(row)
        articles.append(
            {
                "id": record_id,
                "date": row["date"][:10],
                "publisher": row["publisher"] or "",
                "words": len(text.split()),
                "half": half_of[record_id],
                "sha256": checksum(text),
            }
        )
    name = "" if check is SET_1 else f" {check.number}"
    count = _NUMBER_WORDS.get(len(articles), str(len(articles)))
    write_tsv(check.articles, ARTICLE_COLUMNS, articles, _ARTICLES_HEADER.format(name, count))
    write_tsv(check.attributions, ATTRIBUTION_COLUMNS, rows, _ATTRIBUTIONS_HEADER)


_ARTICLES_HEADER = (
    "# Dutch attribution check set{}: the {} DPG articles (text = title + blank line + text of\n"
    "# shared/data/nl-news/dpg-news2019.jsonl; sha256 of that text; half read/blind). README-nl.md."
)
# the articles file's header names the set's size (set 7's pool allowed seven)
_NUMBER_WORDS = {7: "seven", 10: "ten"}
_ATTRIBUTIONS_HEADER = (
    "# One attribution a line: record id, canonical speaker, offsets (code points, half-open,\n"
    "# into the rebuilt text; empty = null) of speaker mention, cue and content, labels."
)


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--select", action="store_true", help="print the selected articles")
    parser.add_argument("--locate", type=Path, help="annotation source -> standoff TSV files")
    parser.add_argument("--set", type=int, choices=sorted(CHECK_SETS), default=1, help="check set")
    args = parser.parse_args(argv)
    check = CHECK_SETS[args.set]
    if args.select:
        print("\n".join(select_articles(data_dir(), check)))
        return 0
    try:
        if args.locate:
            write_standoff(locate(args.locate), check=check)
        records = build(check=check)
    except AnnotationError as err:
        print(err, file=sys.stderr)
        return 1
    problems = validate(records, check=check)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    output = check.output
    output.write_text(to_jsonl(records), encoding="utf-8")
    for half, part in halves(records, check).items():
        output.with_name(f"{output.stem}-{half}.jsonl").write_text(to_jsonl(part), "utf-8")
    count = sum(len(r["attributions"]) for r in records)
    print(f"wrote {output} and its halves ({len(records)} articles, {count} attributions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
