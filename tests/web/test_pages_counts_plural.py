"""Counts on the pages read as English: "1 attribution", "1 source", "2 sources"; never
"1 attributions" (the home page of the founding story listed three such articles, its events
map "Odesa: 1 events")."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from claimgraph.interfaces.web.views import counted

ONE_PLURAL = re.compile(r"(?<![\d.,])1 (attributions|sources|claims|events|places|articles)\b")


def test_counted_says_one_in_the_singular() -> None:
    assert [counted(n, "source") for n in (0, 1, 2)] == ["0 sources", "1 source", "2 sources"]


def test_story_pages_never_say_one_in_the_plural(story_client: TestClient) -> None:
    pages = ["/", "/articles", "/stories", "/events", "/speakers/Antony%20Blinken"]
    stories = story_client.get("/stories.json").json()["stories"]
    pages += [s["path"] for s in stories[:40]]
    texts = [story_client.get(p).text for p in pages]
    assert not [p for p, t in zip(pages, texts, strict=True) if ONE_PLURAL.search(t)]
    assert any(re.search(r"\b1 (attribution|source)\b", t) for t in texts)
