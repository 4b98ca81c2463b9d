"""Speakers a user still saw wrong on the founding corpus (issue #5, seventeenth session, S4)."""

from __future__ import annotations

import json
from pathlib import Path

import claimgraph
from claimgraph.extract.learned import extract_attributions_learned, model_available
from claimgraph.extract.parsed import remember_text
from claimgraph.lang import load_lang
from claimgraph.pipeline import parse_documents

GUARDIAN_TITLE = "Russia accuses US of being behind drone attack on Kremlin"


def _summary(samples_dir: Path, title: str) -> str:
    """The RSS summary text of the founding story's headline ``title``."""
    path = samples_dir / "kremlin-drone-2023-05" / "headlines.jsonl"
    with path.open(encoding="utf-8") as fh:
        return next(r["text"] for r in map(json.loads, fh) if r["title"] == title)


def test_a_possessor_is_no_pronoun_antecedent(samples_dir: Path) -> None:
    """The Guardian summary opens ``Putin’s spokesperson claims, ...``: the CRF reads ``Putin``
    as the speaker of cue ``’s``, an item the stage's filter dropped only after it had made the
    CRF's ``He did not provide any evidence to support the claim`` Putin's. He is Peskov, the
    subject of the sentence before (``The Kremlin spokesperson Dmitry Peskov made the
    allegation``)."""
    assert model_available("en")
    doc = claimgraph.analyze(_summary(samples_dir, GUARDIAN_TITLE), lang="en", date="2023-05-04")
    found = [a for a in doc.attributions if "provide" in a.cue]
    assert [a.speaker for a in found] == ["Dmitry Peskov"], [(a.speaker, a.cue) for a in found]


def test_a_possessor_marker_makes_no_learned_item(samples_dir: Path) -> None:
    """``Putin’s spokesperson claims``: the CRF tags ``’s`` as a cue; the possessor's case
    marker reports nothing, so the learned stage makes no item of it."""
    assert model_available("en")
    text = _summary(samples_dir, GUARDIAN_TITLE)
    doc = claimgraph.Document(text=text, lang="en")
    parsed = parse_documents([doc])[0]
    remember_text(parsed, text)
    cues = [a.cue for a in extract_attributions_learned(parsed, load_lang("en"))]
    assert "’s" not in cues, cues
