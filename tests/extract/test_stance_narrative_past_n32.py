"""Stance of a negated past-tense main clause, issue #5 fourteenth session (N32).

ANNOTATION.md rule 4: deny rejects a claim on the table. A content whose opening clause has a
past-tense finite verb before its negation is a main clause (the verb comes second, before
``niet``) that tells what did not happen (``Pijn deed het niet``), a narrative that rejects no
claim: assert. Readable Dutch gold where the content negation fired with such a verb before it:
8 assert, 0 deny (present tense: 5 assert, 10 deny). A present-tense rebuttal still denies.

Real text: Dutch train and dev articles, the read half of nl check set 1; rule stage alone."""

from __future__ import annotations


def test_negated_past_in_a_direct_quote_asserts(rule_item) -> None:
    # nl check set 1, read half, 10799171 (gold assert)
    text = (
        "Een beetje spannend vindt Indi van den Heuvel (16) het wel, wanneer de verpleegkundige "
        'een prik in haar linkerarm zet. Maar lachen kan ze nog. ,,Pijn deed het niet", zegt '
        "ze, na afloop."
    )
    assert rule_item("nl", text, "Pijn deed het niet").stance == "assert"


def test_negated_past_with_fronted_predicate_asserts(rule_item) -> None:
    # dev nl-dpg-10793744 (gold assert)
    text = (
        "Daarmee krijgt Shell een jaar extra de tijd, stelt Follow This. Makkelijk was die "
        "beslissing niet, zegt oprichter Mark van Baal van Follow This."
    )
    assert rule_item("nl", text, "Makkelijk was die beslissing niet").stance == "assert"


def test_negated_present_rebuttal_still_denies(rule_item) -> None:
    # train nl-dpg-10648992 (gold deny)
    text = (
        "Belangrijk is dat corporaties duidelijk communiceren wat ze met de beelden doen en dat "
        "ze niet zonder toestemming persoonlijke gegevens verwerken. Dat laatste gebeurt niet, "
        "zegt Huibers."
    )
    assert rule_item("nl", text, "Dat laatste gebeurt niet").stance == "deny"
