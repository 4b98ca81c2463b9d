"""Input formats: recognise one from a name or its bytes, and parse it into article records.

Every parser takes the raw bytes and the input's name (a path, or ``<stdin>``) and yields
:class:`Article` records or :class:`~claimgraph.errors.InputError` values for the parts it could
not read, so that one bad line or feed entry never stops the rest.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta
from typing import Any

import feedparser
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG

from claimgraph.errors import InputError
from claimgraph.ingest.decoding import decode_bytes, normalize_newlines
from claimgraph.ingest.header import normalize_date, normalize_lang
from claimgraph.ingest.markup import html_to_text

TEXT, JSONL, JSON, HTML, FEED = "text", "jsonl", "json", "html", "feed"

FORMAT_BY_SUFFIX = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".json": JSON,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".xml": FEED,
    ".rss": FEED,
    ".atom": FEED,
}

# String fields a JSON(L) record may carry besides ``text``; other keys are ignored.
RECORD_FIELDS = ("title", "date", "url", "lang", "source", "id")

_SNIFF_CHARS = 4096
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div)[\s>/]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# trafilatura asks htmldate for metadata dates only: extensive search reads dates out of
# page text such as a "© 2023" footer.
_HTML_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# the largest web page read: trafilatura's own cap on a page it downloads (20 MB)
MAX_HTML_BYTES = DEFAULT_CONFIG.getint("DEFAULT", "MAX_FILE_SIZE")
# Feed "errors" that only say the declared encoding or content type was off.
_BENIGN_FEED_ERRORS = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
_MAX_MESSAGE = 160


@dataclass
class Article:
    """One article as read from an input, before it becomes a :class:`~claimgraph.model.Document`.

    ``lang`` and ``date`` are ``None`` when the input does not say (the header and the language
    detector fill them in later).
    """

    text: str
    source: str
    title: str = ""
    date: str | None = None
    url: str = ""
    lang: str | None = None
    id: str = ""


Parsed = Iterator[Article | InputError]


def one_line(message: object) -> str:
    """An error text as one short line."""
    text = " ".join(str(message).split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def invalid_json(err: json.JSONDecodeError, *, with_line: bool = True) -> str:
    """The problem of a JSON text as "invalid JSON (what at line L, column C)"; Python's own
    message may end in "at" already ("Invalid control character at")."""
    what = err.msg.removesuffix(" at")
    where = f"line {err.lineno}, column {err.colno}" if with_line else f"column {err.colno}"
    return f"invalid JSON ({what} at {where})"


def sniff_format(raw: bytes) -> str:
    """The format the bytes look like: a feed, HTML, JSON(L) or else plain text."""
    head = decode_bytes(raw[:_SNIFF_CHARS]).lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<"):
        if _FEED_ROOT.search(head):
            return FEED
        if _HTML_MARK.search(head) or not head.startswith("<?xml"):
            return HTML
        return FEED
    if head.startswith("["):
        return JSON
    if head.startswith("{"):
        first_line = head.split("\n", 1)[0]
        try:
            json.loads(first_line)
        except ValueError:
            return JSON
        return JSONL
    return TEXT


def parse_text(raw: bytes, name: str) -> Parsed:
    """A plain-text file is one article, kept as it is (newlines normalised)."""
    yield Article(text=normalize_newlines(decode_bytes(raw)), source=name)


def parse_jsonl(raw: bytes, name: str) -> Parsed:
    """One JSON object per line; blank lines are skipped, a bad line is reported as ``name:N``."""
    text = normalize_newlines(decode_bytes(raw))
    # Split on "\n" only: JSON strings may hold U+2028 and other characters str.splitlines uses.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(invalid_json(err, with_line=False), source=where)
            continue
        yield _article_or_error(record, name, where)


def parse_json(raw: bytes, name: str) -> Parsed:
    """A JSON object (one article) or a list of them."""
    try:
        data = json.loads(normalize_newlines(decode_bytes(raw)))
    except json.JSONDecodeError as err:
        yield InputError(invalid_json(err), source=name)
        return
    if isinstance(data, dict):
        yield _article_or_error(data, name, name)
    elif isinstance(data, list):
        for index, record in enumerate(data):
            yield _article_or_error(record, name, f"{name}[{index}]")
    else:
        yield InputError("JSON input must be an object or a list of objects", source=name)


def _article_or_error(record: Any, name: str, where: str) -> Article | InputError:
    try:
        return article_from_record(record, default_source=name)
    except ValueError as err:
        return InputError(one_line(err), source=where)


def check_date_and_lang(values: dict[str, str]) -> None:
    """Raise ValueError naming the field when a record's date or language is unreadable."""
    date = values.get("date")
    if date is not None and normalize_date(date) is None:
        raise ValueError(f"field 'date' is not an ISO or RFC 2822 date: {date[:40]!r}")
    lang = values.get("lang")
    if lang is not None and not normalize_lang(lang):
        raise ValueError(f"field 'lang' is not a language code: {lang[:20]!r}")


