"""The speaker page lists what one source said, grouped by stance and over time."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def test_pages_speaker_lists_zelensky_denials(client: TestClient):
    response = client.get("/speakers/Volodymyr%20Zelensky")
    assert response.status_code == 200
    deny_section = response.text.split('id="st-deny"', 1)[1].split("</section>", 1)[0]
    assert "ontkent" in deny_section
    assert "We vallen Poetin of Moskou niet aan" in deny_section
    assert 'id="st-speculate"' not in response.text  # no empty stance sections


def test_pages_speaker_json_groups_by_stance_and_date(client: TestClient):
    page = client.get("/speakers/Volodymyr%20Zelensky.json").json()
    deny = page["by_stance"]["deny"]
    assert len(deny) == page["stances"]["deny"] >= 2
    assert all(item["stance"] == "deny" for item in deny)
    dates = [t["date"] for t in page["timeline"]]
    assert dates == sorted(dates)  # oldest first: 2020 Wikinews before the 2023 article
    assert sum(sum(t["stances"].values()) for t in page["timeline"]) == page["total"]


def test_pages_speaker_links_back_to_article_anchors(client: TestClient, founding_id: str):
    html = client.get("/speakers/Volodymyr%20Zelensky").text
    assert re.search(rf'href="/articles/{founding_id}#att-[^"]+"', html)


def test_pages_speaker_unknown_is_404(client: TestClient):
    assert client.get("/speakers/Nobody%20Atall").status_code == 404


def test_pages_speakers_index_counts_by_stance(client: TestClient):
    speakers = client.get("/api/speakers", params={"q": "zelensky"}).json()["items"]
    zelensky = next(s for s in speakers if s["speaker"] == "Volodymyr Zelensky")
    assert zelensky["stances"]["deny"] >= 2
    assert zelensky["total"] == sum(zelensky["stances"].values())
