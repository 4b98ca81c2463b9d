"""The events page over the founding story: filters, the offline map, links to article spans."""

from __future__ import annotations

import html
import re

from fastapi.testclient import TestClient

from claimgraph.interfaces.web.worldmap import MapPlace, event_map, view_box

MOSCOW = 524901


def test_events_json_filters_by_actor_country_type_and_since(story_client: TestClient) -> None:
    everything = story_client.get("/events.json", params={"limit": 500}).json()
    assert everything["total"] > 50
    found = story_client.get(
        "/events.json", params={"actor": "UKR", "type": "assault", "limit": 500}
    ).json()
    assert 0 < found["total"] < everything["total"]
    for event in found["events"]:
        assert event["type"] == "ASSAULT"
        assert "UKR" in (event["source"]["country"], event["target"]["country"])
    later = story_client.get("/events.json", params={"since": "2023-05-04", "limit": 500}).json()
    # later days, and coarser dates that contain the day ("2023-05"), as for attributions
    assert later["total"] and all(
        e["date"] >= "2023-05-04" or "2023-05-04".startswith(e["date"]) for e in later["events"]
    )
    assert any(e["date"] == "2023-05" for e in later["events"])
    dates = [e["date"] for e in everything["events"]]
    assert dates == sorted(dates, reverse=True)


def test_events_link_to_their_span_on_the_article_page(story_client: TestClient) -> None:
    event = story_client.get("/events.json", params={"limit": 1}).json()["events"][0]
    path, anchor = event["href"].split("#")
    article = story_client.get(path).text
    tag = f'<span class="anchor" id="{anchor}"></span>'
    assert tag in article
    following = html.unescape(re.sub(r"<[^>]+>", "", article.split(tag, 1)[1]))
    assert following.startswith(event["text"][:20])


def test_events_map_places_moscow_and_filters_by_place(story_client: TestClient) -> None:
    data = story_client.get("/events.json").json()
    assert "land" not in data["map"]  # the JSON twin carries places, not outlines
    moscow = next(d for d in data["map"]["dots"] if d["place_id"] == MOSCOW)
    assert 0 <= moscow["x"] <= data["map"]["width"] and 0 <= moscow["y"] <= data["map"]["height"]
    assert moscow["href"] == f"/events?place={MOSCOW}"
    there = story_client.get("/events.json", params={"place": MOSCOW, "limit": 500}).json()
    assert there["total"] == moscow["events"]
    assert {e["place_id"] for e in there["events"]} == {MOSCOW}
    page = story_client.get("/events").text
    assert '<path class="land" d="M' in page and '<circle class="place"' in page
    svg = page.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_events_reject_bad_filters(story_client: TestClient) -> None:
    assert story_client.get("/events", params={"since": "yesterday"}).status_code == 422
    assert story_client.get("/events.json", params={"type": "<b>"}).status_code == 422


def test_map_view_crops_to_the_places_with_a_margin() -> None:
    west, south, east, north = view_box([(37.6, 55.75), (30.5, 50.45)])
    assert west < 30.5 and east > 37.6 and south < 50.45 and north > 55.75
    assert east - west < 60  # Europe, not the world
    assert view_box([]) == (-180.0, -60.0, 180.0, 84.0)


def test_map_shades_a_country_level_place_and_draws_no_line_across_the_world() -> None:
    russia = MapPlace(2017370, "Russia", "RU")
    chart = event_map({russia: 3, MapPlace(MOSCOW, "Moscow", "RU", 55.75, 37.6): 1})
    assert [(c["name"], c["events"]) for c in chart["countries"]] == [("Russia", 3)]
    xs = [
        float(p.split(",")[0])
        for p in chart["countries"][0]["d"][1:].replace("Z", "").replace("M", "L").split("L")
        if p
    ]
    assert min(xs) >= -5  # Chukotka continues east of 180, it does not wrap to the far west
