"""Issue #5, session 10 (E20): a performative verb (en grammar ``performative_verbs``) whose
complement after it holds no verb declares or appoints, a formal act or decision, not a report
(ANNOTATION.md rule 6), from the rules and the learned model alike; ``declared that ...`` and
``declares X to be Y`` stay reports. Sentences from English Wikinews 2, 78 and 206 (check set 3)
and 232 (check set 2), CC BY 2.5. A content that is one personal pronoun of a person
(``confirmed him``) is no report either."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate

MOURNING = (
    "Police press officer Monika Kosiec stated police believe him to be aged 25. "
    "Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning."
)
APPOINTED = "The exiting governor Rosselló appointed Pierluisi as secretary of state."
PANDEMIC = "World Health Organization declares COVID-19 pandemic\n\n"
MASKS = (
    "Face coverings to be mandatory on public transport in England from June 15, transport "
    "secretary declares\n\n"
)


def _cues(text: str) -> list[str]:
    return [a.cue for a in annotate(Document(text=text, lang="en")).attributions]


@pytest.mark.parametrize("text", [MOURNING, APPOINTED, PANDEMIC])
def test_declaring_or_appointing_without_a_clause_is_no_report(text: str) -> None:
    cues = _cues(text)
    assert "declared" not in cues and "declares" not in cues and "appointed" not in cues


def test_a_declared_proposition_stays_a_report() -> None:
    assert "declares" in _cues(MASKS)
    assert "declared" in _cues("The minister declared that the border would stay closed.")


def test_confirming_a_person_is_no_report() -> None:
    text = (
        "Earlier on Friday, the commonwealth's House of Representatives confirmed him, but the "
        "Senate had not confirmed him."
    )
    assert _cues(text) == []


def test_confirming_a_fact_stays_a_report() -> None:
    assert "confirmed" in _cues("Police confirmed two suspects were arrested on Sunday.")
