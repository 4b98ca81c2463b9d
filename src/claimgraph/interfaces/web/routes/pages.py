"""HTML pages; each page's dict is also served as JSON with a ``.json`` suffix."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from claimgraph.errors import InputError
from claimgraph.ingest.decoding import decode_bytes, looks_binary
from claimgraph.interfaces.web.app import WebState, web_state
from claimgraph.interfaces.web.ledgers import linked_claims
from claimgraph.interfaces.web.params import (
    DATE_PATTERN,
    LANG_PATTERN,
    NO_NUL_PATTERN,
    Filters,
    Page,
    filter_params,
    page_params,
    search_text,
    with_json_suffix,
)
from claimgraph.interfaces.web.submit import analyze_text, submit
from claimgraph.interfaces.web.timeline import count_by_date
from claimgraph.interfaces.web.views import (
    article_context,
    article_path,
    display_title,
    row_item,
    speaker_context,
    speaker_path,
)
from claimgraph.model import ACTS, STANCES
from claimgraph.pipeline import events_of

router = APIRouter(include_in_schema=False)
State = Annotated[WebState, Depends(web_state)]
Paging = Annotated[Page, Depends(page_params)]
Filtering = Annotated[Filters, Depends(filter_params)]
HOME_ITEMS = 10
SEARCH_ITEMS = 20


def render(
    request: Request, template: str, context: dict[str, Any], as_json: bool, status: int = 200
) -> Response:
    """The page's dict as JSON, or rendered by ``template`` (Jinja autoescapes all of it)."""
    if as_json:
        return JSONResponse(jsonable_encoder(context), status)
    state = web_state(request)
    full = {**context, "writable": state.writable, "json_url": _json_url(request)}
    return state.templates.TemplateResponse(request, template, full, status)


def _json_url(request: Request) -> str | None:
    """The ``.json`` twin of a GET page."""
    if request.method != "GET" or request.url.path == "/analyze":
        return None
    path = "/index" if request.url.path == "/" else request.url.path.rstrip("/")
    query = request.url.query
    return f"{path}.json" + (f"?{query}" if query else "")


def pager(request: Request, page: Page, count: int) -> dict[str, Any]:
    """Links to the previous and next pages (``count`` is what this page fetched, +1 if more)."""
    url = request.url
    previous = max(page.offset - page.limit, 0)
    return {
        "limit": page.limit,
        "offset": page.offset,
        "prev_url": str(url.include_query_params(offset=previous)) if page.offset else None,
        "next_url": str(url.include_query_params(offset=page.offset + page.limit))
        if count > page.limit
        else None,
    }


def _summaries(items: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            **asdict(item),
            "path": article_path(item.id),
            "display_title": display_title(item.title, item.lead, item.lang),
        }
        for item in items
    ]


def _speakers(items: list[Any]) -> list[dict[str, Any]]:
    """Speaker rows with their page; a bare title's ("President") also with its article's."""
    return [
        {
            **asdict(item),
            "path": speaker_path(item.speaker),
            "article_path": article_path(item.doc_id) if item.doc_id else "",
        }
        for item in items
    ]


def _hits(state: WebState, items: list[Any]) -> list[dict[str, Any]]:
    """Search hits, each with its linked claim (cluster) when ``claimgraph link`` linked it."""
    linked = linked_claims(state.store, (f"{hit.doc_id}:{hit.attribution}" for hit in items))
    return [
        {
            **asdict(hit),
            "href": article_path(hit.doc_id, f"att-{hit.attribution}" if hit.attribution else ""),
            "speaker_path": speaker_path(hit.speaker),
            "article_label": display_title(hit.title, hit.lead),
            "cluster": linked.get(f"{hit.doc_id}:{hit.attribution}"),
        }
        for hit in items
    ]


