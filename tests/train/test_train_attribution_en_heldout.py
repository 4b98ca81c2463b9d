"""train/train_attribution_en.py --heldout: train/N is scored by a CRF that never saw it (the
shipped CRF was trained on all of PolNeAR train, so scoring train with it scores its own training
data)."""

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from claimgraph.extract import learned
from claimgraph.model import Document

SCRIPT = Path(__file__).resolve().parents[2] / "train" / "train_attribution_en.py"
spec = importlib.util.spec_from_file_location("train_attribution_en", SCRIPT)
trainer = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = trainer
spec.loader.exec_module(trainer)


def _docs(n: int) -> list[Document]:
    return [Document(text=f"article {k}", id=f"a{k:03d}", lang="en") for k in range(n)]


def test_heldout_articles_are_exactly_those_train_every_n_does_not_score() -> None:
    docs = _docs(23)
    scored = {d.id for d in docs[::5]}
    held = {d.id for d in trainer.heldout_articles(docs, 5)}
    assert not scored & held
    assert scored | held == {d.id for d in docs}
    assert len(held) == 18


def test_a_heldout_folder_with_a_model_is_reused_not_retrained(tmp_path, monkeypatch) -> None:
    if not learned.model_available("en"):
        pytest.skip("no learned English model")
    for path in (learned.model_path("en"), learned.meta_path("en")):
        shutil.copy(path, tmp_path / path.name)

    def no_training(*args, **kwargs):
        raise AssertionError("the held-out CRF was retrained")

    monkeypatch.setattr(trainer, "fit", no_training)
    assert trainer.heldout_model(5, tmp_path) == tmp_path


def test_heldout_is_refused_outside_train_every_n(tmp_path) -> None:
    with pytest.raises(SystemExit, match="--heldout goes with"):
        trainer.convention_report("dev", 1, "annotation", tmp_path)
