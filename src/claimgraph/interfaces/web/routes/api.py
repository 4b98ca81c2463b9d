"""The JSON API under /api: articles, attributions, speakers and search, paginated."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query
from pydantic import BaseModel, Field

from claimgraph.errors import InputError
from claimgraph.interfaces.web.app import WebState, web_state
from claimgraph.interfaces.web.params import (
    DATE_PATTERN,
    LANG_PATTERN,
    NO_NUL_PATTERN,
    Filters,
    Page,
    filter_params,
    page_params,
)
from claimgraph.interfaces.web.submit import analyze_text, submit
from claimgraph.model import Document
from claimgraph.store import AttributionRow
from claimgraph.store.repo import ArticleSummary, ClaimHit, SpeakerCounts

router = APIRouter(prefix="/api", tags=["api"])
State = Annotated[WebState, Depends(web_state)]
Paging = Annotated[Page, Depends(page_params)]
Filtering = Annotated[Filters, Depends(filter_params)]


class Paginated(BaseModel):
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page; null on the last.")


class ArticlePage(Paginated):
    items: list[ArticleSummary]


class AttributionPage(Paginated):
    items: list[AttributionRow]


class SpeakerPage(Paginated):
    items: list[SpeakerCounts]


class SearchResult(BaseModel):
    q: str
    articles: list[ArticleSummary]
    speakers: list[SpeakerCounts]
    claims: list[ClaimHit]


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, pattern=NO_NUL_PATTERN)
    lang: str | None = Field(None, pattern=LANG_PATTERN)
    date: str | None = Field(None, pattern=DATE_PATTERN)
    title: str = Field("", pattern=NO_NUL_PATTERN)


class ErrorOut(BaseModel):
    detail: str


def _errors(**statuses: str) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for error statuses, e.g. ``_errors(e404="no such article")``."""
    return {
        int(key.removeprefix("e")): {"model": ErrorOut, "description": why}
        for key, why in statuses.items()
    }


def paginate(items: list[Any], page: Page) -> dict[str, Any]:
    """One page of ``items``, fetched with ``limit + 1`` to tell whether another follows."""
    more = len(items) > page.limit
    return {
        "items": items[: page.limit],
        "limit": page.limit,
        "offset": page.offset,
        "next_offset": page.offset + page.limit if more else None,
    }


@router.get("/articles", response_model=ArticlePage, summary="List articles, newest first")
def articles(
    state: State,
    page: Paging,
    lang: Annotated[str | None, Query(pattern=LANG_PATTERN)] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
    q: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL_PATTERN, description="Text in title or body."),
    ] = None,
) -> dict[str, Any]:
    found = state.store.list_articles(lang, since, q, page.limit + 1, page.offset)
    return paginate(found, page)


@router.get(
    "/articles/{doc_id}",
    response_model=Document,
    summary="One article, analyzed",
    responses=_errors(e404="No article with this id."),
)
def article(state: State, doc_id: Annotated[str, Path(pattern=NO_NUL_PATTERN)]) -> Document:
    doc = state.store.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no article with id {doc_id!r}")
    return doc


@router.post(
    "/articles",
    response_model=Document,
    status_code=201,
    summary="Analyze and store an article (needs the write token)",
    responses=_errors(
        e400="The text cannot be analyzed.",
        e403="No or a wrong write token.",
        e413="The request body is too large.",
    ),
)
def add_article(
    state: State,
    body: ArticleIn,
    authorization: Annotated[str | None, Header(description="Bearer <write token>")] = None,
) -> Document:
    token = (authorization or "").removeprefix("Bearer ").strip()
    if not state.token_ok(token):
        raise HTTPException(403, "writing needs the server's write token")
    try:
        doc = analyze_text(body.text, body.lang, body.date, body.title)
    except InputError as exc:
        raise HTTPException(400, str(exc)) from exc
    return submit(state, doc, token).doc


@router.get("/attributions", response_model=AttributionPage, summary="Who claims what")
def attributions(state: State, page: Paging, filters: Filtering) -> dict[str, Any]:
    rows = state.store.query_attributions(
        **filters.query(), limit=page.limit + 1, offset=page.offset
    )
    return paginate(rows, page)


@router.get("/speakers", response_model=SpeakerPage, summary="Speakers with counts by stance")
def speakers(
    state: State,
    page: Paging,
    q: Annotated[
        str | None,
        Query(max_length=200, pattern=NO_NUL_PATTERN, description="Part of the name."),
    ] = None,
    lang: Annotated[str | None, Query(pattern=LANG_PATTERN)] = None,
) -> dict[str, Any]:
    found = state.store.speaker_counts(q, lang, page.limit + 1, page.offset)
    return paginate(found, page)


@router.get("/search", response_model=SearchResult, summary="Search articles, speakers, claims")
def search(
    state: State,
    q: Annotated[str, Query(min_length=1, max_length=200, pattern=NO_NUL_PATTERN)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, Any]:
    return {
        "q": q,
        "articles": state.store.list_articles(q=q, limit=limit),
        "speakers": state.store.speaker_counts(q=q, limit=limit),
        "claims": state.store.search_claims(q, limit=limit),
    }


__all__ = ["router"]
