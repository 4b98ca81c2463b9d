"""Dutch attribution, round 28 of issue #5: the separable ``riep ... op`` may hold a long
adverbial and its object between verb and particle (cues.toml gap), and a truncated compound
(``auto- en fietsindustrie``) does not split the subject at its ``en``. Real text of a shared
train article, rule stage alone."""

from __future__ import annotations


def test_call_with_a_long_gap_and_its_speaker(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10746369")
    found = [
        (a.speaker, a.act, text[slice(*a.content_span)])
        for a in nl_rule_items(text)
        if a.cue.startswith("riep gisteravond")
    ]
    assert found == [("Steven van Eijck", "demand", "meer werk te maken van 30-kilometerzones")]
