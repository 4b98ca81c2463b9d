"""``create_app``: the claimgraph web app (JSON API under /api, server-rendered pages)."""

from __future__ import annotations

import gc
import hmac
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimgraph.interfaces.web.headers import DEFAULT_MAX_BODY, SecurityHeaders
from claimgraph.interfaces.web.params import reject_nul
from claimgraph.interfaces.web.views import counted
from claimgraph.store import Store, open_store

HERE = Path(__file__).resolve().parent


class WebState:
    """What every request needs: the store, the templates and the write token (if any)."""

    def __init__(self, store: Store, templates: Jinja2Templates, write_token: str | None):
        self.store = store
        self.templates = templates
        self._write_token = write_token or None

    @property
    def writable(self) -> bool:
        return self._write_token is not None

    def token_ok(self, token: str | None) -> bool:
        """Whether ``token`` is this server's write token (compared in constant time)."""
        if self._write_token is None or not token:
            return False
        return hmac.compare_digest(token.encode(), self._write_token.encode())


def web_state(request: Request) -> WebState:
    return request.app.state.web


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.endswith(".json")


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
    state = web_state(request)
    context = {"status": exc.status_code, "detail": str(exc.detail), "writable": state.writable}
    return state.templates.TemplateResponse(request, "error.html", context, exc.status_code)


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    errors = [
        {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in exc.errors()
    ]  # the shape FastAPI documents for 422 in the OpenAPI spec
    if _wants_json(request):
        return JSONResponse({"detail": errors}, 422)
    detail = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in errors)
    state = web_state(request)
    context = {"status": 422, "detail": detail, "writable": state.writable}
    return state.templates.TemplateResponse(request, "error.html", context, 422)


def create_app(
    store_url: str | None = None,
    write_token: str | None = None,
    max_body_size: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The web app over the store at ``store_url`` (default: the configured store).

    Read-only unless ``write_token`` is given; then the paste form and ``POST /api/articles``
    store an article when the request carries that token. Request bodies over
    ``max_body_size`` bytes are refused with 413.
    """
    from claimgraph.interfaces.web.routes import api, events, ledger, pages

    store = open_store(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # What is loaded by now lives as long as the app: keep the collector from scanning it
        # again and again (full collections took ~100-300 ms of some requests on a large page).
        gc.collect()
        gc.freeze()
        yield
        gc.unfreeze()
        store.close()

    app = FastAPI(
        title="claimgraph",
        summary="Who claims what in the news, who denies or doubts it.",
        docs_url="/api/docs",
        redoc_url="/api/redoc",
        openapi_url="/api/openapi.json",
        max_body_size=max_body_size,
        lifespan=lifespan,
        dependencies=[Depends(reject_nul)],
    )
    templates = Jinja2Templates(directory=HERE / "templates")  # autoescapes .html
    templates.env.filters["counted"] = counted
    app.state.web = WebState(store, templates, write_token)
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _validation_error)  # type: ignore[arg-type]
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(ledger.router)
    app.include_router(events.router)
    return app


__all__ = ["WebState", "create_app", "web_state"]
