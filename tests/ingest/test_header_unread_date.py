"""A ``date:`` header line in a notation claimgraph does not read (``03/05/2023``: day or month
first?) is still a header line: the title after it is kept and the body starts after the
header, while the date stays unknown instead of being guessed."""

from __future__ import annotations

from claimgraph.ingest.header import parse_header
from claimgraph.ingest.readers import document_from_text

TEXT = "date: 03/05/2023\ntitle: Drones boven het Kremlin\n\nPeskov zei dat het een aanslag was.\n"


def test_title_after_an_unread_date_is_kept() -> None:
    header = parse_header(TEXT)
    assert header.title == "Drones boven het Kremlin"
    assert header.date is None
    assert TEXT[header.end :].startswith("Peskov zei")


def test_a_readable_date_after_an_unread_one_is_taken() -> None:
    header = parse_header("date: 03/05/2023\ndate: 2023-05-03\ntitle: T\n\nbody")
    assert (header.date, header.title) == ("2023-05-03", "T")


def test_prose_after_date_colon_is_not_a_header() -> None:
    text = "Date: we meet again on Friday at the pub, said the minister.\nbody"
    assert parse_header(text).end == 0


def test_document_from_text_keeps_title_and_leaves_date_open() -> None:
    doc = document_from_text(TEXT)
    assert doc.title == "Drones boven het Kremlin"
    assert doc.date is None
    assert doc.text == TEXT
