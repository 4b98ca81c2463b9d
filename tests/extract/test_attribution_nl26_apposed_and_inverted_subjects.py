"""Dutch attribution, round 26 of issue #5: a described subject with a name set off by commas
(``De burgemeester van de Italiaanse stad, Guiseppe Sala, zei dat``) speaks as that name, in the
rules and in the dependency pass; after an adverbial (now also ``via``) the subject between an
auxiliary and a non-finite cue is the speaker (``Via Facebook had de man laten weten dat``), but
not the patient of a passive. Real text of the shared train and dev articles."""

from __future__ import annotations

import pytest

from claimgraph.evaluation import read_gold_jsonl
from claimgraph.settings import data_dir


def _speaker_spans(items, text: str, start: str) -> list[str]:
    return [
        text[slice(*a.speaker_span)]
        for a in items
        if text[slice(*a.content_span)].startswith(start) and a.speaker_span is not None
    ]


def test_apposed_name_speaks_in_the_pipeline(by_content, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10723228")
    doc, item = by_content(text, "de raad van bestuur van het Teatro alla Scala")
    assert (item.speaker, doc.surface(item.speaker_span)) == ("Guiseppe Sala", "Guiseppe Sala")


def test_apposed_name_speaks_for_the_rules(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10723228")
    found = _speaker_spans(nl_rule_items(text), text, "de raad van bestuur van het Teatro")
    assert found == ["Guiseppe Sala"]


def test_subject_after_the_auxiliary_behind_an_adverbial(nl_rule_items, nl_train_text) -> None:
    text = nl_train_text("nl-dpg-10776243")
    found = _speaker_spans(nl_rule_items(text), text, "hij met een groep medestanders")
    assert found == ["de man"]


def test_subject_of_a_passive_is_no_speaker(nl_rule_items) -> None:
    path = data_dir() / "nl-attribution" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"no shared data at {path}")
    text = next(d.text for d in read_gold_jsonl(path) if d.id == "nl-dpg-10800765")
    # "Haar familie haalde haar terug, nu wordt ze verdacht van deelname aan ...": "ze" is accused
    assert _speaker_spans(nl_rule_items(text), text, "van deelname aan een") == []
