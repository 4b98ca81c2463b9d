"""Highlight segments cover the text exactly once, even where attribution spans overlap."""

from __future__ import annotations

from itertools import accumulate, pairwise

from claimgraph.interfaces.web.highlight import highlight
from claimgraph.store import open_store


def _overlapping(doc) -> bool:
    spans = sorted(
        span
        for att in doc.attributions
        for span in (att.speaker_span, att.cue_span, att.content_span)
        if span
    )
    return any(a[1] > b[0] for a, b in pairwise(spans))


def test_highlight_segments_rebuild_text_with_overlaps(store_url: str):
    with open_store(store_url) as store:
        docs = [doc for doc in store.iter_documents() if _overlapping(doc)]
    assert docs  # the Wikinews examples have overlapping spans (WHO / an official)
    for doc in docs:
        segments = highlight(doc)
        assert "".join(s.text for s in segments) == doc.text
        starts = [0, *accumulate(len(s.text) for s in segments)]
        for att in doc.attributions:
            start, end = att.content_span
            inside = [s for s, at in zip(segments, starts, strict=False) if start <= at < end]
            assert "".join(s.text for s in inside) == doc.text[start:end]
            assert all("content" in s.roles and att.id in s.attributions for s in inside)
            assert all(s.stance for s in inside)  # every content piece has a stance colour
