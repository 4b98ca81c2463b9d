"""The shipped Dutch NER (src/claimgraph/nlp/models/nl) on the founding news article."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimgraph
from claimgraph.settings import data_dir

spacy = pytest.importorskip("spacy")

NL_MODEL = Path(claimgraph.__file__).parent / "nlp" / "models" / "nl"
NL_SAMPLE = "kremlin-drone-nl-2023-05.txt"


@pytest.fixture(scope="module")
def sample_entities() -> dict[str, set[str]]:
    """Entity texts by label that the shipped nl pipeline finds in the founding article."""
    if not (NL_MODEL / "meta.json").exists():
        pytest.skip(f"no shipped nl pipeline at {NL_MODEL}")
    path = data_dir().parent / "samples" / NL_SAMPLE
    if not path.exists():
        pytest.skip(f"sample {path} missing")
    doc = spacy.load(NL_MODEL)(path.read_text(encoding="utf-8"))
    by_label: dict[str, set[str]] = {}
    for ent in doc.ents:
        by_label.setdefault(ent.label_, set()).add(ent.text)
    return by_label


def test_models_nl_ner_finds_cities_and_countries_as_places(sample_entities) -> None:
    assert {"Moskou", "Kiev", "Helsinki", "Rusland", "Oekraïne"} <= sample_entities["LOC"]


def test_models_nl_ner_finds_full_names_as_persons(sample_entities) -> None:
    assert {"Vladimir Poetin", "Volodymyr Zelensky"} <= sample_entities["PER"]


def test_models_nl_ner_tags_nationality_adjectives_misc_as_conll(sample_entities) -> None:
    assert {"Russische", "Oekraïense"} <= sample_entities["MISC"]


def test_models_nl_ner_keeps_places_out_of_persons(sample_entities) -> None:
    assert not {"Moskou", "Kiev", "Rusland", "Kremlin"} & sample_entities.get("PER", set())
