"""The news sentence splitter: headlines without full stops, quotes, initials."""

from __future__ import annotations

from claimgraph.nlp import load


def test_sentences_headline_and_paragraphs(founding_text):
    doc = load("nl", trained=False)(founding_text)
    sents = [s.text.strip() for s in doc.sents]
    assert "Rusland dreigt met vergelding" in sents
    assert (
        "Moskou zag daarin een poging van Kiev om president Vladimir Poetin te vermoorden." in sents
    )


def test_sentences_initials_do_not_split():
    doc = load("nl", trained=False)("Schutter Tim S. (40) bekent dat hij schoot. R. bekende later.")
    assert [s.text.strip() for s in doc.sents] == [
        "Schutter Tim S. (40) bekent dat hij schoot.",
        "R. bekende later.",
    ]


def test_sentences_quote_closing_after_full_stop():
    doc = load("en", trained=False)('"It is over." She left the room.')
    assert len(list(doc.sents)) == 2
