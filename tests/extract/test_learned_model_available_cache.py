"""``model_available`` remembers a found model per models folder, and looks again for a missing
one: a model written later in the process (as the training scripts do) is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.extract import learned
from claimgraph.extract.learned import meta_path, model_available, model_path


def test_shipped_dutch_model_is_found_and_a_missing_one_is_not() -> None:
    if not (model_path("nl").is_file() and meta_path("nl").is_file()):
        pytest.skip("no shipped Dutch model")
    assert model_available("nl") and model_available("nl")
    assert not model_available("zz")


def test_a_model_written_after_a_miss_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(learned, "MODELS_DIR", tmp_path)
    assert not model_available("nl")  # another models folder: the shipped model is not in it
    model_path("nl").write_bytes(b"")
    assert not model_available("nl")  # the meta file is still missing
    meta_path("nl").write_text("{}", encoding="utf-8")
    assert model_available("nl")
    model_path("nl").unlink()
    assert model_available("nl")  # remembered: a found model is not looked for again
