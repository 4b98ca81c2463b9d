"""Our pipelines multiply matrices with numpy's BLAS (BlasOps) and parse exactly as with blis."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import NumpyOps, get_current_ops

from claimgraph.nlp import load, model_path
from claimgraph.nlp.ops import BlasOps, blas_ops
from claimgraph.nlp.sentences import NAME as SENTENCES
from claimgraph.settings import data_dir


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True)])
def test_gemm_is_numpy_ops_product(trans1: bool, trans2: bool):
    rng = numpy.random.default_rng(7)
    x = rng.random((40, 30), dtype="float32")
    y = rng.random((30, 20), dtype="float32")
    x = numpy.ascontiguousarray(x.T) if trans1 else x
    y = numpy.ascontiguousarray(y.T) if trans2 else y
    expected = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    got = BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert numpy.allclose(got, expected, rtol=1e-5)
    out = numpy.zeros_like(expected)
    assert BlasOps().gemm(x, y, out=out, trans1=trans1, trans2=trans2) is out
    assert numpy.allclose(out, expected, rtol=1e-5)


def test_blas_ops_only_inside_the_block():
    before = get_current_ops()
    with blas_ops() as ops:
        assert get_current_ops() is ops
    assert get_current_ops() is before


def _annotations(doc: spacy.tokens.Doc) -> list[tuple]:
    return [(t.text, t.pos_, str(t.morph), t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.mark.skipif(not (model_path("nl") / "meta.json").exists(), reason="no Dutch model")
def test_loaded_pipeline_uses_blas_and_parses_as_blis_does():
    nlp = load("nl")
    assert isinstance(nlp.get_pipe("tok2vec").model.ops, BlasOps)
    assert isinstance(nlp.get_pipe("parser").model.ops, BlasOps)
    plain = spacy.load(model_path("nl"))
    assert type(plain.get_pipe("tok2vec").model.ops) is NumpyOps
    plain.add_pipe(SENTENCES, before="parser")
    sample = data_dir().parent / "samples" / "kremlin-drone-nl-2023-05.txt"
    if not sample.exists():
        pytest.skip(f"no founding article at {sample}")
    text = sample.read_text(encoding="utf-8")
    ours = nlp(text)
    assert any(t.dep_ == "nsubj" for t in ours) and ours.ents
    assert _annotations(ours) == _annotations(plain(text))
