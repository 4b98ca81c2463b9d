"""Issue #5, session 9 (E16): a sentence that opens with an adverbial clause and goes on after
an aside cue (``If these findings are accurate, scientists say, containing COVID-19 may require
a different approach.``) claims its main clause, not the adverbial clause; a clause before an
aside cue with no subordinator stays the content. Sentences from English Wikinews 192 (check set
1) and 0 (en dev), CC BY 2.5."""

from __future__ import annotations

FINDINGS = (
    "Efforts to contain the SARS outbreak, which took place in 2003, mainly involved preventing "
    "the spread of the virus within hospitals. If these findings are accurate, scientists say, "
    "containing COVID-19 may require a different approach."
)
DEAD = (
    "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended "
    "their work yesterday."
)


def test_attribution_en20_aside_after_adverbial_clause_claims_the_main_clause(en_rule_contents):
    assert en_rule_contents(FINDINGS, "say") == [
        "containing COVID-19 may require a different approach"
    ]


def test_attribution_en20_clause_before_aside_without_subordinator_stays_content(en_rule_contents):
    assert en_rule_contents(DEAD, "told") == ["A total of 39 are confirmed dead"]
