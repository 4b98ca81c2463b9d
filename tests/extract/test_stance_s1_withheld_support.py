"""A negated cue that withholds support for a claim (``He did not provide any evidence to support
the claim of US involvement``) rejects no claim: not deny (ANNOTATION.md rule 4: deny needs a
rejected claim). PolNeAR train marks 6 of its 8 negated "provide/offer evidence/details" phrases as
cues (S1). The text: ``guardian_excerpt`` (tests/extract/conftest.py)."""

from __future__ import annotations

from claimgraph.extract.learned import model_available
from claimgraph.extract.stance import withholds_support
from claimgraph.lang import load_lang
from claimgraph.model import Document


def test_withheld_evidence_is_no_denial(guardian_excerpt: Document) -> None:
    assert model_available("en")
    found = [a for a in guardian_excerpt.attributions if "provide" in a.cue]
    assert found and found[0].stance != "deny", [(a.cue, a.stance) for a in found]


def _withholds(cue: str) -> bool:
    return withholds_support(cue.split(" "), load_lang("en"))


def test_withheld_support_needs_a_giving_verb_and_a_support_noun() -> None:
    assert _withholds("did not provide any evidence to support")
    assert _withholds("has not offered details about")
    assert not _withholds("did not find any evidence")
    assert not _withholds("did not say")
