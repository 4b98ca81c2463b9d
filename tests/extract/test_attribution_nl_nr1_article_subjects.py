"""Dutch attribution, nineteenth session (NR1, issue #5): right after an inverted one-word cue
(``…, zegt de verkeerskundige.``, ``…", zegt een politiebron.``, ``…, aldus de inlichtingendienst
AIVD.``, ``Dat zegt de gemeente Amersfoort, waar …``), an article, lower-case adjectives, one
lower-case noun and the names after it that end the clause are the speaker, also where the noun is
no known person or source noun (nl ``inverted_subject_articles``). After a longer cue the phrase is
its object (``wijst hij op het boek Judas``). Real text of DPG articles, rule stage alone."""

from __future__ import annotations


def _speaker_spans(items, text: str, start: str) -> list[str]:
    return [
        text[slice(*a.speaker_span)]
        for a in items
        if text[slice(*a.content_span)].startswith(start) and a.speaker_span is not None
    ]


def test_article_phrase_after_a_trailing_cue(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10746369")
    found = _speaker_spans(nl_rule_items(text), text, "zorg voor goede handhaving")
    assert found == ["de verkeerskundige"]


def test_article_phrase_after_a_quotation_cue(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10673481")
    found = _speaker_spans(nl_rule_items(text), text, "Maar de smokkel gebeurt niet meer")
    assert found == ["een politiebron"]


def test_article_phrase_with_a_name_after_aldus(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10780085")
    found = _speaker_spans(nl_rule_items(text), text, "Zo'n 65 Nederlandse kinderen")
    assert found == ["de inlichtingendienst AIVD"]


def test_article_phrase_of_an_anaphoric_content(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10766846")
    found = _speaker_spans(nl_rule_items(text), text, "De boete van 25.000 euro")
    assert found == ["de gemeente Amersfoort"]


def test_phrase_after_a_cue_with_a_preposition_is_its_object(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10681641")
    speakers = [text[slice(*a.speaker_span)] for a in nl_rule_items(text) if a.speaker_span]
    assert "het boek Judas" not in speakers


def test_name_closing_the_sentence_after_the_article_phrase(nl_rule_items, dpg_text) -> None:
    text = dpg_text("10740965")
    found = _speaker_spans(nl_rule_items(text), text, "ook dat was eng")
    assert found == ["Janet Jacob"]
