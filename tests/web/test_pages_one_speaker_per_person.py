"""A speaker's page and the speakers list go by person, not by the written name: Zelensky,
spelled three ways in the founding story's headlines, is one page and one row of the list on
any page of it; /speakers/President is the President's page alone, not also the Vice
President's; "Putin’s spokesperson" is not Putin."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimgraph.interfaces.web import create_app
from claimgraph.store import open_store

ZELENSKY = "Volodymyr Zelensky"


@pytest.fixture(scope="module")
def speakers_client(tmp_path_factory: pytest.TempPathFactory, spelled_speaker_docs) -> TestClient:
    url = f"sqlite:///{tmp_path_factory.mktemp('speakers') / 'cg.db'}"
    with open_store(url) as store:
        store.save_documents(spelled_speaker_docs)
    return TestClient(create_app(url))


def test_every_spelling_opens_one_page_with_all_of_the_persons_claims(speakers_client):
    for spelling in ("Zelenskiy", "Zelenskyy", ZELENSKY):
        page = speakers_client.get(f"/speakers/{spelling}.json").json()
        assert (page["total"], page["stances"]["deny"]) == (3, 3), spelling
        assert page["names"] == ["Zelenskiy", "Zelensky", "Zelenskyy"]  # as the headlines write him


def test_speakers_list_has_the_person_once_across_its_pages(speakers_client):
    rows = [
        row
        for offset in range(8)
        for row in speakers_client.get(f"/speakers.json?limit=1&offset={offset}").json()["speakers"]
    ]
    assert [row["speaker"] for row in rows].count(ZELENSKY) == 1
    assert not [row for row in rows if "Zelensk" in row["speaker"] and row["speaker"] != ZELENSKY]
    zelensky = next(row for row in rows if row["speaker"] == ZELENSKY)
    assert zelensky["total"] == 3
    assert zelensky["path"] == "/speakers/Volodymyr%20Zelensky"
    assert speakers_client.get(zelensky["path"]).status_code == 200


def test_president_page_is_not_the_vice_presidents(speakers_client):
    page = speakers_client.get("/speakers/President.json").json()
    assert page["total"] == 1
    assert page["names"] == ["President"]
    assert [item["content"] for item in page["by_stance"]["assert"]] == [
        "about limiting\nspending."
    ]


def test_a_possessor_is_not_the_speaker(speakers_client):
    response = speakers_client.get("/speakers/Putin")
    assert response.status_code == 404
    assert "/speakers?q=Putin" in response.text  # where the speakers named like it are


def test_claims_filter_still_searches_speaker_names(speakers_client):
    found = speakers_client.get("/claims.json?speaker=President").json()["claims"]
    assert sorted(item["speaker"] for item in found) == ["President", "Vice President"]


def test_a_bare_title_row_links_its_article(speakers_client, spelled_speaker_docs):
    """A speaker named by a title alone is listed per article (keyed within it), with a link to
    that article next to the speaker's page."""
    briefing = spelled_speaker_docs[-1].id
    rows = speakers_client.get("/speakers.json?q=president").json()["speakers"]
    president = next(row for row in rows if row["speaker"] == "President")
    assert president["doc_id"] == briefing
    assert president["article_path"] == f"/articles/{briefing}"
    html = speakers_client.get("/speakers?q=president").text
    assert f'href="/articles/{briefing}">(in one article)</a>' in html
    every = speakers_client.get("/speakers.json").json()["speakers"]
    zelensky = next(row for row in every if row["speaker"] == ZELENSKY)
    assert (zelensky["doc_id"], zelensky["article_path"]) == (None, "")  # one key everywhere
