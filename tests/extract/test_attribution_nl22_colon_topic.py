"""Dutch attribution, round 22 of issue #5: a single word before a colon that the article
capitalises only where it opens a sentence is a topic, not a source (``Opbrengst: nog eens 7
miljoen euro``, ``Brexit: Coup tegen premier bezworen``); a name the article also writes
mid-sentence, an acronym (``ING: bonusregels weren Brit``) or a known source word stays one.
Real text of the shared train articles, rules alone."""

from __future__ import annotations


def _colon_items(text: str, items, start: str):
    return [a for a in items if a.cue == ":" and text[slice(*a.content_span)].startswith(start)]


def test_a_word_capitalised_only_by_position_is_a_topic(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10724256")
    assert not _colon_items(text, nl_rule_items(text), "nog eens 7 miljoen euro")


def test_a_headline_topic_before_a_colon_is_no_source(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10744630")
    assert not _colon_items(text, nl_rule_items(text), "Coup tegen premier bezworen")


def test_an_acronym_before_a_colon_stays_a_source(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10744690")
    (item,) = _colon_items(text, nl_rule_items(text), "bonusregels weren Brit")
    assert item.speaker == "ING"
