"""Stance of negated contents, issue #5 thirteenth session (N27).

ANNOTATION.md rule 4: deny needs a claim or charge on the table that the speaker rejects; a
negative proposition that rejects no claim is an assertion. An opening-clause negation therefore
does not deny
- in a negation of progress (``nog geen aangifte gedaan``, ``niet meer nodig``: not yet, no
  longer), which reports how far a state has come (nl ``aspect_negations``);
- with a modal of obligation or permission (``zouden niet ... moeten``), which states a norm (nl
  ``norm_modals``);
- after a cue whose act is no statement (``wil geen windmolens``, ``asked U.S. citizens not
  approach``): the negation is part of what is demanded.
``geen sprake (van)`` (there is no question of X) is a denial predicate (nl stance phrases).

Real text: Dutch train and dev articles, the read halves of nl check sets 2 and 4, en check sets
2 and 4 (read half); rule stage alone."""

from __future__ import annotations


def test_not_yet_reports_a_state(rule_item) -> None:
    # train nl-dpg-10741951 (gold assert)
    text = (
        "De familie van de in 2002 door Volkert van der Graaf vermoorde politicus Pim Fortuyn had "
        "aangekondigd mogelijk juridische stappen te nemen naar aanleiding van de opmerking. "
        "Volgens de woordvoerder van het OM is er nog geen aangifte gedaan."
    )
    assert rule_item("nl", text, "is er nog geen aangifte").stance == "assert"


def test_no_longer_reports_a_state(rule_item) -> None:
    # nl check set 4, read half, 10673250 (gold assert)
    text = (
        "Volgens de president wordt India gestraft omdat de economie onvoldoende wordt "
        "opengegooid voor Amerikaanse bedrijven. Turkije heeft de voordelen niet meer nodig, "
        "aldus Washington, omdat het inmiddels een goed ontwikkeld land is."
    )
    assert rule_item("nl", text, "Turkije heeft de voordelen").stance == "assert"


def test_negated_obligation_states_a_norm(rule_item) -> None:
    # dev nl-dpg-10593552 (gold assert)
    text = (
        "Dat toejuichen is ondoordacht, en brengt veiligheidsrisico's met zich mee, waarschuwt de "
        "VIG, door het ontbreken van strenge controles. Daar zouden patiënten niet aan "
        "blootgesteld moeten worden."
    )
    assert rule_item("nl", text, "Daar zouden patiënten").stance == "assert"


def test_demand_cue_carries_its_negation(rule_item) -> None:
    # train nl-dpg-10677496 (gold assert, demand)
    text = (
        "Die staan er inmiddels op diverse plekken, behalve in Twente. Alleen de PVV wil geen "
        "windmolens."
    )
    item = rule_item("nl", text, "geen windmolens")
    assert (item.stance, item.act) == ("assert", "demand")


def test_no_question_of_denies(rule_item) -> None:
    # nl check set 2, read half, 10742575 (gold deny): the lawyer rebuts the minister's account
    text = (
        "Ook heeft Slob volgens Brussee de Kamer onjuist geïnformeerd over de schorsing. 'Mijn "
        "cliënt is geschorst, van een time-out is geen sprake geweest.'"
    )
    assert rule_item("nl", text, "Mijn cliënt is geschorst").stance == "deny"


def test_rebuttal_stays_deny(rule_item) -> None:
    # train nl-dpg-10723228 (gold deny): the mayor rejects the reported blacklist
    text = (
        '"Er is geen zwarte lijst," stelt Sala, waarmee hij wil benadrukken dat de beslissing '
        "niets te maken heeft met het land waar de financiering vandaan komt."
    )
    assert rule_item("nl", text, "Er is geen zwarte lijst").stance == "deny"


def test_english_request_carries_its_negation(rule_item) -> None:
    # en-wikinews-172 (en check set 4, read half; gold assert, demand)
    text = (
        "The United States Embassy in Iraq had suspended operations, and advised U.S. citizens to "
        "leave the country immediately in its January 3 security alert. The office asked U.S. "
        "citizens not approach the Embassy, and if in need for travel documents, to use the "
        "consulate in Erbil."
    )
    item = rule_item("en", text, "U.S. citizens not approach")
    assert (item.stance, item.act) == ("assert", "demand")


def test_english_rebuttal_stays_deny(rule_item) -> None:
    # en-wikinews-240 (en check set 2; gold deny): the link to the protest is rejected
    text = (
        "A Black Lives Matter protest had taken place in Forbury Gardens a few hours before the "
        "attack, but Basu also stated this was not connected to the crime."
    )
    assert rule_item("en", text, "this was not connected").stance == "deny"
