"""Issue #5/#6, tenth session: a participle cue after a subordinator (``after reporting``,
``while saying``) reports for the subject of the sentence's main clause. The Telegraph's RSS
summary of 2023-05-03 in ``shared/samples/kremlin-drone-2023-05/headlines.jsonl``: before, the
speaker of "reporting" was "Ukraine of attempting to assassinate Russian President Vladimir Putin
after"."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TELEGRAPH = (
    "Russia accused Ukraine of attempting to assassinate Russian President Vladimir Putin after "
    "reporting two drones crashed into the Kremlin on Wednesday."
)


def test_attribution_en22_participle_after_subordinator_takes_main_subject() -> None:
    items = extract_attributions(load("en")(TELEGRAPH), load_lang("en"))
    [report] = [a for a in items if a.cue == "reporting"]
    assert TELEGRAPH[slice(*report.speaker_span)] == "Russia"
    assert TELEGRAPH[slice(*report.content_span)] == (
        "two drones crashed into the Kremlin on Wednesday"
    )
