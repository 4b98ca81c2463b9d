"""train/train_attribution_nl.py --extra: the gold it can add to nl train (nl dev, the read halves
of the Dutch check sets with their texts rebuilt from the shared corpus) and the CV folds' data."""

import importlib.util
import sys
from pathlib import Path

import pytest

from claimgraph.evaluation.gold import read_gold_jsonl
from claimgraph.model import Document
from claimgraph.nlp import load
from claimgraph.settings import data_dir

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "train_attribution_nl.py"
sys.path.insert(0, str(SCRIPT.parent))  # it imports train_attribution_en
spec = importlib.util.spec_from_file_location("train_attribution_nl", SCRIPT)
trainer = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = trainer
spec.loader.exec_module(trainer)

needs_dpg = pytest.mark.skipif(
    not (data_dir() / "nl-news" / "dpg-news2019.jsonl").exists(), reason="no DPG corpus"
)


@needs_dpg
def test_check_read_halves_are_their_gold_on_the_rebuilt_texts():
    first, second = trainer.read_gold("check1-read"), trainer.read_gold("check2-read")
    assert [len(first), len(second)] == [5, 5]
    assert sum(len(d.attributions) for d in first) == 56
    assert sum(len(d.attributions) for d in second) == 77
    climate = next(d for d in first if d.id == "nl-dpg-10686867")
    item = climate.attributions[0]
    assert climate.text[slice(*item.speaker_span)] == "Pelle Berting van Greenpeace Nederland"
    assert climate.text[slice(*item.cue_span)] == item.cue == "zegt"


@needs_dpg
def test_check_read_half_gold_aligns_with_the_tokens_it_is_trained_on():
    documents = trainer.read_gold("check1-read")
    for document, parsed in zip(documents, load("nl").pipe(d.text for d in documents), strict=True):
        tags = trainer.token_roles(parsed, document)
        for item in document.attributions:
            inside = [
                tag
                for tok, tag in zip(parsed, tags, strict=True)
                if item.content_span[0] <= tok.idx < item.content_span[1]
            ]
            assert any(tag.endswith("CONTENT") for tag in inside), (document.id, item.content_span)


def test_a_fold_trains_on_the_other_folds_then_the_extra_gold():
    train = [Document(text="t", id=f"train{i}") for i in range(6)]
    extra = [Document(text="t", id="dev0"), Document(text="t", id="check1")]
    gold, parses = trainer.fold_training((train, list(range(6))), 1, (extra, ["d", "c"]))
    assert [d.id for d in gold] == ["train0", "train2", "train3", "train4", "dev0", "check1"]
    assert parses == [0, 2, 3, 4, "d", "c"]


def test_extra_sources_are_the_gold_besides_train():
    assert trainer.EXTRA_SOURCES == ("dev", "check1-read", "check2-read")
    dev = read_gold_jsonl(data_dir() / "nl-attribution" / "dev.jsonl")
    assert [d.id for d in trainer.read_gold("dev")] == [d.id for d in dev]
