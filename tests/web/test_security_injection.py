"""Hostile requests: SQL-injection payloads in every query and path parameter of every route
(API and pages, found by walking the app's routes), path traversal out of /static, oversized
bodies. Nothing answers 500 and the store is unchanged afterwards, on SQLite and, when
$CLAIMGRAPH_TEST_PG_URL is set, on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from claimgraph.interfaces.web import create_app
from claimgraph.interfaces.web.headers import DEFAULT_MAX_BODY
from claimgraph.store import open_store

PG_URL_ENV = "CLAIMGRAPH_TEST_PG_URL"
SQL_PAYLOADS = [
    "' OR '1'='1",
    "' OR 1=1 --",
    '" OR ""="',
    "') OR ('a'='a",
    "'; DROP TABLE documents; --",
    "1; DELETE FROM attributions",
    "' UNION SELECT id, text, NULL FROM documents --",
    "1' AND 1=CAST((SELECT version()) AS int) --",
    "%' OR '%'='",
    "\\'; SELECT 1; --",
    "admin'/*",
    "' || pg_sleep(0) || '",
    "\x00' OR 1=1 --",
    "Зеленский' OR 'x'='x",
]
TRAVERSALS = [
    "/static/%2e%2e/app.py",
    "/static/..%2fapp.py",
    "/static/%2e%2e%2fapp.py",
    "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml",
    "/static/..%5capp.py",
    "/static/%252e%252e/app.py",
    "/static/....//app.py",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/style.css%00.txt",
    "/static/%00",
    "/static/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/articles/..%2f..%2f..%2fetc%2fpasswd",
    "/speakers/..%2f..%2f..%2fetc%2fpasswd",
]
SECRETS = ["create_app", "root:x:0:0", "[project]"]  # app.py, /etc/passwd, pyproject.toml
APP = create_app("sqlite://")  # only to list routes and parameters


def _flat(dependant: Any, kind: str) -> list[str]:
    names = [field.alias for field in getattr(dependant, kind)]
    for sub in dependant.dependencies:
        names += _flat(sub, kind)
    return names


def _api_routes(routes: list[Any]) -> Iterator[APIRoute]:
    """Every APIRoute, also those inside included routers."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):
            yield from _api_routes(route.original_router.routes)
        elif hasattr(route, "routes"):
            yield from _api_routes(route.routes)


GET_ROUTES = [route for route in _api_routes(APP.routes) if "GET" in route.methods]
QUERY_CASES = [
    (route.path, name)
    for route in GET_ROUTES
    for name in dict.fromkeys(_flat(route.dependant, "query_params"))
]
PATH_CASES = [
    (route.path, name)
    for route in GET_ROUTES
    for name in dict.fromkeys(_flat(route.dependant, "path_params"))
]


def _url(template: str, value: str = "x") -> str:
    """``template`` with every path parameter (``{name}`` or ``{name:path}``) set to ``value``."""
    url, rest = "", template
    while "{" in rest:
        before, _, after = rest.partition("{")
        _, _, rest = after.partition("}")
        url += before + quote(value, safe="")
    return url + rest


def _snapshot(url: str) -> list[dict[str, Any]]:
    with open_store(url) as store:
        return [doc.to_dict() for doc in store.iter_documents()]


def _pg_schema_url(base: str, schema: str) -> str:
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}options=-csearch_path%3D{schema}"


