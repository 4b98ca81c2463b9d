"""Issue #5, session 11 (E21): a learned item whose cue is a deed (en grammar ``deed_verbs``:
issued, signed, approved, released ...) and whose content is a noun phrase names the instrument
issued or signed, a formal act, not a report (ANNOTATION.md rule 6). A speaking document
(``issued a statement``) and a cue that holds its own object (``issued a ruling against X
finding ...``) stay. Sentences from English Wikinews 122, 68 and 198 (check set 2) and 136
(check set 1, read half), CC BY 2.5."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate

SUBPOENA = (
    "Friday, the United States House of Representatives issued a subpoena for documents from "
    "Secretary of State Mike Pompeo as part of its impeachment investigation into alleged "
    "misconduct by sitting President Donald Trump."
)
DECREE = (
    "On Friday, Youssef Chahed, the Prime Minister of Tunisia, signed a government decree "
    "banning anyone wearing a niqab from entering a public institution or government offices."
)
BILL = (
    "Back in 2018, the Argentine congress approved a bill legalising abortion, but it was "
    "dismissed by the senate."
)
RULING = (
    "On Monday, Judge Victor Marrero of the United States District Court for the Southern "
    "District of New York issued a ruling against President Donald Trump finding that New York "
    "City prosecutors could view his tax records after a subpoena issued by a grand jury."
)


def _cues(text: str) -> list[str]:
    return [a.cue for a in annotate(Document(text=text, lang="en")).attributions]


@pytest.mark.parametrize(
    ("text", "cue"), [(SUBPOENA, "issued"), (DECREE, "signed"), (BILL, "approved")]
)
def test_issuing_or_signing_an_instrument_is_no_report(text: str, cue: str) -> None:
    assert cue not in _cues(text)


def test_a_finding_after_an_issued_ruling_stays_a_report() -> None:
    assert _cues(RULING)
