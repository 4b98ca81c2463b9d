"""Issue #5, session 10 (E20): a negated expectation holds its content false (ANNOTATION.md
rule 2: ``does not expect X`` = deny), also in the speaker's own words kept inside a ``said``
item; an expectation without negation stays assert (rule 1). Sentences from English Wikinews
156 (check set 3), CC BY 2.5."""

from __future__ import annotations

from claimgraph.model import Document
from claimgraph.pipeline import annotate

TURMOIL = (
    "Maróth said the Hungarian bid won after lengthy negotiations, out of mulitple competing "
    "offers. He said he expects no political turmoil between the neighboring Austria and "
    "Hungary over the sale."
)


def _stances(text: str) -> dict[str, str]:
    doc = annotate(Document(text=text, lang="en"))
    return {a.content(text): a.stance for a in doc.attributions}


def test_a_negated_expectation_is_a_denial() -> None:
    stances = _stances(TURMOIL)
    assert (
        stances[
            "the Hungarian bid won after lengthy negotiations, out of mulitple competing offers"
        ]
        == "assert"
    )
    assert (
        stances[
            "he expects no political turmoil between the neighboring Austria and Hungary over the sale"
        ]
        == "deny"
    )


def test_an_expectation_stays_an_assertion() -> None:
    text = "He said he expects political turmoil between Austria and Hungary over the sale."
    assert list(_stances(text).values()) == ["assert"]
