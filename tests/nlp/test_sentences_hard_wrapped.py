"""Hard-wrapped plain text (the White House briefing transcripts of the founding story wrap every
line at ~72 characters) is read as its paragraphs: a single line break there is a space, so a
sentence and an attribution's content run on over it, while a blank line still ends both. News
text (one paragraph a line) is never taken for hard-wrapped. Public-domain transcripts
(shared/samples/kremlin-drone-2023-05, U.S. Government works)."""

from __future__ import annotations

import json

import pytest

import claimgraph
from claimgraph.nlp import load
from claimgraph.nlp.sentences import ends_paragraph, hard_wrapped
from claimgraph.settings import data_dir

SAMPLES = data_dir().parent / "samples"
BRIEFING = (
    SAMPLES / "kremlin-drone-2023-05" / "en-whitehouse-2023-05-03-press-briefing-jean-pierre.txt"
)
FOUNDING = SAMPLES / "kremlin-drone-nl-2023-05.txt"
DPG = data_dir() / "nl-news" / "dpg-news2019.jsonl"

pytestmark = pytest.mark.skipif(not BRIEFING.exists(), reason="no founding-story samples")


def test_the_briefing_is_hard_wrapped_and_news_is_not() -> None:
    assert hard_wrapped(BRIEFING.read_text(encoding="utf-8"))
    assert not hard_wrapped(FOUNDING.read_text(encoding="utf-8"))
    with DPG.open(encoding="utf-8") as lines:
        articles = [json.loads(next(lines)) for _ in range(50)]
    assert not any(hard_wrapped(a["title"] + "\n\n" + a["text"]) for a in articles)


def test_a_single_break_ends_a_paragraph_only_outside_hard_wrapped_text() -> None:
    assert ends_paragraph("\n", wrapped=False)
    assert not ends_paragraph("\n", wrapped=True)
    assert ends_paragraph("\n\n", wrapped=True)
    assert not ends_paragraph(" ", wrapped=False)


def test_a_wrapped_sentence_is_one_sentence() -> None:
    text = BRIEFING.read_text(encoding="utf-8")
    doc = load("en")(text)
    [sentence] = [s for s in doc.sents if "a sign that the Kremlin was" in s.text]
    assert "planning a major new attack." in sentence.text
    # a blank line still ends a turn: the label of the next one opens its own sentence
    assert not any("MS. JEAN-PIERRE:" in s.text[1:] for s in doc.sents if s.text[:1] != "M")


def test_a_content_runs_on_over_a_wrapped_line() -> None:
    doc = claimgraph.analyze(BRIEFING.read_text(encoding="utf-8"), lang="en", date="2023-05-03")
    contents = [doc.text[slice(*a.content_span)] for a in doc.attributions]
    assert any(
        c.startswith("he had not had conversations with anyone at the\nWhite House about those")
        for c in contents
    )
    assert "the Kremlin was" not in contents
