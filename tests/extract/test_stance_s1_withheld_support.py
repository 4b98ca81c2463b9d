"""A negated cue that withholds support for a claim (``He did not provide any evidence to support
the claim of US involvement``) rejects no claim: not deny (ANNOTATION.md rule 4: deny needs a
rejected claim). PolNeAR train marks 6 of its 8 negated "provide/offer evidence/details" phrases as
cues (S1). The text: The Guardian, 2023-05-04, in ``shared/samples/kremlin-drone-2023-05/``."""

from __future__ import annotations

from claimgraph import analyze
from claimgraph.extract.learned import model_available
from claimgraph.extract.stance import _withholds_support
from claimgraph.lang import load_lang

KREMLIN_SUMMARY = (
    "Russia accuses US of being behind drone attack on Kremlin\n\n"
    "Russia has accused the US of being behind what it says was a drone attack on the Kremlin "
    "intended to kill Vladimir Putin. The Kremlin spokesperson Dmitry Peskov made the allegation "
    "in a briefing to reporters, saying Washington should be aware that Russia knew it was "
    "selecting the targets and Ukraine was merely implementing US plans. He did not provide any "
    "evidence to support the claim of US involvement. Continue reading..."
)


def test_withheld_evidence_is_no_denial() -> None:
    assert model_available("en")
    doc = analyze(KREMLIN_SUMMARY, lang="en", date="2023-05-04")
    found = [a for a in doc.attributions if "provide" in a.cue]
    assert found and found[0].stance != "deny", [(a.cue, a.stance) for a in found]


def _withholds(cue: str) -> bool:
    return _withholds_support(cue.split(" "), load_lang("en"))


def test_withheld_support_needs_a_giving_verb_and_a_support_noun() -> None:
    assert _withholds("did not provide any evidence to support")
    assert _withholds("has not offered details about")
    assert not _withholds("did not find any evidence")
    assert not _withholds("did not say")
