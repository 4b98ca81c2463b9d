"""Dutch cues, issue #5 round 3: ``zo`` between a quotation and its cue points back at the
quotation (``,,...'', zo maant Kamerlid Jasper van Dijk``, ``"...," zo lichtte JR zijn
eerbetoon toe``): the cue after it reports the quotation and gives its speaker (grammar.toml
``quote_pointers``). Real text: shared DPG articles, rule stage alone."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("dpg_id", "cue_words", "speaker"),
    [("10750668", "maant", "Jasper van Dijk"), ("10765487", "lichtte", "JR")],
)
def test_quote_before_zo_and_a_cue_takes_the_cue_speaker(
    nl_rule_items, dpg_text, dpg_id, cue_words, speaker
):
    text = dpg_text(dpg_id)
    items = nl_rule_items(text)
    after_zo = [
        a
        for a in items
        if a.cue_span is not None
        and text[: a.cue_span[0]].rstrip().endswith(" zo")
        and text[slice(*a.cue_span)].startswith(cue_words)
    ]
    assert after_zo, [(a.speaker, a.cue) for a in items]
    assert any(speaker in a.speaker for a in after_zo), [a.speaker for a in after_zo]
