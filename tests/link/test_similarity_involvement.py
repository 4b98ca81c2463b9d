"""Involvement phrases: a content that says a party took part in an event (issue #6).

Denied, such a content denies that the speaker's party was the event's agent, not the event:
the linker files it with the agent claim (:func:`claimgraph.link.cluster.link_claims`).
"""

from __future__ import annotations

import pytest

from claimgraph.link.similarity import states_involvement


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # BBC headline of the founding story: "Ukraine denies having anything to do with ..."
        ("having anything to do with an apparent drone attack on the Kremlin in Moscow", "en"),
        ("his country was behind any drone attack on the Kremlin", "en"),
        ("involvement in what Russia says was an assassination attempt on President Putin", "en"),
        # PolNeAr dev, West Journal 2016-09-23
        (
            "the Saudi government, which has strongly denied any involvement in the 9/11 terror attacks",
            "en",
        ),
        # the founding article: Zelensky "ontkent dat zijn land iets te maken heeft met ..."
        ("zijn land iets te maken heeft met de door de Russen gesignaleerde droneaanval", "nl"),
        # UD Dutch-Alpino dev
        (
            "een 30-jarige Rotterdammer aangehouden op verdenking van betrokkenheid bij een dodelijke schietpartij",
            "nl",
        ),
    ],
)
def test_involvement_phrase_is_found(text: str, lang: str) -> None:
    assert states_involvement(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the event itself, and Ukraine's other denial of the founding story
        ("two drones attacked the Kremlin", "en"),
        ("Russia’s claim that Ukraine sent drones to attack the Kremlin", "en"),
        (
            "het Kremlin in de nacht van dinsdag op woensdag het doelwit was van een aanval met twee drones",
            "nl",
        ),
        ("We vallen Poetin of Moskou niet aan, we vechten op ons eigen grondgebied", "nl"),
    ],
)
def test_event_or_other_denial_is_no_involvement(text: str, lang: str) -> None:
    assert not states_involvement(text, lang)


def test_involvement_phrases_are_per_language() -> None:
    """Dutch phrases are not read in English text, and a language without a list has none."""
    dutch = "zijn land iets te maken heeft met de droneaanval"
    assert not states_involvement(dutch, "en")
    assert not states_involvement("having anything to do with the attack", "xx")
