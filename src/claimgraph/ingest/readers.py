"""Read articles from files, directories and stdin into :class:`~claimgraph.model.Document`.

Formats go by file extension (see :data:`~claimgraph.ingest.formats.FORMAT_BY_SUFFIX`); an
explicitly named file with another extension, and stdin, are recognised by their content.
Inputs that cannot be read become one :class:`~claimgraph.errors.InputError` each (a one-line
message naming the input) handed to ``on_error``; nothing raises a traceback.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from claimgraph.errors import InputError
from claimgraph.ingest.decoding import looks_binary, normalize_newlines
from claimgraph.ingest.formats import FORMAT_BY_SUFFIX, PARSERS, Article, one_line, sniff_format
from claimgraph.ingest.header import parse_header
from claimgraph.ingest.langid import detect_language
from claimgraph.ingest.sidecar import SidecarFinder, is_sidecar
from claimgraph.model import Document

# the largest input read, in decimal megabytes as the messages print them ("over the 50.0 MB limit")
DEFAULT_MAX_BYTES = 50_000_000
# the most characters one article may have: spaCy's ``Language.max_length``, which our pipelines
# keep (its parser needs about 1 GB per 100,000 characters beyond it)
MAX_CHARS = 1_000_000
STDIN = "-"
STDIN_NAME = "<stdin>"

ErrorHandler = Callable[[InputError], None]

# lone surrogates cannot be encoded as UTF-8, and NUL cannot be stored in PostgreSQL text
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")


def clean_text(text: str) -> str:
    r"""The text a Document keeps: ``\r\n`` and ``\r`` become ``\n``; lone surrogates and NUL
    (which no store can keep) become U+FFFD, one character for one, so offsets hold; everything
    else stays exactly as given."""
    return _UNSTORABLE.sub("\ufffd", normalize_newlines(text))


def require_text(text: object) -> str:
    """``text`` when it is a ``str``; otherwise a :class:`TypeError` saying what is expected.
    Bytes are not guessed at: their encoding is the caller's to know (``data.decode("utf-8")``),
    or :func:`iter_documents` reads a file and finds it as for ``claimgraph ingest``."""
    if isinstance(text, str):
        return text
    hint = (
        ': decode it first (data.decode("utf-8")), or read the file with '
        "claimgraph.ingest.iter_documents"
        if isinstance(text, bytes | bytearray)
        else ""
    )
    raise TypeError(f"the article's text must be a str, not {type(text).__name__}{hint}")


def document_from_text(
    text: str,
    *,
    lang: str | None = None,
    date: str | None = None,
    title: str = "",
    url: str = "",
    source: str = "",
    doc_id: str = "",
) -> Document:
    """A Document for one article's text (see :func:`clean_text`; a metadata header stays in it).

    Values not given come from the header at the top of the text (:func:`parse_header`); the
    language is then detected on the body (``"und"`` when it is too short to tell). The id is
    ``doc_id`` or else the content hash of the text.

    Raises :class:`TypeError` when ``text`` is not a ``str`` (see :func:`require_text`).
    """
    text = clean_text(require_text(text))
    header = parse_header(text)
    return Document(
        text=text,
        id=doc_id,
        url=url or header.url,
        source=source,
        lang=lang or header.lang or detect_language(text[header.end :]),
        date=date if date is not None else header.date,
        title=title or header.title,
    )


def iter_documents(
    paths: Iterable[str | Path],
    on_error: ErrorHandler | None = None,
    stdin: IO[bytes] | IO[str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Documents from files, directories (recursively, sorted, hidden names skipped) and ``-``
    (stdin, or the ``stdin`` stream given).

    Every input that cannot be read, and every bad line or entry inside one, goes to
    ``on_error`` as an :class:`InputError` and reading goes on; without ``on_error`` the error
    is raised. Inputs over ``max_bytes`` are refused.

    A file's date, title, URL, language and source may come from sidecar metadata beside it
    (``index.jsonl`` or ``<file>.meta.json``, see :mod:`.sidecar`); those files are not read as
    articles when a directory is walked.
    """
    if isinstance(paths, str | Path):  # one path given where a list was meant
        paths = [paths]
    for item in _iter_articles(paths, stdin, max_bytes):
        if isinstance(item, InputError):
            if on_error is None:
                raise item
            on_error(item)
            continue
        yield document_from_text(
            item.text,
            lang=item.lang,
            date=item.date,
            title=item.title,
            url=item.url,
            source=item.source,
            doc_id=item.id,
        )


def _iter_articles(
    paths: Iterable[str | Path], stdin: IO[bytes] | IO[str] | None, max_bytes: int
) -> Iterator[Article | InputError]:
    sidecars = SidecarFinder()
    for path in paths:
        if str(path) == STDIN:
            yield from _parse_input(STDIN_NAME, _read_stream(stdin, max_bytes), None)
            continue
        path = Path(path)
        if path.is_dir():
            for found in _walk(path):
                if isinstance(found, InputError):
                    yield found
                else:
                    yield from _parse_file(found, max_bytes, sidecars)
        else:
            yield from _parse_file(path, max_bytes, sidecars)


