"""Dutch attribution, rounds 32-33 of issue #5: ``blijkt uit`` / ``Uit X bleek dat`` / ``In X staat
dat`` report a finding whose source is the study, document or figures after ``uit``/``in``
(grammar.toml evidential_verbs and evidential_sources; not cue words of the learned model). Not after a reportative ``zou``, and not
where the phrase after ``uit`` is no source (``Uit eerdere rechtszaken ... blijkt dat``). Real text
of the shared Dutch articles, rule stage alone."""

from __future__ import annotations

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.settings import data_dir


def _finding(items, text: str, start: str):
    return [
        (a.speaker, a.cue, text[slice(*a.content_span)])
        for a in items
        if text[slice(*a.content_span)].startswith(start)
    ]


def test_finding_after_its_source(nl_rule_items, nl_train_text) -> None:
    # "Hoewel het verboden is ..., blijkt uit onderzoeken dat de loonkloof hardnekkig is."
    text = nl_train_text("nl-dpg-10679479")
    found = _finding(nl_rule_items(text), text, "de loonkloof")
    assert found == [("onderzoeken", "blijkt uit", "de loonkloof hardnekkig is")]


def test_finding_before_its_source(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10803258")
    found = _finding(nl_rule_items(text), text, "Twaalf procent van de kinderen")
    assert [(cue, content) for _, cue, content in found] == [
        ("blijkt uit", "Twaalf procent van de kinderen in Nederland was in 2018 te zwaar")
    ]
    assert "Centraal Bureau voor de Statistiek" in found[0][0]


def test_fronted_source_of_a_leaked_document(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10797726")
    found = _finding(nl_rule_items(text), text, "de partijtop zelfs leden")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("gelekte dossiers", "bleek")]


def test_earlier_court_cases_are_no_source(nl_rule_items) -> None:
    path = data_dir() / "nl-attribution" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"no shared data at {path}")
    text = next(d.text for d in read_gold_jsonl(path) if d.id == "nl-dpg-10800765")
    assert "Uit eerdere rechtszaken tegen vrouwelijke uitreizigers blijkt dat" in text
    assert not any(a.cue in ("blijkt", "blijkt uit") for a in nl_rule_items(text))


def test_what_a_report_states(nl_rule_items, nl_train_text) -> None:
    # "In een rapport uit 2015 staat dat Kovesi's grote schoonmaak ... had opgeleverd."
    text = nl_train_text("nl-dpg-10775103")
    found = _finding(nl_rule_items(text), text, "Kovesi's grote schoonmaak")
    assert [(speaker, cue) for speaker, cue, _ in found] == [("rapport uit 2015", "staat")]