def _ledgers(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The distinct linked claims among the hits, most sources first."""
    found = {hit["cluster"]["cluster"]: hit["cluster"] for hit in hits if hit["cluster"]}
    return sorted(found.values(), key=lambda c: (-c["sources"], c["cluster"]))


def home_context(state: WebState, q: str | None) -> dict[str, Any]:
    if q:
        hits = _hits(state, state.store.search_claims(q, limit=SEARCH_ITEMS))
        return {
            "q": q,
            "articles": _summaries(state.store.list_articles(q=q, limit=SEARCH_ITEMS)),
            "speakers": _speakers(state.store.speaker_counts(q=q, limit=SEARCH_ITEMS)),
            "ledgers": _ledgers(hits),
            "claims": hits,
        }
    return {
        "q": "",
        "documents": state.store.count_documents(),
        "articles": _summaries(state.store.list_articles(limit=HOME_ITEMS)),
        "speakers": _speakers(state.store.speaker_counts(limit=HOME_ITEMS)),
        "ledgers": [],
        "claims": [],
    }


@router.get("/")
@router.get("/index.json")
def home(
    request: Request,
    state: State,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    context = home_context(state, search_text(q))
    return render(request, "index.html", context, request.url.path.endswith(".json"))


@router.get("/articles")
@router.get("/articles.json")
def articles(
    request: Request,
    state: State,
    page: Paging,
    lang: Annotated[str | None, Query(pattern=LANG_PATTERN)] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN)] = None,
) -> Response:
    found = state.store.list_articles(
        lang or None, since or None, None, page.limit + 1, page.offset
    )
    context = {
        "filters": {"lang": lang or "", "since": since or ""},
        "articles": _summaries(found[: page.limit]),
        "page": pager(request, page, len(found)),
    }
    return render(request, "articles.html", context, request.url.path.endswith(".json"))


@router.get("/articles/{doc_id}")
def article(request: Request, state: State, doc_id: str) -> Response:
    doc_id, as_json = with_json_suffix(doc_id)
    doc = state.store.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"No article with id {doc_id!r}.")
    events_of(doc)  # documents stored before events existed get them now
    linked = linked_claims(state.store, (f"{doc.id}:{att.id}" for att in doc.attributions))
    clusters = {cid.removeprefix(f"{doc.id}:"): summary for cid, summary in linked.items()}
    return render(request, "article.html", article_context(doc, clusters), as_json)


@router.get("/speakers")
@router.get("/speakers.json")
def speakers(
    request: Request,
    state: State,
    page: Paging,
    q: Annotated[str | None, Query(max_length=200)] = None,
    lang: Annotated[str | None, Query(pattern=LANG_PATTERN)] = None,
) -> Response:
    found = state.store.speaker_counts(q or None, lang or None, page.limit + 1, page.offset)
    context = {
        "filters": {"q": q or "", "lang": lang or ""},
        "speakers": _speakers(found[: page.limit]),
        "legend": list(STANCES),
        "page": pager(request, page, len(found)),
    }
    return render(request, "speakers.html", context, request.url.path.endswith(".json"))


@router.get("/speakers/{name:path}")
def speaker(request: Request, state: State, name: str, page: Paging) -> Response:
    name, as_json = with_json_suffix(name)
    rows = state.store.query_attributions(speaker=name, limit=page.limit + 1, offset=page.offset)
    if not rows and page.offset == 0:
        search = f"/speakers?q={quote(name, safe='')}"
        raise HTTPException(404, f"No attributions to {name!r}; speakers named like it: {search}")
    dated = ((row.date, row.attribution.stance) for row in state.store.iter_attributions(name))
    context = speaker_context(name, rows[: page.limit], count_by_date(dated))
    context["page"] = pager(request, page, len(rows))
    return render(request, "speaker.html", context, as_json)


@router.get("/claims")
@router.get("/claims.json")
def claims(request: Request, state: State, page: Paging, filters: Filtering) -> Response:
    rows = state.store.query_attributions(
        **filters.query(), limit=page.limit + 1, offset=page.offset
    )
    context = {
        "filters": {
            "speaker": filters.speaker or "",
            "stance": [s for s in filters.stance or () if s],
            "act": [a for a in filters.act or () if a],
            "lang": filters.lang or "",
            "since": filters.since or "",
        },
        "stances": list(STANCES),
        "acts": list(ACTS),
        "claims": [row_item(row) for row in rows[: page.limit]],
        "page": pager(request, page, len(rows)),
    }
    return render(request, "claims.html", context, request.url.path.endswith(".json"))


@router.get("/analyze")
def analyze_form(request: Request) -> Response:
    return render(request, "analyze.html", {"result": None, "form": {}}, False)


async def _uploaded_text(upload: UploadFile | None) -> str:
    if upload is None or not upload.filename:
        return ""
    raw = await upload.read()
    if looks_binary(raw):
        raise InputError("the uploaded file is not text", source=upload.filename)
    return decode_bytes(raw)


@router.post("/analyze")
async def analyze_post(
    request: Request,
    state: State,
    text: Annotated[str, Form(pattern=NO_NUL_PATTERN)] = "",
    file: Annotated[UploadFile | None, File()] = None,
    lang: Annotated[str, Form(pattern=LANG_PATTERN)] = "",
    date: Annotated[str, Form(pattern=DATE_PATTERN)] = "",
    title: Annotated[str, Form(max_length=500, pattern=NO_NUL_PATTERN)] = "",
    token: Annotated[str, Form()] = "",
) -> Response:
    """Analyze pasted or uploaded text; store it only with the right write token."""
    form = {"text": text, "lang": lang, "date": date, "title": title}
    try:
        body = await _uploaded_text(file) or text
        doc = analyze_text(body, lang, date, title)
    except InputError as exc:
        context = {"result": None, "form": form, "error": str(exc)}
        return render(request, "analyze.html", context, False, 400)
    outcome = submit(state, doc, token or None)
    result = {**article_context(doc), "stored": outcome.stored, "message": outcome.message}
    return render(request, "analyze.html", {"result": result, "form": form}, False)


__all__ = ["router"]
