"""Dutch speakers, issue #5 twelfth session (N26): a sentence-opening demonstrative subject of a
plural cue verb (``..., Nigeriaanse broers. Die verklaarden dat ...``) stands for the last plural
noun of the sentence before; the item's speaker is that phrase, its mention stays ``Die``
(ANNOTATION.md: the speaker is the source the mention refers to).

Real text: a DPG-corpus article of the read half of Dutch check set 3, rule stage alone."""

from __future__ import annotations


def test_demonstrative_subject_takes_the_plural_noun_before(
    nl_rule_items, content_starting, dpg_text
):
    # "... twee verdachten opgepakt waren, Nigeriaanse broers. Die verklaarden dat ..."
    text = dpg_text("10751313")
    att = content_starting(text, nl_rule_items(text), "de belaging een idee van Smollett was")
    assert att.speaker == "Nigeriaanse broers"
    assert text[att.speaker_span[0] : att.speaker_span[1]] == "Die"


def test_no_item_keeps_a_bare_demonstrative_as_speaker(nl_rule_items, dpg_text):
    text = dpg_text("10751313")
    assert all(a.speaker.lower() not in ("die", "deze") for a in nl_rule_items(text))
