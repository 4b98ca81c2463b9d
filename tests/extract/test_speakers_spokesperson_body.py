"""Dutch speakers, issue #5 round 2: an unnamed spokesperson speaks for the fullest name the
article gives the body (ANNOTATION.md rule 12): ``een woordvoerder van de Rai`` in an article
whose speakers include ``Rai Vereniging`` is ``woordvoerder Rai Vereniging``, also for the
quotation that goes on from it. Real text: a Dutch train article, rule stage alone."""

from __future__ import annotations


def test_spokesperson_takes_the_full_body_name(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10746369")
    items = nl_rule_items(text)
    assert "Rai Vereniging" in {a.speaker for a in items}
    quote = content_starting(text, items, "Maar we willen naar nul verkeersslachtoffers")
    assert quote.speaker == "woordvoerder Rai Vereniging"
