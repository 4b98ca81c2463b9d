"""User text is escaped everywhere, links are http(s) only, SQL-looking input is plain data."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimgraph.interfaces.web import create_app
from claimgraph.model import Attribution, Document
from claimgraph.store import open_store

FOUNDING = Path(__file__).resolve().parents[2] / "examples" / "kremlin-drone-nl-2023-05.txt"
PAYLOAD = "<script>alert('xss')</script>"
SPEAKER = '<img src=x onerror="alert(1)">'
TITLE = "</title><script>alert('title')</script>"


def _hostile_document() -> Document:
    """The founding article with a payload sentence, its speaker and its title hostile."""
    text = FOUNDING.read_text(encoding="utf-8") + f"\n\n{SPEAKER} ontkent: {PAYLOAD}\n"
    speaker_start = text.rindex(SPEAKER)
    cue_start = text.rindex("ontkent")
    content_start = text.rindex(PAYLOAD)
    attribution = Attribution(
        speaker=SPEAKER,
        speaker_span=(speaker_start, speaker_start + len(SPEAKER)),
        cue="ontkent",
        cue_span=(cue_start, cue_start + len("ontkent")),
        content_span=(content_start, content_start + len(PAYLOAD)),
        stance="deny",
        id="a1",
    )
    return Document(
        text=text,
        lang="nl",
        date="2023-05-04",
        title=TITLE,
        url="javascript:alert(document.cookie)",
        attributions=[attribution],
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, Document]:
    url = f"sqlite:///{tmp_path_factory.mktemp('xss') / 'x.db'}"
    doc = _hostile_document()
    with open_store(url) as store:
        store.save_document(doc)
    return TestClient(create_app(url)), doc


def _pages(doc: Document) -> list[str]:
    return [
        f"/articles/{doc.id}",
        "/speakers/%3Cimg%20src%3Dx%20onerror%3D%22alert(1)%22%3E",
        "/claims",
        "/speakers",
        "/articles",
        "/?q=alert",
    ]


def test_security_user_text_is_escaped_on_every_page(hostile):
    client, doc = hostile
    for path in _pages(doc):
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.text
        for raw in (PAYLOAD, SPEAKER, TITLE, "<script>", "<img"):
            assert raw not in html, (path, raw)
    article = client.get(f"/articles/{doc.id}").text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in article


def test_security_only_http_links_to_originals(hostile):
    client, doc = hostile
    assert "javascript:" not in client.get(f"/articles/{doc.id}").text
    assert client.get(f"/articles/{doc.id}.json").json()["article"]["url"] == ""


def test_security_pages_forbid_scripts(hostile):
    client, doc = hostile
    policy = client.get(f"/articles/{doc.id}").headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src" not in policy


@pytest.mark.parametrize(
    "value", ["' OR '1'='1", "x'; DROP TABLE documents; --", "%", "_", '" OR ""="']
)
def test_security_sql_looking_parameters_are_plain_text(client: TestClient, value: str):
    before = client.get("/api/articles").json()["items"]
    assert client.get("/api/attributions", params={"speaker": value}).json()["items"] == []
    assert client.get("/api/speakers", params={"q": value}).json()["items"] == []
    found = client.get("/api/search", params={"q": value}).json()
    assert found["articles"] == found["speakers"] == found["claims"] == []
    assert client.get(f"/articles/{value}").status_code == 404
    assert client.get("/api/articles", params={"lang": value}).status_code == 422
    assert client.get("/api/articles").json()["items"] == before
