"""Dutch attribution, round 35 of issue #5: two verb cues joined by a coordinator (``hoopt en
verwacht dat``) are one cue for one content, and a hope among them sets the stance (ANNOTATION.md
rule 3): no second item whose content opens with ``en verwacht``. Real text of a shared train
article, rule stage alone."""

from __future__ import annotations


def test_hope_and_expectation_are_one_cue(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10770818")
    found = [
        (a.cue, a.stance, text[slice(*a.content_span)][:41])
        for a in nl_rule_items(text)
        if a.speaker == "Stichting Airborneregion"
    ]
    assert found == [
        ("hoopt en verwacht", "speculate", "toeristen uit binnen- en buitenland vaker")
    ]
