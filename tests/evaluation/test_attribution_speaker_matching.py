"""Speaker names and spans: when a predicted speaker counts as the gold one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimgraph.evaluation.attribution import (
    names_match,
    normalise_name,
    score_attributions,
    speaker_match,
)
from claimgraph.evaluation.gold import read_gold_jsonl


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        ("Volodymyr Zelensky", "Zelensky", True),
        ("Volodymyr Zelensky", "zelensky", True),
        ("Zelensky", "volodymyr zelensky", True),
        ("Volodymyr Zelenský", "Volodymyr Zelensky", True),
        ("Volodymyr Zelensky", "Zelensky,", True),
        ("Volodymyr Zelensky", "Volodymyr", False),
        ("Volodymyr Zelensky", "Vladimir Poetin", False),
        ("Volodymyr Zelensky", "", False),
        ("", "", True),
    ],
)
def test_names_match(gold, pred, expected):
    assert names_match(gold, pred) is expected


def test_normalise_name_strips_accents_and_punctuation():
    assert normalise_name("  Jean-Claude  Juncker. ") == ("jean", "claude", "juncker")
    assert normalise_name("Erdoğan") == ("erdogan",)


def test_speaker_spans_overlap_counts(nl_dev_path):
    doc = next(d for d in read_gold_jsonl(nl_dev_path) if d.id == "nl-seed-kremlin-drone")
    item = next(a for a in doc.attributions if a.speaker_span is not None)
    start, end = item.speaker_span
    assert speaker_match(item, replace(item, speaker="de president", speaker_span=(start, end + 3)))
    assert not speaker_match(item, replace(item, speaker="de president", speaker_span=None))


def test_speaker_accuracy_in_scores(nl_dev_path):
    doc = next(d for d in read_gold_jsonl(nl_dev_path) if d.id == "nl-seed-kremlin-drone")
    items = [a for a in doc.attributions if a.speaker == "Volodymyr Zelensky"]
    assert items
    gold = replace(doc, attributions=items)
    lower = [replace(a, speaker="zelensky", speaker_span=None) for a in items]
    assert score_attributions([gold], [replace(doc, attributions=lower)])["speaker_accuracy"] == 1.0
    wrong = [replace(a, speaker="Antony Blinken", speaker_span=None) for a in items]
    assert score_attributions([gold], [replace(doc, attributions=wrong)])["speaker_accuracy"] == 0.0


def test_pronoun_resolution_compares_names_where_speaker_spans_forgive(nl_dev_path):
    gold = read_gold_jsonl(nl_dev_path)
    perfect = score_attributions(gold, gold)["pronoun_resolution"]
    assert perfect["items"] > 0
    assert perfect["resolved"] == perfect["items"]
    unresolved = [
        replace(
            doc,
            attributions=[
                replace(a, speaker=doc.text[slice(*a.speaker_span)]) if a.speaker_span else a
                for a in doc.attributions
            ],
        )
        for doc in gold
    ]
    result = score_attributions(gold, unresolved)
    assert result["speaker_accuracy"] == 1.0  # the pronoun spans overlap: the scorer forgives
    assert result["pronoun_resolution"]["items"] == perfect["items"]
    assert result["pronoun_resolution"]["resolved"] == 0  # "hij" is not the name it stands for
