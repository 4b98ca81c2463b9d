"""Fixtures shared by the attribution tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache

import pytest

import claimgraph
from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document, Event
from claimgraph.nlp import load, parse
from claimgraph.settings import data_dir

NL_TRAIN = data_dir() / "nl-attribution" / "train.jsonl"
DPG_CORPUS = data_dir() / "nl-news" / "dpg-news2019.jsonl"
BRIEFING_0504 = (
    "kremlin-drone-2023-05/en-whitehouse-2023-05-04-press-briefing-jean-pierre-kirby-young.txt"
)
# The Guardian's RSS item of 2023-05-04 (shared/samples/kremlin-drone-2023-05/headlines.jsonl,
# rss_summary): its title, then its summary without the first sentence
GUARDIAN_EXCERPT = (
    "Russia accuses US of being behind drone attack on Kremlin\n\n"
    "Russia has accused the US of being behind what it says was a drone attack on the Kremlin "
    "intended to kill Vladimir Putin. The Kremlin spokesperson Dmitry Peskov made the allegation "
    "in a briefing to reporters, saying Washington should be aware that Russia knew it was "
    "selecting the targets and Ukraine was merely implementing US plans. He did not provide any "
    "evidence to support the claim of US involvement. Continue reading..."
)


def _by_content(text: str, start: str) -> tuple[Document, Attribution]:
    """The Dutch article analyzed, and its first item whose content starts with ``start``."""
    doc = claimgraph.analyze(text, lang="nl")
    found = [a for a in doc.attributions if doc.surface(a.content_span).startswith(start)]
    assert found, [doc.surface(a.content_span) for a in doc.attributions]
    return doc, found[0]


@pytest.fixture
def by_content() -> Callable[[str, str], tuple[Document, Attribution]]:
    return _by_content


@cache
def _nl_train_texts() -> dict[str, str]:
    return {doc.id: doc.text for doc in read_gold_jsonl(NL_TRAIN)}


@pytest.fixture
def nl_train_text() -> Callable[[str], str]:
    """The text of a Dutch train article by id (skips without the shared data)."""
    if not NL_TRAIN.is_file():
        pytest.skip(f"no shared data at {NL_TRAIN}")
    return _nl_train_texts().__getitem__


@cache
def _dpg_text(dpg_id: str) -> str:
    with DPG_CORPUS.open(encoding="utf-8") as fh:
        row = next(r for r in map(json.loads, fh) if r["id"] == dpg_id)
    return row["title"] + "\n\n" + row["text"]


@pytest.fixture
def dpg_text() -> Callable[[str], str]:
    """Title + blank line + text of a shared DPG article by its corpus id (skips without it)."""
    if not DPG_CORPUS.is_file():
        pytest.skip(f"no shared DPG corpus at {DPG_CORPUS}")
    return _dpg_text


@pytest.fixture(scope="module")
def nlp():
    """The shipped Dutch pipeline (skips where it has no trained parser)."""
    pipeline = load("nl")
    if "parser" not in pipeline.pipe_names:
        pytest.skip("no trained Dutch parser")
    return pipeline


@pytest.fixture
def nl_rule_items(nlp) -> Callable[[str], list[Attribution]]:
    """The rule stage's items for a Dutch text (no dependency or learned stage)."""
    return lambda text: extract_attributions(parse(nlp, text), load_lang("nl"))


def _content_starting(text: str, items: list[Attribution], start: str) -> Attribution:
    found = [a for a in items if text[slice(*a.content_span)].startswith(start)]
    assert found, [text[slice(*a.content_span)] for a in items]
    return found[0]


@pytest.fixture
def content_starting() -> Callable[[str, list[Attribution], str], Attribution]:
    """The first of ``items`` whose content in ``text`` starts with ``start``."""
    return _content_starting


def _rule_item(code: str, text: str, start: str) -> Attribution:
    items = extract_attributions(parse(load(code), text), load_lang(code))
    return _content_starting(text, items, start)


@pytest.fixture
def rule_item() -> Callable[[str, str, str], Attribution]:
    """The rule stage's first item (no dependency or learned stage) in ``text`` of language
    ``code`` whose content starts with ``start``."""
    return _rule_item


def _en_rule_contents(text: str, cue: str) -> list[str]:
    items = extract_attributions(load("en")(text), load_lang("en"))
    return [text[slice(*a.content_span)] for a in items if a.cue == cue]


@pytest.fixture
def en_rule_contents() -> Callable[[str, str], list[str]]:
    """The contents, in text order, of the English rule stage's items with cue ``cue``."""
    return _en_rule_contents


@pytest.fixture(scope="session")
def briefing_0504(samples_dir) -> tuple[str, list[Event]]:
    """The White House briefing of 4 May 2023 (Jean-Pierre, Kirby, Young) and its events,
    analyzed once for every test that reads them."""
    text = (samples_dir / BRIEFING_0504).read_text(encoding="utf-8")
    return text, claimgraph.analyze(text, lang="en", date="2023-05-04").events


@pytest.fixture(scope="session")
def briefing_0504_at(briefing_0504) -> Callable[[str], list[Event]]:
    """The 4 May briefing's events whose span holds a phrase of it."""
    text, events = briefing_0504

    def at(phrase: str) -> list[Event]:
        start = text.index(phrase)
        return [e for e in events if e.span[0] <= start < e.span[1]]

    return at


@pytest.fixture(scope="session")
def guardian_excerpt() -> Document:
    """:data:`GUARDIAN_EXCERPT` analyzed once."""
    return claimgraph.analyze(GUARDIAN_EXCERPT, lang="en", date="2023-05-04")
