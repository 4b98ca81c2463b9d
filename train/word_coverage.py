"""What the Dutch coverage reports share: words found in one place of the unlabeled news,
filtered by the part of speech the UD treebanks mostly give them, split into covered and not.

Used by ``nl_title_coverage.py`` (role nouns before names), ``nl_quote_cue_coverage.py``
(cue verbs after quotations) and ``nl_complement_cue_coverage.py`` (words with a ``dat`` clause).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Set
from pathlib import Path

from claimgraph.settings import data_dir

UD_GLOB = "UD_Dutch-*/current/*.conllu"


def ud_tag_share(folder: Path, upos: str) -> dict[str, float]:
    """Lower-cased word form -> the share of its Dutch UD tokens tagged ``upos``."""
    tags: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(folder.glob(UD_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                tags[cols[1].lower()][cols[3]] += 1
    return {w: c[upos] / sum(c.values()) for w, c in tags.items()}


def ud_lemmas(folder: Path) -> dict[str, str]:
    """Lower-cased word form -> its most frequent lower-cased lemma in the Dutch UD treebanks."""
    lemmas: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(folder.glob(UD_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                lemmas[cols[1].lower()][cols[2].lower()] += 1
    return {w: c.most_common(1)[0][0] for w, c in lemmas.items()}


def news_texts() -> Iterator[str]:
    """The article texts of the shared unlabeled news (``nl-news``)."""
    for path in sorted((data_dir() / "nl-news").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line).get("text") or ""


def news_word_counts(pattern: re.Pattern[str]) -> Counter:
    """Counts of ``pattern``'s first group over the texts of the shared news (``nl-news``)."""
    counts: Counter = Counter()
    for text in news_texts():
        counts.update(m.group(1) for m in pattern.finditer(text))
    return counts


def coverage_report(
    pattern: re.Pattern[str], upos: str, min_count: int, covered: Callable[[str], bool]
) -> dict:
    """The words ``pattern`` finds at least ``min_count`` times that UD tags mostly ``upos``
    (unknown words stay in), split by ``covered``, with their counts."""
    share = ud_tag_share(data_dir() / "ud", upos)
    counts = news_word_counts(pattern)
    candidates = {w: n for w, n in counts.items() if share.get(w, 1.0) >= 0.5 and n >= min_count}
    known = {w for w in candidates if covered(w)}
    return split_report(candidates, known, sum(candidates[w] for w in known))


def split_report(candidates: dict[str, int], known: Set[str], covered_occurrences: int) -> dict:
    """A report's figures: the ``candidates`` (word -> count) split into ``known`` and not, and
    how many of all their occurrences a cue covers."""
    total = sum(candidates.values())
    return {
        "candidates": len(candidates),
        "occurrences": total,
        "covered_occurrences": covered_occurrences,
        "covered_share": round(covered_occurrences / total, 4) if total else 0.0,
        "covered": dict(Counter({w: n for w, n in candidates.items() if w in known}).most_common()),
        "uncovered": dict(
            Counter({w: n for w, n in candidates.items() if w not in known}).most_common()
        ),
    }


def main(description: str, report: Callable[[int], dict], found: str, known: str) -> None:
    """Command line of a report: ``--min-count``, ``--json OUT``; prints the uncovered words."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = report(args.min_count)
    print(
        f"{result['candidates']} {found} ({result['occurrences']} times); "
        f"{known} covered: {result['covered_occurrences']} ({result['covered_share']:.1%})"
    )
    print("uncovered (word count):")
    examples = result.get("examples", {})
    for word, n in result["uncovered"].items():
        print(f"  {n:4d} {word}")
        for sentence in examples.get(word, ()):
            print(f"         | {sentence}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
