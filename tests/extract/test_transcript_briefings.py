"""Speaker turns of the White House briefings (3 and 4 May 2023) as direct attributions."""

from __future__ import annotations

import pytest

from claimgraph.extract.attribution import extract_attributions
from claimgraph.extract.transcript import (
    is_transcript,
    load_style,
    transcript_attributions,
    with_transcript_turns,
)
from claimgraph.ingest import iter_documents
from claimgraph.lang import load_lang, person_key
from claimgraph.settings import data_dir

SAMPLES = data_dir().parent / "samples" / "kremlin-drone-2023-05"


def _briefing(day: str):
    if not SAMPLES.exists():
        pytest.skip(f"shared samples not found: {SAMPLES}")
    (path,) = SAMPLES.glob(f"en-whitehouse-2023-05-{day}-*.txt")
    (doc,) = iter_documents([path])
    return doc


@pytest.fixture(scope="module")
def en_nlp():
    from claimgraph.nlp import load

    return load("en")


@pytest.fixture(scope="module")
def kirby_day(en_nlp):
    doc = _briefing("04")
    parsed = en_nlp(doc.text)
    lang = load_lang("en")
    merged = with_transcript_turns(parsed, lang, extract_attributions(parsed, lang))
    return doc, transcript_attributions(parsed, lang), merged


def _containing(doc, atts, words: str):
    flat = " ".join(words.split())
    return [a for a in atts if flat in " ".join(a.content(doc.text).split())]


def test_transcript_detects_briefings_not_news():
    style = load_style("en")
    assert is_transcript(_briefing("03").text, style)
    founding = SAMPLES.parent / "kremlin-drone-nl-2023-05.txt"
    assert not is_transcript(founding.read_text(encoding="utf-8"), load_style("nl"))


def test_transcript_kirby_lies_are_his_denials(kirby_day):
    doc, _, merged = kirby_day
    for words in ("contrary to Mr. Peskov’s lies", "is just a blatant, bald lie"):
        (att,) = _containing(doc, merged, words)
        assert (att.speaker, att.stance, att.type) == ("John Kirby", "deny", "direct")
        assert doc.surface(att.speaker_span) == "MR. KIRBY" and att.cue == ":"
    # the free relative "what Mr. Peskov says is ... a lie" is not Peskov's claim
    assert not [a for a in merged if person_key(a.speaker) == "Dmitri Peskov"]


def test_transcript_speakers_and_reporter_questions(kirby_day):
    doc, turns, _ = kirby_day
    speakers = {a.speaker for a in turns}
    assert speakers == {"Karine Jean-Pierre", "John Kirby", "Shalanda Young", "reporter"}
    questions = [a for a in turns if a.speaker == "reporter"]
    assert questions and all(a.act == "question" and a.speaker_span is None for a in questions)
    assert all(doc.surface(a.cue_span) == "Q" for a in questions)
    # "AIDE:  You have time for one more." is not a claim; neither is "Yeah."
    assert not _containing(doc, turns, "You have time for one more")
    assert all(len(a.content(doc.text).split()) >= 4 for a in turns)


def test_transcript_keeps_third_party_nested_sources(kirby_day):
    _, turns, merged = kirby_day
    own = {a.content_span for a in turns}
    nested = [a for a in merged if a.content_span not in own]
    # "Secretary of State Blinken": the name after the title, in its fullest form (rule 12)
    assert any(a.speaker == "Antony Blinken" for a in nested)
    turn_speakers = {"John Kirby", "Karine Jean-Pierre", "Shalanda Young", "reporter"}
    assert not [a for a in nested if a.speaker in turn_speakers or a.cue == ":"]


def test_transcript_jean_pierre_cannot_confirm_is_doubt(en_nlp):
    doc = _briefing("03")
    assert doc.date == "2023-05-03"
    turns = transcript_attributions(en_nlp(doc.text), load_lang("en"))
    (att,) = _containing(doc, turns, "we are aware of the reports but are unable to confirm")
    assert (att.speaker, att.stance, att.act) == ("Karine Jean-Pierre", "doubt", "statement")
    assert doc.text[att.content_span[0] :].startswith("So, we are aware")


def test_transcript_turns_that_run_the_event_are_not_claims(kirby_day):
    doc, turns, merged = kirby_day
    for words in (
        "Okay.  Two more.  Go ahead, Courtney, in the back.",
        "Shalanda, the floor is yours.",
        "All right.  Three more.  Go ahead.",
        "Okay.  Thank you, ma’am.",
    ):
        assert " ".join(words.split()) in " ".join(doc.text.split())
        assert not _containing(doc, merged, words)
    # a turn with a claim in it stays, also when it opens with "Look," or "Thank you."
    for words in ("Look, Congress needs to act.", "You all looked lovely this weekend."):
        assert [a.speaker for a in _containing(doc, turns, words)] in (
            ["Karine Jean-Pierre"],
            ["Shalanda Young"],
        )


def test_transcript_an_answerers_question_asks(en_nlp, kirby_day):
    # Kirby's "A conversation between President Biden and President Zelenskyy?" asks back; it
    # does not state that the United States holds anything, so no ledger counts it as a side
    doc, turns, _ = kirby_day
    (back,) = _containing(doc, turns, "A conversation between President Biden and")
    assert (back.speaker, back.act, back.stance) == ("John Kirby", "question", "assert")
    # the statements around it are still statements
    (lie,) = _containing(doc, turns, "is just a blatant, bald lie")
    assert lie.act != "question" and lie.stance == "deny"
    day3 = _briefing("03")
    turns3 = transcript_attributions(en_nlp(day3.text), load_lang("en"))
    (say,) = _containing(day3, turns3, "Say — what is the criticism?")
    assert (say.speaker, say.act) == ("Karine Jean-Pierre", "question")
