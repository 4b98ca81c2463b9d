"""Issue #5, session 10 (E18): a learned content never opens with a comma, semicolon or colon
(``The average weekly benefit, it says, would be $300.``: the model tags the comma after the
interrupting cue as content). Sentence from PolNeAR dev (Washington Post, Sept. 2016), read from
the shared data; the whole pipeline (the shipped English model)."""

from __future__ import annotations

import claimgraph

BENEFIT = (
    "The average weekly benefit, it says, would be $300. Trump says he would pay for it by "
    "eliminating the system's fraud."
)


def test_attribution_en22_learned_content_opens_after_the_comma():
    doc = claimgraph.analyze(BENEFIT, lang="en")
    contents = [doc.surface(a.content_span) for a in doc.attributions if a.cue == "says"]
    assert "would be $300" in contents or any(c.startswith("The average") for c in contents)
    assert not any(c[:1] in ",;:" for c in contents)
