"""A title alone as the speaker (``The Ukrainian president``, ``de premier``) is the one
well-known person the headline names who holds that title (ANNOTATION.md rule 12: a title alone
takes the person's full name), issue #6: the founding story's summaries that name Zelensky only
in their titles were listed as "Ukrainian president" and "Ukraine president" beside him. Real
text: the founding story's RSS items (shared/samples) and the 3 May White House briefing's
title, a Dutch dev article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.speakers import headline_holder
from claimgraph.lang import load_lang
from claimgraph.model import Document
from claimgraph.pipeline import annotate
from claimgraph.settings import data_dir

ZELENSKY_DENIES = "Zelensky Denies Ukraine Carried Out the Drone Attack on the Kremlin"
GUARDIAN_LIVE = "Russia-Ukraine war live: air raid sirens in Kyiv and eastern regions;"
BRIEFING_0503 = "Press Briefing by Press Secretary Karine Jean-Pierre"
WE_DIDNT_ATTACK = "‘We didn’t attack Putin’: Zelenskyy denies Kremlin drone strike"


@pytest.fixture(scope="module")
def headline_item(samples_dir: Path):
    """The founding story's RSS item whose title starts so, analyzed as ingest stores it (the
    summary as its text, the title apart)."""
    lines = (samples_dir / "kremlin-drone-2023-05" / "headlines.jsonl").read_text(encoding="utf-8")
    entries = [json.loads(line) for line in lines.splitlines()]

    def analyzed(title: str) -> Document:
        (entry,) = [e for e in entries if e["title"].startswith(title)]
        doc = Document(text=entry["text"], lang="en", title=entry["title"], date=entry["date"])
        return annotate(doc)

    return analyzed


def test_title_with_country_is_the_person_the_headline_names(headline_item) -> None:
    doc = headline_item(ZELENSKY_DENIES)
    (denial,) = [a for a in doc.attributions if a.stance == "deny"]
    assert doc.surface(denial.speaker_span) == "The Ukrainian president"
    assert denial.speaker == "Volodymyr Zelensky"


def test_title_after_country_name_in_a_live_blog_summary(headline_item) -> None:
    doc = headline_item(GUARDIAN_LIVE)
    said = [a for a in doc.attributions if doc.surface(a.speaker_span) == "Ukraine president"]
    assert [a.speaker for a in said] == ["Volodymyr Zelensky"]


def test_title_of_another_country_or_office_stays() -> None:
    """Zelensky is no Russian president, and a briefing titled with its press secretary's name
    leaves its ``President`` (Biden) alone: she holds no such title."""
    en = load_lang("en")
    assert headline_holder("Ukrainian president", ZELENSKY_DENIES, en) == "Volodymyr Zelensky"
    assert headline_holder("Russian president", ZELENSKY_DENIES, en) == ""
    assert headline_holder("President", BRIEFING_0503, en) == ""


def test_headline_naming_two_presidents_needs_the_country() -> None:
    """NBC News' title names Putin and Zelenskyy: ``the president`` may be either, ``the
    Ukrainian president`` only one. The one Dutch title naming Erdogan names his ``president``."""
    en, nl = load_lang("en"), load_lang("nl")
    assert headline_holder("president", WE_DIDNT_ATTACK, en) == ""
    assert headline_holder("Ukrainian president", WE_DIDNT_ATTACK, en) == "Volodymyr Zelensky"
    erdogan = "Erdogan wijt nederlaag aan 'georganiseerde misdaad'"  # nl check set 2, read half
    assert headline_holder("president", erdogan, nl) == "Recep Tayyip Erdogan"


def test_dutch_premier_under_a_headline_naming_may() -> None:
    """``De premier waarschuwde ...``: the article writes ``Theresa May`` but never ``premier
    Theresa May``, its headline ``May geeft toe onder druk`` names her (nl dev, gold: Theresa
    May)."""
    path = data_dir() / "nl-attribution" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"no shared data at {path}")
    (gold,) = [d for d in read_gold_jsonl(path) if d.id == "nl-dpg-10648856"]
    doc = annotate(Document(text=gold.text, lang="nl", title=gold.title, date=gold.date))
    (warned,) = [a for a in doc.attributions if a.cue == "waarschuwde"]
    assert doc.surface(warned.speaker_span) == "De premier"
    assert warned.speaker == "Theresa May"
