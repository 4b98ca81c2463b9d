"""Wikinews interviews as transcripts: ``((WN))  …`` and ``((Dorsa Derakhshani))  …`` turns
(shared/data/en-news/wikinews/wikinews_2020.csv, 2019.csv)."""

from __future__ import annotations

import csv
from functools import cache

import pytest

import claimgraph
from claimgraph.extract.transcript import find_turns, is_transcript, load_style
from claimgraph.model import Document
from claimgraph.settings import data_dir

WIKINEWS = data_dir() / "en-news" / "wikinews"


@cache
def _article(year: int, title_start: str) -> str:
    """An article's title and text, as the user's store reads them."""
    path = WIKINEWS / f"wikinews_{year}.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["title"].startswith(title_start):
                return row["title"] + "\n\n" + row["text"]
    pytest.skip(f"no article {title_start!r} in {path}")


def _chess() -> str:
    return _article(2020, "Iranian International Master Dorsa Derakhshani discusses")


@pytest.fixture(scope="module")
def chess_doc() -> Document:
    return claimgraph.analyze(_chess(), lang="en")


def _starting(doc: Document, words: str):
    found = [a for a in doc.attributions if doc.surface(a.content_span).startswith(words)]
    assert found, words
    return found[0]


def test_bracketed_labels_are_turns_and_language_tags_are_not():
    text = _chess()
    assert "((fa))Farsi language" in text  # a tag of the quoted original, in the lead-in
    labels = {t.label for t in find_turns(text, load_style("en"))}
    assert labels == {"Dorsa Derakhshani", "WN"}
    assert is_transcript(text, load_style("en"))


def test_interviewee_answers_are_her_direct_claims(chess_doc):
    att = _starting(chess_doc, "I'm a professional chess player")
    assert (att.speaker, att.type, att.act) == ("Dorsa Derakhshani", "direct", "statement")
    assert chess_doc.surface(att.speaker_span) == "Dorsa Derakhshani"
    assert not any(a.speaker in {"you", "You", "So I"} for a in chess_doc.attributions)


def test_interviewer_turns_are_reporter_questions(chess_doc):
    att = _starting(chess_doc, "What interested you in chess")
    assert (att.speaker, att.act, att.speaker_span) == ("reporter", "question", None)


def test_lead_in_report_keeps_its_sources(chess_doc):
    # the news report before the first turn is the publication's prose, not an interview turn
    att = _starting(chess_doc, "Unfortunately, something that should not have happened")
    assert att.speaker == "Mehrdad Pahlavanzadeh"


def test_translation_after_an_answer_is_not_its_content():
    text = _article(2020, "Living with HIV during COVID-19")
    doc = claimgraph.analyze(text, lang="en")
    att = _starting(doc, "Ashodaya is a CO")
    assert att.speaker == "Akram Pasha"
    assert doc.surface(att.content_span).endswith("primarily, focused on HIV-AIDS.")


def test_interviews_with_only_interviewer_labels_are_not_transcripts():
    # "((Wikinews))" and "((WN))" mark the questions, the answers carry no bracketed label:
    # one questioner is one speaker, so the answers are not read as the reporter's questions
    text = _article(2019, "US study finds correlation between youth suicide")
    style = load_style("en")
    assert {t.label for t in find_turns(text, style)} == {"WN", "Wikinews"}
    assert not is_transcript(text, style)
