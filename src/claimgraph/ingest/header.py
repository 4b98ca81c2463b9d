"""Metadata header lines at the very top of an article, read without changing the text.

Our samples may open with a header such as ``" date 2023-05 Juist op het moment..."`` (the date
inline, the body on the same line) or with ``key: value`` lines (``date: 2023-05-03``,
``title: ...``, ``url: ...``, ``lang: nl``). The header stays part of ``Document.text`` (the gold
keeps it too, and offsets must stay valid); :func:`parse_header` only reports what it says and
where the body starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as _date
from email.utils import parsedate_to_datetime

_ISO_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)
# "date 2023-05 Juist op ..." : only the date key may share its line with the body, because
# only a date's shape shows where the value ends.
_INLINE_DATE = re.compile(r"[ \t]*date[ \t]+(?P<value>\d{4}(?:-\d{2}){0,2})(?=\s|$)", re.I)
_KEY_LINE = re.compile(
    r"[ \t]*(?P<key>date|title|url|lang|language)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*(?:\n|$)",
    re.I,
)
# a date value in another notation ("03/05/2023", "3 mei 2023"): the line is still a header
# line, so the fields after it are read, but its day/month order is not guessed
_DATE_LIKE = re.compile(r"(?=.*\d)[\w ./,:-]{1,40}")
_LANG_TAG = re.compile(r"(?P<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")
_URL = re.compile(r"https?://\S+")
_SPACE = re.compile(r"\s*")


@dataclass(frozen=True)
class Header:
    """What a header said; ``end`` is the offset in the text where the body starts."""

    date: str | None = None
    title: str = ""
    url: str = ""
    lang: str = ""
    end: int = 0


def normalize_date(value: str) -> str | None:
    """An ISO calendar date keeping its precision (``2023``, ``2023-05``, ``2023-05-03``).

    ISO date-times and RFC 2822 dates (as in RSS) are cut to the day, in the writer's own time
    zone. Anything else, or an impossible date such as ``2023-13``, gives ``None``.
    """
    value = value.strip()
    match = _ISO_DATE.fullmatch(value)
    if match:
        year, month, day = match.group("y", "m", "d")
        try:
            _date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        return "-".join(part for part in (year, month, day) if part)
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def normalize_lang(value: str) -> str:
    """The primary subtag of a language tag, lower-cased (``en-GB`` -> ``en``), or ``""``."""
    match = _LANG_TAG.fullmatch(value.strip())
    return match.group("primary").lower() if match else ""


def _key_value(key: str, value: str) -> tuple[str, str] | None:
    """The header field and normalised value of a ``key: value`` line, if the value fits."""
    key = key.lower()
    if key == "date":
        iso = normalize_date(value)
        return ("date", iso) if iso else None
    if key in ("lang", "language"):
        lang = normalize_lang(value)
        return ("lang", lang) if lang else None
    if key == "url":
        return ("url", value) if _URL.fullmatch(value) else None
    return ("title", value) if value else None


def _unread_date(key: str, value: str, fields: dict[str, str]) -> bool:
    """A first ``date:`` line whose value is a date in a notation we do not read."""
    return key.lower() == "date" and "date" not in fields and bool(_DATE_LIKE.fullmatch(value))


def parse_header(text: str) -> Header:
    """Read the metadata header at the top of ``text``; the text itself is left as it is.

    >>> parse_header(" date 2023-05 Juist op het moment")
    Header(date='2023-05', title='', url='', lang='', end=14)
    """
    fields: dict[str, str] = {}
    pos = 0
    while True:
        line = _KEY_LINE.match(text, pos)
        pair = _key_value(line["key"], line["value"]) if line else None
        if line and pair and not fields.get(pair[0]):
            fields[pair[0]] = pair[1]
            pos = line.end()
            continue
        if line and _unread_date(line["key"], line["value"], fields):
            fields["date"] = ""
            pos = line.end()
            continue
        inline = _INLINE_DATE.match(text, pos)
        iso = normalize_date(inline["value"]) if inline else None
        if inline and iso and "date" not in fields:
            fields["date"] = iso
            pos = inline.end()
            continue
        break
    if not fields:
        return Header()
    body = _SPACE.match(text, pos)
    return Header(
        date=fields.get("date") or None,
        title=fields.get("title", ""),
        url=fields.get("url", ""),
        lang=fields.get("lang", ""),
        end=body.end() if body else pos,
    )
