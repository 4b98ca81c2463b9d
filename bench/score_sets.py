"""One line per attribution gold set, for tuning: the sets of ``bench_attribution.py`` that may be
read (nl dev and train, en dev, the English check sets' read parts, the Dutch check sets' read
halves, each and pooled), optionally PolNeAR dev, and with ``--blind`` the never-read halves.

    CLAIMGRAPH_DATA=../shared/data PYTHONPATH=src .venv/bin/python bench/score_sets.py TAG \\
        [--polnear] [--blind] [--errors DIR]

The never-read halves are our estimate of the hidden test sets: score them at a session's start
and end only, and never read their errors. Writes the metrics to ``TAG.json`` (``--out`` folder,
default the system's temporary folder) and, with ``--errors``, each set's error report as JSONL.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench_attribution import CHECK_4_HALVES, CHECK_READ, CHECK_SET, CHECK_SET_2, CHECK_SET_3
from bench_attribution import GOLD_SETS as TUNED_SETS

from claimgraph.evaluation import error_report, read_gold_jsonl, read_polnear
from claimgraph.interfaces.cli.evaluate import evaluate_attribution
from claimgraph.model import Document
from claimgraph.settings import data_dir

DUTCH_CHECK_SETS = range(1, 9)


def gold_sets(blind: bool) -> list[tuple[str, list[Document]]]:
    data = data_dir()
    sets = [(name, read_gold_jsonl(data / rel)) for name, rel in TUNED_SETS]
    check = read_gold_jsonl(CHECK_SET)
    sets.append(("en set1 read", [d for d in check if d.id in CHECK_READ]))
    sets.append(("en set2", read_gold_jsonl(CHECK_SET_2)))
    sets.append(("en set3", read_gold_jsonl(CHECK_SET_3)))
    sets.append(("en set4 read", read_gold_jsonl(CHECK_4_HALVES[0][1])))
    if blind:
        sets.append(("en set1 BLIND", [d for d in check if d.id not in CHECK_READ]))
        sets.append(("en set4 BLIND", read_gold_jsonl(CHECK_4_HALVES[1][1])))
    pooled: dict[str, list[Document]] = {"read": [], "blind": []}
    for number in DUTCH_CHECK_SETS:
        stem = "nl-dpg-check" if number == 1 else f"nl-dpg-check{number}"
        for half in ("read", "blind") if blind else ("read",):
            docs = read_gold_jsonl(CHECK_SET.with_name(f"{stem}-{half}.jsonl"))
            pooled[half] += docs
            sets.append((f"nl set{number} {half.replace('blind', 'BLIND')}", docs))
    sets.append(("nl read pooled", pooled["read"]))
    if blind:
        sets.append(("nl BLIND pooled", pooled["blind"]))
    return sets


def line(name: str, metrics: dict) -> str:
    counts, lenient = metrics["counts"], metrics["lenient"]
    return (
        f"{name:22s} gold {counts['gold']:5d} pred {counts['pred']:5d} "
        f"P {lenient['precision']:.4f} R {lenient['recall']:.4f} F1 {lenient['f1']:.4f} "
        f"strict {metrics['strict']['f1']:.4f} spk {metrics['speaker_accuracy']:.4f} "
        f"stance {metrics['stance_accuracy']:.4f} act {metrics.get('act_accuracy', 0):.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tag")
    parser.add_argument("--polnear", action="store_true", help="also PolNeAR dev (minutes)")
    parser.add_argument("--blind", action="store_true", help="also the never-read halves")
    parser.add_argument("--errors", type=Path, help="folder for each set's error report")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args(argv)
    results = {}
    for name, gold in gold_sets(args.blind):
        metrics, pred = evaluate_attribution(gold)
        results[name] = metrics
        print(line(name, metrics), flush=True)
        if args.errors:
            args.errors.mkdir(parents=True, exist_ok=True)
            rows = (json.dumps(e, ensure_ascii=False, default=str) for e in error_report(gold, pred))
            path = args.errors / f"{name.replace(' ', '_')}.errors.jsonl"
            path.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    if args.polnear:
        metrics, _ = evaluate_attribution(read_polnear(data_dir() / "polnear" / "dev"), polnear=True)
        results["polnear dev"] = metrics
        print(line("polnear dev", metrics))
    (args.out / f"{args.tag}.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
