"""A first line as long as a lead sentence is no headline (a JSON record keeps its title apart)."""

from __future__ import annotations

import json
from pathlib import Path

import claimgraph

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "wikinews-2020.jsonl"


def _record(title_start: str) -> dict:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    return next(r for r in rows if r["title"].startswith(title_start))


def test_lead_sentence_opening_a_text_is_not_read_as_a_headline() -> None:
    # the text opens with its lead ("Yesterday evening, the Bavarian State Ministry ... in Munich,
    # Germany confirmed a case ..."); read as a headline, the words before "Germany" became a
    # second content of the same cue ("..., Germany confirmed")
    record = _record("German authorities confirm")
    doc = claimgraph.analyze(record["text"], lang="en", date=record["date"])
    confirmed = [a for a in doc.attributions if a.cue == "confirmed"]
    assert len(confirmed) == 1
    assert confirmed[0].content(doc.text).startswith("a case of coronavirus infection")


def test_short_first_line_is_still_a_headline() -> None:
    # the headline exception the length check keeps: a clause without a verb the tagger sees,
    # then ", X say"
    text = (
        "11-month old baby finds illegal drugs in playground, police say\n\n"
        "The child was taken to hospital as a precaution on Tuesday, a spokesperson said."
    )
    doc = claimgraph.analyze(text, lang="en", date="2020-01-28")
    say = [a for a in doc.attributions if a.cue == "say"]
    assert say and say[0].content(doc.text).startswith("11-month old baby")
