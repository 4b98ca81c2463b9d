"""Dutch attribution, round 23 of issue #5: a relative pronoun subject after a comma (``Schutter
Tim S. (40), die bekent dat``, ``aldus de advocaat-generaal, die vond dat``) stands for the noun
phrase before the comma, for the rules and for the learned stage's items alike (nl
``relative_subjects``). Real text of the shared train articles (rules alone, then the whole
pipeline)."""

from __future__ import annotations


def test_relative_pronoun_after_a_name_speaks_for_the_name(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10723265")
    found = [
        a
        for a in nl_rule_items(text)
        if text[slice(*a.content_span)].startswith("hij op de zeven vrienden heeft geschoten")
    ]
    assert [(a.speaker, text[slice(*a.speaker_span)]) for a in found] == [
        ("Tim S.", "Schutter Tim S.")
    ]


def test_relative_pronoun_after_a_description_speaks_for_it(by_content, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10796648")
    doc, item = by_content(text, "er van deze zaak 'een signaal' moet uitgaan")
    assert doc.surface(item.speaker_span) == "de advocaat-generaal"
