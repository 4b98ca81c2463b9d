"""Page contexts for claim ledgers and stories: plain dicts, rendered or served as JSON.

A ledger is one claim (a cluster of linked attributions) with every source that asserted, denied,
doubted or speculated about it; its status comes from :mod:`claimgraph.link.ledger`. Each source
links to the exact attribution on its article page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from claimgraph.interfaces.web.highlight import anchor_id
from claimgraph.interfaces.web.timeline import UNDATED, count_by_date, timeline_chart
from claimgraph.interfaces.web.views import (
    article_path,
    external_link,
    source_label,
    speaker_path,
    stance_counts,
)
from claimgraph.link.ledger import STATUSES, Ledger, LedgerEntry, derive_status
from claimgraph.model import STANCES
from claimgraph.store import Store
from claimgraph.store.ledger import cluster_ledger, clusters_of_claims

BAND_HEIGHT = 30


def cluster_path(cluster_id: str) -> str:
    return f"/claims/{quote(cluster_id, safe='')}"


def story_path(story_id: str) -> str:
    return f"/stories/{quote(story_id, safe='')}"


def attribution_of(entry: LedgerEntry) -> str:
    """The attribution id inside a claim id ``<doc id>:<attribution id>``."""
    prefix = f"{entry.doc_id}:"
    return entry.claim_id.removeprefix(prefix) if entry.claim_id.startswith(prefix) else ""


def source_item(entry: LedgerEntry) -> dict[str, Any]:
    """One source of a claim, with a link to its attribution in the article page."""
    att = attribution_of(entry)
    return {
        "claim_id": entry.claim_id,
        "date": entry.date,
        "speaker": entry.speaker,
        "speaker_path": speaker_path(entry.speaker) if entry.speaker else "",
        "party": entry.party,
        "stance": entry.stance,
        "act": entry.act,
        "lang": entry.lang,
        "outlet": source_label(entry.outlet),
        "text": entry.text,
        "doc_id": entry.doc_id,
        "href": article_path(entry.doc_id, anchor_id(att, 0) if att else ""),
        "url": external_link(entry.url),
    }


def _column_of(date: str | None, columns: Iterable[str]) -> str:
    """The chart column a source's date falls in (its own date, or the month/year it was
    rolled up to)."""
    key = date or UNDATED
    names = list(columns)
    if key in names:
        return key
    return next((c for c in names if c != UNDATED and key.startswith(c)), key)


def status_band(chart: Mapping[str, Any], entries: list[LedgerEntry]) -> list[dict[str, Any]]:
    """Under each column of the stance chart, the claim's status after that column's sources."""
    columns = [c["date"] for c in chart["columns"]]
    first_bar: dict[str, Mapping[str, Any]] = {}
    for bar in chart["bars"]:
        first_bar.setdefault(bar["date"], bar)
    seen: list[LedgerEntry] = []
    band, previous = [], ""
    for column in columns:
        seen += [e for e in entries if _column_of(e.date, columns) == column]
        status = derive_status(seen)
        bar = first_bar[column]
        band.append(
            {
                "date": column,
                "status": status,
                "changed": status != previous,
                "x": bar["x"],
                "width": bar["width"],
                "center": round(bar["x"] + bar["width"] / 2, 1),
            }
        )
        previous = status
    return band


def ledger_context(ledger: Ledger) -> dict[str, Any]:
    """The ledger page: the claim, its status, every source, stances per day, status history."""
    counts = count_by_date((e.date, e.stance) for e in ledger.entries)
    chart = timeline_chart(counts)
    return {
        "cluster": ledger.cluster_id,
        "path": cluster_path(ledger.cluster_id),
        "label": ledger.label,
        "status": ledger.status,
        "story": {"id": ledger.story_id, "path": story_path(ledger.story_id)}
        if ledger.story_id
        else None,
        "sources": [source_item(e) for e in ledger.entries],
        "stances": stance_counts([e.stance for e in ledger.entries]),
        "parties": sorted({e.party for e in ledger.entries if e.party}),
        "languages": sorted({e.lang for e in ledger.entries if e.lang}),
        "history": [
            {"date": h.date, "status": h.status, "because": h.because} for h in ledger.history
        ],
        "timeline": [{"date": d, "stances": dict(s)} for d, s in counts.items()],
        "chart": chart,
        "band": status_band(chart, ledger.entries),
        "band_height": BAND_HEIGHT,
        "legend": list(STANCES),
        "statuses": list(STATUSES),
    }


def cluster_summary(ledger: Ledger) -> dict[str, Any]:
    """A cluster as listed on a story page or beside an attribution."""
    return {
        "cluster": ledger.cluster_id,
        "path": cluster_path(ledger.cluster_id),
        "label": ledger.label,
        "status": ledger.status,
        "sources": len(ledger.entries),
        "stances": stance_counts([e.stance for e in ledger.entries]),
        "parties": sorted({e.party for e in ledger.entries if e.party}),
    }


def story_rows(clusters: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Stories from stored cluster rows (``list_clusters``): label of the largest cluster,
    number of claims and sources, first date, statuses; most sources first."""
    stories: dict[str, dict[str, Any]] = {}
    for row in clusters:
        sid = row["story_id"]
        if not sid:
            continue
        story = stories.setdefault(
            sid,
            {"id": sid, "path": story_path(sid), "label": "", "top": -1, "claims": 0,
             "sources": 0, "first_date": None, "statuses": dict.fromkeys(STATUSES, 0)},
        )  # fmt: skip
        story["claims"] += 1
        story["sources"] += row["size"]
        story["statuses"][row["status"]] = story["statuses"].get(row["status"], 0) + 1
        if row["size"] > story["top"]:
            story["top"], story["label"] = row["size"], row["label"]
        date = row["first_date"]
        if date and (story["first_date"] is None or date < story["first_date"]):
            story["first_date"] = date
    ordered = sorted(stories.values(), key=lambda s: (-s["sources"], s["id"]))
    return [{k: v for k, v in s.items() if k != "top"} for s in ordered]


def story_context(story_id: str, days: list[Any]) -> dict[str, Any]:
    """A story page: its claims grouped by the day they were first reported."""
    day_items = [
        {"date": day.date, "claims": [cluster_summary(led) for led in day.ledgers]} for day in days
    ]
    claims = [c for day in day_items for c in day["claims"]]
    main = max(claims, key=lambda c: c["sources"], default=None)
    return {
        "story": story_id,
        "path": story_path(story_id),
        "label": main["label"] if main else "",
        "claims": len(claims),
        "sources": sum(c["sources"] for c in claims),
        "days": day_items,
        "statuses": list(STATUSES),
    }


def linked_claims(store: Store, claim_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Claim id -> the summary of its cluster, for the claims that ``claimgraph link`` linked."""
    found: dict[str, dict[str, Any]] = {}
    summaries: dict[str, dict[str, Any] | None] = {}
    for claim_id, cluster in clusters_of_claims(store, claim_ids).items():
        if cluster not in summaries:
            ledger = cluster_ledger(store, cluster)
            summaries[cluster] = cluster_summary(ledger) if ledger else None
        if summaries[cluster] is not None:
            found[claim_id] = summaries[cluster]  # type: ignore[assignment]
    return found


__all__ = [
    "attribution_of",
    "cluster_path",
    "cluster_summary",
    "ledger_context",
    "linked_claims",
    "source_item",
    "status_band",
    "story_context",
    "story_path",
    "story_rows",
]
