"""Dutch attribution, issue #5 speaker round 2: a fronted prepositional phrase is no speaker,
though its preposition spells a source's acronym (``Om die reden eist het Openbaar Ministerie``:
``om`` = OM), and a focus particle before a cue-less sentence's full-name subject (``Ook Martijn
van Helvert (CDA) is niet ... geslagen. '...'``) does not hide the quote's new speaker, and a
lone manner word before a colon (``Lachend: ,,...''``) is no source: the quotation goes on from
the last speaker. Real text: Dutch train and DPG articles, rule stage alone."""

from __future__ import annotations


def test_fronted_prepositional_phrase_is_no_speaker(nl_rule_items, nl_train_text):
    text = nl_train_text("nl-dpg-10796648")
    items = nl_rule_items(text)
    at = text.index("een voorwaardelijke celstraf")
    att = next(a for a in items if a.content_span[0] <= at < a.content_span[1])
    assert att.speaker == "Openbaar Ministerie"
    assert not any(a.speaker.startswith("Om ") for a in items)


def test_quote_after_focus_particle_and_full_name(nl_rule_items, content_starting, dpg_text):
    text = dpg_text("10780085")
    att = content_starting(text, nl_rule_items(text), "Hoe zou dit voelen")
    assert att.speaker == "Martijn van Helvert"
    assert text[slice(*att.speaker_span)] == "Martijn van Helvert"


def test_quote_after_manner_word_and_colon_goes_on(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10762426")
    items = nl_rule_items(text)
    att = content_starting(text, items, "Die kan wel tegen een stootje")
    assert att.speaker == "Peter"
    assert not any(a.speaker == "Lachend" for a in items)
