"""A denial or demand verb whose object is a court filing or decision (``dismissed the
lawsuit``, ``appealed the decision``) is a legal act, not an attribution (ANNOTATION.md rule 6),
from the rules and from the learned model alike; a denial of a claim still is one."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate

# en-wikinews-136 (bench/data/attribution/en-wikinews-check.jsonl, tuning half)
COURT = (
    "Marrero found that prosecutors could view his tax records, but Judge Marrero dismissed the "
    "president's lawsuit. The president's legal team appealed the decision to the Second "
    "Circuit Court of Appeals, which issued an administrative stay."
)


def _cues(text: str) -> list[str]:
    return [a.cue for a in annotate(Document(text=text, lang="en")).attributions]


def test_dismissing_a_lawsuit_and_appealing_a_decision_are_not_reports() -> None:
    cues = _cues(COURT)
    assert "dismissed" not in cues and "appealed" not in cues


def test_denying_a_claim_and_appealing_for_calm_are_reports() -> None:
    cues = _cues(
        "The ministry dismissed the claims of a cover-up. The mayor appealed for calm after "
        "the riots."
    )
    assert "dismissed" in cues and "appealed" in cues
