"""The events page and its ``.json`` twin."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from claimgraph.interfaces.web.events import EventFilters, events_context
from claimgraph.interfaces.web.params import DATE_PATTERN
from claimgraph.interfaces.web.routes.pages import Paging, State, pager, render
from claimgraph.interfaces.web.worldmap import without_outlines

router = APIRouter(include_in_schema=False)


@router.get("/events")
@router.get("/events.json")
def events(
    request: Request,
    state: State,
    page: Paging,
    actor: Annotated[
        str | None, Query(max_length=100, description="Either party's country code or name.")
    ] = None,
    type: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_]*$", max_length=40, description="PLOVER type.")
    ] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
    place: Annotated[int, Query(ge=0, description="GeoNames id of the place.")] = 0,
) -> Response:
    """Who did what to whom, when and where: filters, a map of the places, the events."""
    filters = EventFilters((actor or "").strip(), (type or "").upper(), since or "", place)
    context = events_context(state.store, filters, page.limit, page.offset)
    context["page"] = pager(request, page, len(context["events"]) + int(context["more"]))
    as_json = request.url.path.endswith(".json")
    if as_json:
        context["map"] = without_outlines(context["map"])
    return render(request, "events.html", context, as_json)


__all__ = ["router"]
