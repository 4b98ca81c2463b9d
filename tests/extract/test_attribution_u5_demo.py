"""What ``make demo`` shows a user on the bundled Wikinews samples (issue #5, eighteenth
session, U5)."""

from __future__ import annotations

import json
from pathlib import Path

import claimgraph

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "wikinews-2020.jsonl"


def _record(title_start: str) -> dict:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    return next(r for r in rows if r["title"].startswith(title_start))


def test_the_verb_of_an_unbuilt_relative_clause_does_not_report_for_the_main_subject() -> None:
    """``Zelensky declined Honcharuk's offer ... after the leak of an audio recording in which
    someone, seemingly Honcharuk, audibly says Zelensky "has a very primitive understanding of
    economic processes."``: the parse makes ``someone`` a relative clause and joins the finite
    ``says`` to ``declined``. The recording's speaker is not Zelensky, the subject of
    ``declined``; nor is ``Zelensky``, followed by the quoted ``has``, an inverted speaker."""
    record = _record("Ukrainian president rejects")
    doc = claimgraph.analyze(record["text"], lang="en", date=record["date"])
    says = [a for a in doc.attributions if a.cue == "says"]
    assert says == [], [(a.speaker, a.content(doc.text)) for a in says]
    assert [a.speaker for a in doc.attributions if a.cue == "added"] == ["Honcharuk"]
