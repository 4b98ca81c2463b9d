"""Dutch attribution, round 27 of issue #5: a relative clause between commas after the subject
(``Advocaat Richard Korver, die de familie van Henriquez vertegenwoordigt, vindt dat``) leaves
the phrase before it as the cue's speaker. Real text of a shared train article, rule stage
alone."""

from __future__ import annotations


def test_subject_before_a_relative_clause_speaks(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10796648")
    found = [
        (a.speaker, text[slice(*a.speaker_span)], a.cue)
        for a in nl_rule_items(text)
        if text[slice(*a.content_span)].startswith("met deze eis van het OM")
    ]
    assert found == [("Richard Korver", "Advocaat Richard Korver", "vindt")]
