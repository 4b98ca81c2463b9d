"""Cut an article's text into plain pieces marked with the attribution parts they belong to.

The template escapes each piece on its own, so no user text is ever joined into markup here.
Spans may overlap (two attributions can share a speaker); each piece lists every part covering
it and takes its colour from the first attribution whose content covers it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from claimgraph.model import Document, Span

ROLES = ("speaker", "cue", "content")


@dataclass
class Segment:
    """A run of text with the same marks: ``roles`` covering it, ``stance`` for its colour."""

    text: str
    roles: list[str] = field(default_factory=list)
    stance: str = ""
    attributions: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)


def anchor_id(attribution_id: str, ordinal: int) -> str:
    """The HTML id of an attribution's first span in the article page."""
    return f"att-{attribution_id or ordinal}"


def _parts(doc: Document) -> list[tuple[Span, str, int]]:
    """Every (span, role, attribution index) that lies inside the text and is not empty."""
    size = len(doc.text)
    parts = []
    for index, att in enumerate(doc.attributions):
        for role in ROLES:
            span = getattr(att, f"{role}_span")
            if span is not None and 0 <= span[0] < span[1] <= size:
                parts.append((span, role, index))
    return parts


def event_anchor_id(index: int) -> str:
    """The HTML id of the start of the article's ``index``-th event."""
    return f"ev-{index}"


def event_anchors(doc: Document) -> dict[int, list[str]]:
    """Where each event's span (else its trigger) starts -> the anchors placed there."""
    starts: dict[int, list[str]] = {}
    for index, event in enumerate(doc.events):
        span = event.span or event.trigger_span
        if 0 <= span[0] < len(doc.text):
            starts.setdefault(span[0], []).append(event_anchor_id(index))
    return starts


def highlight(doc: Document, extra_anchors: Mapping[int, list[str]] | None = None) -> list[Segment]:
    """The article's text as segments; concatenating their ``text`` gives ``doc.text`` back.

    ``extra_anchors`` (offset -> ids, e.g. :func:`event_anchors`) places more anchors in the text.
    """
    parts = _parts(doc)
    extra = extra_anchors or {}
    bounds = sorted({0, len(doc.text), *(p for span, _, _ in parts for p in span), *extra})
    first_start: dict[int, int] = {}
    for span, _, index in parts:
        first_start[index] = min(first_start.get(index, span[0]), span[0])
    anchors_at: dict[int, list[str]] = {}
    for index, start in first_start.items():
        anchors_at.setdefault(start, []).append(anchor_id(doc.attributions[index].id, index))
    # A sweep over the bounds: the parts covering each segment are those started and not ended
    # (kept in the parts' order), instead of testing every part for every segment.
    starting: dict[int, list[int]] = {}
    for number, (span, _, _) in enumerate(parts):
        starting.setdefault(span[0], []).append(number)
    active: set[int] = set()
    segments = []
    for start, end in pairwise(bounds):
        active.update(starting.get(start, ()))
        active = {n for n in active if parts[n][0][1] > start}
        covering = [(parts[n][1], parts[n][2]) for n in sorted(active)]
        content = [index for role, index in covering if role == "content"]
        owners = content or [index for _, index in covering]
        segment = Segment(
            text=doc.text[start:end],
            roles=sorted({role for role, _ in covering}, key=ROLES.index),
            stance=doc.attributions[owners[0]].stance if owners else "",
            attributions=sorted({_id(doc, index) for _, index in covering}),
            # extra anchors first: an attribution's anchor stays right before its <mark>
            anchors=list(extra.get(start, ())) + anchors_at.get(start, []),
        )
        segments.append(segment)
    return segments


def _id(doc: Document, index: int) -> str:
    return doc.attributions[index].id or str(index)


__all__ = ["ROLES", "Segment", "anchor_id", "event_anchor_id", "event_anchors", "highlight"]
