"""A reaction that refers to a claim and is also its embedding neighbour gets one link, so
``claimgraph link`` can store the result (the store keeps one link per pair)."""

from __future__ import annotations

import csv

import pytest

from claimgraph.ingest.readers import document_from_text
from claimgraph.link.cluster import link_claims
from claimgraph.link.ledger import SourcedClaim
from claimgraph.pipeline import annotate_many
from claimgraph.settings import data_dir
from claimgraph.store import open_store
from claimgraph.store.ledger import link_store, load_claims

# Wikinews (CC BY 2.5): "Study indicates as great white shark disappears, living fossil moves
# in"; a denial of "various hypotheses" both refers to the study's claim and embeds near it.
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


def test_cluster_links_each_pair_of_claims_once(shark_docs) -> None:
    doc = shark_docs[0]
    claims = [SourcedClaim(c) for c in doc.claims]
    result = link_claims(claims)
    pairs = [frozenset((x.source, x.target)) for x in result.links]
    assert any(x.method == "reference" for x in result.links)
    assert len(pairs) == len(set(pairs))


def test_cluster_links_of_a_real_article_can_be_stored(shark_docs, tmp_path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'shark.db'}") as store:
        store.save_documents(shark_docs)
        result = link_store(store)
        assert len(result.links) > 0
        assert len(load_claims(store)) == len(shark_docs[0].claims)
