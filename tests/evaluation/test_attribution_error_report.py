"""error_report lists misses, false positives and label mismatches with their text."""

from __future__ import annotations

import copy
from dataclasses import replace

from claimgraph.evaluation.attribution import error_report
from claimgraph.evaluation.gold import read_gold_jsonl


def test_error_report_kinds(nl_dev_path):
    doc = next(d for d in read_gold_jsonl(nl_dev_path) if d.id == "nl-seed-kremlin-drone")
    items = copy.deepcopy(doc.attributions)
    missed = items.pop(0)
    other = "deny" if items[0].stance != "deny" else "assert"
    items[0] = replace(items[0], stance=other)
    spurious = replace(missed, content_span=(0, 10), speaker="iemand")
    errors = error_report([doc], [replace(doc, attributions=[*items, spurious])])

    kinds = sorted(e["kind"] for e in errors)
    assert kinds == ["false_positive", "mismatch", "miss"]
    miss = next(e for e in errors if e["kind"] == "miss")
    assert miss["gold"]["content"] == doc.surface(missed.content_span)
    assert miss["pred"] is None
    false_positive = next(e for e in errors if e["kind"] == "false_positive")
    assert false_positive["pred"]["content"] == doc.text[:10]
    mismatch = next(e for e in errors if e["kind"] == "mismatch")
    assert mismatch["fields"] == ["stance"]
    assert mismatch["pred"]["stance"] == other


def test_error_report_empty_for_perfect_prediction(nl_dev_path):
    docs = read_gold_jsonl(nl_dev_path)
    assert error_report(docs, copy.deepcopy(docs)) == []
