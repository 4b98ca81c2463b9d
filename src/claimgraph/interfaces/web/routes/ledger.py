"""Claim ledgers and stories (``claimgraph link`` must have run); each page has a ``.json`` twin."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from claimgraph.interfaces.web.ledgers import (
    cluster_path,
    ledger_context,
    story_context,
    story_rows,
)
from claimgraph.interfaces.web.params import with_json_suffix
from claimgraph.interfaces.web.routes.pages import Paging, State, pager, render
from claimgraph.link.ledger import STATUSES
from claimgraph.store.ledger import ledger_of, list_clusters, story_timeline

router = APIRouter(include_in_schema=False)
# Stories are grouped from the stored clusters; this bounds the work per request.
MAX_CLUSTERS = 5000
NOT_LINKED = "run `claimgraph link` to link the stored claims"


@router.get("/claims/{ident:path}")
def claim_ledger(request: Request, state: State, ident: str) -> Response:
    """One claim: its status, every source with its stance, and the status over time.

    ``ident`` is a cluster id (``c-...``) or a claim id (``<doc id>:<attribution id>``); a claim
    id redirects to its cluster's page.
    """
    ident, as_json = with_json_suffix(ident)
    ledger = ledger_of(state.store, ident)
    if ledger is None:
        raise HTTPException(404, f"No linked claim with id {ident!r} ({NOT_LINKED}).")
    if ident != ledger.cluster_id:
        target = cluster_path(ledger.cluster_id) + (".json" if as_json else "")
        return RedirectResponse(target, status_code=307)
    return render(request, "ledger.html", ledger_context(ledger), as_json)


@router.get("/stories")
@router.get("/stories.json")
def stories(
    request: Request,
    state: State,
    page: Paging,
    status: Annotated[str | None, Query(pattern=f"^({'|'.join(STATUSES)})?$")] = None,
) -> Response:
    """Stories (claims about one event over days), most sources first, a page at a time."""
    rows = list_clusters(state.store, status=status or None, limit=MAX_CLUSTERS)
    grouped = story_rows(rows)
    shown = grouped[page.offset : page.offset + page.limit + 1]
    context = {
        "filters": {"status": status or ""},
        "statuses": list(STATUSES),
        "stories": shown[: page.limit],
        "linked": bool(rows) or bool(status),
        "page": pager(request, page, len(shown)),
    }
    return render(request, "stories.html", context, request.url.path.endswith(".json"))


@router.get("/stories/{ident:path}")
def story(request: Request, state: State, ident: str) -> Response:
    """A story's claims by the day they were first reported, each with its status."""
    ident, as_json = with_json_suffix(ident)
    days = story_timeline(state.store, ident)
    if days is None:
        raise HTTPException(404, f"No story with id {ident!r} ({NOT_LINKED}).")
    return render(request, "story.html", story_context(ident, days), as_json)


__all__ = ["router"]
