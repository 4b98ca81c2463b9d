"""Issue #5, session 17 (ST1): stances a user reads in ``make demo`` and the founding corpus.
A removed or negated doubt is no doubt (``to remove any doubts about ...``, ``has never been in
doubt``, ``geen twijfel``: ANNOTATION.md's doubt questions the content, these affirm it). Texts:
English Wikinews, "Ukrainian president rejects prime minister's resignation over leaked audio
recording" (examples/wikinews-2020.jsonl, CC BY 2.5); White House press briefing of 3 May 2023
(public domain); DPG news 2019, article 10753307 (shared/data/nl-news)."""

from __future__ import annotations

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
