"""Link claims across articles and languages, then group them into clusters and stories.

Stage one finds each claim's nearest neighbours by embedding (:mod:`claimgraph.link.index`);
stage two reranks them by what the texts name (:mod:`claimgraph.link.similarity`) and labels
each pair ``same_claim`` or ``same_event``. A claim whose content only points at another claim
("de beweringen uit Rusland", "the reports") is joined to the claim it points at in its own
article. Clusters are the connected groups of ``same_claim`` links; stories connect clusters by
any link (events over days).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimgraph.link.dates import within
from claimgraph.link.embed import DIM, Embedder, default_embedder
from claimgraph.link.index import VectorIndex
from claimgraph.link.ledger import SourcedClaim, party_of
from claimgraph.link.lexicon import entity_forms, words
from claimgraph.link.similarity import (
    SAME_CLAIM,
    opposite_polarity,
    relation,
    rerank_score,
    signature,
)

NEIGHBOURS = 20
MIN_WORDS = 3
REACTIONS = ("deny", "doubt")


@dataclass(frozen=True)
class ClaimLink:
    """Two claims found to state the same thing (or report the same event)."""

    source: str
    target: str
    relation: str
    score: float
    similarity: float
    opposite_polarity: bool = False
    method: str = "embedding"


@dataclass
class LinkResult:
    links: list[ClaimLink]
    clusters: dict[str, list[str]]  # cluster id -> claim ids
    stories: dict[str, list[str]] = field(default_factory=dict)  # story id -> cluster ids

    def cluster_of(self) -> dict[str, str]:
        return {claim: cid for cid, claims in self.clusters.items() for claim in claims}

    def story_of(self) -> dict[str, str]:
        return {cid: sid for sid, cids in self.stories.items() for cid in cids}


def link_claims(
    claims: Sequence[SourcedClaim], embedder: Embedder | None = None, k: int = NEIGHBOURS
) -> LinkResult:
    """Links, clusters and stories over ``claims``."""
    links = _embedding_links(claims, embedder or default_embedder(), k)
    links += _reference_links(claims)
    ids = [c.claim.id for c in claims]
    clusters = _components(ids, [(x.source, x.target) for x in links if x.relation == SAME_CLAIM])
    cluster_of = {claim: cid for cid, members in clusters.items() for claim in members}
    edges = [(cluster_of[x.source], cluster_of[x.target]) for x in links]
    stories = _components(list(clusters), edges, prefix="s")
    return LinkResult(links=links, clusters=clusters, stories=stories)


def _embedding_links(claims: Sequence[SourcedClaim], embedder: Embedder, k: int) -> list[ClaimLink]:
    usable = [c for c in claims if len(words(c.claim.text)) >= MIN_WORDS]
    if len(usable) < 2:
        return []
    vectors = embedder.encode([c.claim.text for c in usable])
    index = VectorIndex(DIM)
    index.add(vectors)
    labels, sims = index.search(vectors, min(k + 1, len(usable)))
    sigs = [signature(c.claim.text, c.claim.lang) for c in usable]
    best: dict[tuple[str, str], ClaimLink] = {}
    for i, (row, row_sims) in enumerate(zip(labels, sims, strict=False)):
        a = usable[i].claim
        for j, cos in zip(row, row_sims, strict=False):
            if j < 0 or j == i:
                continue
            b = usable[j].claim
            if (a.doc_id == b.doc_id and a.text == b.text) or not within(a.date, b.date):
                continue
            score = rerank_score(float(cos), sigs[i], sigs[j])
            rel = relation(score, cross_lingual=a.lang != b.lang)
            if rel is None:
                continue
            key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            best[key] = ClaimLink(
                key[0],
                key[1],
                rel,
                round(score, 4),
                round(float(cos), 4),
                opposite_polarity(sigs[i], sigs[j]),
            )
    return list(best.values())


def _reference_links(claims: Sequence[SourcedClaim]) -> list[ClaimLink]:
    """Join "the claims from Moscow"-type reactions to the claim they point at."""
    links = []
    for position, sourced in enumerate(claims):
        claim = sourced.claim
        sig = signature(claim.text, claim.lang)
        if claim.stance not in REACTIONS or not sig.refers:
            continue
        target = _referent(claims, position, sourced)
        if target is not None:
            links.append(ClaimLink(target.id, claim.id, SAME_CLAIM, 1.0, 0.0, True, "reference"))
    return links


def _referent(claims: Sequence[SourcedClaim], position: int, ref: SourcedClaim):
    """The nearest earlier assertion in the same article by another party (the one named in
    the reference, when it names one)."""
    named = {party_of(e) for e in entity_forms().find(words(ref.claim.text))}
    for earlier in reversed(claims[:position]):
        c = earlier.claim
        if c.doc_id != ref.claim.doc_id or c.stance != "assert":
            continue
        if earlier.party == ref.party or (named and earlier.party not in named):
            continue
        return c
    return None


def _components(
    nodes: list[str], edges: list[tuple[str, str]], prefix: str = "c"
) -> dict[str, list[str]]:
    """Connected components, each keyed by a stable id hashed from its sorted members."""
    parent = {n: n for n in nodes}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in edges:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for n in nodes:
        groups.setdefault(find(n), []).append(n)
    return {_group_id(prefix, sorted(m)): sorted(m) for m in groups.values()}


def _group_id(prefix: str, members: list[str]) -> str:
    digest = hashlib.sha1("\n".join(members).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"