def _run_pg(base: str, statement: str) -> None:
    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(statement))
    engine.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend_url(
    request: pytest.FixtureRequest, store_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A copy of the web tests' store: a SQLite file, or a schema of its own in PostgreSQL."""
    if request.param == "sqlite":
        copy = tmp_path_factory.mktemp("injection") / "claims.db"
        shutil.copyfile(Path(store_url.removeprefix("sqlite:///")), copy)
        yield f"sqlite:///{copy}"
        return
    base = os.environ.get(PG_URL_ENV)
    if not base:
        pytest.skip(f"${PG_URL_ENV} is not set")
    schema = f"cg_injection_{uuid.uuid4().hex[:12]}"
    _run_pg(base, f"CREATE SCHEMA {schema}")
    url = _pg_schema_url(base, schema)
    try:
        with open_store(store_url) as source, open_store(url) as target:
            target.save_documents(source.iter_documents())
        yield url
    finally:
        _run_pg(base, f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(scope="module")
def hostile_client(backend_url: str) -> Iterator[TestClient]:
    """A read-only app whose server errors come back as 500 responses instead of raising."""
    with TestClient(create_app(backend_url), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(scope="module")
def before(backend_url: str) -> list[dict[str, Any]]:
    return _snapshot(backend_url)


def test_security_routes_are_all_found():
    assert {"/api/articles", "/api/attributions", "/", "/claims", "/speakers/{name:path}"} <= {
        route.path for route in GET_ROUTES
    }
    assert ("/api/attributions", "speaker") in QUERY_CASES
    assert ("/claims", "since") in QUERY_CASES
    assert ("/articles/{doc_id}", "doc_id") in PATH_CASES


@pytest.mark.parametrize(("route", "param"), QUERY_CASES)
def test_security_sql_payloads_in_query_parameters(
    hostile_client: TestClient, before: list, backend_url: str, route: str, param: str
):
    path = _url(route)
    for payload in SQL_PAYLOADS:
        response = hostile_client.get(path, params={param: payload})
        assert response.status_code < 500, (path, param, payload, response.text[:300])
    assert _snapshot(backend_url) == before


@pytest.mark.parametrize(("route", "param"), PATH_CASES)
def test_security_sql_payloads_in_path_parameters(
    hostile_client: TestClient, before: list, backend_url: str, route: str, param: str
):
    for payload in SQL_PAYLOADS:
        response = hostile_client.get(_url(route, payload))
        assert response.status_code in (200, 404, 422), (route, payload, response.text[:300])
    assert _snapshot(backend_url) == before


@pytest.mark.parametrize("path", TRAVERSALS)
def test_security_no_path_traversal(hostile_client: TestClient, path: str):
    response = hostile_client.get(path)
    assert 400 <= response.status_code < 500, path
    for secret in SECRETS:
        assert secret not in response.text, (path, secret)


def test_security_static_files_still_served(hostile_client: TestClient):
    response = hostile_client.get("/static/style.css")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/css")


def _oversized(size: int) -> Iterator[bytes]:
    """A body of ``size`` bytes sent in chunks, without a Content-Length header."""
    chunk = b"x" * 65536
    for _ in range(size // len(chunk) + 1):
        yield chunk


def test_security_oversized_bodies_are_refused(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    token = "oversize-token"
    headers = {"Authorization": f"Bearer {token}"}
    big_text = "Rutte zei dat het goed ging. " * (DEFAULT_MAX_BODY // 28 + 10)
    with TestClient(create_app(url, write_token=token), raise_server_exceptions=False) as client:
        api = client.post("/api/articles", json={"text": big_text}, headers=headers)
        form = client.post("/analyze", data={"text": big_text, "token": token})
        upload = client.post(
            "/analyze",
            files={"file": ("big.txt", big_text.encode(), "text/plain")},
            data={"token": token},
        )
        chunked = client.post(
            "/api/articles",
            content=_oversized(DEFAULT_MAX_BODY + 1),
            headers={**headers, "Content-Type": "application/json"},
        )
        assert [r.status_code for r in (api, form, upload, chunked)] == [413] * 4
        small = client.post(
            "/api/articles", json={"text": "Rutte zei: 'Het gaat goed.'"}, headers=headers
        )
        assert small.status_code == 201
    with open_store(url) as store:
        assert store.count_documents() == 1


def test_security_sql_payload_as_title_is_stored_verbatim(tmp_path: Path):
    token = "title-token"
    url = f"sqlite:///{tmp_path / 'w.db'}"
    title = "'); DROP TABLE documents; --"
    with TestClient(create_app(url, write_token=token)) as client:
        created = client.post(
            "/api/articles",
            json={"text": "Rutte zei dat het goed ging.", "title": title, "lang": "nl"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert created.status_code == 201
        doc_id = created.json()["id"]
        assert client.get(f"/api/articles/{doc_id}").json()["title"] == title
        assert [a["title"] for a in client.get("/api/articles").json()["items"]] == [title]
