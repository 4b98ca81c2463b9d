"""The news sentence splitter keeps a language's abbreviations inside the sentence: titles
(``Mrs.``, ``Sen.``, ``dhr.``) and abbreviated months (``Aug. 21``, ``3 okt. 2019``), also when
the tokenizer splits the full stop off; any other word before a full stop still ends one."""

from __future__ import annotations

from claimgraph.nlp import load
from claimgraph.nlp.sentences import abbreviations


def _sentences(lang: str, text: str) -> list[str]:
    return [s.text for s in load(lang)(text).sents]


def test_english_titles_and_months_do_not_end_a_sentence() -> None:
    # PolNeAR train (nyt_2015-11-09): the quote's speaker follows "Mrs."
    text = (
        '"It becomes harder and harder," Mrs. Clinton said. Sen. Ted Cruz spoke on Aug. 21 '
        "in Iowa. He left."
    )
    assert _sentences("en", text) == [
        '"It becomes harder and harder," Mrs. Clinton said.',
        "Sen. Ted Cruz spoke on Aug. 21 in Iowa.",
        "He left.",
    ]


def test_dutch_split_abbreviation_stays_inside_and_short_words_still_end() -> None:
    text = "Volgens dhr. Rutte is het op 3 okt. 2019 besloten. Het is af. Nu niet."
    assert _sentences("nl", text) == [
        "Volgens dhr. Rutte is het op 3 okt. 2019 besloten.",
        "Het is af.",
        "Nu niet.",
    ]


def test_abbreviations_come_from_the_language_data() -> None:
    assert {"mrs.", "sen.", "aug."} <= abbreviations("en")
    assert {"dhr.", "prof.", "okt."} <= abbreviations("nl")
    assert abbreviations("xx") == frozenset()
