"""train/nl_complement_cue_coverage.py: words that govern a ``dat``/``of`` clause, counted per
lemma and split into covered by the Dutch cues and not."""

import importlib.util
import sys
from pathlib import Path

import pytest

from claimgraph.lang import load_lang
from claimgraph.nlp import load

TRAIN = Path(__file__).resolve().parents[2] / "train"
sys.path.insert(0, str(TRAIN))  # the script imports its sibling word_coverage
spec = importlib.util.spec_from_file_location(
    "nl_complement_cue_coverage", TRAIN / "nl_complement_cue_coverage.py"
)
coverage = importlib.util.module_from_spec(spec)
spec.loader.exec_module(coverage)

# DPG news 2019 (shared/data/nl-news): articles 10677689, 10592142 and 10679466
TEXT = (
    "Een derde van de ondervraagden gaf aan dat de instelling waar zij werken de online privacy "
    "van leerlingen niet kan garanderen. "
    "Het betekent dat de rechtszaak wordt geleid door Manuel Marchena. "
    "Twee derde van de Nederlanders is ervan overtuigd dat de mens verantwoordelijk is voor de "
    "opwarming van de aarde."
)


@pytest.fixture(scope="module")
def doc():
    nlp = load("nl")
    if "parser" not in nlp.pipe_names:
        pytest.skip("no trained Dutch parser")
    return nlp(TEXT)


def test_complement_clause_words_split_by_the_cue_lexicon(doc):
    lemmas = {"gaf": "geven", "betekent": "betekenen"}
    total, hits, examples = coverage.count_clause_words([doc], load_lang("nl"), lemmas)
    assert total["verb:aangeven"] == 1 and hits["verb:aangeven"] == 1  # particle joined, a cue
    assert total["verb:betekenen"] == 1 and hits["verb:betekenen"] == 0  # no cue
    assert examples["verb:betekenen"] == [
        "Het betekent dat de rechtszaak wordt geleid door Manuel Marchena."
    ]


def test_lemma_joins_a_separable_particle_once(doc):
    gaf = next(t for t in doc if t.text == "gaf")
    assert coverage.lemma(gaf, {"gaf": "geven"}) == "aangeven"
    assert coverage.lemma(gaf, {"gaf": "aan_geven"}) == "aangeven"  # UD's separable lemma
