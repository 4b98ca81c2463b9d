"""Groups join on their medoids of one language, then across languages
(:func:`claimgraph.link.cluster._join_by_medoid`).

The groups are those average linkage formed in the founding story (``claimgraph ingest`` of the
Dutch article, the headlines and the briefings, then ``link``) once The Hill's Kremlin claim
("Ukraine attempted a drone strike to assassinate Russian President Vladimir Putin") was
extracted: that one more headline of the main claim left the Dutch claims with three English
fragments, a group whose one medoid ("was meant to kill President Vladimir Putin") is no closer
to the main claim than to "the US was behind it", and the main claim split in two.
"""

from __future__ import annotations

import pytest

from claimgraph.link.cluster import NEIGHBOURS, _ClaimSpace, _embedding_links, _join_by_medoid
from claimgraph.link.embed import default_embedder
from claimgraph.link.ledger import SourcedClaim
from claimgraph.link.similarity import SAME_CLAIM
from claimgraph.model import Claim

MAIN = [
    "Ukraine was behind a drone attack it said was aimed at President Vladimir Putin’s residence "
    "in the Kremlin",
    "it had averted a drone attack against the Kremlin that it blamed on Ukraine",
    "Ukraine of a failed attempt to assassinate Putin in a drone attack on Moscow's Kremlin citadel",
    "Ukraine sent drones to attack the Kremlin and assassinate Russian President Vladimir Putin",
    "Ukraine tried to assassinate President Vladimir Putin in an overnight drone attack on the "
    "Kremlin",
    "Ukraine on Wednesday of attempting a drone strike on the Kremlin with the aim of killing "
    "President Vladimir Putin",
    "Ukraine attempted a drone strike to assassinate Russian President Vladimir Putin",
    "Ukraine of trying to kill President Putin in a drone attack",
    "Ukraine of attempting to assassinate Russian President Vladimir Putin after reporting that "
    "two drones crashed into the Kremlin on Wednesday",
    "Ukraine tried to attack the Kremlin overnight with two drone strikes in an alleged attempt "
    "to assassinate President Vladimir Putin",
    "Kyiv of attempting an overnight drone strike on the Kremlin with the aim of killing the "
    "Russian president, Vladimir Putin",
    "Ukraine staged an overnight drone attack to assassinate President Vladimir Putin but has "
    "provided no evidence to back up the accusation",
    "Ukraine of a drone attack aimed at assassinating President Vladimir V. Putin, without "
    "providing evidence",
]
ACCUSATIONS = [
    "Ukraine of carrying out a daring assassination attempt on president Vladimir Putin",
    "Ukraine of trying to assassinate Putin",
    "Ukraine tried to kill Putin in Kremlin",
]
# English fragments whose subject is outside the content, and the Dutch article's claims
ATTEMPT = [
    ("en", "was meant to kill President Vladimir Putin"),
    ("en", "was a foiled assassination plot against President Vladimir Putin"),
    ("en", "targeted President Vladimir Putin"),
    ("nl", "daarin een poging van Kiev om president Vladimir Poetin te vermoorden"),
    (
        "nl",
        "het incident niettemin als een aanslag op het leven van de Russische president "
        "Vladimir Poetin",
    ),
]
US = [
    "the United States was behind an alleged drone attack on the Kremlin that it said was a "
    "Ukrainian attempt to assassinate President Vladimir Putin",
    "the US of being behind what it says was a drone attack on the Kremlin intended to kill "
    "Vladimir Putin",
    "the United States Thursday for an alleged drone attack on the Kremlin that Moscow said was "
    "a foiled assassination plot against President Vladimir Putin",
]
EVENT = [
    "two Ukrainian drones attacked Kremlin",
    "two drones attacked the Kremlin",
    "two drones crashed into the Kremlin on Wednesday",
    "two drones attempted to attack the Russian president's residence at the Kremlin in Moscow "
    "but that he was not in the building at the time",
    "two Ukrainian drones attempted to attack the Kremlin's presidential residence before they "
    "were disabled",
]


def _claims(name: str, texts: list[tuple[str, str]]) -> list[SourcedClaim]:
    return [
        SourcedClaim(
            Claim(
                f"{name}{n}:a1",
                text,
                "Kremlin",
                "assert",
                "statement",
                "a1",
                f"{name}{n}",
                lang,
                "2023-05-03",
            ),
            outlet=f"{name}{n}.example",
        )
        for n, (lang, text) in enumerate(texts)
    ]


@pytest.fixture(scope="module")
def joined() -> dict[str, set[str]]:
    named = {
        "main": _claims("main", [("en", t) for t in MAIN]),
        "accusations": _claims("accusations", [("en", t) for t in ACCUSATIONS]),
        "attempt": _claims("attempt", ATTEMPT),
        "us": _claims("us", [("en", t) for t in US]),
        "event": _claims("event", [("en", t) for t in EVENT]),
    }
    claims = [c for group in named.values() for c in group]
    space = _ClaimSpace.build(claims, default_embedder())
    links = [x for x in _embedding_links(space, NEIGHBOURS) if x.relation == SAME_CLAIM]
    groups = [[c.claim.id for c in group] for group in named.values()]
    home = {claim: frozenset(g) for g in _join_by_medoid(groups, links, space) for claim in g}
    return {name: set(home[group[0].claim.id]) for name, group in named.items()}


def test_cluster_dutch_medoid_brings_its_fragments_to_the_main_claim(joined) -> None:
    """The group's Dutch medoid states the main claim (margin +0.06 against the main claim's
    medoid); its English medoid, a fragment, did not (-0.11): with one medoid for both
    languages the Dutch claims stayed out of the main claim."""
    assert joined["attempt"] == joined["main"]


def test_cluster_medoids_by_language_keep_the_us_and_the_event_apart(joined) -> None:
    assert joined["us"].isdisjoint(joined["main"])
    assert joined["event"].isdisjoint(joined["main"])
    assert joined["us"].isdisjoint(joined["event"])
