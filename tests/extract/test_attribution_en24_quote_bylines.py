"""Issue #5, session 11 (E21): a quotation followed on its own line by a dash (also the
horizontal bar ``―``) and a source, the byline of a pull quote or of collected reactions, is a
direct item of that source, as a byline under a block quotation is. PolNeAR dev (licence
unknown: read from the shared data, not copied)."""

from __future__ import annotations

import pytest

from claimgraph.model import Document
from claimgraph.pipeline import annotate
from claimgraph.settings import data_dir

REACTIONS = "huff-post_2016-09-27_latinos-share-their-most-honest-"


def _paragraph(opening: str) -> str:
    found = sorted((data_dir() / "polnear" / "dev" / "text").glob(f"{REACTIONS}*.txt"))
    if not found:
        pytest.skip("PolNeAR dev is not in the shared data")
    text = found[0].read_text(encoding="utf-8")
    start = text.index(opening)
    return text[start : text.index("\n\n", start)]


def test_a_dash_byline_after_a_quotation_names_its_source() -> None:
    text = _paragraph("“Donald Trump scares me.")
    items = annotate(Document(text=text, lang="en")).attributions
    by_speaker = {a.speaker: a for a in items}
    assert {"Krystal Correa", "Esther Tapia"} <= set(by_speaker)
    tapia = by_speaker["Esther Tapia"]
    assert tapia.type == "direct"
    assert tapia.content(text).startswith("He can’t even answer a question")
