"""Issue #5/#6, tenth session: after ``"…," Zelensky said Wednesday at a press conference``, the
words after the cue are circumstances of the quotation the rules found, not a second content
the learned model may add for the same cue. AP summary of 2023-05-03 in
``shared/samples/kremlin-drone-2023-05/headlines.jsonl``: before, Zelensky "said" "Wednesday at a
press conference with Nordic leaders in Helsinki"."""

from __future__ import annotations

import claimgraph

AP = (
    "Ukrainian President Volodymyr Zelensky denied Russian accusations that his country attempted "
    "a drone attack aimed at assassinating President Vladimir Putin. “We don’t attack Putin or "
    "Moscow. We fight on our territory. We’re defending our villages and cities,” Zelensky said "
    "Wednesday at a press conference with Nordic leaders in Helsinki."
)


def test_combine_keeps_no_learned_content_after_a_quotation_cue() -> None:
    doc = claimgraph.analyze(AP, lang="en")
    said = [a for a in doc.attributions if a.cue == "said"]
    assert [AP[slice(*a.content_span)] for a in said] == [
        "We don’t attack Putin or Moscow. We fight on our territory. We’re defending our villages "
        "and cities"
    ]
    assert said[0].type == "direct" and said[0].speaker == "Volodymyr Zelensky"
