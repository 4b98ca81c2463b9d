"""Dutch attribution, round 25 of issue #5: the speaker after a cue that follows its content
may hold lower-case modifiers before its noun (``zei een hooggeplaatste ambtenaar``, ``aldus de
gezaghebbende Internationale Corruptie Index``; nl ``speaker_modifier_deps``), or stand inside the
cue (``…, laat de universiteit weten.``). Real text of the shared train articles, rule stage
alone."""

from __future__ import annotations


def _speaker_spans(items, text: str, start: str) -> list[str]:
    return [
        text[slice(*a.speaker_span)]
        for a in items
        if text[slice(*a.content_span)].startswith(start) and a.speaker_span is not None
    ]


def test_modified_noun_after_the_cue_is_the_speaker(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10795345")
    found = _speaker_spans(nl_rule_items(text), text, "Ze heeft dat gedaan")
    assert found == ["een hooggeplaatste ambtenaar"]


def test_modified_name_after_aldus_is_the_speaker(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10775103")
    found = _speaker_spans(nl_rule_items(text), text, "Binnen de Europese Unie zijn alleen")
    assert found == ["de gezaghebbende Internationale Corruptie Index"]


def test_subject_inside_the_cue_after_its_content(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10741951")
    found = _speaker_spans(nl_rule_items(text), text, "Hanssen heeft op zijn Facebookpagina")
    assert found == ["de universiteit"]
