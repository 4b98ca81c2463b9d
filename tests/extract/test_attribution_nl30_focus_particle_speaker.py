"""Dutch attribution, issue #5 check-set round: a focus particle between a post-quote cue and its
inverted speaker (``,,…", vindt ook haar vriendin Marieke van der Aa``) is no end of the speaker
phrase, and a feminine ``-in`` form of a listed role (``vriendin`` of ``vriend``) is a role too.
Real text: a DPG article of the read half of the Dutch attribution check set."""

from __future__ import annotations


def test_speaker_after_cue_and_focus_particle(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10799171")
    item = content_starting(text, nl_rule_items(text), "Je kan het maar beter doen")
    assert text[slice(*item.cue_span)] == "vindt"
    assert text[slice(*item.speaker_span)] == "haar vriendin Marieke van der Aa"
    assert item.speaker == "Marieke van der Aa"


def test_quote_before_it_keeps_its_own_speaker(by_content, dpg_text):
    doc, item = by_content(dpg_text("10799171"), "Je krijgt een oproep en dan ga je")
    assert doc.surface(item.speaker_span) == "ze" and doc.surface(item.cue_span) == "zegt"