def _parse_file(
    path: Path, max_bytes: int, sidecars: SidecarFinder
) -> Iterator[Article | InputError]:
    """One file's articles, with its sidecar metadata (if any) filled in."""
    name = str(path)
    items = list(_parse_input(name, _read_file(path, max_bytes), path))
    articles = [item for item in items if isinstance(item, Article)]
    meta, errors = sidecars.lookup(path) if articles else (None, [])
    yield from errors
    for item in items:
        if meta is not None and isinstance(item, Article):
            item = meta.apply(item, default_source=name, only_article=len(articles) == 1)
        yield item


def _parse_input(
    name: str, raw: bytes | InputError, path: Path | None
) -> Iterator[Article | InputError]:
    """Check the bytes of one input and parse them in their format."""
    if isinstance(raw, InputError):
        yield raw
        return
    problem = _unreadable(raw)
    if problem:
        yield InputError(problem, source=name)
        return
    suffix = path.suffix.lower() if path else ""
    fmt = FORMAT_BY_SUFFIX.get(suffix, "")
    found = False
    try:
        fmt = fmt or sniff_format(raw)
        for item in PARSERS[fmt](raw, name):
            found = True
            if isinstance(item, Article) and not item.text.strip():
                yield InputError("empty file (no text)", source=name)
            elif isinstance(item, Article) and len(item.text) > MAX_CHARS:
                yield InputError(_too_long(item), source=name)
            else:
                yield item
    except RecursionError:  # absurdly deep nesting in JSON or markup
        found = True
        yield InputError(f"{fmt or 'input'} nested too deeply to read", source=name)
    if not found:  # e.g. a JSONL file holding only a byte-order mark or blank lines
        yield InputError(f"no articles found in this {fmt or 'input'}", source=name)


def _unreadable(raw: bytes) -> str | None:
    if not raw.strip():
        return "empty file"
    if looks_binary(raw):
        return "binary file, not text"
    return None


def _read_file(path: Path, max_bytes: int) -> bytes | InputError:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(_too_large(size, max_bytes), source=name)
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # a file that grew since stat() is refused too
    except FileNotFoundError:
        return InputError("no such file or directory", source=name)
    except OSError as err:
        return InputError(one_line(err.strerror or err), source=name)
    if len(raw) > max_bytes:
        return InputError(_too_large(len(raw), max_bytes), source=name)
    return raw


def _read_stream(stream: IO[bytes] | IO[str] | None, max_bytes: int) -> bytes | InputError:
    if stream is None:
        stream = sys.stdin
    binary = getattr(stream, "buffer", stream)  # a text stdin has its bytes underneath
    try:
        data = binary.read(max_bytes + 1)
    except (OSError, ValueError, AttributeError) as err:  # closed, unreadable or no stream
        return InputError(one_line(err), source=STDIN_NAME)
    raw = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    if len(raw) > max_bytes:
        return InputError(_too_large(len(raw), max_bytes, at_least=True), source=STDIN_NAME)
    return raw


def _too_large(size: int, limit: int, at_least: bool = False) -> str:
    if at_least:
        return f"input is over the {_size(limit)} limit"
    return f"input is {_size(size)}, over the {_size(limit)} limit"


def _too_long(article: Article) -> str:
    which = f"article {article.id or article.title!r}" if article.id or article.title else "article"
    return (
        f"{which} is {len(article.text):,} characters, over the {MAX_CHARS:,} the pipeline "
        "reads at once: split it into parts"
    )


def _size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1e6:.1f} MB"
    return f"{count / 1e3:.1f} kB" if count >= 1000 else f"{count} bytes"


# documentation that sits beside articles in a folder; named explicitly, such files are read
NOT_ARTICLES = frozenset(
    {"readme", "license", "licence", "changelog", "changes", "source", "notes"}
)


def _walk(directory: Path) -> Iterator[Path | InputError]:
    """Files in a known format under ``directory``, sorted; hidden and documentation files skipped."""
    errors: list[OSError] = []
    found: list[Path] = []
    other = 0  # visible files in no format we read (PDF, Word, images)
    for root, dirs, files in os.walk(directory, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        visible = [name for name in files if not name.startswith(".")]
        known = [name for name in visible if Path(name).suffix.lower() in FORMAT_BY_SUFFIX]
        other += len(visible) - len(known)
        found.extend(
            Path(root, name)
            for name in known
            if Path(name).stem.lower() not in NOT_ARTICLES and not is_sidecar(Path(root, name))
        )
    for err in errors:
        yield InputError(one_line(err.strerror or err), source=str(err.filename or directory))
    if not found and not errors:
        problem = _no_known_format(other) if other else "no article files in this folder"
        yield InputError(problem, source=str(directory))
    yield from sorted(found)


def _no_known_format(count: int) -> str:
    suffixes = " ".join(sorted(FORMAT_BY_SUFFIX))
    files = "1 file" if count == 1 else f"{count} files"
    return f"{files}, none in a format claimgraph reads ({suffixes}); convert PDFs to text first"
