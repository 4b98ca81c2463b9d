"""Page contexts: one plain dict per page, rendered by a template or returned as JSON.

Nothing here builds HTML. Links are built from quoted path pieces; an article's own ``url`` is
only offered as a link when it is http(s).
"""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any
from urllib.parse import quote, urlsplit

from claimgraph.ingest.header import parse_header
from claimgraph.interfaces import counted, event_when
from claimgraph.interfaces.web.highlight import (
    anchor_id,
    event_anchor_id,
    event_anchors,
    highlight,
)
from claimgraph.interfaces.web.timeline import count_by_date, timeline_chart
from claimgraph.model import STANCES, Attribution, Document
from claimgraph.store import AttributionRow

_LINK_SCHEMES = ("http", "https")
TITLE_CHARS = 90


def article_path(doc_id: str, anchor: str = "") -> str:
    return f"/articles/{quote(doc_id, safe='')}" + (f"#{anchor}" if anchor else "")


def speaker_path(speaker: str) -> str:
    return f"/speakers/{quote(speaker, safe='')}"


def external_link(url: str) -> str:
    """``url`` when it is an http(s) address, else "" (no ``javascript:`` or ``data:`` links)."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return ""
    return url.strip() if scheme in _LINK_SCHEMES else ""


def display_title(title: str, text: str = "", lang: str = "") -> str:
    """``title``, or else the first line of the text after its header, shortened."""
    if title.strip():
        return title.strip()
    body = text[parse_header(text).end :].strip()
    first_line = body.split("\n", 1)[0]
    if first_line:
        return textwrap.shorten(first_line, TITLE_CHARS, placeholder=" …")
    return f"Untitled {lang} article".replace("  ", " ")


def source_label(source: str) -> str:
    """Where an article came from, without the server's directories for a local file."""
    if external_link(source) or not source:
        return source
    return PurePath(source).name


def article_meta(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "display_title": display_title(doc.title, doc.text, doc.lang),
        "lang": doc.lang,
        "date": doc.date,
        "source": source_label(doc.source),
        "url": external_link(doc.url),
        "path": article_path(doc.id),
    }


def attribution_item(doc: Document, index: int, att: Attribution) -> dict[str, Any]:
    """One attribution as listed under its article, with the anchor of its highlight."""
    anchor = anchor_id(att.id, index)
    return {
        "id": att.id,
        "speaker": att.speaker,
        "speaker_text": doc.surface(att.speaker_span),
        "speaker_path": speaker_path(att.speaker),
        "cue": att.cue,
        "content": att.content(doc.text),
        "type": att.type,
        "stance": att.stance,
        "act": att.act,
        "confidence": att.confidence,
        "anchor": anchor,
        "href": f"#{anchor}",
    }


def stance_counts(stances: list[str]) -> dict[str, int]:
    counts = Counter(stances)
    return {stance: counts.get(stance, 0) for stance in STANCES}


def article_context(
    doc: Document, clusters: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, Any]:
    """The article page: its text in highlighted segments, every attribution in it and every
    event. ``clusters`` maps an attribution id to its linked claim (cluster id, status, path,
    number of sources), shown beside the attribution."""
    items = [attribution_item(doc, i, att) for i, att in enumerate(doc.attributions)]
    for item in items:
        item["cluster"] = (clusters or {}).get(item["id"])
    events = [
        {
            "anchor": event_anchor_id(i),
            "href": f"#{event_anchor_id(i)}",
            "type": event.type,
            "mode": event.mode,
            "trigger": event.trigger,
            "source": event.source_actor,
            "target": event.target_actor,
            "time": event.time,
            "time_basis": event.time_basis,
            "when": event_when(event.time, event.time_basis, doc.date),
            "place": event.place,
        }
        for i, event in enumerate(doc.events)
    ]
    return {
        "article": article_meta(doc),
        # vars(), not asdict(): the segments are new objects, a deep copy would only cost time
        "segments": [dict(vars(segment)) for segment in highlight(doc, event_anchors(doc))],
        "attributions": items,
        "events": events,
        "stances": stance_counts([att.stance for att in doc.attributions]),
        "legend": list(STANCES),
    }


def row_item(row: AttributionRow) -> dict[str, Any]:
    """An attribution found by a store query, with links to its article and speaker."""
    att = row.attribution
    return {
        "id": att.id,
        "speaker": att.speaker,
        "speaker_path": speaker_path(att.speaker),
        "cue": att.cue,
        "content": row.content,
        "type": att.type,
        "stance": att.stance,
        "act": att.act,
        "doc_id": row.doc_id,
        "title": row.title,
        "lang": row.lang,
        "date": row.date,
        "article_label": display_title(row.title, lang=row.lang),
        "href": article_path(row.doc_id, anchor_id(att.id, 0) if att.id else ""),
    }


def speaker_context(
    speaker: str,
    rows: list[AttributionRow],
    by_date: Mapping[str, Mapping[str, int]] | None = None,
) -> dict[str, Any]:
    """Everything attributed to the speaker ``speaker`` names, in any of their spellings
    (``names``: "Zelensky", "Zelenskyy" are one person): by stance and by date.

    ``rows`` is one page of attributions; ``by_date`` (``{date: {stance: n}}``, see
    :func:`~claimgraph.interfaces.web.timeline.count_by_date`) counts all of them for the
    timeline and the total, and is counted from ``rows`` when not given.
    """
    items = [row_item(row) for row in rows]
    by_stance: dict[str, list[dict[str, Any]]] = {stance: [] for stance in STANCES}
    for item in items:
        by_stance.setdefault(item["stance"], []).append(item)
    if by_date is None:
        by_date = count_by_date((item["date"], item["stance"]) for item in items)
    return {
        "speaker": speaker,
        "names": sorted({item["speaker"] for item in items}),
        "total": sum(sum(stances.values()) for stances in by_date.values()),
        "stances": {stance: len(group) for stance, group in by_stance.items()},
        "by_stance": by_stance,
        "timeline": [{"date": date, "stances": dict(stances)} for date, stances in by_date.items()],
        "chart": timeline_chart(by_date),
        "legend": list(STANCES),
    }


__all__ = [
    "article_context",
    "article_meta",
    "article_path",
    "attribution_item",
    "counted",
    "display_title",
    "external_link",
    "row_item",
    "source_label",
    "speaker_context",
    "speaker_path",
    "stance_counts",
]
