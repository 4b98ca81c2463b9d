"""The JSON API pages with limit/offset and filters by language, speaker, stance, act, date."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def _all_pages(client: TestClient, path: str, limit: int, **params) -> list[dict]:
    items, offset = [], 0
    while offset is not None:
        page = client.get(path, params={**params, "limit": limit, "offset": offset}).json()
        assert len(page["items"]) <= limit
        items += page["items"]
        offset = page["next_offset"]
    return items


def test_api_articles_pages_cover_every_article_once(client: TestClient):
    everything = client.get("/api/articles", params={"limit": 500}).json()
    assert everything["next_offset"] is None
    paged = _all_pages(client, "/api/articles", 1)
    assert [a["id"] for a in paged] == [a["id"] for a in everything["items"]]
    assert len(paged) == 4


def test_api_attributions_pages_cover_every_row_once(client: TestClient):
    everything = client.get("/api/attributions", params={"limit": 500}).json()["items"]
    paged = _all_pages(client, "/api/attributions", 3)
    key = [(r["doc_id"], r["attribution"]["id"]) for r in paged]
    assert key == [(r["doc_id"], r["attribution"]["id"]) for r in everything]
    assert len(set(key)) == len(key) > 10


def test_api_attributions_filters(client: TestClient):
    deny = client.get("/api/attributions", params={"stance": "deny"}).json()["items"]
    assert deny and {r["attribution"]["stance"] for r in deny} == {"deny"}
    threats = client.get("/api/attributions", params={"act": "threat", "lang": "nl"}).json()
    assert {r["attribution"]["act"] for r in threats["items"]} == {"threat"}
    assert {r["lang"] for r in threats["items"]} == {"nl"}
    recent = client.get("/api/attributions", params={"since": "2023-01-01"}).json()["items"]
    assert recent and all(r["date"] >= "2023" for r in recent)
    two = client.get("/api/attributions", params=[("stance", "deny"), ("stance", "doubt")])
    assert {r["attribution"]["stance"] for r in two.json()["items"]} == {"deny", "doubt"}
    blinken = client.get("/api/attributions", params={"speaker": "blinken"}).json()["items"]
    assert blinken and all("Blinken" in r["attribution"]["speaker"] for r in blinken)


def test_api_articles_filter_by_language(client: TestClient):
    english = client.get("/api/articles", params={"lang": "en"}).json()["items"]
    assert len(english) == 3 and {a["lang"] for a in english} == {"en"}


def test_api_search_finds_articles_speakers_and_claims(client: TestClient):
    found = client.get("/api/search", params={"q": "Kremlin"}).json()
    assert found["articles"] and found["claims"]
    assert any("Kremlin" in s["speaker"] for s in found["speakers"])
    html = client.get("/", params={"q": "Zelensky"}).text
    assert "/speakers/Volodymyr%20Zelensky" in html


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 10_000}, {"offset": -1}, {"stance": "lies"}, {"since": "May"}],
)
def test_api_rejects_bad_parameters(client: TestClient, params: dict):
    response = client.get("/api/attributions", params=params)
    assert response.status_code == 422
    assert client.get("/claims", params=params).status_code == 422


def test_api_is_documented_in_openapi(client: TestClient):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{doc_id}", "/api/attributions", "/api/search"):
        assert path in paths
    params = {p["name"] for p in paths["/api/attributions"]["get"]["parameters"]}
    assert {"limit", "offset", "lang", "speaker", "stance", "act", "since"} <= params


def test_api_pages_document_the_stores_rows(client: TestClient):
    """One data model: an API page's items are the store's row types, not copies of them."""
    schemas = client.get("/api/openapi.json").json()["components"]["schemas"]
    for page, row in (
        ("ArticlePage", "ArticleSummary"),
        ("AttributionPage", "AttributionRow"),
        ("SpeakerPage", "SpeakerCounts"),
    ):
        assert schemas[page]["properties"]["items"]["items"]["$ref"].endswith(f"/{row}")
    item = client.get("/api/attributions", params={"limit": 1}).json()["items"][0]
    assert list(item) == ["attribution", "doc_id", "title", "lang", "date", "url", "content"]


def test_pages_claims_filter_and_pager(client: TestClient):
    page = client.get("/claims.json", params={"stance": "deny", "limit": 1}).json()
    assert len(page["claims"]) == 1 and page["claims"][0]["stance"] == "deny"
    assert page["page"]["next_url"] and "offset=1" in page["page"]["next_url"]
    html = client.get("/claims", params={"stance": "", "act": "", "lang": "", "since": ""})
    assert html.status_code == 200  # an HTML form's "any" values mean no filter
