"""Dependency-based Dutch attribution on real dev articles (needs the trained Dutch parser)."""

from __future__ import annotations

import pytest

from claimgraph.evaluation.attribution import lenient_match
from claimgraph.evaluation.gold import read_gold_jsonl
from claimgraph.extract.dependency import extract_attributions_dependency
from claimgraph.lang import load_lang
from claimgraph.model import Attribution, Document
from claimgraph.nlp import load


@pytest.fixture(scope="module")
def dev(shared_data) -> dict[str, Document]:
    return {d.id: d for d in read_gold_jsonl(shared_data / "nl-attribution" / "dev.jsonl")}


def _found(nlp, doc: Document) -> list[Attribution]:
    return extract_attributions_dependency(nlp(doc.text), load_lang("nl"))


def _starting(doc: Document, items: list[Attribution], words: str) -> Attribution:
    hits = [a for a in items if doc.text[a.content_span[0] :].startswith(words)]
    assert hits, [doc.text[a.content_span[0] : a.content_span[1]] for a in items]
    return hits[0]


def test_dependency_nl_dat_clause_of_a_reporting_verb(nlp, dev):
    doc = dev["nl-dpg-10772698"]
    att = _starting(doc, _found(nlp, doc), "zijn regeringspartijen hun meerderheid hebben behouden")
    assert att.cue == "benadrukte"
    assert doc.text[att.speaker_span[0] : att.speaker_span[1]] == "De president"
    gold = next(g for g in doc.attributions if g.cue == "benadrukte")
    assert lenient_match(gold.content_span, att.content_span)


def test_dependency_nl_volgens_before_an_inverted_clause(nlp, dev):
    doc = dev["nl-dpg-10728846"]
    att = _starting(doc, _found(nlp, doc), "is er inderdaad het een en ander gebeurd")
    assert att.cue == "Volgens"
    assert doc.text[att.speaker_span[0] : att.speaker_span[1]] == "T."
    assert att.type == "indirect"


def test_dependency_nl_denial_keeps_its_stance(nlp, dev):
    doc = dev["nl-seed-kremlin-drone"]
    att = _starting(doc, _found(nlp, doc), "zijn land iets te maken heeft")
    assert (att.speaker, att.cue, att.stance) == ("Volodymyr Zelensky", "ontkent", "deny")


def test_dependency_nl_blank_pipeline_finds_nothing(dev):
    doc = dev["nl-seed-kremlin-drone"]
    blank = load("nl", trained=False)(doc.text)
    assert extract_attributions_dependency(blank, load_lang("nl")) == []
