"""The article page highlights who says what, coloured by stance, with anchors per attribution."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

DENIAL = "We vallen Poetin of Moskou niet aan"


def test_pages_article_shows_zelensky_deny_highlights(client: TestClient, founding_id: str):
    html = client.get(f"/articles/{founding_id}").text
    denials = re.findall(r'<mark class="role-content stance-deny"[^>]*>([^<]*)</mark>', html)
    assert any(DENIAL in piece for piece in denials)
    speakers = re.findall(r'<mark class="role-speaker stance-deny"[^>]*>([^<]*)</mark>', html)
    assert any("Zelensky" in piece for piece in speakers)
    assert 'class="legend"' in html


def test_pages_article_links_each_attribution_to_its_anchor(client: TestClient, founding_id: str):
    html = client.get(f"/articles/{founding_id}").text
    links = re.findall(r'<a href="#(att-[^"]+)" class="jump">', html)
    assert len(links) >= 2
    for anchor in links:
        assert f'id="{anchor}"' in html


def test_pages_article_json_twin_is_the_page_dict(client: TestClient, founding_id: str):
    page = client.get(f"/articles/{founding_id}.json").json()
    assert page["article"]["id"] == founding_id
    deny = [a for a in page["attributions"] if a["stance"] == "deny"]
    assert {a["speaker"] for a in deny} == {"Volodymyr Zelensky"}
    text = client.get(f"/api/articles/{founding_id}").json()["text"]
    assert "".join(segment["text"] for segment in page["segments"]) == text


def test_pages_article_unknown_id_is_404(client: TestClient):
    assert client.get("/articles/0000000000000000").status_code == 404
    assert client.get("/articles/0000000000000000.json").status_code == 404
    assert client.get("/api/articles/0000000000000000").json()["detail"]
