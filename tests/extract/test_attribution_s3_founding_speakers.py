"""Speaker names a user saw on the founding corpus (issue #5, seventeenth session, S3): no
question, subjectless clause, free relative, hyphen-cut fragment or verb inside a speaker name; a
bare title or a possessed role named by the one holder the article names with that title."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimgraph
from claimgraph.evaluation import read_gold_jsonl
from claimgraph.model import Document
from claimgraph.settings import data_dir

BRIEFINGS = "kremlin-drone-2023-05/en-whitehouse-2023-05-0{}-press-briefing-jean-pierre{}.txt"
EN_DEV = data_dir() / "en-attribution" / "dev.jsonl"


def _briefing(samples_dir: Path, day: int) -> str:
    tail = "-kirby-young" if day == 4 else ""
    return (samples_dir / BRIEFINGS.format(day, tail)).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def briefings(samples_dir: Path) -> dict[int, Document]:
    """The White House briefings of 3 and 4 May 2023, each analyzed whole once (their items
    depend on the whole text: a paragraph alone parses otherwise)."""
    return {
        day: claimgraph.analyze(_briefing(samples_dir, day), lang="en", date=f"2023-05-0{day}")
        for day in (3, 4)
    }


def _summary(samples_dir: Path, title: str) -> str:
    """The RSS summary text of the founding story's headline ``title``."""
    path = samples_dir / "kremlin-drone-2023-05" / "headlines.jsonl"
    with path.open(encoding="utf-8") as fh:
        return next(r["text"] for r in map(json.loads, fh) if r["title"] == title)


def _speakers(doc: Document) -> list[str]:
    return [a.speaker for a in doc.attributions]


@pytest.mark.parametrize(
    ("day", "junk"),
    [
        (4, "Does the White House"),
        (4, "Does the President"),
        (4, "Don’t"),
        (3, "With that"),
        (3, "Medi-"),
        (4, "Something"),
    ],
)
def test_briefing_clause_is_no_speaker(briefings, day, junk):
    """A question (``Does the White House want to see AI products``), a subjectless clause
    (``Don't want to get into``), a fronted preposition (``With that said, what happens``), a
    word cut by a hyphen (``threatened Medi- — Medicare``) and an indefinite thing
    (``Something tells me that``) name no speaker."""
    assert junk not in _speakers(briefings[day])


def test_bare_title_of_several_holders_stays_title(briefings):
    """The 4 May briefing names ``President Biden``, ``President Putin`` and ``President
    Zelenskyy``: ``The President — we've heard him say it`` stays ``President``; ``Vice
    President`` (of ``the President and Vice President's belief``) is no fuller form of it."""
    doc = briefings[4]
    at = doc.text.index("The President — we’ve heard him say it")
    say = [a for a in doc.attributions if a.speaker_span and a.speaker_span[0] == at]
    assert say and say[0].speaker == "President"


def test_free_relative_is_no_speaker(samples_dir):
    """``Whoever flew a drone into the Kremlin knew ...``: a free relative clause, no speaker."""
    title = (
        "Drone attack probably wasn't assassination attempt but you can't blame Russia "
        "for making the most of it"
    )
    doc = claimgraph.analyze(_summary(samples_dir, title), lang="en")
    assert not any(s.startswith("Whoever") for s in _speakers(doc)), _speakers(doc)


def test_question_is_no_speaker(samples_dir):
    """``Was this a Ukrainian strike as Russia claims``: a question's auxiliary opens no
    speaker name."""
    doc = claimgraph.analyze(
        _summary(samples_dir, "Who Was Behind ‘Drone Doolittle Raid’ On The Kremlin?"), lang="en"
    )
    assert not any(s.startswith("Was ") for s in _speakers(doc)), _speakers(doc)


def test_speaker_ends_before_its_verb(samples_dir):
    """``President Vladimir Putin's spokesman doubled down on accusing``: the speaker phrase
    ends before the verb."""
    text = _summary(samples_dir, "Russia Blames U.S. for Apparent Drone Attack on the Kremlin")
    doc = claimgraph.analyze(text, lang="en")
    accusing = [a for a in doc.attributions if a.cue == "accusing"]
    assert accusing and accusing[0].speaker == "President Vladimir Putin’s spokesman"


def test_possessed_role_named_by_its_holder(samples_dir):
    """``Putin's spokesperson claims`` where the article names ``The Kremlin spokesperson
    Dmitry Peskov``: the one spokesperson the article names."""
    text = _summary(samples_dir, "Russia accuses US of being behind drone attack on Kremlin")
    doc = claimgraph.analyze(text, lang="en")
    claims = [a for a in doc.attributions if a.cue == "claims"]
    assert claims and claims[0].speaker == "Dmitry Peskov"


def test_bare_title_named_by_its_one_holder():
    """en-wikinews-6 (en dev) names ``President Donald Trump``: ``the President insists`` is
    Donald Trump (ANNOTATION.md rule 12: a title alone takes the person's full name)."""
    if not EN_DEV.is_file():
        pytest.skip(f"no shared data at {EN_DEV}")
    text = next(d.text for d in read_gold_jsonl(EN_DEV) if d.id == "en-wikinews-6")
    doc = claimgraph.analyze(text, lang="en")
    insists = [a for a in doc.attributions if a.cue == "insists"]
    assert insists and insists[0].speaker == "Donald Trump"
