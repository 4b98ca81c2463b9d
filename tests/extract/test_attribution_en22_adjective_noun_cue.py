"""Issue #5/#6, tenth session: a verb-cue word the tagger makes a noun with an adjective before
it (``Unconfirmed report from state newswire says``) is a noun, like one after an article, so
"Unconfirmed" is no speaker and the report is the subject of "says". Headline and RSS summary
(2023-05-03) in ``shared/samples/kremlin-drone-2023-05/headlines.jsonl``: before, "Unconfirmed"
reported "from state newswire says ..." and "two Ukrainian" said "drones attacked Kremlin"."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

TEXT = (
    "Russia accuses Ukraine of Putin assassination attempt\n\n"
    "Unconfirmed report from state newswire says two Ukrainian drones attacked Kremlin"
)


def test_attribution_en22_adjective_before_a_cue_word_makes_it_a_noun() -> None:
    items = extract_attributions(load("en")(TEXT), load_lang("en"))
    speakers = {TEXT[slice(*a.speaker_span)] for a in items if a.speaker_span}
    assert "Unconfirmed" not in speakers and "two Ukrainian" not in speakers
    [says] = [a for a in items if a.cue == "says"]
    assert TEXT[slice(*says.speaker_span)] == "Unconfirmed report from state newswire"
    assert TEXT[slice(*says.content_span)] == "two Ukrainian drones attacked Kremlin"
