"""Stored and reflected XSS: classic payloads as article titles and speaker names (stored
documents) and as query and path values come back escaped on every HTML page of the app."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from claimgraph.interfaces.web import create_app
from claimgraph.model import Attribution, Document
from claimgraph.store import open_store

FOUNDING = Path(__file__).resolve().parents[2] / "examples" / "kremlin-drone-nl-2023-05.txt"
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><svg onload=alert(2)>',
    "<img src=x onerror=alert(3)>",
    "'><iframe src=javascript:alert(4)></iframe>",
    "</title></textarea><script>alert(5)</script>",
    '<a href="javascript:alert(6)">klik</a>',
    "<body onload=alert(7)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(8)>",
]
QUOTE = "„Dit is allemaal verzonnen.”"


def _hostile_document(payload: str) -> Document:
    """The founding article plus a sentence quoting ``payload`` (speaker), titled ``payload``."""
    text = FOUNDING.read_text(encoding="utf-8") + f"\n\n{payload} zei: {QUOTE}\n"
    speaker_start = text.rindex(payload)
    cue_start = text.rindex(" zei:") + 1
    quote_start = text.rindex(QUOTE)
    attribution = Attribution(
        speaker=payload,
        speaker_span=(speaker_start, speaker_start + len(payload)),
        cue="zei",
        cue_span=(cue_start, cue_start + 3),
        content_span=(quote_start, quote_start + len(QUOTE)),
        type="direct",
        stance="deny",
        id="xss-a1",
    )
    return Document(
        text=text, lang="nl", date="2023-05-04", title=payload, attributions=[attribution]
    )


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, list[Document]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('stored-xss') / 'x.db'}"
    docs = [_hostile_document(payload) for payload in XSS_PAYLOADS]
    with open_store(url) as store:
        store.save_documents(docs)
    return TestClient(create_app(url), raise_server_exceptions=False), docs


def _html_routes() -> Iterator[APIRoute]:
    """The GET routes that render HTML: every page but the API and the ``.json`` twins."""

    def walk(routes: list) -> Iterator[APIRoute]:
        for route in routes:
            if isinstance(route, APIRoute):
                yield route
            elif hasattr(route, "original_router"):
                yield from walk(route.original_router.routes)

    for route in walk(create_app("sqlite://").routes):
        path = route.path
        if "GET" in route.methods and not path.startswith("/api") and not path.endswith(".json"):
            yield route


PAGES = [route.path for route in _html_routes()]


def _fill(template: str, doc: Document, payload: str) -> str:
    """A page URL: a real article id for ``{doc_id}``, the payload for other path values."""
    url, rest = "", template
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        value = doc.id if name.startswith("doc_id") else payload
        url += before + quote(value, safe="")
    return url + rest


def _assert_escaped(page: str, payload: str, where: str) -> None:
    assert payload not in page, where
    # a tag can only open with a raw "<"; escaped payload text may show "onerror=" harmlessly
    for raw in (
        "<script",
        "<iframe",
        "<img src=x",
        "<svg onload",
        "<body onload",
        "<math",
        '<a href="javascript:',
    ):
        assert raw not in page.lower(), (where, raw)


def test_security_stored_xss_pages_found():
    assert {"/", "/articles/{doc_id}", "/speakers/{name:path}", "/claims", "/speakers"} <= set(
        PAGES
    )


@pytest.mark.parametrize("page", PAGES)
def test_security_stored_xss_escaped(stored, page: str):
    client, docs = stored
    for doc, payload in zip(docs, XSS_PAYLOADS, strict=True):
        url = _fill(page, doc, payload)
        params = {"q": payload, "speaker": payload}
        response = client.get(url, params=params)
        assert response.status_code in (200, 404, 422), (url, response.status_code)
        if response.headers["content-type"].startswith("text/html"):
            _assert_escaped(response.text, payload, url)


def test_security_stored_xss_shown_as_text(stored):
    client, docs = stored
    for doc, payload in zip(docs, XSS_PAYLOADS, strict=True):
        escaped = html.escape(payload)
        article = client.get(f"/articles/{doc.id}")
        assert article.status_code == 200
        assert escaped.replace("&quot;", "&#34;").replace("&#x27;", "&#39;") in article.text
        speaker = client.get(f"/speakers/{quote(payload, safe='')}")
        assert speaker.status_code == 200, payload
        assert client.get(f"/articles/{doc.id}.json").json()["article"]["title"] == payload
