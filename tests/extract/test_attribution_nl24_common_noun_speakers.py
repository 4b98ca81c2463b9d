"""Dutch attribution, round 24 of issue #5: groups and bodies named by a common noun
(``Minstens drie passagiers meldden dat``, ``verwacht het pensioenfonds``) are sources; plain
words for people (``De man ontkent``, nl ``generic_speakers``) are plausible speakers, but not
strong enough for a weak cue, also when the content precedes it. Real text of the shared train
articles, rule stage alone."""

from __future__ import annotations


def _speakers(items, text: str, start: str) -> list[tuple[str, str]]:
    return [
        (a.speaker, text[slice(*a.speaker_span)])
        for a in items
        if text[slice(*a.content_span)].startswith(start) and a.speaker_span is not None
    ]


def test_passengers_report_as_a_group(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10772449")
    found = _speakers(nl_rule_items(text), text, "een schroef van het cruiseschip")
    assert [span for _, span in found] == ["Minstens drie passagiers"]


def test_inverted_fund_after_its_content(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10796126")
    found = _speakers(nl_rule_items(text), text, "de instroom in de WIA zal ook flink")
    assert [span for _, span in found] == ["het pensioenfonds"]


def test_plain_people_words_speak_for_strong_cues(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10804782")
    items = nl_rule_items(text)
    assert [span for _, span in _speakers(items, text, "dit alles")] == ["De man"]
    assert [span for _, span in _speakers(items, text, "ze agenten waren")] == ["twee mannen"]


def test_plain_people_word_is_no_source_of_a_weak_cue(nl_rule_items, nl_train_text) -> None:
    # "Begin juli ging de reis naar 't Harde, waar ook een man bezoek van een minderjarige
    # verwachtte.": an expected visit, not a claim
    text = nl_train_text("nl-dpg-10804782")
    assert _speakers(nl_rule_items(text), text, "Begin juli ging de reis") == []
