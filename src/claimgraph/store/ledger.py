"""Claim links, clusters and stories in the store, and the ledger of each cluster.

with open_store(url) as store:
    result = link_store(store)              # link every stored claim, replace old links
    ledger = cluster_ledger(store, "c-...")  # or ledger_of_claim(store, "<doc>:<att>")
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from claimgraph.errors import StoreError
from claimgraph.link.cluster import LinkResult, link_claims
from claimgraph.link.dates import chronological
from claimgraph.link.embed import Embedder
from claimgraph.link.ledger import Ledger, SourcedClaim, build_ledger, outlet_of
from claimgraph.store.link_tables import (
    ClaimClusterTable,
    ClaimLinkTable,
    ClaimMemberTable,
    StoryTable,
)
from claimgraph.store.mapping import item_table, row_to_record
from claimgraph.store.repo import Store, describe_db_error
from claimgraph.store.tables import AttributionTable, ClaimTable, DocumentTable

_LINK_TABLES = (ClaimLinkTable, ClaimMemberTable, ClaimClusterTable, StoryTable)


_CLAIMS = item_table("claims")
# Ids per IN (...) query: far below SQLite's and PostgreSQL's bound-parameter limits.
_IN_BATCH = 500


@dataclass(frozen=True)
class StoryDay:
    """One day of a story: the clusters first reported that day, with their status."""

    date: str | None
    ledgers: list[Ledger]


def load_claims(store: Store, ids: list[str] | None = None) -> list[SourcedClaim]:
    """Stored claims with their article's outlet, URL and title and their attribution's speaker
    key (the one the speaker pages use), in article order."""
    claims, docs, atts = ClaimTable.__table__, DocumentTable.__table__, AttributionTable.__table__
    query = (
        select(claims, docs.c.url, docs.c.source, docs.c.title, atts.c.speaker_key)
        .join_from(claims, docs, claims.c.doc_id == docs.c.id)
        .outerjoin(atts, (atts.c.doc_id == claims.c.doc_id) & (atts.c.id == claims.c.attribution))
    )
    with store._reading() as conn:
        if ids is None:
            rows = list(conn.execute(query).mappings())
        else:  # in batches: a story can hold more claims than a query may bind parameters
            unique = list(dict.fromkeys(ids))
            rows = [
                row
                for start in range(0, len(unique), _IN_BATCH)
                for row in conn.execute(
                    query.where(claims.c.id.in_(unique[start : start + _IN_BATCH]))
                ).mappings()
            ]
    rows.sort(key=lambda r: (r["doc_id"], r["ordinal"]))
    return [
        SourcedClaim(
            claim=row_to_record(_CLAIMS, r),  # type: ignore[arg-type]
            outlet=outlet_of(r["url"], r["source"]),
            url=r["url"],
            title=r["title"],
            speaker_key=r["speaker_key"] or "",
        )
        for r in rows
    ]


def link_store(store: Store, embedder: Embedder | None = None) -> LinkResult:
    """Link every stored claim and replace the stored links, clusters and stories."""
    claims = load_claims(store)
    result = link_claims(claims, embedder)
    save_links(store, claims, result)
    return result


def save_links(store: Store, claims: list[SourcedClaim], result: LinkResult) -> None:
    """Replace the stored links, clusters and stories with ``result`` (one transaction)."""
    by_id = {c.claim.id: c for c in claims}
    story_of = result.story_of()
    ledgers = {
        cid: build_ledger(
            cid, [by_id[m] for m in members], story_of.get(cid, ""), result.labels.get(cid, "")
        )
        for cid, members in result.clusters.items()
    }
    try:
        with store._engine.begin() as conn:
            for table in _LINK_TABLES:
                conn.execute(delete(table))
            _insert(conn, ClaimLinkTable, [link.__dict__ for link in result.links])
            _insert(
                conn,
                ClaimMemberTable,
                [
                    {"claim_id": m, "cluster_id": cid}
                    for cid, members in result.clusters.items()
                    for m in members
                ],
            )
            _insert(conn, ClaimClusterTable, [_cluster_row(ledger) for ledger in ledgers.values()])
            _insert(
                conn,
                StoryTable,
                [
                    _story_row(sid, [ledgers[c] for c in cids])
                    for sid, cids in result.stories.items()
                ],
            )
    except Exception as exc:  # SQLAlchemyError and driver errors alike
        raise StoreError(
            f"cannot save claim links ({describe_db_error(exc)})", source=store.url
        ) from exc


def _insert(conn, table, rows) -> None:
    if rows:
        conn.execute(table.__table__.insert(), rows)


def _cluster_row(ledger: Ledger) -> dict:
    return {
        "id": ledger.cluster_id,
        "story_id": ledger.story_id,
        "label": ledger.label,
        "status": ledger.status,
        "size": ledger.sources,
        "parties": ledger.parties,
        "first_date": ledger.entries[0].date if ledger.entries else None,
    }


def _story_row(story_id: str, ledgers: list[Ledger]) -> dict:
    dates = sorted((e.date for led in ledgers for e in led.entries if e.date), key=chronological)
    main = max(ledgers, key=lambda led: len(led.entries))
    return {
        "id": story_id,
        "label": main.label,
        "clusters": len(ledgers),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
    }


def cluster_ledger(store: Store, cluster_id: str) -> Ledger | None:
    """The ledger of a stored cluster, or None when there is no such cluster."""
    with store._reading() as conn:
        row = conn.execute(
            select(ClaimClusterTable.story_id, ClaimClusterTable.label).where(
                ClaimClusterTable.id == cluster_id
            )
        ).first()
        if row is None or row.story_id is None:
            return None
        members = list(
            conn.scalars(
                select(ClaimMemberTable.claim_id).where(ClaimMemberTable.cluster_id == cluster_id)
            )
        )
    return build_ledger(cluster_id, load_claims(store, members), row.story_id, row.label or "")


def cluster_of_claim(store: Store, claim_id: str) -> str | None:
    with store._reading() as conn:
        return conn.scalar(
            select(ClaimMemberTable.cluster_id).where(ClaimMemberTable.claim_id == claim_id)
        )


@dataclass(frozen=True)
class Membership:
    """The cluster a stored claim belongs to: its id, ledger status and number of sources."""

    cluster_id: str
    status: str
    size: int


def memberships(store: Store, claim_ids: Iterable[str]) -> dict[str, Membership]:
    """Claim id -> its cluster with status and size, for the given claims that
    ``claimgraph link`` linked."""
    ids = list(dict.fromkeys(claim_ids))
    found: dict[str, Membership] = {}
    with store._reading() as conn:
        for start in range(0, len(ids), _IN_BATCH):
            query = (
                select(
                    ClaimMemberTable.claim_id,
                    ClaimClusterTable.id,
                    ClaimClusterTable.status,
                    ClaimClusterTable.size,
                )
                .join(ClaimClusterTable, ClaimClusterTable.id == ClaimMemberTable.cluster_id)
                .where(ClaimMemberTable.claim_id.in_(ids[start : start + _IN_BATCH]))
            )
            for claim_id, cluster_id, status, size in conn.execute(query).all():
                found[claim_id] = Membership(cluster_id, status, size)
    return found


def clusters_of_claims(store: Store, claim_ids: Iterable[str]) -> dict[str, str]:
    """Claim id -> its cluster id, for the given claims that ``claimgraph link`` linked."""
    return {claim: m.cluster_id for claim, m in memberships(store, claim_ids).items()}


def ledger_of(store: Store, ident: str) -> Ledger | None:
    """The ledger for a cluster id or a claim id (``<doc id>:<attribution id>``)."""
    cluster = ident if ident.startswith("c-") else cluster_of_claim(store, ident)
    return cluster_ledger(store, cluster) if cluster else None


def list_clusters(
    store: Store, status: str | None = None, min_size: int = 1, limit: int = 100
) -> list[dict]:
    """Stored clusters, as rows of id, label, status, size, parties, story, date: those with the
    most parties first (a claim several sides argue about before one speaker repeating
    himself), then the largest; clusters not counted yet (NULL, see migration 0005) last."""
    query = select(ClaimClusterTable).where(*_cluster_conditions(status, min_size))
    query = query.order_by(
        func.coalesce(ClaimClusterTable.parties, 0).desc(),
        ClaimClusterTable.size.desc(),
        ClaimClusterTable.id,
    ).limit(limit)
    with store._reading() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def count_clusters(store: Store, status: str | None = None, min_size: int = 1) -> int:
    """How many clusters :func:`list_clusters` lists with these filters and no limit."""
    count = select(func.count()).select_from(ClaimClusterTable)
    with store._reading() as conn:
        return conn.scalar(count.where(*_cluster_conditions(status, min_size))) or 0


def _cluster_conditions(status: str | None, min_size: int) -> list[Any]:
    conditions = [ClaimClusterTable.size >= min_size]
    if status:
        conditions.append(ClaimClusterTable.status == status)
    return conditions


def story_timeline(store: Store, story_id: str) -> list[StoryDay] | None:
    """A story's clusters by the day they were first reported, or None when there is none."""
    with store._reading() as conn:
        if conn.scalar(select(StoryTable.id).where(StoryTable.id == story_id)) is None:
            return None
        clusters = conn.execute(
            select(ClaimClusterTable.id, ClaimClusterTable.label)
            .where(ClaimClusterTable.story_id == story_id)
            .order_by(ClaimClusterTable.id)
        ).all()
        members = conn.execute(
            select(ClaimMemberTable.claim_id, ClaimMemberTable.cluster_id)
            .join(ClaimClusterTable, ClaimClusterTable.id == ClaimMemberTable.cluster_id)
            .where(ClaimClusterTable.story_id == story_id)
        ).all()
    # All the story's claims in one query, not one query per cluster.
    claims = load_claims(store, [m.claim_id for m in members])
    cluster_of = {m.claim_id: m.cluster_id for m in members}
    by_cluster: dict[str, list[SourcedClaim]] = {}
    for claim in claims:
        by_cluster.setdefault(cluster_of[claim.claim.id], []).append(claim)
    ledgers = [
        build_ledger(c.id, by_cluster.get(c.id, []), story_id, c.label or "") for c in clusters
    ]
    days: dict[str | None, list[Ledger]] = {}
    for ledger in ledgers:
        first = ledger.entries[0].date if ledger.entries else None
        days.setdefault(first, []).append(ledger)
    return [
        StoryDay(day, sorted(days[day], key=lambda led: -len(led.entries)))
        for day in sorted(days, key=lambda d: (d is None, chronological(d or "")))
    ]
