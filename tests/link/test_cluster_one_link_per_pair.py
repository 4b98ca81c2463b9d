"""A reaction that refers to a claim and is also its embedding neighbour gets one link, so
``claimgraph link`` can store the result (the store keeps one link per pair)."""

from __future__ import annotations

import csv

import pytest

from claimgraph.ingest.readers import document_from_text
from claimgraph.link.cluster import link_claims
from claimgraph.link.ledger import SourcedClaim
from claimgraph.model import Claim
from claimgraph.pipeline import annotate_many
from claimgraph.settings import data_dir
from claimgraph.store import open_store
from claimgraph.store.ledger import link_store, load_claims

# Wikinews (CC BY 2.5): "Study indicates as great white shark disappears, living fossil moves
# in"; its claims once made two links for one pair, which the store refused.
TITLE = "Study indicates as great white shark disappears"


@pytest.fixture(scope="module")
def shark_docs():
    path = data_dir() / "en-news" / "wikinews" / "wikinews_2019.csv"
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["title"].startswith(TITLE))
    doc = document_from_text(
        row["text"], lang="en", date=row["date"], title=row["title"], url=row["url"]
    )
    return list(annotate_many([doc]))


def _claim(claim_id: str, speaker: str, stance: str, text: str) -> SourcedClaim:
    claim = Claim(claim_id, text, speaker, stance, "statement", claim_id, "shark", "en")
    return SourcedClaim(claim)


def test_cluster_links_each_pair_of_claims_once() -> None:
    # a denial that points back at the assertion before it ("the claims ...") and also embeds
    # next to it: one link, the reference
    claims = [
        _claim("c1", "Kremlin", "assert", "two drones attacked the Kremlin overnight"),
        _claim("c2", "Zelensky", "deny", "the claims that two drones attacked the Kremlin"),
    ]
    result = link_claims(claims)
    assert [(x.method, x.source, x.target) for x in result.links] == [("reference", "c1", "c2")]


def test_a_referring_reaction_embedding_elsewhere_keeps_both_links() -> None:
    claims = [
        _claim("c1", "Kremlin", "assert", "two drones attacked the Kremlin overnight"),
        _claim("c2", "Zelensky", "deny", "the claims that two drones attacked the Kremlin"),
        _claim("c3", "Peskov", "assert", "two drones attacked the Kremlin last night"),
    ]
    pairs = [frozenset((x.source, x.target)) for x in link_claims(claims).links]
    assert len(pairs) == len(set(pairs))


def test_cluster_links_of_a_real_article_can_be_stored(shark_docs, tmp_path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'shark.db'}") as store:
        store.save_documents(shark_docs)
        result = link_store(store)
        assert len(result.links) > 0
        assert len(load_claims(store)) == len(shark_docs[0].claims)


def test_a_month_in_a_referring_reaction_names_no_party() -> None:
    # "May 9th" is a date, not Theresa May: the denial still points back at the Kremlin's claim
    # (a reaction naming a party refers to that party's claim only)
    claims = [
        _claim("c1", "Kremlin", "assert", "two drones attacked the Kremlin overnight"),
        _claim("c2", "Zelensky", "deny", "the claims that drones attacked before May 9th"),
    ]
    result = link_claims(claims)
    assert [(x.method, x.source, x.target) for x in result.links] == [("reference", "c1", "c2")]
