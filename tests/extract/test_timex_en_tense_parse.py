"""English timex tense from the parse: the verb group a weekday or month hangs from decides
between its earlier and later instance (sentences from TempEval-3 TimeBank and AQUAINT, with
their gold values); without a parse the word-list rules stay as they were."""

from __future__ import annotations

import pytest

from claimgraph.errors import InputError
from claimgraph.extract.timex import extract_timexes
from claimgraph.nlp import load


def _values(text: str, anchor: str, parsed: bool) -> dict[str, str]:
    doc = load("en")(text) if parsed else None
    return {t.text: t.value for t in extract_timexes(text, "en", anchor, doc)}


@pytest.mark.parametrize(
    ("sentence", "anchor", "timex", "gold", "words_only"),
    [
        (  # wsj_0918: "would be paid": the modal looks ahead, 14 words before the month
            "The stock split, which is subject to holder approval, would be paid on a still"
            " unspecified date in January to holders of record Dec. 21.",
            "1989-10-26",
            "January",
            "1990-01",
            "1989-01",
        ),
        (  # wsj_0124: "stepped down ... in March", the past form 7 words away
            "Taylor, who stepped down as chairman, president and chief executive in March for"
            " health reasons.",
            "1989-11-02",
            "March",
            "1989-03",
            "1990-03",
        ),
        (  # ABC19980304: "will be named": "named" is no past tense after "will be"
            "Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space"
            " Shuttle Columbia for a mission in December.",
            "1998-03-04",
            "December",
            "1998-12",
            "1997-12",
        ),
    ],
)
def test_timex_en_tense_parse_governing_verb(
    sentence: str, anchor: str, timex: str, gold: str, words_only: str
) -> None:
    assert _values(sentence, anchor, parsed=True)[timex] == gold
    assert _values(sentence, anchor, parsed=False)[timex] == words_only


def test_timex_en_tense_parse_purpose_infinitive_takes_main_verb() -> None:
    # XIE19990313.0173: "to mark" is a purpose clause of "staged", a past form
    text = (
        "The Hungarian government staged a number of celebrations to mark the country's entry"
        " into NATO on Friday."
    )
    assert _values(text, "1999-03-13", parsed=True)["Friday"] == "1999-03-12"


def test_timex_en_tense_parse_adjacent_cue_outranks_verb() -> None:
    # WSJ900813-0157: "since March" is past although the clause's verb is "has been"
    text = (
        "Eisenhower, which has been on patrol since March and was scheduled to return to port"
        " before hostilities erupted in Kuwait."
    )
    assert _values(text, "1990-08-13", parsed=True)["March"] == "1990-03"


@pytest.mark.parametrize(
    ("text", "anchor", "timex", "gold"),
    [
        (  # wsj_0533: "due" and "expire" look ahead, but the deadline lay before a past time
            "A C$30-a-share bid was extended to Nov. 16. It had been due to expire Friday evening.",
            "1989-10-30",
            "Friday evening",
            "1989-10-27TEV",
        ),
        (  # APW19990507.0207: "until" looks ahead, the past perfect back
            "Until Thursday, they had not called Kopp a suspect.",
            "1999-05-07",
            "Thursday",
            "1999-05-06",
        ),
    ],
)
def test_timex_en_tense_parse_past_perfect_outranks_cues(
    text: str, anchor: str, timex: str, gold: str
) -> None:
    assert _values(text, anchor, parsed=True)[timex] == gold


def test_timex_en_tense_parse_doc_of_other_text_rejected() -> None:
    with pytest.raises(InputError, match="not of this text"):
        extract_timexes("He left on Friday.", "en", "1999-03-13", load("en")("He left."))


def test_timex_en_tense_parse_dutch_unchanged(founding_text: str) -> None:
    # Dutch has no [tense.parse] table: a parse changes nothing
    with_parse = extract_timexes(founding_text, "nl", "2023-05-03", load("nl")(founding_text))
    assert with_parse == extract_timexes(founding_text, "nl", "2023-05-03")
    assert any(t.value == "2023-05-02TNI" for t in with_parse)
