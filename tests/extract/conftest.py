"""Fixtures shared by the attribution tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import claimgraph
from claimgraph.model import Attribution, Document


def _by_content(text: str, start: str) -> tuple[Document, Attribution]:
    """The Dutch article analyzed, and its first item whose content starts with ``start``."""
    doc = claimgraph.analyze(text, lang="nl")
    found = [a for a in doc.attributions if doc.surface(a.content_span).startswith(start)]
    assert found, [doc.surface(a.content_span) for a in doc.attributions]
    return doc, found[0]


@pytest.fixture
def by_content() -> Callable[[str, str], tuple[Document, Attribution]]:
    return _by_content