def article_from_record(record: Any, default_source: str) -> Article:
    """An article from a JSON object with ``text`` and optional :data:`RECORD_FIELDS`.

    Raises ``ValueError`` naming the problem when the record cannot be used.
    """
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("record has no 'text' string")
    if not text.strip():
        raise ValueError("record's 'text' is empty")
    values: dict[str, str] = {}
    for key in RECORD_FIELDS:
        value = record.get(key)
        if value is None or value == "":
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError(f"field '{key}' must be a string, not {type(value).__name__}")
        values[key] = value
    check_date_and_lang(values)
    date, lang = values.get("date"), values.get("lang")
    return Article(
        text=normalize_newlines(text),
        source=values.get("source", default_source),
        title=values.get("title", ""),
        date=normalize_date(date) if date else None,
        url=values.get("url", ""),
        lang=normalize_lang(lang) if lang else None,
        id=values.get("id", ""),
    )


def parse_html(raw: bytes, name: str) -> Parsed:
    """The main text of a web page (trafilatura), its title, canonical URL and metadata date.

    A page over :data:`MAX_HTML_BYTES` is refused unread: trafilatura's time grows faster than
    the page (8 MB of paragraphs: 14 s; 50 MB: over 13 minutes and 1.6 GB)."""
    if len(raw) > MAX_HTML_BYTES:
        yield InputError(
            f"HTML page of {len(raw) / 1e6:.1f} MB, over the {MAX_HTML_BYTES / 1e6:.0f} MB "
            "trafilatura reads: save the article's text instead",
            source=name,
        )
        return
    declared = _META_CHARSET.search(raw[:_SNIFF_CHARS])
    page = decode_bytes(raw, declared.group(1).decode("ascii") if declared else None)
    try:
        extracted = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_HTML_DATE_PARAMS,
        )
    except Exception as err:  # any parser failure means a bad input, not a crash
        yield InputError(f"could not parse HTML ({one_line(err)})", source=name)
        return
    body = normalize_newlines(getattr(extracted, "text", None) or "").strip()
    if not body:
        yield InputError("no article text found in the HTML", source=name)
        return
    title = one_line(getattr(extracted, "title", None) or "")
    yield Article(
        text=_with_headline(title, body),
        source=name,
        title=title,
        date=_plausible_date(getattr(extracted, "date", None)),
        url=getattr(extracted, "url", None) or "",
    )


def _with_headline(title: str, body: str) -> str:
    """The body with the headline as its first paragraph, unless its first line has it already."""
    if not title or title in body.split("\n", 1)[0]:
        return body
    return f"{title}\n\n{body}"


def _plausible_date(value: str | None) -> str | None:
    """A page's metadata date, unless it is unreadable or later than tomorrow."""
    iso = normalize_date(value) if value else None
    if iso is None:
        return None
    if iso > (_date.today() + timedelta(days=1)).isoformat():
        return None
    return iso


def parse_feed(raw: bytes, name: str) -> Parsed:
    """One article per RSS/Atom entry: headline and summary (or content), link and date."""
    try:
        # A stream, never bytes or str: feedparser treats those as a file name or URL to open.
        feed = feedparser.parse(io.BytesIO(raw), resolve_relative_uris=False, sanitize_html=False)
    except Exception as err:  # any parser failure means a bad input, not a crash
        yield InputError(f"could not parse feed ({one_line(err)})", source=name)
        return
    broken = bool(feed.bozo) and not isinstance(feed.bozo_exception, _BENIGN_FEED_ERRORS)
    feed_lang = normalize_lang(feed.feed.get("language", "") or "")
    read = 0
    for number, entry in enumerate(feed.entries, start=1):
        article = _entry_article(entry, name, feed_lang)
        if article:
            read += 1
            yield article
        elif not broken:
            yield InputError(f"feed entry {number} has no title or text", source=name)
    if broken:
        problem = one_line(feed.bozo_exception)
        yield InputError(f"malformed feed ({problem}); read {read} entries", source=name)
    elif not feed.entries:
        yield InputError("no feed entries found", source=name)


def _entry_article(entry: Any, name: str, feed_lang: str) -> Article | None:
    title = _detail_text(entry.get("title", ""), entry.get("title_detail"))
    content = entry.get("content") or []
    if content:
        body = _detail_text(content[0].get("value", ""), content[0])
    else:
        body = _detail_text(entry.get("summary", ""), entry.get("summary_detail"))
    parts = [part for part in (title, body) if part]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    if not parts:
        return None
    detail = (content[0] if content else None) or entry.get("summary_detail") or {}
    lang = normalize_lang(detail.get("language") or "") or feed_lang
    return Article(
        text=normalize_newlines("\n\n".join(parts)),
        source=name,
        title=title,
        date=_entry_date(entry),
        url=entry.get("link", "") or "",
        lang=lang or None,
    )


def _detail_text(value: str, detail: Any) -> str:
    """Feed text as plain text: HTML is stripped unless the feed says it is plain text."""
    if not value:
        return ""
    kind = (detail or {}).get("type", "text/html")
    text = value if kind == "text/plain" else html_to_text(value)
    return text.strip()


def _entry_date(entry: Any) -> str | None:
    """The entry's publication date as written (its own time zone), else the parsed UTC one."""
    for key in ("published", "updated", "created"):
        iso = normalize_date(entry.get(key) or "")
        if iso:
            return iso
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return _date(*parsed[:3]).isoformat()
    return None


PARSERS: dict[str, Callable[[bytes, str], Parsed]] = {
    TEXT: parse_text,
    JSONL: parse_jsonl,
    JSON: parse_json,
    HTML: parse_html,
    FEED: parse_feed,
}
