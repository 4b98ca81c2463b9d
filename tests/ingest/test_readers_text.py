from __future__ import annotations

from claimgraph.ingest.readers import document_from_text, iter_documents
from claimgraph.model import content_id


def test_readers_text_founding_article(founding_path):
    text = founding_path.read_text(encoding="utf-8")
    [doc] = iter_documents([founding_path])
    assert doc.text == text  # the header stays: offsets into the file stay valid
    assert doc.date == "2023-05"
    assert doc.lang == "nl"
    assert doc.source == str(founding_path)
    assert doc.id == content_id(text)


def test_readers_text_wikinews_article_is_english(tmp_path, wikinews_article):
    path = tmp_path / "magnitogorsk.txt"
    path.write_text(wikinews_article["text"], encoding="utf-8")
    [doc] = iter_documents([path])
    assert doc.lang == "en"
    assert doc.date is None
    assert doc.text == wikinews_article["text"].replace("\r\n", "\n")
    assert "Magnitogorsk" in doc.text


def test_readers_text_crlf_becomes_lf(tmp_path, founding_path):
    text = founding_path.read_text(encoding="utf-8")
    path = tmp_path / "windows.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    [doc] = iter_documents([path])
    assert doc.text == text


def test_readers_text_explicit_values_win_over_header(founding_path):
    text = founding_path.read_text(encoding="utf-8")
    doc = document_from_text(
        text, lang="en", date="2023-05-03", title="Drone boven Kremlin", source="seed"
    )
    assert (doc.lang, doc.date, doc.title, doc.source) == (
        "en",
        "2023-05-03",
        "Drone boven Kremlin",
        "seed",
    )
    assert doc.text == text


def test_readers_text_header_fields_fill_the_document():
    text = "title: Oekraïne ontkent\nlang: nl\n\nZelensky ontkent elke betrokkenheid."
    doc = document_from_text(text)
    assert (doc.title, doc.lang, doc.date) == ("Oekraïne ontkent", "nl", None)
    assert doc.text == text


def test_readers_text_language_is_detected_on_the_body_not_the_header():
    doc = document_from_text("date: 2023-05-04\nRosja oskarża USA o zamach na Kreml.")
    assert (doc.date, doc.lang) == ("2023-05-04", "pl")
