"""Dutch attribution, issue #5 check-set round: a relative pronoun subject after a coordinated
noun phrase (``zeggen Ocasio-Cortez en haar volgelingen, die erop wijzen dat``) stands for the
whole coordination, not for its last conjunct (nl ``relative_subjects``). Real text: a DPG
article of the read half of the Dutch attribution check set."""

from __future__ import annotations


def test_relative_after_a_coordination_speaks_for_both(by_content, dpg_text):
    doc, item = by_content(dpg_text("10686866"), "het woord hamburger niet één keer voorkomt")
    assert doc.surface(item.cue_span) == "wijzen"
    assert doc.surface(item.speaker_span) == "Ocasio-Cortez en haar volgelingen"


def test_relative_after_a_single_name_is_unchanged(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10686866")
    item = content_starting(text, nl_rule_items(text), "De Green New Deal zal de hamburger")
    assert text[slice(*item.speaker_span)] == "Cotton" and item.cue == "aldus"
