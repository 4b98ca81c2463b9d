"""The events page, its JSON twin, the article page and the API say where each event's time
comes from (issue #7, nineteenth session): a publication date that stands in for a time its
sentence does not name reads "2019-02-27 (published)", not like a date read in the text; an
event stored before the basis was recorded shows its date as before, unmarked. DPG 2019."""

from __future__ import annotations

import dataclasses
import html
import re

import pytest
from fastapi.testclient import TestClient

import claimgraph
from claimgraph.interfaces.web import create_app
from claimgraph.store import open_store

# DPG 2019-02-27 (10649313): a refusal under the former cabinet, a call last evening
KLM = (
    "Maar het toenmalige kabinet weigerde nog het aandelenpakket in KLM uit te breiden. Pas net "
    "voor de persconferentie waarin de minister van Financiën de aandelenkoop gisteravond "
    "bekendmaakte, werd de Franse president Macron gebeld."
)
# DPG 2019-04-10 (10801537)
TRUMP = "Onlangs dreigde Trump opnieuw invoertarieven op Europese auto's in te voeren."


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    url = f"sqlite:///{tmp_path_factory.mktemp('basis') / 'news.db'}"
    klm = claimgraph.analyze(KLM, lang="nl", date="2019-02-27")
    trump = claimgraph.analyze(TRUMP, lang="nl", date="2019-04-10")
    # the same refusal as a store written before migration 0009 holds it: basis unknown
    older = claimgraph.analyze(KLM.split(". ")[0] + ".", lang="nl", date="2019-02-20")
    older.events = [dataclasses.replace(e, time_basis="") for e in older.events]
    with open_store(url) as store:
        store.save_documents([klm, trump, older])
    return TestClient(create_app(url))


def _when(client: TestClient) -> dict[tuple[str, str], tuple[str, str]]:
    events = client.get("/events.json").json()["events"]
    return {(e["type"], e["published"]): (e["time_basis"], e["when"]) for e in events}


def test_events_json_gives_basis_and_the_date_as_shown(client: TestClient) -> None:
    assert _when(client) == {
        ("REJECT", "2019-02-27"): ("published", "2019-02-27 (published)"),
        ("CONSULT", "2019-02-27"): ("sentence", "2019-02-26"),
        ("THREATEN", "2019-04-10"): ("clause", "before 2019-04-10 (published)"),
        ("REJECT", "2019-02-20"): ("", "2019-02-20"),
    }


def test_events_page_marks_a_publication_date_standing_in(client: TestClient) -> None:
    page = client.get("/events").text
    cells = [html.unescape(c) for c in re.findall(r'<td class="date">([^<]*)</td>', page)]
    assert cells == [
        "before 2019-04-10 (published)",
        "2019-02-27 (published)",
        "2019-02-26",
        "2019-02-20",
    ]


def test_article_page_and_api_say_it_too(client: TestClient) -> None:
    event = next(e for e in client.get("/events.json").json()["events"] if e["type"] == "REJECT")
    page = client.get(event["href"].split("#")[0]).text
    assert '<span class="meta">2019-02-27 (published)</span>' in page
    assert '<span class="meta">2019-02-26TEV</span>' in page
    document = client.get(f"/api/articles/{event['doc_id']}").json()
    assert {e["time_basis"] for e in document["events"]} == {"published", "sentence"}
