"""PN2: under the ``polnear`` conventions an item whose content holds another item whole, that
item's cue in a clause coordinated with the outer cue's (``said A and she accused B``), ends before
that clause, so PolNeAR's two items are two predictions (before, the inner item was dropped as
nested and the outer content ran on over it). PolNeAR train: 27 of 41 such clauses are an item of
their own, 7 stay in the outer content. ``annotation`` output is unchanged."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.learned_stage import _coordinated_clause
from claimgraph.nlp import load, parse

# PolNeAR train, huff-post_2016-07-31 (the sentence)
ACCUSED = (
    "Democratic presidential candidate Hillary Clinton said Russian intelligence services hacked "
    "into Democratic National Committee computers and she accused Republican contender Donald "
    "Trump of showing support for Russian President Vladimir Putin.\n"
)

# PolNeAR train, wash-post_2015-11-15 (the sentence)
SAFE_ZONE = (
    "Clinton has said she wants to establish a safe zone for civilians in Syria and has expressed "
    "support for wider U.S. military engagement, without offering specifics.\n"
)


def _items(text: str, conventions: str) -> list[tuple[str, str]]:
    doc = claimgraph.analyze(text, lang="en", conventions=conventions)
    return [(a.cue, a.content(doc.text)) for a in doc.attributions]


def test_outer_content_ends_before_a_coordinated_report() -> None:
    items = _items(ACCUSED, "polnear")
    assert (
        "said",
        "Russian intelligence services hacked into Democratic National Committee computers",
    ) in items
    assert any(cue == "accused" for cue, _ in items)


def test_coordinated_verb_phrase_with_its_own_cue() -> None:
    items = _items(SAFE_ZONE, "polnear")
    assert ("said", "she wants to establish a safe zone for civilians in Syria") in items
    assert any(cue == "expressed" for cue, _ in items)


def test_annotation_conventions_keep_the_outer_content() -> None:
    items = _items(ACCUSED, "annotation")
    assert any(cue == "said" and content.endswith("Vladimir Putin") for cue, content in items)


def test_coordinated_clause_is_a_conj_of_the_outer_cue() -> None:
    parsed = parse(load("en"), ACCUSED)
    said = ACCUSED.index(" said ") + 1
    accused = ACCUSED.index("accused")
    clause = _coordinated_clause(parsed, (said, said + 4), (accused, accused + 7))
    assert clause is not None and clause.text == "accused"
    hacked = ACCUSED.index("hacked")
    assert _coordinated_clause(parsed, (said, said + 4), (hacked, hacked + 6)) is None
