"""Link claims across articles and languages, then group them into clusters and stories.

Stage one finds each claim's nearest neighbours by embedding (:mod:`claimgraph.link.index`);
stage two reranks them by what the texts name (:mod:`claimgraph.link.similarity`) and labels
each pair ``same_claim`` or ``same_event``. A claim whose content only points at another claim
("de beweringen uit Rusland", "the reports") is joined to the claim it points at in its own
article. Clusters grow by average linkage over ``same_claim`` links: of the groups a link
joins, the two whose members agree best *on average* (mean of pair score minus the pair's
threshold) merge first, while that mean is at least 0, so that one borderline link cannot
chain unrelated claims (connected components put "the US was behind it" into the main Kremlin
claim); two claims that open with different parties ("Ukraine was behind ...", "the United
States was behind ...") score ``PARTY_CLASH`` less. Groups form within each language first and
are then joined across languages on their cross-language pairs (see :func:`_link_groups`);
groups whose medoids (one per language) state one claim then join (:func:`_join_by_medoid`).
A reaction that refers to a claim joins that claim's cluster, and a denial of involvement
("Ukraine denies having anything to do with the attack") the cluster that names the speaker's
party as the agent (:func:`_attach_involvement_denials`). Each cluster is labelled with its
medoid's text. Stories group clusters by the same average linkage over all links at a lower
bar (``STORY_THRESHOLD``), and a cluster left alone joins the story its best link leads to (see
:func:`_stories`).
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from claimgraph.link.dates import within
from claimgraph.link.embed import DIM, Embedder, default_embedder
from claimgraph.link.index import VectorIndex
from claimgraph.link.ledger import SourcedClaim, party_of
from claimgraph.link.lexicon import content_words, entity_forms, words
from claimgraph.link.similarity import (
    NUMBER_CLASH,
    SAME_CLAIM,
    Signature,
    claim_threshold,
    naming_words,
    opposite_polarity,
    parties_clash,
    relation,
    rerank_score,
    signature,
    states_involvement,
)
from claimgraph.model import Claim

NEIGHBOURS = 20
MIN_WORDS = 3
# A content with fewer words than this besides function words states nothing checkable on its
# own: "daar anders over" ("<speaker> thinks differently about it") from five unrelated DPG
# articles made one "corroborated" cluster, "he was innocent" or "hoe dat kan" only point into
# their article. Such claims are not embedded, so they link only by reference.
MIN_CONTENT_WORDS = 2
# Mean reranked score from which two groups of clusters tell one story. Connected components
# over every link (score >= EVENT_THRESHOLD 0.45) chained a real corpus into two stories: 608
# claims of 2019 Dutch news on dozens of topics, and the founding story with 466 of the White
# House briefings' 589 claims (debt ceiling, inflation). At 0.38 its story keeps 89 of its 120
# headline claims and 4 briefing claims (0.40: 88, 0.45: 70), and the real nl<->en pairs share
# a story as often as before (same_event 12/16; 0.40: 11/16); bench/data/linking/clusters-corpus.md.
STORY_THRESHOLD = 0.38
REACTIONS = ("deny", "doubt")
# What a pair of claims loses, when claims are grouped, if they open with different parties
# (:func:`~claimgraph.link.similarity.parties_clash`): as much as two different numbers, another
# particular of the claim. Average linkage put "Ukraine was behind a drone attack" with "the
# United States was behind an alleged drone attack" (0.91), and the founding story's main claim
# with 4 US claims. 0.10 to 0.25 give the same clusters; 0.05 (an entity clash) lets the US
# claims back in when one headline's content starts "Wednesday that". Only grouping is scored
# so, not links or rankings.
PARTY_CLASH = NUMBER_CLASH
# Share of a cluster's asserting members that must open with one party for the cluster to
# state that party's agency (:func:`_agent`): the founding story's main claim "Ukraine tried to
# assassinate Putin" opens with Ukraine in 13 of its 20 assertions; its event "two drones
# attacked the Kremlin" in 2 of 9 ("two Ukrainian drones attacked Kremlin"): a share above 2/9
# and up to 13/20 tells the two apart.
AGENT_SHARE = 0.5


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
    labels: dict[str, str] = field(default_factory=dict)  # cluster id -> its medoid claim's text

    def cluster_of(self) -> dict[str, str]:
        return {claim: cid for cid, claims in self.clusters.items() for claim in claims}

    def story_of(self) -> dict[str, str]:
        return {cid: sid for sid, cids in self.stories.items() for cid in cids}


def link_claims(
    claims: Sequence[SourcedClaim], embedder: Embedder | None = None, k: int = NEIGHBOURS
) -> LinkResult:
    """Links, clusters (each labelled with its medoid's text) and stories over ``claims``."""
    space = _ClaimSpace.build(claims, embedder or default_embedder())
    links = _embedding_links(space, k)
    references = _reference_links(claims)
    links += references
    ids = [c.claim.id for c in claims]
    reactions = {c.claim.id for c in claims if c.claim.stance in REACTIONS}
    embedded = [x for x in links if x.method == "embedding" and x.relation == SAME_CLAIM]
    claim_links = [x for x in embedded if not {x.source, x.target} & reactions]
    groups = _link_groups(
        [[i] for i in ids], claim_links, space, space.mean_margin, space.cross_margin
    )
    groups = _join_by_medoid(groups, claim_links, space)
    groups = _attach_reactions(groups, embedded, reactions)
    groups = _attach_references(groups, references)
    groups = _attach_involvement_denials(groups, links, claims)
    clusters = {_group_id("c", sorted(m)): sorted(m) for m in groups}
    labels = {cid: space.label_text(members) for cid, members in clusters.items()}
    stories = _stories(clusters, links, space)
    return LinkResult(links=_one_per_pair(links), clusters=clusters, stories=stories, labels=labels)


@dataclass
class _ClaimSpace:
    """The embeddable claims (``MIN_WORDS`` or more) with their vectors and signatures."""

    usable: list[SourcedClaim]
    vectors: np.ndarray
    sigs: list[Signature]
    row: dict[str, int]
    claims: dict[str, Claim]  # every claim by id, embeddable or not

    @classmethod
    def build(cls, claims: Sequence[SourcedClaim], embedder: Embedder) -> _ClaimSpace:
        usable = [c for c in claims if _linkable(c.claim)]
        vectors = (
            embedder.encode([c.claim.text for c in usable])
            if usable
            else np.zeros((0, DIM), dtype=np.float32)
        )
        return cls(
            usable=usable,
            vectors=vectors,
            sigs=[signature(c.claim.text, c.claim.lang) for c in usable],
            row={c.claim.id: i for i, c in enumerate(usable)},
            claims={c.claim.id: c.claim for c in claims},
        )

    def mean_margin(self, a: list[str], b: list[str]) -> float:
        """Mean over all pairs across ``a`` and ``b`` of (rerank score, less ``PARTY_CLASH``
        when they open with different parties, - the pair's threshold); claims without a vector
        take no part (0 when no pair has both vectors)."""
        return self._mean_margin(a, b, "any")

    def same_margin(self, a: list[str], b: list[str]) -> float:
        """:meth:`mean_margin` over the pairs across ``a`` and ``b`` in one language."""
        return self._mean_margin(a, b, "same")

    def cross_margin(self, a: list[str], b: list[str]) -> float:
        """:meth:`mean_margin` over the pairs across ``a`` and ``b`` in different languages."""
        return self._mean_margin(a, b, "cross")

    def story_margin(self, a: list[str], b: list[str]) -> float:
        """:meth:`mean_margin` against ``STORY_THRESHOLD`` in any language pair, with no
        ``PARTY_CLASH`` (the US blamed for the attack is part of its story)."""
        return self._mean_margin(a, b, "any", lambda _cross: STORY_THRESHOLD, 0.0)

    def cross_story_margin(self, a: list[str], b: list[str]) -> float:
        """:meth:`story_margin` over the pairs in different languages."""
        return self._mean_margin(a, b, "cross", lambda _cross: STORY_THRESHOLD, 0.0)

    def lang(self, claim: str) -> str:
        return self.usable[self.row[claim]].claim.lang if claim in self.row else ""

    def _mean_margin(
        self,
        a: list[str],
        b: list[str],
        languages: Literal["any", "same", "cross"],
        threshold: Callable[[bool], float] = claim_threshold,
        clash: float = PARTY_CLASH,
    ) -> float:
        ra = [self.row[x] for x in a if x in self.row]
        rb = [self.row[x] for x in b if x in self.row]
        if not ra or not rb:
            return 0.0
        cosines = self.vectors[ra] @ self.vectors[rb].T
        total, pairs = 0.0, 0
        for i, x in enumerate(ra):
            cx = self.usable[x].claim
            for j, y in enumerate(rb):
                cy = self.usable[y].claim
                if languages != "any" and (languages == "cross") == (cx.lang == cy.lang):
                    continue
                sx, sy = self.sigs[x], self.sigs[y]
                score = rerank_score(float(cosines[i, j]), sx, sy)
                score -= clash if parties_clash(sx, sy) else 0.0
                total += score - threshold(cx.lang != cy.lang)
                pairs += 1
        return total / pairs if pairs else 0.0

    def medoid(self, members: list[str]) -> str | None:
        """The member most similar on average to the others (None when none has a vector)."""
        rows = [self.row[m] for m in members if m in self.row]
        if not rows:
            return None
        sims = self.vectors[rows] @ self.vectors[rows].T
        return self.usable[rows[int(np.argmax(sims.sum(axis=1)))]].claim.id

    def medoids_by_language(self, members: list[str]) -> list[str]:
        """The :meth:`medoid` of the ``members`` of each language, in a stable order."""
        by_lang: dict[str, list[str]] = {}
        for m in members:
            by_lang.setdefault(self.lang(m), []).append(m)
        found = (self.medoid(group) for lang, group in sorted(by_lang.items()) if lang)
        return [m for m in found if m is not None]

    def medoid_text(self, members: list[str]) -> str:
        """The text of the :meth:`medoid` (of the first member when none has a vector)."""
        return self.claims[self.medoid(members) or members[0]].text

    def label_text(self, members: list[str]) -> str:
        """The :meth:`medoid_text` of the members that state something: a reporter's question
        ("Has the administration determined that there's any validity to Russia's claim ...")
        asks about the claim and does not name it; all members when every one is a question."""
        stated = [m for m in members if self.claims[m].act != "question"]
        return self.medoid_text(stated or members)


def _linkable(claim: Claim) -> bool:
    """Long enough to embed, with ``MIN_CONTENT_WORDS`` content words."""
    return (
        len(words(claim.text)) >= MIN_WORDS
        and len(content_words(claim.text, claim.lang)) >= MIN_CONTENT_WORDS
    )


def _embedding_links(space: _ClaimSpace, k: int) -> list[ClaimLink]:
    usable, vectors, sigs = space.usable, space.vectors, space.sigs
    if len(usable) < 2:
        return []
    index = VectorIndex(DIM)
    index.add(vectors)
    labels, sims = index.search(vectors, min(k + 1, len(usable)))
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


def _one_per_pair(links: list[ClaimLink]) -> list[ClaimLink]:
    """One link per pair of claims: a reaction that refers to a claim can also be its embedding
    neighbour, and the store keeps one link per pair; the reference (the later one) wins."""
    unique: dict[frozenset[str], ClaimLink] = {}
    for link in links:
        unique[frozenset((link.source, link.target))] = link
    return list(unique.values())


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
    text = ref.claim.text
    named = {party_of(e) for e in entity_forms().find(naming_words(words(text), ref.claim.lang))}
    for earlier in reversed(claims[:position]):
        c = earlier.claim
        if c.doc_id != ref.claim.doc_id or c.stance != "assert":
            continue
        if earlier.party == ref.party or (named and earlier.party not in named):
            continue
        return c
    return None


def _link_groups(
    groups: list[list[str]],
    links: list[ClaimLink],
    space: _ClaimSpace,
    margin: Callable[[list[str], list[str]], float],
    cross_margin: Callable[[list[str], list[str]], float],
) -> list[list[str]]:
    """Average linkage within each language (``margin``), then across languages on
    cross-language pairs (``cross_margin``).

    A cross-language pair is held to a lower bar (translations embed further apart), so in one
    pass a translation's margin with a single headline outranks the headlines' agreement among
    themselves: the founding article's main claim paired off with one English headline (margin
    +0.10), and that pair could not join the 4 headlines of the same claim (mean -0.003, the
    headline disagreeing with them at -0.05) although the Dutch claim agrees with them on
    average (+0.05). Across languages only the cross-language pairs are weighed: the groups of
    one language were already kept apart on their own pairs.
    """
    same = [x for x in links if space.lang(x.source) == space.lang(x.target)]
    cross = [x for x in links if space.lang(x.source) != space.lang(x.target)]
    return _average_linkage(_average_linkage(groups, same, margin), cross, cross_margin)


def _join_by_medoid(
    groups: list[list[str]], links: list[ClaimLink], space: _ClaimSpace
) -> list[list[str]]:
    """Average linkage once more, over the groups' medoids (the claim a ledger row shows).

    Over all members, the mean pair score of two large groups falls with their spread: the
    founding story's main claim stayed in two groups of 17 and 13 claims (mean margin -0.08)
    whose medoids, "Ukraine of carrying out a daring assassination attempt on president Vladimir
    Putin" and "Ukraine tried to assassinate President Vladimir Putin in an overnight drone
    attack", state one claim (+0.06). The members' mean barely tells the claim from its event
    ("two drones crashed into the Kremlin": -0.10; before the party clash it was the closer of
    the two, and the centroids were as close to either, cosine 0.88); the medoids do (-0.14).
    Two groups join while the mean margin of their medoids is at least 0; a joined group keeps
    the medoids of its parts, so a chain of borderline medoids does not join. Only groups of
    several claims (the clusters a ledger lists) join so: a lone claim was weighed against
    each whole group already, and its margin with one medoid hung on which member that was.

    A group has a medoid in each of its languages, and groups join as in :func:`_link_groups`:
    on their medoids of one language, then on their medoids of different languages. With one
    medoid for all, a group of English fragments and Dutch claims ("was meant to kill President
    Vladimir Putin", "een poging van Kiev om president Vladimir Poetin te vermoorden") showed
    only a fragment (-0.11 with the main claim's medoid, -0.05 with "the US of being behind
    ..."), while its Dutch medoid states the main claim (+0.06; the US claim -0.02, the event
    -0.27): whether the Dutch claims reached the main claim hung on a cross-language margin of
    0.035 against 0.036, which one more English headline of the claim tipped.
    """
    medoids = {claim: space.medoids_by_language(g) for g in groups if len(g) > 1 for claim in g}
    between_clusters = [x for x in links if x.source in medoids and x.target in medoids]

    def same(a: list[str], b: list[str]) -> float:
        return space.same_margin(_medoids(a, medoids), _medoids(b, medoids))

    def cross(a: list[str], b: list[str]) -> float:
        return space.cross_margin(_medoids(a, medoids), _medoids(b, medoids))

    return _link_groups(groups, between_clusters, space, same, cross)


def _medoids(members: list[str], medoids: dict[str, list[str]]) -> list[str]:
    """The distinct medoids of the groups ``members`` were drawn from, in a stable order."""
    return sorted({m for c in members for m in medoids[c]})


def _stories(
    clusters: dict[str, list[str]], links: list[ClaimLink], space: _ClaimSpace
) -> dict[str, list[str]]:
    """Story id -> cluster ids: clusters grouped by average linkage over all their links (any
    relation) against ``STORY_THRESHOLD``, within each language and then across languages;
    then each cluster still alone joins the story of its best link, as a leaf (a leaf's link
    merges no two stories, so a chain of borderline links cannot join two topics)."""
    groups = _link_groups(
        list(clusters.values()), links, space, space.story_margin, space.cross_story_margin
    )
    groups = _attach_lone_clusters(groups, clusters, links)
    cluster_of = {claim: cid for cid, members in clusters.items() for claim in members}
    return {
        _group_id("s", sorted(ids)): sorted(ids)
        for ids in ({cluster_of[claim] for claim in group} for group in groups)
    }


def _attach_lone_clusters(
    groups: list[list[str]], clusters: dict[str, list[str]], links: list[ClaimLink]
) -> list[list[str]]:
    """Move each group that is one cluster into the group of its best-scored link."""
    index = {claim: n for n, members in enumerate(groups) for claim in members}
    lone = {
        index[members[0]]
        for members in clusters.values()
        if len(groups[index[members[0]]]) == len(members)
    }
    best: dict[int, tuple[float, int]] = {}
    for link in links:
        for a, b in ((link.source, link.target), (link.target, link.source)):
            home, other = index[a], index[b]
            if home in lone and other != home and link.score > best.get(home, (-1.0, 0))[0]:
                best[home] = (link.score, other)
    moved: dict[int, int] = {}
    for home, (_score, other) in sorted(best.items()):
        target = moved.get(other, other)
        if target == home:
            continue  # two lone clusters that lead to each other: joined once
        groups[target].extend(groups[home])
        groups[home] = []
        moved[home] = target
    return [g for g in groups if g]


def _average_linkage(
    groups: list[list[str]],
    links: list[ClaimLink],
    margin: Callable[[list[str], list[str]], float],
) -> list[list[str]]:
    """Agglomerative average linkage over the groups that ``links`` join: merge the
    two whose ``margin`` (a mean over their pairs) is highest, again and again, while it is at
    least 0. Merging along single links, strongest first, made the result depend on which
    group a claim met first (one headline losing "Wednesday that" split the founding story)."""
    members = {min(g): list(g) for g in groups}
    owner = {claim: key for key, g in members.items() for claim in g}
    neighbours: dict[str, set[str]] = {key: set() for key in members}
    for link in links:
        a, b = owner.get(link.source), owner.get(link.target)
        if a is not None and b is not None and a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    # each entry keeps its groups' sizes: a group that has merged since has another size
    heap: list[tuple[float, str, str, int, int]] = []

    def size(key: str) -> int:
        return len(members.get(key, ()))

    def push(a: str, b: str) -> None:
        a, b = min(a, b), max(a, b)
        heapq.heappush(heap, (-margin(members[a], members[b]), a, b, size(a), size(b)))

    for a, near in neighbours.items():
        for b in near:
            if a < b:
                push(a, b)
    while heap:
        negative, a, b, size_a, size_b = heapq.heappop(heap)
        if -negative < 0:
            break
        if size(a) != size_a or size(b) != size_b:
            continue  # merged since; the merged group's pairs were pushed anew
        members[a] += members.pop(b)
        near = (neighbours.pop(a) | neighbours.pop(b)) - {a, b}
        neighbours[a] = near
        for c in near:
            neighbours[c] = (neighbours[c] - {a, b}) | {a}
            push(a, c)
    return list(members.values())


def _attach_reactions(
    groups: list[list[str]], links: list[ClaimLink], reactions: set[str]
) -> list[list[str]]:
    """Put each denial or doubt into the group of the non-reaction claim it links to best.

    A reaction states the same claim with the opposite stance, so it belongs with it; but it
    joins as a leaf: linking two reactions, or a reaction to two claims, merges nothing.
    """
    index = {claim: n for n, members in enumerate(groups) for claim in members}
    best: dict[str, tuple[float, str]] = {}
    for link in links:
        for reaction, other in ((link.source, link.target), (link.target, link.source)):
            usable = reaction in reactions and other not in reactions and other in index
            if usable and link.score > best.get(reaction, (float("-inf"), ""))[0]:
                best[reaction] = (link.score, other)
    for reaction, (_score, other) in sorted(best.items()):
        if reaction not in index:
            continue
        groups[index[reaction]].remove(reaction)
        groups[index[other]].append(reaction)
        index[reaction] = index[other]
    return [g for g in groups if g]


def _attach_references(groups: list[list[str]], references: list[ClaimLink]) -> list[list[str]]:
    """Move each referring reaction (still alone) into the group of the claim it refers to."""
    index = {claim: n for n, members in enumerate(groups) for claim in members}
    for link in references:
        source, target = index.get(link.source), index.get(link.target)
        if source is None or target is None or source == target or len(groups[target]) != 1:
            continue
        groups[target].remove(link.target)
        groups[source].append(link.target)
        index[link.target] = source
    return [g for g in groups if g]


def _attach_involvement_denials(
    groups: list[list[str]], links: list[ClaimLink], claims: Sequence[SourcedClaim]
) -> list[list[str]]:
    """Move each denial of involvement into the best-linked group whose claim is that the
    speaker's party was the agent (:func:`_agent`), unless its own group is one already.

    "Ukraine denies having anything to do with an apparent drone attack on the Kremlin" embeds
    next to the event ("two drones attacked the Kremlin") and made it "disputed"; what Ukraine
    denies is that Ukraine was behind the attack. A denial with no such group linked stays.
    """
    denials = {
        c.claim.id: c.party
        for c in claims
        if c.claim.stance == "deny" and states_involvement(c.claim.text, c.claim.lang)
    }
    if not denials:
        return groups
    by_id = {c.claim.id: c.claim for c in claims}
    index = {claim: n for n, members in enumerate(groups) for claim in members}
    agents = [_agent(members, by_id) for members in groups]
    best: dict[str, tuple[float, int]] = {}
    for link in links:
        for denial, other in ((link.source, link.target), (link.target, link.source)):
            party = denials.get(denial)
            if party is None or other not in index or agents[index[denial]] == party:
                continue
            target = index[other]
            if agents[target] == party and link.score > best.get(denial, (float("-inf"), 0))[0]:
                best[denial] = (link.score, target)
    for denial, (_score, target) in sorted(best.items()):
        groups[index[denial]].remove(denial)
        groups[target].append(denial)
    return [g for g in groups if g]


def _agent(members: list[str], claims: dict[str, Claim]) -> str:
    """The party that at least ``AGENT_SHARE`` of the group's assertions open with (their
    agent, :func:`~claimgraph.link.similarity.opening_party`), else ""."""
    asserted = [
        claims[m] for m in members if claims[m].stance == "assert" and claims[m].act != "question"
    ]
    opening = Counter(signature(c.text, c.lang).party for c in asserted)
    opening.pop("", None)
    if not opening:
        return ""
    party, count = opening.most_common(1)[0]
    return party if count >= AGENT_SHARE * len(asserted) else ""


def _group_id(prefix: str, members: list[str]) -> str:
    digest = hashlib.sha1("\n".join(members).encode("utf-8")).hexdigest()[:10]
    return f"{prefix}-{digest}"
