"""Issue #5/#6, tenth session: ``according to a statement by X`` names X as the source (a
document speaks for the body that wrote it, as ``official WHO report`` -> WHO), and a later
``it said`` then resolves to X. Wall Street Journal RSS summary of 2023-05-03 in
``shared/samples/kremlin-drone-2023-05/headlines.jsonl``: before, the speakers were "statement"
and an unresolved "it"."""

from __future__ import annotations

import claimgraph

WSJ = (
    "Two unmanned aircraft launched by Ukraine crashed into the Kremlin after they were downed by "
    "electronic-warfare systems, according to a statement by the Kremlin press service. No one "
    "was injured and no major damage was caused by the attack, it said."
)


def test_attribution_en22_according_to_a_statement_by_names_its_author() -> None:
    doc = claimgraph.analyze(WSJ, lang="en")
    by_cue = {a.cue: a for a in doc.attributions}
    according = by_cue["according to"]
    assert according.speaker == "Kremlin press service"
    assert WSJ[slice(*according.speaker_span)] == "a statement by the Kremlin press service"
    assert by_cue["said"].speaker == "Kremlin press service"
