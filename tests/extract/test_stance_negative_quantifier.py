"""A content that opens with a negative quantifier states a negative fact (``no-one was in the
houses``): assert, not deny (ANNOTATION.md rule 4); a negated verb in the content still denies."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load


def _stances(text: str, cue: str) -> list[str]:
    items = extract_attributions(load("en")(text), load_lang("en"))
    return [a.stance for a in items if a.cue == cue]


def test_negative_fact_is_asserted() -> None:
    # en-wikinews-12 (bench/data/attribution/en-wikinews-check.jsonl, tuning half)
    text = (
        "No deaths were reported on the ground, with local media reporting no-one was in the "
        "houses."
    )
    assert _stances(text, "reporting") == ["assert"]


def test_negated_verb_in_the_content_still_denies() -> None:
    # after en-wikinews-50 (tuning half), whose gold item "does not involve ..." is deny
    text = "Ford said the matter does not involve defeat devices."
    assert _stances(text, "said") == ["deny"]
