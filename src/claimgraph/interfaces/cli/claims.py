"""``claimgraph claims``: search stored attributions by speaker, stance, act, language, date."""

from __future__ import annotations

import typer

from claimgraph.interfaces import counted
from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    SINCE_HELP,
    ActChoice,
    StanceChoice,
    app,
    iso_date,
    matching_rows,
    open_existing_store,
    out,
    print_json_lines,
    say_if_cut,
    user_errors,
)
from claimgraph.interfaces.cli.render import attribution_row, attributions_table
from claimgraph.store.ledger import Membership, memberships
from claimgraph.store.repo import AttributionRow, Store

PAGE = 500  # attributions read at a time while looking for linked ones


@app.command("claims")
@user_errors
def claims_cli(
    speaker: str | None = typer.Option(
        None,
        help="This speaker's claims, in any spelling of the name (Zelenskyy finds Volodymyr "
        "Zelensky; President finds President, not Vice President).",
    ),
    speaker_contains: str | None = typer.Option(
        None, help="Claims of every speaker whose name contains this (any case)."
    ),
    stance: StanceChoice | None = typer.Option(None, help="What the speaker does with it."),
    act: ActChoice | None = typer.Option(None, help="The kind of speech act."),
    lang: str | None = typer.Option(None, help="Article language code, e.g. nl."),
    since: str | None = typer.Option(None, help=SINCE_HELP, callback=iso_date),
    limit: int = typer.Option(100, min=1, help="At most this many rows."),
    linked: bool = typer.Option(
        False,
        "--linked",
        help="Only claims that other sources state too (a cluster of two or more after "
        "'claimgraph link'), with the cluster's id and status.",
    ),
    db: str | None = DB_OPTION,
    json_out: bool = typer.Option(False, "--json", help="One JSON object per attribution."),
) -> None:
    """List who claimed what in the stored articles."""
    filters = {
        "speaker": speaker,
        "speaker_contains": speaker_contains,
        "stance": stance and stance.value,
        "act": act and act.value,
        "lang": lang,
        "since": since,
    }
    with open_existing_store(db) as store:
        if linked:
            found = _linked(store, filters, limit + 1)
            total = None if len(found) > limit else len(found)
            found = found[:limit]
        else:
            rows = store.query_attributions(**filters, limit=limit)
            # only the JSON rows carry the cluster; the plain table does not show it
            clusters = _cluster_of(store, rows) if json_out else [None] * len(rows)
            found = list(zip(rows, clusters, strict=True))
            total = matching_rows(len(rows), limit, lambda: store.count_attributions(**filters))
    if json_out:
        print_json_lines(_record(row, cluster) for row, cluster in found)
    elif linked and not found:
        out.print("no linked claims: run 'claimgraph link' after ingesting, or widen the filters")
    else:
        _print_table(found, linked)
    say_if_cut(len(found), total, "linked claims" if linked else "attributions")


def _print_table(found: list[tuple[AttributionRow, Membership | None]], linked: bool) -> None:
    title = counted(len(found), "linked claim" if linked else "attribution")
    rows = [attribution_row(r.attribution, r.content) for r, _ in found]
    if linked:
        for row, (_, m) in zip(rows, found, strict=True):
            row.append(f"{m.cluster_id} {m.status} ({m.size})" if m else "")
    out.print(attributions_table(title, rows, ("cluster",) if linked else ()))


def _claim_id(row: AttributionRow) -> str:
    return f"{row.doc_id}:{row.attribution.id}"


def _cluster_of(store: Store, rows: list[AttributionRow]) -> list[Membership | None]:
    found = memberships(store, [_claim_id(r) for r in rows])
    return [found.get(_claim_id(r)) for r in rows]


def _linked(store: Store, filters: dict, limit: int) -> list[tuple[AttributionRow, Membership]]:
    """The first ``limit`` attributions (in the store's date order) whose claim shares a
    cluster with another source's."""
    found: list[tuple[AttributionRow, Membership]] = []
    offset = 0
    while len(found) < limit:
        rows = store.query_attributions(**filters, limit=PAGE, offset=offset)
        for row, cluster in zip(rows, _cluster_of(store, rows), strict=True):
            if cluster is not None and cluster.size >= 2:
                found.append((row, cluster))
        if len(rows) < PAGE:
            break
        offset += PAGE
    return found[:limit]


def _record(row: AttributionRow, cluster: Membership | None) -> dict:
    return {
        **row.attribution.to_dict(),
        "content": row.content,
        "doc_id": row.doc_id,
        "title": row.title,
        "lang": row.lang,
        "date": row.date,
        "url": row.url,
        "claim_id": _claim_id(row),
        "cluster_id": cluster and cluster.cluster_id,
        "cluster_status": cluster and cluster.status,
        "cluster_size": cluster and cluster.size,
    }
