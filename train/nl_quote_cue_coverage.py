"""Coverage of the Dutch cue verbs (``lang/nl/cues.toml``) after quotations, issue #5.

    PYTHONPATH=src CLAIMGRAPH_DATA=../shared/data nice -n 10 .venv/bin/python \
        train/nl_quote_cue_coverage.py [--min-count 2] [--json OUT]

A quotation closed by a comma and followed by a lower-case word (``,,Het duurt maar'',
motiveert Huzen zijn oproep``) is nearly always followed by its reporting verb, so the words
in that place show which cue verbs the language data lacks: a verb it does not know leaves the
quotation to the previous speaker. In the unlabeled DPG news (``data/nl-news``), this counts the
lower-case words right after ``,''`` / ``'',`` / ``,"`` / ``",`` and reports which of them
begin a cue pattern of the language data (``cues_by_first``) and which do not. Words that the
Dutch UD treebanks (``data/ud``) tag mostly as something else than a verb (``en``, ``maar``)
are left out; unknown words stay in. The uncovered list is for a reviewer to pick the cue
verbs from; nothing is added automatically.

Only reads data; prints a report (and writes it as JSON with ``--json``).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from claimgraph.lang import load_lang
from claimgraph.settings import data_dir

UD_GLOB = "UD_Dutch-*/current/*.conllu"
_LOWER = "a-zà-öø-ÿ"
# a closing quotation mark and a comma (in either order), then a lower-case word
WORD_AFTER_QUOTE = re.compile(rf"(?:,\s*(?:''|[\"”’'])|(?:''|[\"”’'])\s*,)\s+([{_LOWER}]{{3,}})\b")


def ud_verb_share(folder: Path) -> dict[str, float]:
    """Lower-cased word form -> the share of its Dutch UD tokens tagged VERB."""
    tags: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(folder.glob(UD_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                tags[cols[1].lower()][cols[3]] += 1
    return {w: c["VERB"] / sum(c.values()) for w, c in tags.items()}


def words_after_quotes(paths: list[Path]) -> Counter:
    """Counts of the lower-case words right after a quotation closed by a comma."""
    counts: Counter = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            counts.update(m.group(1) for m in WORD_AFTER_QUOTE.finditer(text))
    return counts


def report(min_count: int) -> dict:
    known = frozenset(load_lang("nl").cues_by_first)
    verb_share = ud_verb_share(data_dir() / "ud")
    counts = words_after_quotes(sorted((data_dir() / "nl-news").glob("*.jsonl")))
    candidates = {w: n for w, n in counts.items() if verb_share.get(w, 1.0) >= 0.5}
    candidates = {w: n for w, n in candidates.items() if n >= min_count}
    covered = {w: n for w, n in candidates.items() if w in known}
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
        f"{result['candidates']} words after quotations ({result['occurrences']} times); "
        f"cue words covered: {result['covered_occurrences']} ({result['covered_share']:.1%})"
    )
    print("uncovered (word count):")
    for word, n in result["uncovered"].items():
        print(f"  {n:4d} {word}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
