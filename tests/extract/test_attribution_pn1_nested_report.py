"""PN1: a learned report whose content holds a rules item whole (its source and cue in the clause
the learned cue governs) is kept beside it, as ANNOTATION.md rule 8 annotates nested sources and
PolNeAR keeps the outer item. Before, ``combine`` dropped the outer report for overlapping the
rules' inner one (PolNeAR train, shipped CRF: 90 more strict matches, none lost; speakers 49
wrong -> right, 1 right -> wrong)."""

from __future__ import annotations

import claimgraph
from claimgraph.extract.learned_stage import _governs
from claimgraph.nlp import load, parse

# PolNeAR train, wash-post_2015-11-15 (the sentence)
CANDIDATES = (
    "Several candidates, including Trump, said the United States should either refuse to take "
    "more Syrian refugees or take measures to tighten U.S. border controls.\n"
)

# PolNeAR train, west-journal_2016-01-08 (the sentence)
GROWTH = (
    "The businessman said China is expecting a 6.5 percent growth rate, while the U.S. will "
    "likely see a 2 percent growth rate.\n"
)


def _items(text: str) -> list[tuple[str, str, str]]:
    doc = claimgraph.analyze(text, lang="en")
    return [(a.speaker, a.cue, a.content(doc.text)) for a in doc.attributions]


def test_outer_report_kept_beside_its_nested_item() -> None:
    items = _items(CANDIDATES)
    assert any(
        cue == "said" and "candidates" in speaker and content.startswith("the United States")
        for speaker, cue, content in items
    )


def test_outer_report_of_an_expectation() -> None:
    items = _items(GROWTH)
    assert any(
        cue == "said" and "businessman" in speaker and content.startswith("China is expecting")
        for speaker, cue, content in items
    )


# PolNeAR train, wash-post_2016-03-04 (the sentence): the second cue lies in a clause beside the first
DISAVOWED = (
    "Trump quickly disavowed the KKK and its former leader, but he slammed the media for "
    "continuing to bring this question up.\n"
)


def _cue(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_a_coordinated_clause_is_not_nested_in_the_first() -> None:
    parsed = parse(load("en"), DISAVOWED)
    assert not _governs(parsed, _cue(DISAVOWED, "disavowed"), _cue(DISAVOWED, "slammed"))
    parsed = parse(load("en"), CANDIDATES)
    assert _governs(parsed, _cue(CANDIDATES, "said"), _cue(CANDIDATES, "refuse"))
