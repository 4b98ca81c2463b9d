"""Dutch speakers, issue #5 round 3: a quotation followed by a cue whose gap holds the inverted
subject (``"Dat kunnen we niet uitsluiten," laat een woordvoerder weten.``) takes that subject as
its speaker, not the speaker of the item before it (``..., laat de bank weten.``). Real text: a
Dutch train article, rule stage alone."""

from __future__ import annotations


def test_quote_takes_the_subject_inside_its_cue(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10723126")
    items = nl_rule_items(text)
    quote = content_starting(text, items, "Dat kunnen we niet uitsluiten")
    assert quote.speaker == "woordvoerder"  # the phrase names no body to add (rule 12)
    assert quote.cue_span is not None
    assert "woordvoerder" in text[slice(*quote.cue_span)]
