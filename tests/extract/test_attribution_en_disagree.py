"""``disagreed with X`` rejects X (deny, content X)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.model import Document
from claimgraph.pipeline import annotate

CHECK = Path(__file__).parents[2] / "bench/data/attribution/en-wikinews-check.jsonl"


def test_disagreed_with_is_a_denial_of_its_object() -> None:
    # en-wikinews-246 of the check set (tuning half), as a whole article
    if not CHECK.exists():
        pytest.skip("check set absent")
    gold = {g.id: g for g in read_gold_jsonl(CHECK)}["en-wikinews-246"]
    doc = annotate(Document(text=gold.text, id=gold.id, lang="en", date=gold.date))
    found = [
        (a.speaker, gold.text[slice(*a.content_span)], a.stance)
        for a in doc.attributions
        if a.cue == "disagreed with"
    ]
    assert [(content, stance) for _, content, stance in found] == [
        ("the correlation between the overdoses and the CERB payments", "deny")
    ]
    assert "Michaela Jyrkkanen" in found[0][0]
