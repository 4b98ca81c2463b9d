"""Dutch attribution, issue #5 check-set round: a focus particle between a post-quote cue and its
inverted speaker (``,,…", vindt ook haar vriendin Marieke van der Aa``) is no end of the speaker
phrase, and a feminine ``-in`` form of a listed role (``vriendin`` of ``vriend``) is a role too.
Real text: a DPG article of the read half of the Dutch attribution check set."""

from __future__ import annotations

import json
from functools import cache

import pytest

from claimgraph.settings import data_dir

CORPUS = data_dir() / "nl-news" / "dpg-news2019.jsonl"


@cache
def _dpg_text(record_id: str) -> str:
    with CORPUS.open(encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["id"] == record_id)
    return row["title"] + "\n\n" + row["text"]


@pytest.fixture
def vaccination_text() -> str:
    if not CORPUS.is_file():
        pytest.skip(f"no shared DPG corpus at {CORPUS}")
    return _dpg_text("10799171")


def test_speaker_after_cue_and_focus_particle(nl_rule_items, content_starting, vaccination_text):
    text = vaccination_text
    item = content_starting(text, nl_rule_items(text), "Je kan het maar beter doen")
    assert text[slice(*item.cue_span)] == "vindt"
    assert text[slice(*item.speaker_span)] == "haar vriendin Marieke van der Aa"
    assert item.speaker == "Marieke van der Aa"


def test_quote_before_it_keeps_its_own_speaker(by_content, vaccination_text):
    doc, item = by_content(vaccination_text, "Je krijgt een oproep en dan ga je")
    assert doc.surface(item.speaker_span) == "ze" and doc.surface(item.cue_span) == "zegt"
