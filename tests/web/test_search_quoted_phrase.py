"""The search box takes a phrase in quotation marks as the phrase: users quote what they look
for ("drone attack" in quotes found nothing on the founding story's store, the marks were
searched for too)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from claimgraph.interfaces.web.params import search_text

DENIAL = "We vallen Poetin of Moskou niet aan"


@pytest.mark.parametrize("q", ['"Moskou niet aan"', "“Moskou niet aan”", "„Moskou niet aan”"])
def test_quoted_phrase_finds_the_claim(client: TestClient, q: str) -> None:
    found = client.get("/index.json", params={"q": q}).json()
    assert found["q"] == "Moskou niet aan"
    assert any(DENIAL in c["content"] for c in found["claims"])


def test_marks_inside_or_alone_are_kept() -> None:
    assert search_text('"It’s over," he said') == '"It’s over," he said'
    assert search_text(' "" ') == '""'
    assert search_text("  ") is None
