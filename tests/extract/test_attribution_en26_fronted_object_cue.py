"""Issue #5, session 18 (EN5): a clause or adverbial before ``, <subject> <cue>`` is the cue's
content only when the cue takes no direct object after it (``A total of 39 are confirmed dead,
officials told state media``, where the object is the addressee). With an object the cue reports
that (``In a statement following the attack, X blamed both Israel and the United States``), not
the fronted adverbial. Sentences from English Wikinews (CC BY 2.5)."""

from __future__ import annotations

from claimgraph.extract.attribution import extract_attributions
from claimgraph.lang import load_lang
from claimgraph.nlp import load

BLAMED = (
    "In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both "
    "Israel and the United States for the attack."
)
FILING = (
    "According to the filing, Ford voluntarily disclosed this matter to the U.S. Environmental "
    "Protection Agency on February 18."
)
TOLD = (
    "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended "
    "their work yesterday."
)


def _contents(text: str, cue: str) -> list[str]:
    items = extract_attributions(load("en")(text), load_lang("en"))
    return [text[slice(*a.content_span)] for a in items if a.cue == cue]


def test_attribution_en26_object_after_cue_is_no_fronted_content():
    assert _contents(BLAMED, "blamed") == ["both Israel and the United States for the attack"]
    assert "According to the filing" not in _contents(FILING, "disclosed")


def test_attribution_en26_addressee_object_keeps_the_clause_before():
    assert _contents(TOLD, "told") == ["A total of 39 are confirmed dead"]
