"""Span matching, counts and label scores of score_attributions on the real gold."""

from __future__ import annotations

import copy
from dataclasses import replace

import pytest

from claimgraph.evaluation.attribution import lenient_match, score_attributions
from claimgraph.evaluation.gold import read_gold_jsonl
from claimgraph.model import Document


@pytest.fixture
def nl_dev(nl_dev_path) -> list[Document]:
    return read_gold_jsonl(nl_dev_path)


def _founding(docs: list[Document]) -> Document:
    return next(d for d in docs if d.id == "nl-seed-kremlin-drone")


def test_perfect_prediction_scores_one(nl_dev):
    result = score_attributions(nl_dev, copy.deepcopy(nl_dev))
    assert result["counts"] == {
        "gold": 239,
        "pred": 239,
        "matched_lenient": 239,
        "matched_strict": 239,
    }
    for mode in ("lenient", "strict"):
        assert result[mode] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    for key in (
        "speaker_accuracy",
        "stance_accuracy",
        "stance_macro_f1",
        "act_accuracy",
        "type_accuracy",
    ):
        assert result[key] == 1.0
    assert result["by_lang"] == {}


def test_documents_pair_by_text_when_ids_differ(nl_dev):
    pred = [Document.from_dict({**d.to_dict(), "id": ""}) for d in nl_dev]
    assert all(p.id != g.id for p, g in zip(pred, nl_dev, strict=True))
    result = score_attributions(nl_dev, pred)
    assert result["lenient"]["f1"] == 1.0
    assert result["unpaired"] == {"gold_documents": 0, "pred_documents": 0}


def _shifted(doc: Document, share: float) -> tuple[Document, Document]:
    """The founding article's longest item alone, and a prediction that keeps ``share`` of it."""
    item = max(doc.attributions, key=lambda a: a.content_span[1] - a.content_span[0])
    start, end = item.content_span
    shift = (end - start) - round(share * (end - start))
    gold = replace(doc, attributions=[item])
    pred = replace(doc, attributions=[replace(item, content_span=(start + shift, end + shift))])
    return gold, pred


def test_sixty_percent_overlap_is_lenient_not_strict(nl_dev):
    gold, pred = _shifted(_founding(nl_dev), 0.6)
    result = score_attributions([gold], [pred])
    assert result["lenient"]["f1"] == 1.0
    assert result["strict"]["f1"] == 0.0
    assert result["counts"]["matched_strict"] == 0


def test_forty_percent_overlap_matches_neither(nl_dev):
    gold, pred = _shifted(_founding(nl_dev), 0.4)
    result = score_attributions([gold], [pred])
    assert result["lenient"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert result["strict"]["f1"] == 0.0
    assert result["stance_accuracy"] is None


def test_lenient_threshold_is_half_the_gold_span():
    assert lenient_match((100, 200), (150, 400))
    assert not lenient_match((100, 200), (151, 400))
    assert lenient_match((100, 100), (100, 100))
    assert not lenient_match((100, 100), (90, 110))


def test_empty_prediction_scores_zero(nl_dev):
    for pred in ([], [replace(d, attributions=[]) for d in nl_dev]):
        result = score_attributions(nl_dev, pred)
        assert result["counts"]["pred"] == 0
        assert result["lenient"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        assert result["speaker_accuracy"] is None
    assert score_attributions(nl_dev, [])["unpaired"]["gold_documents"] == 13


def test_matching_is_one_to_one(nl_dev):
    doc = _founding(nl_dev)
    doubled = replace(doc, attributions=doc.attributions + copy.deepcopy(doc.attributions))
    result = score_attributions([doc], [doubled])
    n = len(doc.attributions)
    assert result["counts"]["matched_lenient"] == n
    assert result["lenient"]["precision"] == 0.5
    assert result["lenient"]["recall"] == 1.0


def test_stance_macro_f1_over_labels_present(nl_dev):
    pred = copy.deepcopy(nl_dev)
    for doc in pred:
        for item in doc.attributions:
            if item.stance == "deny":
                item.stance = "assert"
    stances = [a.stance for d in nl_dev for a in d.attributions]
    n, n_deny, n_assert = len(stances), stances.count("deny"), stances.count("assert")
    assert n_deny > 0
    result = score_attributions(nl_dev, pred)
    assert result["stance_accuracy"] == round(1 - n_deny / n, 4)
    precision = n_assert / (n_assert + n_deny)
    f1_assert = 2 * precision / (precision + 1)
    labels = set(stances)
    expected = (f1_assert + 0.0 + (len(labels) - 2)) / len(labels)
    assert result["stance_per_label"]["deny"]["f1"] == 0.0
    assert result["stance_macro_f1"] == pytest.approx(expected, abs=1e-4)
    assert result["act_accuracy"] == 1.0


def test_by_lang_breakdown_with_two_languages(nl_dev, en_dev_path):
    en_dev = read_gold_jsonl(en_dev_path)
    pred = copy.deepcopy(nl_dev)  # English articles left unpredicted
    result = score_attributions(nl_dev + en_dev, pred)
    assert set(result["by_lang"]) == {"nl", "en"}
    assert result["by_lang"]["nl"]["lenient"]["f1"] == 1.0
    assert result["by_lang"]["en"]["lenient"]["recall"] == 0.0
    assert result["by_lang"]["en"]["counts"]["gold"] == 149
    assert result["lenient"]["recall"] == round(239 / (239 + 149), 4)
