"""Dutch attribution, round 31 of issue #5: a focus particle of more than one word (``Met name``)
forms one constituent with the subject before the verb, as ``Ook`` does (grammar.toml
focus_particles: no inversion after it), and the separable ``dringt ... aan`` may hold an adverb
(cues.toml). Real text of the shared Dutch train articles, rule stage alone."""

from __future__ import annotations


def test_subject_after_a_focus_phrase(nl_rule_items, nl_train_text) -> None:
    # "Met name vicepremier Matteo Salvini van de ... coalitiepartij Lega riep La Scala op de
    # stekker uit het plan te trekken."
    text = nl_train_text("nl-dpg-10724256")
    found = [
        (a.speaker, a.act, text[slice(*a.content_span)])
        for a in nl_rule_items(text)
        if a.cue.startswith("riep La Scala")
    ]
    assert found == [("Matteo Salvini", "demand", "de stekker uit het plan te trekken")]


def test_urging_with_an_adverb_inside(nl_rule_items, nl_train_text, content_starting) -> None:
    # "Forum dringt daarom aan op uitstel van de behandeling van de klimaatwet, ..."
    text = nl_train_text("nl-dpg-10771543")
    att = content_starting(text, nl_rule_items(text), "op uitstel van de behandeling")
    assert (att.cue, att.act) == ("dringt daarom aan", "demand")
