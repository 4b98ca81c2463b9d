"""Dutch attribution, round 34 of issue #5: in ``..., zegt het bedrijf dat die reis zou verzorgen``
the ``dat`` after the inverted speaker opens a relative clause on it (by the parse), not the
content: the content is the clause before the comma. Real text of a shared train article, rule
stage alone."""

from __future__ import annotations


def test_relative_clause_on_an_inverted_speaker(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10592825")
    found = [
        (a.speaker, text[slice(*a.content_span)]) for a in nl_rule_items(text) if a.cue == "zegt"
    ]
    assert found[0] == (
        "bedrijf",
        "Avonturiers die zich vanaf 2031 op Mars willen vestigen hoeven niet te wanhopen",
    )
