"""``U.S.``, ``D.C.``, ``a.m.`` end an English sentence only before a word that opens one: a
capitalised name word after them (``the U.S. Securities and Exchange Commission``) goes on."""

from __future__ import annotations

from claimgraph.nlp import load
from claimgraph.nlp.sentences import name_abbreviations


def _sentences(lang: str, text: str) -> list[str]:
    return [s.text for s in load(lang)(text).sents]


def test_us_before_an_agency_name_does_not_end_the_sentence() -> None:
    # en-wikinews-50 (bench/data/attribution/en-wikinews-check.jsonl, tuning half)
    text = (
        "Ford said in a financial filing to the U.S. Securities and Exchange Commission that the "
        "criminal investigation started on some unspecified date. According to the filing, Ford "
        "voluntarily disclosed this matter to the U.S. Environmental Protection Agency on "
        "February 18."
    )
    assert _sentences("en", text) == [
        "Ford said in a financial filing to the U.S. Securities and Exchange Commission that the "
        "criminal investigation started on some unspecified date.",
        "According to the filing, Ford voluntarily disclosed this matter to the U.S. "
        "Environmental Protection Agency on February 18.",
    ]


def test_name_abbreviation_before_a_sentence_opener_or_quote_still_ends_it() -> None:
    text = 'Protesters gathered in Washington, D.C. They left at 9 a.m. "We will be back."'
    assert _sentences("en", text) == [
        "Protesters gathered in Washington, D.C.",
        "They left at 9 a.m.",
        '"We will be back."',
    ]


def test_name_abbreviations_come_from_the_language_data() -> None:
    abbreviations, openers = name_abbreviations("en")
    assert {"u.s.", "d.c."} <= abbreviations and {"the", "they"} <= openers
    assert name_abbreviations("xx") == (frozenset(), frozenset())


def test_comma_after_an_abbreviation_does_not_open_a_sentence() -> None:
    # en-wikinews-246 (check set, tuning half): "B.C." and the comma after "(B.C.)" split it
    text = (
        "A mother called the police in Kamloops, British Columbia (B.C.), Canada on Sunday "
        "morning. According to the B.C. Coroners Service, there were 170 suspected deaths."
    )
    assert _sentences("en", text) == [
        "A mother called the police in Kamloops, British Columbia (B.C.), Canada on Sunday "
        "morning.",
        "According to the B.C. Coroners Service, there were 170 suspected deaths.",
    ]
