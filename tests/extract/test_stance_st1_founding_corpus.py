"""Issue #5, session 17 (ST1): stances and acts a user reads in ``make demo`` and the founding
corpus. A removed or negated doubt is no doubt (``to remove any doubts about ...``, ``has never
been in doubt``, ``geen twijfel``: ANNOTATION.md's doubt questions the content, these affirm it); a
denied or doubted content is the claim rejected or questioned, so its words (``attack``,
``assassination``) do not make the denial an accusation. Texts: English Wikinews, "Ukrainian
president rejects prime minister's resignation over leaked audio recording"
(examples/wikinews-2020.jsonl, CC BY 2.5); White House press briefing of 3 May 2023 (public
domain); RSS summaries of 3 and 4 May 2023 in ../shared/samples/kremlin-drone-2023-05/
headlines.jsonl (BBC News, Fox News, The New York Times, Al Jazeera; quoted as short headlines);
DPG news 2019, article 10753307 (shared/data/nl-news)."""

from __future__ import annotations

import pytest

from claimgraph.model import Attribution, Document
from claimgraph.pipeline import annotate

HONCHARUK = (
    "Honcharuk filed his resignation after the audio recording was uploaded Wednesday on an "
    'anynomous YouTube channel. He said Zelensky is "a model of honesty for me"; however, "to '
    'remove any doubts about our respect and trust in the president, I wrote a resignation offer", '
    "he added."
)
NEVER_IN_DOUBT = (
    "MS. JEAN-PIERRE:  So the President’s commitment to cutting wasteful spending has never been "
    "in doubt.  But MAGA Republicans in Congress have taken the opposite approach."
)
BAUDET = (
    "En volgens Baudet kan er geen twijfel over bestaan: er moet 'constructief' gesproken gaan "
    "worden."
)
DENIALS = [  # (text, a word of the denied content)
    (
        "Ukraine denies having anything to do with an apparent drone attack on the Kremlin in "
        "Moscow.",
        "anything to do",
    ),
    (
        "The Ukrainian president flatly denied that his country was behind any drone attack on "
        "the Kremlin.",
        "his country",
    ),
    (
        "Kyiv and Washington deny involvement in what Russia says was an assassination attempt on "
        "President Putin.",
        "involvement",
    ),
]
UNCONFIRMED = (
    'The State Department says it\'s "unable to confirm" the authenticity of a video supposedly '
    "showing a drone attack on the Kremlin."
)


def _item(text: str, content_word: str, lang: str = "en") -> Attribution:
    doc = annotate(Document(text=text, id="t", lang=lang))
    [item] = [a for a in doc.attributions if content_word in text[slice(*a.content_span)]]
    return item


def test_stance_st1_removing_doubts_is_no_doubt() -> None:
    assert _item(HONCHARUK, "resignation offer").stance == "assert"


def test_stance_st1_never_in_doubt_is_no_doubt() -> None:
    assert _item(NEVER_IN_DOUBT, "never been in doubt").stance == "assert"


def test_stance_st1_no_doubt_is_no_doubt_nl() -> None:
    assert _item(BAUDET, "geen twijfel", "nl").stance == "assert"


@pytest.mark.parametrize(("text", "content_word"), DENIALS)
def test_act_st1_a_denied_attack_is_no_accusation(text: str, content_word: str) -> None:
    item = _item(text, content_word)
    assert (item.stance, item.act) == ("deny", "statement")


def test_act_st1_an_unconfirmed_attack_is_no_accusation() -> None:
    item = _item(UNCONFIRMED, "unable to confirm")
    assert (item.stance, item.act) == ("doubt", "statement")
