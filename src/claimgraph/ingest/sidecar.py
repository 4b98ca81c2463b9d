"""Sidecar metadata: an ``index.jsonl`` or ``<file>.meta.json`` beside an article describes it.

Corpora copied from elsewhere often keep the text in a plain ``.txt`` and the date, title, URL
and outlet in a separate file. Two forms are read, both from the article's own folder:

* ``index.jsonl``: one JSON object per line; the line whose ``file`` (or ``path``) equals the
  article's file name describes it;
* ``<file name>.meta.json`` or ``<stem>.meta.json``: one JSON object for that one file (it wins
  over ``index.jsonl``).

Fields read: ``date``, ``title``, ``url``, ``lang``, and ``source`` (else ``outlet``). Values are
checked like a JSONL record's; a sidecar that cannot be read is reported once, as one
:class:`~claimgraph.errors.InputError` naming it, and its articles are ingested without it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimgraph.errors import InputError
from claimgraph.ingest.decoding import decode_bytes, normalize_newlines
from claimgraph.ingest.formats import Article, check_date_and_lang, invalid_json, one_line
from claimgraph.ingest.header import normalize_date, normalize_lang

INDEX_NAME = "index.jsonl"
META_SUFFIX = ".meta.json"
KEY_FIELDS = ("file", "path")
# sidecar field -> Article field; the first present of several aliases wins
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("date",),
    "title": ("title",),
    "url": ("url",),
    "lang": ("lang", "language"),
    "source": ("source", "outlet"),
}
# fields that identify one article: never spread over every record of a multi-article file
PER_ARTICLE = frozenset({"title", "url"})
_MAX_SIDECAR_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class SidecarMeta:
    """What a sidecar says about one file (empty strings / ``None`` where it says nothing)."""

    date: str | None = None
    title: str = ""
    url: str = ""
    lang: str | None = None
    source: str = ""

    def apply(self, article: Article, default_source: str, only_article: bool) -> Article:
        """``article`` with the sidecar's values filled in.

        For a file holding one article the sidecar wins over what the format or a header said
        (a person wrote it for this file). For a file holding several articles it only fills
        fields the record lacks, and never the title or URL, which belong to one article. A
        source equal to ``default_source`` (the file's own name) counts as unset.
        """
        changes: dict[str, Any] = {}
        for name in FIELD_ALIASES:
            value = getattr(self, name)
            current = getattr(article, name)
            if name == "source" and current == default_source:
                current = ""
            if value and (only_article or (not current and name not in PER_ARTICLE)):
                changes[name] = value
        return replace(article, **changes) if changes else article


def is_sidecar(path: Path) -> bool:
    """True for ``*.meta.json`` files and an ``index.jsonl`` whose first record names a file."""
    name = path.name.lower()
    if name.endswith(META_SUFFIX):
        return True
    if name != INDEX_NAME:
        return False
    try:
        with path.open("rb") as handle:
            first = next((line for line in handle if line.strip()), b"")
        record = json.loads(decode_bytes(first))
    except (OSError, ValueError):
        return True  # an unreadable index.jsonl is still an index, reported when it is read
    return isinstance(record, dict) and "text" not in record and _key(record) is not None


def _key(record: dict[str, Any]) -> str | None:
    for name in KEY_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip().removeprefix("./")
    return None


def meta_from_record(record: Any) -> SidecarMeta:
    """A :class:`SidecarMeta` from one JSON object; ``ValueError`` names a bad field."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    values: dict[str, str] = {}
    for name, aliases in FIELD_ALIASES.items():
        key = next((k for k in aliases if record.get(k) not in (None, "")), None)
        if key is None:
            continue
        value = record[key]
        if not isinstance(value, str):
            raise ValueError(f"field '{key}' must be a string, not {type(value).__name__}")
        values[name] = value.strip()
    check_date_and_lang(values)
    date, lang = values.get("date"), values.get("lang")
    return SidecarMeta(
        date=normalize_date(date) if date else None,
        title=one_line(values.get("title", "")),
        url=values.get("url", ""),
        lang=normalize_lang(lang) if lang else None,
        source=values.get("source", ""),
    )


def _read_json_text(path: Path) -> str:
    if path.stat().st_size > _MAX_SIDECAR_BYTES:
        raise ValueError(f"sidecar is over {_MAX_SIDECAR_BYTES // 1_000_000} MB")
    return normalize_newlines(decode_bytes(path.read_bytes()))


def read_index(path: Path) -> tuple[dict[str, SidecarMeta], InputError | None]:
    """The entries of an ``index.jsonl`` by file name, and one error for its bad lines if any.

    Good lines are kept when others are bad; the error names the first bad line and counts
    the rest.
    """
    try:
        text = _read_json_text(path)
    except (OSError, ValueError) as err:
        return {}, InputError(f"unreadable sidecar ({one_line(err)})", source=str(path))
    entries: dict[str, SidecarMeta] = {}
    problems: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = _key(record) if isinstance(record, dict) else None
            if key is None:
                raise ValueError("record has no 'file' or 'path' string")
            entries[key] = meta_from_record(record)
        except json.JSONDecodeError as err:
            problems.append(f"line {number}: {invalid_json(err, with_line=False)}")
        except ValueError as err:
            problems.append(f"line {number}: {err}")
    return entries, _sidecar_error(path, problems)


def read_meta(path: Path) -> tuple[SidecarMeta | None, InputError | None]:
    """The one object of a ``.meta.json`` file, or the error that names it."""
    try:
        return meta_from_record(json.loads(_read_json_text(path))), None
    except json.JSONDecodeError as err:
        problem = invalid_json(err)
    except (OSError, ValueError) as err:
        problem = one_line(err)
    return None, _sidecar_error(path, [problem])


def _sidecar_error(path: Path, problems: list[str]) -> InputError | None:
    if not problems:
        return None
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return InputError(f"malformed sidecar metadata: {one_line(problems[0])}{more}", str(path))


@dataclass
class SidecarFinder:
    """Looks up sidecar metadata for article files; each sidecar is read and reported once."""

    _indexes: dict[Path, dict[str, SidecarMeta]] = field(default_factory=dict)
    _reported: set[Path] = field(default_factory=set)

    def lookup(self, article_path: Path) -> tuple[SidecarMeta | None, list[InputError]]:
        """The metadata describing ``article_path`` and any new errors about its sidecars."""
        errors: list[InputError] = []
        folder = article_path.parent
        name = article_path.name
        candidates = (folder / f"{name}{META_SUFFIX}", folder / f"{article_path.stem}{META_SUFFIX}")
        for meta_path in candidates:
            if meta_path.is_file() and meta_path != article_path:
                meta, error = read_meta(meta_path)
                self._report(meta_path, error, errors)
                if meta is not None:
                    return meta, errors
        index_path = folder / INDEX_NAME
        if index_path == article_path or not index_path.is_file():
            return None, errors
        if folder not in self._indexes:
            entries, error = read_index(index_path)
            self._indexes[folder] = entries
            self._report(index_path, error, errors)
        return self._indexes[folder].get(name), errors

    def _report(self, path: Path, error: InputError | None, errors: list[InputError]) -> None:
        if error is not None and path not in self._reported:
            self._reported.add(path)
            errors.append(error)
