"""Query parameters shared by the API and the pages: filters and pagination, validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError

from claimgraph.lang import read_lang_file
from claimgraph.model import ACTS, STANCES

# "" is what an HTML form sends for "any"; it means no filter.
Stance = Literal[(*STANCES, "")]  # type: ignore[valid-type]
Act = Literal[(*ACTS, "")]  # type: ignore[valid-type]

MAX_LIMIT = 500
MAX_OFFSET = 2**63 - 1 - MAX_LIMIT  # SQL OFFSET is a signed 64-bit integer (SQLite, PostgreSQL)
DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
LANG_PATTERN = r"^([a-z]{2,3})?$"
# PostgreSQL text cannot hold NUL: such input is refused on every backend, never a 500.
NO_NUL_PATTERN = r"^[^\x00]*$"


@dataclass
class Page:
    """``limit`` items from ``offset``."""

    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")] = 0,
) -> Page:
    return Page(limit, offset)


@dataclass
class Filters:
    """Which attributions to show; empty values mean no filter. ``speaker`` is a search: any
    speaker whose name contains it (a speaker's page, ``/speakers/NAME``, shows one person)."""

    speaker: str | None = None
    stance: list[str] | None = None
    act: list[str] | None = None
    lang: str | None = None
    since: str | None = None

    def query(self) -> dict[str, Any]:
        """Keyword arguments for :meth:`claimgraph.store.Store.query_attributions`."""
        return {
            "speaker_contains": self.speaker or None,
            "stance": [s for s in self.stance or () if s] or None,
            "act": [a for a in self.act or () if a] or None,
            "lang": self.lang or None,
            "since": self.since or None,
        }


def filter_params(
    speaker: Annotated[
        str | None,
        Query(
            max_length=200,
            pattern=NO_NUL_PATTERN,
            description="Case-insensitive part of the speaker's name.",
        ),
    ] = None,
    stance: Annotated[list[Stance] | None, Query(description="One or more stances.")] = None,
    act: Annotated[list[Act] | None, Query(description="One or more speech acts.")] = None,
    lang: Annotated[
        str | None, Query(pattern=LANG_PATTERN, description="Article language (ISO 639-1).")
    ] = None,
    since: Annotated[
        str | None,
        Query(pattern=DATE_PATTERN, description="Articles dated on or after YYYY[-MM[-DD]]."),
    ] = None,
) -> Filters:
    return Filters(speaker, stance, act, lang, since)


def reject_nul(request: Request) -> None:
    """Refuse (422) any query or path value holding a NUL character; an app-wide dependency."""
    values = [("query", key, value) for key, value in request.query_params.multi_items()]
    values += [("path", key, str(value)) for key, value in request.path_params.items()]
    errors = [
        {"loc": (where, key), "msg": "must not contain NUL characters", "type": "string_nul"}
        for where, key, value in values
        if "\x00" in key or "\x00" in value
    ]
    if errors:
        raise RequestValidationError(errors)


def search_text(q: str | None) -> str | None:
    """The search box's text as a phrase to find: trimmed, without a pair of quotation marks
    around all of it (``"drone attack"``, ``„drone”``: the search finds phrases as written,
    the marks would have to be in the text), ``None`` when nothing is left."""
    text = (q or "").strip()
    for opener, closer in _quote_pairs():
        if (
            len(text) > len(opener) + len(closer)
            and text.startswith(opener)
            and text.endswith(closer)
        ):
            text = text[len(opener) : -len(closer)].strip()
            break
    return text or None


@cache
def _quote_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((o, c) for o, c in read_lang_file("base", "quotes.toml")["pairs"])


def with_json_suffix(value: str) -> tuple[str, bool]:
    """A path value without a trailing ``.json``, and whether it had one."""
    if value.endswith(".json"):
        return value.removesuffix(".json"), True
    return value, False


__all__ = [
    "DATE_PATTERN",
    "LANG_PATTERN",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "NO_NUL_PATTERN",
    "Act",
    "Filters",
    "Page",
    "Stance",
    "filter_params",
    "page_params",
    "reject_nul",
    "search_text",
    "with_json_suffix",
]
