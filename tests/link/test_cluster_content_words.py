"""A content of function words only ("daar anders over": "<speaker> thinks differently about
it") states nothing checkable by itself: the same words in unrelated articles are not one claim.
Texts: DPG news 2019 (shared/data, not redistributed; read at test time)."""

from __future__ import annotations

import json

import pytest

from claimgraph.link.cluster import link_claims
from claimgraph.link.ledger import SourcedClaim
from claimgraph.model import Claim
from claimgraph.settings import data_dir

# article id -> speaker of its "denkt/denken daar anders over"
ARTICLES = {
    "10742577": "Jorritsma",
    "10745657": "Fietsersbond",
    "10755792": "rechter",
    "10761961": "Verkeersdeskundigen",
}
PHRASE = "daar anders over"
# one quote printed by two DPG titles (wire copies): still one claim
WIRE = {"10742191": "Lord Heseltine", "10742224": "Lord Heseltine"}
QUOTE = "de democratie en de positie van Groot-Brittannië in de wereld"


@pytest.fixture(scope="module")
def articles() -> dict[str, dict]:
    path = data_dir() / "nl-news" / "dpg-news2019.jsonl"
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    wanted = ARTICLES.keys() | WIRE.keys()
    with path.open(encoding="utf-8") as handle:
        rows = (json.loads(line) for line in handle)
        return {r["id"]: r for r in rows if r["id"] in wanted}


def _claim(row: dict, speaker: str, phrase: str) -> SourcedClaim:
    start = row["text"].index(phrase)
    text = row["text"][start : start + len(phrase)]
    doc = f"nl-dpg-{row['id']}"
    claim = Claim(f"{doc}:a1", text, speaker, "assert", "statement", "a1", doc, "nl", row["date"])
    return SourcedClaim(claim, outlet=row.get("publisher") or "dpg")


def test_cluster_function_word_content_links_nothing(articles) -> None:
    claims = [_claim(articles[i], who, PHRASE) for i, who in ARTICLES.items()]
    result = link_claims(claims)
    assert len(result.clusters) == len(claims)
    assert not result.links


def test_cluster_wire_copies_of_a_quote_still_cluster(articles) -> None:
    claims = [_claim(articles[i], who, QUOTE) for i, who in WIRE.items()]
    claims += [_claim(articles[i], who, PHRASE) for i, who in ARTICLES.items()]
    result = link_claims(claims)
    cluster_of = result.cluster_of()
    assert cluster_of[claims[0].claim.id] == cluster_of[claims[1].claim.id]
    assert len(result.clusters) == len(claims) - 1
