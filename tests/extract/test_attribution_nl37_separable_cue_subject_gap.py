"""Dutch attribution, issue #5 speaker round 2: ``voegt ... toe`` may hold its inverted subject
and an adverb between verb and particle (``..., voegt een woordvoerder van de Rai daaraan toe.``);
the quotation after it is then that spokesperson's, not the earlier speaker's. Real text: a Dutch
train article, rule stage alone."""

from __future__ import annotations


def test_inverted_subject_inside_separable_cue(nl_rule_items, content_starting, nl_train_text):
    text = nl_train_text("nl-dpg-10746369")
    items = nl_rule_items(text)
    at = text.index("We begrijpen dat niet iedere automobilist")
    paraphrase = next(a for a in items if a.content_span[0] <= at < a.content_span[1])
    assert paraphrase.speaker.startswith("woordvoerder Rai")
    assert text[slice(*paraphrase.speaker_span)] == "een woordvoerder van de Rai"
    quote = content_starting(text, items, "Maar we willen naar nul verkeersslachtoffers")
    assert quote.speaker.startswith("woordvoerder Rai")
