"""The party a claim's content opens with: who does what it says (founding-story headlines)."""

from __future__ import annotations

from claimgraph.link.lexicon import words
from claimgraph.link.similarity import opening_party, parties_clash, signature


def _opening(text: str, lang: str = "en") -> str:
    return opening_party(words(text), lang)


def test_opening_party_is_the_agent_after_function_date_and_number_words() -> None:
    assert _opening("Ukraine tried to assassinate President Vladimir Putin") == "Ukraine"
    assert _opening("the US of being behind what it says was a drone attack") == "United States"
    assert _opening("Wednesday that Ukraine tried to assassinate Putin") == "Ukraine"
    assert _opening("two Ukrainian drones attacked Kremlin") == "Ukraine"
    assert _opening("Kyiv of attempting an overnight drone strike on the Kremlin") == "Ukraine"


def test_a_party_named_after_the_opening_is_no_agent() -> None:
    assert _opening("two drones crashed into the Kremlin on Wednesday") == ""
    assert _opening("was meant to kill President Vladimir Putin") == ""
    dutch = "daarin een poging van Kiev om president Vladimir Poetin te vermoorden"
    assert _opening(dutch, "nl") == ""


def test_the_us_was_behind_it_clashes_with_ukraine_was_behind_it() -> None:
    us = signature(
        "the United States was behind an alleged drone attack on the Kremlin that it said was "
        "a Ukrainian attempt to assassinate President Vladimir Putin",
        "en",
    )
    ukraine = signature(
        "Ukraine was behind a drone attack it said was aimed at President Vladimir Putin’s "
        "residence in the Kremlin",
        "en",
    )
    paraphrase = signature("Ukraine of trying to assassinate Putin", "en")
    event = signature("two drones crashed into the Kremlin on Wednesday", "en")
    assert parties_clash(us, ukraine)
    assert not parties_clash(ukraine, paraphrase)
    assert not parties_clash(event, ukraine)  # the event names no agent
