"""Dutch attribution, round 19 of issue #5: a quotation after a colon (``Officier Huizenga:
,,Het is nog wachten ...``) is one direct item; the colon-statement pass adds no second,
shorter indirect item for its first sentence. A colon headline without quotation marks
(``Europees Hof: Studies over glyfosaat moeten openbaar``) stays an item. Real text of shared
train and dev articles, rules alone."""

from __future__ import annotations

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import parse
from claimgraph.settings import data_dir

NL_DEV = data_dir() / "nl-attribution" / "dev.jsonl"


def _dev_text(doc_id: str) -> str:
    if not NL_DEV.is_file():
        pytest.skip(f"no shared data at {NL_DEV}")
    return next(d.text for d in read_gold_jsonl(NL_DEV) if d.id == doc_id)


def _items_from(nlp, text: str, opening: str):
    items = extract_attributions(parse(nlp, text), load_lang("nl"))
    return [a for a in items if opening in text[slice(*a.content_span)]]


def test_quote_after_colon_is_one_item(nlp, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10751498")
    found = _items_from(nlp, text, "Het is nog wachten op een schotbaanonderzoek")
    assert [(a.cue, a.type) for a in found] == [(":", "direct")], found


def test_quote_after_name_and_colon_is_one_item(nlp) -> None:
    text = _dev_text("nl-dpg-10780085")
    found = _items_from(nlp, text, "We staan nog steeds op het standpunt")
    assert [a.type for a in found] == ["direct"], found


def test_colon_headline_without_quote_stays(nlp) -> None:
    text = _dev_text("nl-dpg-10681871")
    found = _items_from(nlp, text, "Studies over glyfosaat moeten openbaar")
    assert [a.cue for a in found] == [":"], found
