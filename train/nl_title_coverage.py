"""Coverage of the Dutch role nouns (``titles`` in ``lang/nl/names.toml``), issue #5.

    PYTHONPATH=src CLAIMGRAPH_DATA=../shared/data nice -n 10 .venv/bin/python \
        train/nl_title_coverage.py [--min-count 2] [--json OUT]

A role noun right before a full name (``zegt jeugdarts Marianne Daalderop``) makes the name a
speaker phrase; one the list does not know cuts the phrase. In the unlabeled DPG news
(``data/nl-news``), this counts the lower-case words written right before a full name (a
capitalised first name, optional initials and particles, a capitalised surname), and reports
which of them the speaker code takes for a role noun (listed, inflected or a compound of a
listed head: ``speakers._person_noun``) and which it does not. Words that the Dutch UD
treebanks (``data/ud``) tag mostly as something else than a noun (``zegt``, ``met``) are left
out; unknown words (most compounds) stay in. The uncovered list is for a reviewer to pick the
role nouns from; nothing is added automatically.

Only reads data; prints a report (and writes it as JSON with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from claimgraph.extract.speakers import _person_noun
from claimgraph.lang import load_lang
from claimgraph.settings import data_dir

UD_GLOB = "UD_Dutch-*/current/*.conllu"
_LOWER = "a-zà-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME = rf"[{_UPPER}][{_LOWER}]+"
# a lower-case word, then a full name: first name, initials, particles, surname
ROLE_BEFORE_NAME = re.compile(
    rf"(?<![\w-])([{_LOWER}][{_LOWER}-]{{2,}}) "
    rf"{_NAME}(?: [{_UPPER}]\.)*(?: (?:van|de|der|den|ter|ten|te|op|in|'t)){{0,3}} {_NAME}"
)


def ud_noun_share(folder: Path) -> dict[str, float]:
    """Lower-cased word form -> the share of its Dutch UD tokens tagged NOUN."""
    tags: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(folder.glob(UD_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                tags[cols[1].lower()][cols[3]] += 1
    return {w: c["NOUN"] / sum(c.values()) for w, c in tags.items()}


def words_before_names(paths: list[Path]) -> Counter:
    """Counts of the lower-case words right before a full name in the articles' texts."""
    counts: Counter = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            counts.update(m.group(1) for m in ROLE_BEFORE_NAME.finditer(text))
    return counts


def report(min_count: int) -> dict:
    lang = load_lang("nl")
    noun_share = ud_noun_share(data_dir() / "ud")
    counts = words_before_names(sorted((data_dir() / "nl-news").glob("*.jsonl")))
    candidates = {
        w: n for w, n in counts.items() if noun_share.get(w, 1.0) >= 0.5 and n >= min_count
    }
    covered = {w: n for w, n in candidates.items() if _person_noun(w, lang)}
    uncovered = {w: n for w, n in candidates.items() if w not in covered}
    total = sum(candidates.values())
    return {
        "candidates": len(candidates),
        "occurrences": total,
        "covered_occurrences": sum(covered.values()),
        "covered_share": round(sum(covered.values()) / total, 4) if total else 0.0,
        "covered": dict(Counter(covered).most_common()),
        "uncovered": dict(Counter(uncovered).most_common()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = report(args.min_count)
    print(
        f"{result['candidates']} words before full names ({result['occurrences']} times); "
        f"role nouns covered: {result['covered_occurrences']} ({result['covered_share']:.1%})"
    )
    print("uncovered (word count):")
    for word, n in result["uncovered"].items():
        print(f"  {n:4d} {word}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
