"""The shipped spaCy pipelines (src/claimgraph/nlp/models/{nl,en}) on real news text."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import claimgraph
from claimgraph.settings import data_dir

spacy = pytest.importorskip("spacy")

MODELS = Path(claimgraph.__file__).parent / "nlp" / "models"
NL_SAMPLE = "kremlin-drone-nl-2023-05.txt"
EN_PARAGRAPH_START = "Tomasz Kubiak, a fire service spokesman"
# The shipped pipelines (v0.2.0) are still below their targets (bench/results/models.md);
# these checks of real behaviour fail with them. strict: an XPASS after retraining turns the
# suite red, so the mark comes off a check as soon as the pipeline meets it.
UNDERTRAINED = pytest.mark.xfail(strict=True, reason="pipeline v0.2.0 undertrained")


def _load(lang: str):
    path = MODELS / lang
    if not (path / "meta.json").exists():
        pytest.skip(f"no shipped {lang} pipeline at {path}")
    return spacy.load(path)


@pytest.fixture(scope="module")
def nl():
    return _load("nl")


@pytest.fixture(scope="module")
def en():
    return _load("en")


@pytest.fixture(scope="module")
def zelensky_paragraph() -> str:
    path = data_dir().parent / "samples" / NL_SAMPLE
    if not path.exists():
        pytest.skip(f"sample {path} missing")
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    return next(p.strip() for p in paragraphs if "Zelensky ontkent" in p)


@pytest.fixture(scope="module")
def kubiak_paragraph() -> str:
    path = data_dir() / "en-news" / "wikinews" / "wikinews_2019.csv"
    if not path.exists():
        pytest.skip(f"Wikinews data {path} missing")
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle)]
    return next(p.strip() for t in texts for p in t.split("\n") if p.startswith(EN_PARAGRAPH_START))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pipeline_has_contract_components_and_provenance(lang: str) -> None:
    nlp = _load(lang)
    assert {"tok2vec", "morphologizer", "parser", "ner"} <= set(nlp.pipe_names)
    assert {"PER", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)
    meta = json.loads((MODELS / lang / "meta.json").read_text(encoding="utf-8"))
    info = meta["claimgraph"]
    assert all("@" in source for source in meta["sources"])
    assert isinstance(info["seed"], int)
    assert info["test_scores"]


@UNDERTRAINED
def test_nl_zelensky_is_person_subject_of_ontkent(nl, zelensky_paragraph: str) -> None:
    doc = nl(zelensky_paragraph)
    first = next(doc.sents)
    persons = {ent.text for ent in first.ents if ent.label_ == "PER"}
    assert persons & {"Zelensky", "Volodymyr Zelensky"}
    ontkent = next(tok for tok in first if tok.text == "ontkent")
    assert ontkent.pos_ == "VERB"
    subjects = [child for child in ontkent.children if child.dep_ == "nsubj"]
    assert any("Zelensky" in " ".join(t.text for t in s.subtree) for s in subjects)


@UNDERTRAINED
def test_nl_paragraph_has_three_sentences(nl, zelensky_paragraph: str) -> None:
    sentences = list(nl(zelensky_paragraph).sents)
    assert len(sentences) == 3
    assert sentences[1].text.startswith("Moskou zag")


@UNDERTRAINED
def test_en_speaker_and_news_agency(en, kubiak_paragraph: str) -> None:
    doc = en(kubiak_paragraph)
    labels = {ent.text: ent.label_ for ent in doc.ents}
    assert labels.get("Tomasz Kubiak") == "PER"
    assert labels.get("Agence France-Presse") == "ORG"
    told = next(tok for tok in doc if tok.text == "told")
    assert told.pos_ == "VERB"
    assert any(child.dep_ == "nsubj" and child.text == "Kubiak" for child in told.children)


def test_en_paragraph_has_four_sentences(en, kubiak_paragraph: str) -> None:
    sentences = list(en(kubiak_paragraph).sents)
    assert len(sentences) == 4
    assert sentences[1].text.startswith("Police press officer")
