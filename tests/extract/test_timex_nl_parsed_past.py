"""Dutch bare weekdays in a past-tense clause: a finite past verb of the parse counts as a past
word ([tense] parsed_past), so "besloot dinsdag" is the Tuesday before the article, not the
next one; "zou" looks ahead. Sentences from DPG news (shared/data/nl-news)."""

from __future__ import annotations

import pytest

from claimgraph.extract.timex import extract_timexes
from claimgraph.nlp import load


def _values(text: str, anchor: str, parsed: bool) -> dict[str, str]:
    doc = load("nl")(text) if parsed else None
    return {t.text: t.value for t in extract_timexes(text, "nl", anchor, doc)}


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (  # 10729048, published Thursday 2019-03-21; Nazarbajev resigned on 19 March
            "Nazarbajev (78) besloot dinsdag tot verrassing van velen tussentijds af te treden.",
            "2019-03-21",
            {"dinsdag": "2019-03-19"},
        ),
        (  # 10672995, published Wednesday 2019-03-06
            "Vrijdag ontmoette minister Hoekstra zijn Franse ambtgenoot Le Maire om de kou uit"
            " de lucht te halen.",
            "2019-03-06",
            {"Vrijdag": "2019-03-01"},
        ),
        (  # 10776565, published Wednesday 2019-04-03: the month after "zou" stays ahead
            "De 82-jarige politicus kondigde maandag al aan dat hij op 28 april zou vertrekken,"
            " maar de krijgsmacht stond dat niet toe.",
            "2019-04-03",
            {"maandag": "2019-04-01", "28 april": "2019-04-28"},
        ),
    ],
)
def test_timex_nl_parsed_past_verb_places_weekday(
    sentence: str, anchor: str, expected: dict[str, str]
) -> None:
    assert _values(sentence, anchor, parsed=True) == expected


def test_timex_nl_parsed_past_needs_the_parse() -> None:
    # 10729048 without a parse: the word lists alone leave the weekday to the nearest Tuesday
    sentence = "Nazarbajev (78) besloot dinsdag tot verrassing van velen tussentijds af te treden."
    assert _values(sentence, "2019-03-21", parsed=False) == {"dinsdag": "2019-03-26"}
