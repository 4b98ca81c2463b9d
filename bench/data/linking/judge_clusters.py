"""Hand judgements of claim clusters on a real corpus, and their score on a linked store.

The corpus (``clusters-corpus.md``): 400 DPG 2019 articles from 2019-03-25 on, the 171 Wikinews
2019 articles and the founding story's samples, ingested with ``claimgraph ingest`` and linked
with ``claimgraph link``. ``clusters-judged.jsonl`` holds one judged cluster per line: its
members by document id and content span (no DPG text: it may not be committed), each member
labelled ``main`` (states the cluster's main claim, or denies or doubts it), ``event`` (the same
story, another claim) or ``other`` (unrelated); and the status the ledger should show for the
members judged ``main``.

    python judge_clusters.py dump DB N > skeleton.jsonl     # the N largest clusters, to judge
    python judge_clusters.py score DB clusters-judged.jsonl  # purity and status on a store

``score`` finds each judged cluster's main members in the store (a claim whose content span
overlaps the judged span by half), takes the cluster most of them are in, and reports per
judged cluster: main members together, judged non-main members still in it, members not judged,
and whether the status is the expected one.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from claimgraph.store import open_store
from claimgraph.store.ledger import ledger_of, list_clusters
from claimgraph.store.tables import AttributionTable

DPG_PREFIX = "nl-dpg-"


def _spans(store) -> dict[str, tuple[int, int]]:
    """Claim id (``doc:attribution``) -> its content span."""
    table = AttributionTable.__table__
    query = select(table.c.doc_id, table.c.id, table.c.content_start, table.c.content_end)
    with store._reading() as conn:
        return {f"{d}:{a}": (s, e) for d, a, s, e in conn.execute(query)}


def dump(db: str, n: int) -> None:
    with open_store(db) as store:
        spans = _spans(store)
        for rank, row in enumerate(list_clusters(store, min_size=2, limit=n), start=1):
            ledger = ledger_of(store, row["id"])
            members = [
                {
                    "doc": e.doc_id,
                    "span": list(spans[e.claim_id]),
                    "party": e.party,
                    "stance": e.stance,
                    **({} if e.doc_id.startswith(DPG_PREFIX) else {"text": e.text[:160]}),
                    "label": "main",
                }
                for e in ledger.entries
            ]
            record = {"rank": rank, "status": row["status"], "members": members}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


def _agreement(judged: list[int], span: tuple[int, int]) -> float:
    """Shared characters over the union of the two spans (1.0: the same span)."""
    shared = min(judged[1], span[1]) - max(judged[0], span[0])
    union = max(judged[1], span[1]) - min(judged[0], span[0])
    return shared / union if union > 0 else 0.0


def _find(member: dict, by_doc: dict[str, list[tuple[str, tuple[int, int]]]]) -> str | None:
    """The stored claim of the document whose span agrees best with the judged one (nested
    contents of one article are told apart), if it covers half the judged span."""
    start, end = member["span"]
    best, claim = 0.0, None
    for candidate, span in by_doc.get(member["doc"], []):
        covered = min(end, span[1]) - max(start, span[0])
        score = _agreement(member["span"], span)
        if covered >= 0.5 * (end - start) and score > best:
            best, claim = score, candidate
    return claim


def score(db: str, path: str) -> dict:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    judged = [json.loads(line) for line in lines if line.strip()]
    totals = Counter()
    with open_store(db) as store:
        by_doc: dict[str, list[tuple[str, tuple[int, int]]]] = {}
        for claim, span in _spans(store).items():
            by_doc.setdefault(claim.split(":")[0], []).append((claim, span))
        for record in judged:
            labels = {}
            for member in record["members"]:
                claim = _find(member, by_doc)
                if claim is not None:
                    labels[claim] = member["label"]
            mains = [c for c, label in labels.items() if label == "main"]
            ledgers = [ledger_of(store, c) for c in mains]
            home = Counter(led.cluster_id for led in ledgers if led is not None).most_common(1)
            if not home:
                continue
            ledger = ledger_of(store, home[0][0])
            inside = [e.claim_id for e in ledger.entries]
            row = {
                "rank": record["rank"],
                "size": len(inside),
                "main_together": sum(labels.get(c) == "main" for c in inside),
                "main_judged": len(mains),
                "wrong_members": sum(labels.get(c, "main") != "main" for c in inside),
                "not_judged": sum(c not in labels for c in inside),
                "status": ledger.status,
                "expected": record["expected_status"],
            }
            sys.stdout.write(json.dumps(row) + "\n")
            totals["clusters"] += 1
            totals["members"] += row["size"]
            totals["main_together"] += row["main_together"]
            totals["wrong_members"] += row["wrong_members"]
            totals["not_judged"] += row["not_judged"]
            totals["status_right"] += row["status"] == row["expected"]
    summary = dict(totals)
    judged_members = summary["members"] - summary["not_judged"]
    summary["purity"] = round(summary["main_together"] / max(judged_members, 1), 3)
    sys.stdout.write(json.dumps(summary) + "\n")
    return summary


if __name__ == "__main__":
    command, db = sys.argv[1], sys.argv[2]
    url = db if "://" in db else f"sqlite:///{db}"
    if command == "dump":
        dump(url, int(sys.argv[3]))
    else:
        score(url, sys.argv[3])
