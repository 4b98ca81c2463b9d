"""annotate_many skips the spaCy components no stage reads, and that changes no output."""

from __future__ import annotations

import copy
import json
from itertools import islice
from pathlib import Path

from claimgraph.lang import load_lang
from claimgraph.model import Document
from claimgraph.nlp import load
from claimgraph.pipeline import STAGES, UNUSED_COMPONENTS, annotate_many

NL_NEWS = Path("nl-news") / "dpg-news2019.jsonl"


def _with_every_component(docs: list[Document]) -> list[dict]:
    """The stages of annotate_many on a parse by the full pipeline (entities included)."""
    nlp = load("nl")
    lang = load_lang("nl")
    for doc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        assert parsed.ents, "the full pipeline should find entities in news text"
        for _, stage in STAGES:
            stage(doc, parsed, lang)
    return [d.to_dict() for d in docs]


def test_pipeline_skipped_components_are_in_the_pipeline():
    assert set(UNUSED_COMPONENTS) <= set(load("nl").pipe_names)


def test_pipeline_output_same_without_unused_components(founding_text, shared_data):
    with (shared_data / NL_NEWS).open(encoding="utf-8") as lines:
        records = [r for r in map(json.loads, islice(lines, 12)) if r.get("text")][:8]
    docs = [Document(text=founding_text, id="founding", lang="nl", date="2023-05-03")]
    docs += [Document(text=r["text"], id=r["id"], lang="nl", date=r["date"]) for r in records]
    skipped = [d.to_dict() for d in annotate_many(copy.deepcopy(docs))]
    assert skipped == _with_every_component(copy.deepcopy(docs))
    assert sum(len(d["attributions"]) for d in skipped) > 10
