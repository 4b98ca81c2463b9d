"""Issue #5, session 18 (EN5): a clause or adverbial before ``, <subject> <cue>`` is the cue's
content only when the cue takes no direct object after it (``A total of 39 are confirmed dead,
officials told state media``, where the object is the addressee). With an object the cue reports
that (``In a statement following the attack, X blamed both Israel and the United States``), not
the fronted adverbial. Sentences from English Wikinews (CC BY 2.5)."""

from __future__ import annotations

BLAMED = (
    "In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both "
    "Israel and the United States for the attack."
)
FILING = (
    "According to the filing, Ford voluntarily disclosed this matter to the U.S. Environmental "
    "Protection Agency on February 18."
)


def test_attribution_en26_object_after_cue_is_no_fronted_content(en_rule_contents):
    assert en_rule_contents(BLAMED, "blamed") == [
        "both Israel and the United States for the attack"
    ]
    assert "According to the filing" not in en_rule_contents(FILING, "disclosed")
