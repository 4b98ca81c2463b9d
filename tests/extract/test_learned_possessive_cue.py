"""``Putin’s spokesperson claims, without providing evidence, that Washington was involved``
(The Guardian, 2023-05-04, in ``shared/samples/kremlin-drone-2023-05/headlines.jsonl``): the CRF
tagged the possessor's "’s" as a cue ("Putin | ’s | spokesperson claims"). A possessor's case
marker reports nothing (1 of PolNeAR train's 19,832 gold cues is an "'s" at all)."""

from __future__ import annotations

from claimgraph import analyze
from claimgraph.extract.learned import model_available

TEXT = (
    "Putin’s spokesperson claims, without providing evidence, that Washington was involved in "
    "alleged attempt to kill president Russia has accused the US of being behind what it says "
    "was a drone attack on the Kremlin intended to kill Vladimir Putin."
)


def test_a_possessive_marker_is_no_cue() -> None:
    doc = analyze(TEXT, lang="en", date="2023-05-04")
    assert model_available("en")
    assert all(a.cue.strip() not in ("’s", "'s") for a in doc.attributions)
    claims = [a for a in doc.attributions if a.cue == "claims"]
    assert claims and claims[0].speaker == "Putin’s spokesperson"
