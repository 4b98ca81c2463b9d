"""The claim ledger, stories and linked-claim badges, on the founding story linked by link_store."""

from __future__ import annotations

import re
from urllib.parse import quote

from fastapi.testclient import TestClient

from claimgraph.link.dates import chronological
from claimgraph.link.ledger import STATUSES, Ledger
from claimgraph.store import open_store
from claimgraph.store.ledger import ledger_of


def test_ledger_json_lists_every_source_with_stance_and_sentence_link(
    story_client: TestClient, main_ledger: Ledger
) -> None:
    ledger = main_ledger
    data = story_client.get(f"/claims/{ledger.cluster_id}.json").json()
    assert data["status"] == ledger.status == "disputed"
    assert data["label"] == ledger.label
    assert len(data["sources"]) == len(ledger.entries)
    parties = {(s["party"], s["stance"]) for s in data["sources"]}
    assert {("Russia", "assert"), ("Ukraine", "deny"), ("United States", "doubt")} <= parties
    assert {"nl", "en"} <= {s["lang"] for s in data["sources"]}
    dutch = next(s for s in data["sources"] if "Poetin te vermoorden" in s["text"])
    assert dutch["outlet"] == "kremlin-drone-nl-2023-05.txt"  # no server directories
    doc_id, att = dutch["claim_id"].split(":")
    assert dutch["href"] == f"/articles/{doc_id}#att-{att}"
    assert data["history"][-1]["status"] == data["status"]
    assert [b["status"] for b in data["band"]][-1] == data["status"]


def test_ledger_page_shows_badge_rows_chart_and_history(
    story_client: TestClient, main_ledger: Ledger
) -> None:
    ledger = main_ledger
    page = story_client.get(f"/claims/{ledger.cluster_id}")
    assert page.status_code == 200
    html = page.text
    assert '<span class="status status-disputed">disputed</span>' in html
    assert html.count('<tr class="source">') == len(ledger.entries)
    assert html.count('<rect class="band status-') == len(
        {e.date or "undated" for e in ledger.entries}
    )
    assert 'id="history"' in html and "Read-only" in html
    assert f'href="/claims/{ledger.cluster_id}.json"' in html


def test_ledger_sentence_link_lands_on_the_attribution_anchor(
    story_client: TestClient, main_ledger: Ledger
) -> None:
    ledger = main_ledger
    data = story_client.get(f"/claims/{ledger.cluster_id}.json").json()
    source = data["sources"][0]
    path, anchor = source["href"].split("#")
    article = story_client.get(path).text
    assert f'id="{anchor}"' in article


def test_claim_id_redirects_to_its_cluster(
    story_client: TestClient, main_claim: str, main_ledger: Ledger
) -> None:
    claim, ledger = main_claim, main_ledger
    page = story_client.get(f"/claims/{quote(claim, safe='')}.json", follow_redirects=False)
    assert page.status_code == 307
    assert page.headers["location"] == f"/claims/{ledger.cluster_id}.json"


def test_unknown_claim_and_story_are_404(story_client: TestClient) -> None:
    assert story_client.get("/claims/c-0000000000").status_code == 404
    missing = story_client.get("/stories/s-nope.json")
    assert missing.status_code == 404 and "claimgraph link" in missing.json()["detail"]


def test_article_attributions_show_their_claim_status(
    story_client: TestClient, main_ledger: Ledger
) -> None:
    ledger = main_ledger
    dutch = next(e for e in ledger.entries if e.lang == "nl")
    data = story_client.get(f"/articles/{dutch.doc_id}.json").json()
    linked = [a for a in data["attributions"] if a["cluster"]]
    assert linked, "the founding article's attributions are linked"
    main = next(a for a in linked if a["cluster"]["cluster"] == ledger.cluster_id)
    assert main["cluster"]["status"] == "disputed"
    html = story_client.get(f"/articles/{dutch.doc_id}").text
    assert f'<a class="linked" href="/claims/{ledger.cluster_id}">' in html


def test_search_links_to_claim_ledgers(story_client: TestClient, main_ledger: Ledger) -> None:
    ledger = main_ledger
    data = story_client.get("/index.json", params={"q": "vermoorden"}).json()
    assert ledger.cluster_id in {c["cluster"] for c in data["ledgers"]}
    assert any(hit["cluster"] for hit in data["claims"])
    html = story_client.get("/", params={"q": "vermoorden"}).text
    assert f'href="/claims/{ledger.cluster_id}"' in html


def test_stories_list_and_story_page_group_claims_by_day(
    story_client: TestClient, main_ledger: Ledger
) -> None:
    ledger = main_ledger
    stories = story_client.get("/stories.json").json()["stories"]
    ours = next(s for s in stories if s["id"] == ledger.story_id)
    assert ours["claims"] >= 2 and set(ours["statuses"]) == set(STATUSES)
    story = story_client.get(f"/stories/{ledger.story_id}.json").json()
    dates = [d["date"] for d in story["days"]]
    assert dates == sorted(dates, key=lambda d: (d is None, chronological(d or "")))
    clusters = [c["cluster"] for d in story["days"] for c in d["claims"]]
    assert ledger.cluster_id in clusters and len(clusters) == ours["claims"]
    html = story_client.get(f"/stories/{ledger.story_id}").text
    assert f'href="/claims/{ledger.cluster_id}"' in html
    disputed = story_client.get("/stories.json", params={"status": "disputed"}).json()
    assert all(s["statuses"]["disputed"] == s["claims"] for s in disputed["stories"])


def test_stories_come_a_page_at_a_time(story_client: TestClient, main_ledger: Ledger) -> None:
    everything = story_client.get("/stories.json").json()["stories"]
    assert len(everything) >= 2
    first = story_client.get("/stories.json", params={"limit": 1}).json()
    assert [s["id"] for s in first["stories"]] == [everything[0]["id"]]
    assert first["page"]["next_url"] and not first["page"]["prev_url"]
    second = story_client.get("/stories.json", params={"limit": 1, "offset": 1}).json()
    assert [s["id"] for s in second["stories"]] == [everything[1]["id"]]
    assert 'rel="next"' in story_client.get("/stories", params={"limit": 1}).text


def test_pages_are_read_only_without_a_token(story_client: TestClient, main_ledger: Ledger) -> None:
    ledger = main_ledger
    assert story_client.post(f"/claims/{ledger.cluster_id}").status_code == 405
    assert story_client.post("/events").status_code == 405


def test_ledger_escapes_markup_in_claims(tmp_path) -> None:
    from claimgraph.ingest.readers import iter_documents
    from claimgraph.interfaces.web import create_app
    from claimgraph.pipeline import annotate_many
    from claimgraph.store.ledger import link_store

    xss = '<script>alert("x")</script>'
    source = tmp_path / "a.txt"
    source.write_text(
        f'Het ministerie zei: "De brug {xss} is dicht." Rutte ontkende dat de brug dicht is.\n',
        encoding="utf-8",
    )
    url = f"sqlite:///{tmp_path / 'x.db'}"
    with open_store(url) as store:
        store.save_documents(annotate_many(iter_documents([source])))
        link_store(store)
        (doc,) = list(store.iter_documents())
        claim = next(
            f"{doc.id}:{a.id}" for a in doc.attributions if "<script>" in a.content(doc.text)
        )
        cluster = ledger_of(store, claim).cluster_id
    html = TestClient(create_app(url)).get(f"/claims/{cluster}").text
    assert "<script>" not in html
    assert re.search(r"&lt;script&gt;alert\(&(#34|quot);x&(#34|quot);\)&lt;/script&gt;", html)
