"""The paste form analyzes on the spot; only a valid write token stores the result."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

FOUNDING = Path(__file__).resolve().parents[2] / "examples" / "kremlin-drone-nl-2023-05.txt"
TEXT = FOUNDING.read_text(encoding="utf-8")


def _count(client: TestClient) -> int:
    return len(client.get("/api/articles").json()["items"])


def test_analyze_form_shows_result_without_storing_when_read_only(client: TestClient):
    before = _count(client)
    response = client.post("/analyze", data={"text": TEXT, "token": "anything"})
    assert response.status_code == 200
    assert "Not stored: this server is read-only." in response.text
    assert 'class="role-content stance-deny"' in response.text
    assert _count(client) == before


def test_analyze_form_wrong_token_does_not_store(writable_client: TestClient):
    response = writable_client.post("/analyze", data={"text": TEXT, "token": "wrong"})
    assert "Not stored" in response.text
    assert _count(writable_client) == 0


def test_analyze_form_valid_token_stores(writable_client: TestClient, write_token: str):
    response = writable_client.post("/analyze", data={"text": TEXT, "token": write_token})
    assert response.status_code == 200 and "Stored." in response.text
    (article,) = writable_client.get("/api/articles").json()["items"]
    assert writable_client.get(f"/articles/{article['id']}").status_code == 200


def test_analyze_form_accepts_an_uploaded_file(writable_client: TestClient, write_token: str):
    files = {"file": ("article.txt", TEXT.encode("utf-8"), "text/plain")}
    response = writable_client.post("/analyze", data={"token": write_token}, files=files)
    assert "Stored." in response.text
    assert _count(writable_client) == 1


def test_analyze_form_empty_text_is_400(client: TestClient):
    response = client.post("/analyze", data={"text": "   "})
    assert response.status_code == 400 and "no article text" in response.text


def test_api_write_needs_the_token(
    writable_client: TestClient, client: TestClient, write_token: str
):
    body = {"text": TEXT, "lang": "nl"}
    assert writable_client.post("/api/articles", json=body).status_code == 403
    wrong = {"Authorization": "Bearer nope"}
    assert writable_client.post("/api/articles", json=body, headers=wrong).status_code == 403
    assert client.post("/api/articles", json=body, headers=wrong).status_code == 403
    assert _count(writable_client) == 0
    good = {"Authorization": f"Bearer {write_token}"}
    created = writable_client.post("/api/articles", json=body, headers=good)
    assert created.status_code == 201
    assert any(a["stance"] == "deny" for a in created.json()["attributions"])
    assert _count(writable_client) == 1


def test_analyze_body_over_two_megabytes_is_413(writable_client: TestClient, write_token: str):
    big = TEXT * (2 * 1024 * 1024 // len(TEXT.encode("utf-8")) + 1)
    response = writable_client.post("/analyze", data={"text": big, "token": write_token})
    assert response.status_code == 413
    assert _count(writable_client) == 0
