"""Stance after an emphasis cue, issue #5 thirteenth session (N29).

ANNOTATION.md rule 4: deny rejects a claim on the table. A speaker who stresses a negation
(``benadrukte dat niemand ...``, ``benadrukten dat de beslissing niet ...``) insists on the
opposite of such a claim, so after one of the nl ``emphasis_cues`` a negation in the content's
opening clause denies even when that clause is longer than a short rebuttal (readable gold with
one of these cues and such a negation: 5 deny, 1 doubt, 0 assert). Without a negation the
emphasis stays an assertion.

Real text: Dutch train and dev articles, the read half of nl check set 2; rule stage alone."""

from __future__ import annotations


def test_stressed_negative_quantifier_denies(rule_item) -> None:
    # nl check set 2, read half, 10798624 (gold deny)
    text = (
        "Er zouden op video ook bewijzen zijn dat er is gesjoemeld. De president benadrukte dat "
        "niemand de overwinning kan claimen met een verschil van 13.000 tot 14.000 stemmen."
    )
    assert rule_item("nl", text, "niemand de overwinning").stance == "deny"


def test_stressed_negation_in_a_long_clause_denies(rule_item) -> None:
    # train nl-dpg-10723228 (gold deny)
    text = (
        "Een voorwaarde voor de financiering was de toezegging dat de Saoedische minister van "
        "Cultuur in het bestuur zou komen. Sala en andere ambtenaren benadrukten gisteren dat de "
        "beslissing niet is bedoeld als terechtwijzing aan Saoedi-Arabië."
    )
    assert rule_item("nl", text, "de beslissing niet").stance == "deny"


def test_stressed_claim_without_negation_asserts(rule_item) -> None:
    # dev nl-dpg-10772698 (gold assert)
    text = (
        "De president, die een stevig mandaat heeft tot 2023, benadrukte in een verklaring "
        "zondagavond dat zijn regeringspartijen hun meerderheid hebben behouden."
    )
    assert rule_item("nl", text, "zijn regeringspartijen").stance == "assert"
