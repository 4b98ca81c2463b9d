"""Readers for the gold sets we evaluate on: our JSONL gold, PolNeAR (brat standoff), Emergent.

Every reader returns plain model objects (or dicts for Emergent) and raises
:class:`claimgraph.errors.InputError` naming the file for input it cannot use.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimgraph.errors import InputError
from claimgraph.model import ACTS, STANCES, TYPES, Attribution, Document, Span

log = logging.getLogger(__name__)

EMERGENT_FIELDS = (
    "claimHeadline",
    "articleHeadline",
    "articleHeadlineStance",
    "claimId",
    "articleId",
)

# Quoted passages, found in this order; each pattern skips text an earlier one already took.
# Double quotes left open run to the end of the paragraph (a quote continued in the next one);
# single quotes must close, because "'" and "’" also mark elisions ('s avonds) and apostrophes.
QUOTE_PATTERNS = (
    r",,[^\n]*?(?:''|[\"”]|$)",  # Dutch ,,...'' (also closed by a double quote)
    r"„[^„\n]*?(?:[“”]|$)",
    r"“[^“\n]*?(?:”|$)",
    r"«[^«\n]*?(?:»|$)",
    r"\"[^\"\n]*(?:\"|$)",
    r"(?<!')''(?=\S)[^\n]*?''",  # doubled apostrophes (NYT archive text in PolNeAR)
    r"(?<!\w)‘[^\n]*?(?<=[\w.,!?…])’(?!\w)",
    r"(?<!\w)'(?=\w)[^\n]*?(?<=[\w.,!?…])'(?!\w)",
)
_QUOTE_RES = tuple(re.compile(pattern, re.MULTILINE) for pattern in QUOTE_PATTERNS)

# brat standoff: an annotation line starts with its id and a tab; other lines continue the
# previous text-bound annotation's surface text (which contained a newline).
_ANN_LINE_RE = re.compile(r"^(?:[TERAMN]\d+|#\d*)\t")
_ROLE_INDEX_RE = re.compile(r"\d+$")


# -- our JSONL gold ---------------------------------------------------------------------------


def read_gold_jsonl(path: str | Path) -> list[Document]:
    """Read attribution gold in the format of ``shared/ANNOTATION.md`` (one article per line).

    Spans are checked to lie inside ``text`` and labels to be those of the format.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read gold file ({err.__class__.__name__})", str(path)) from err
    documents = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            documents.append(_gold_document(line, f"{path}:{number}"))
    return documents


def _gold_document(line: str, where: str) -> Document:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"invalid JSON ({err.msg})", where) from err
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError("not an article object with a 'text' string", where)
    try:
        document = Document.from_dict(data)
    except (TypeError, ValueError) as err:
        raise InputError(f"malformed article ({err})", where) from err
    for index, item in enumerate(document.attributions):
        _check_item(item, len(document.text), f"{where} attribution {index}")
    return document


def _check_item(item: Attribution, length: int, where: str) -> None:
    for name in ("speaker_span", "cue_span", "content_span"):
        span = getattr(item, name)
        if span is not None and not 0 <= span[0] <= span[1] <= length:
            raise InputError(f"{name} {list(span)} outside the text (length {length})", where)
    for name, allowed in (("type", TYPES), ("stance", STANCES), ("act", ACTS)):
        if getattr(item, name) not in allowed:
            raise InputError(f"{name} {getattr(item, name)!r} not one of {allowed}", where)


# -- PolNeAR (brat standoff) ------------------------------------------------------------------


@dataclass
class _TextBound:
    label: str
    fragments: list[Span]
    surface: str

    @property
    def span(self) -> Span:
        return (min(s for s, _ in self.fragments), max(e for _, e in self.fragments))


@dataclass
class _Event:
    id: str
    label: str
    roles: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class PolnearReport:
    """What reading a PolNeAR split found; ``mismatches`` holds (file, id, annotated, in text)."""

    articles: int = 0
    attributions: int = 0
    textbounds: int = 0
    skipped_without_content: int = 0
    mismatches: list[tuple[str, str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "attributions": self.attributions,
            "textbounds": self.textbounds,
            "skipped_without_content": self.skipped_without_content,
            "offset_mismatches": len(self.mismatches),
        }


def read_polnear(split_dir: str | Path) -> list[Document]:
    """Read one PolNeAR split (``<split>/text/*.txt`` + ``<split>/attributions/*_<annotator>.ann``).

    Articles with several annotators use the first annotator in sorted order. Each ``E``
    attribution becomes an :class:`Attribution` (see :func:`polnear_report` for counts).
    """
    return _read_polnear(Path(split_dir))[0]


def polnear_report(split_dir: str | Path) -> dict[str, Any]:
    """Counts from reading a split: articles, attributions, text-bound annotations, offset
    mismatches (annotated surface differs from the text at its offsets) and skipped items."""
    return _read_polnear(Path(split_dir))[1].as_dict()


def _read_polnear(split_dir: Path) -> tuple[list[Document], PolnearReport]:
    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError("not a PolNeAR split (needs text/ and attributions/)", str(split_dir))
    report = PolnearReport()
    documents = []
    for name, ann_path in sorted(_first_annotation_files(ann_dir).items()):
        text_path = text_dir / f"{name}.txt"
        if not text_path.is_file():
            raise InputError(f"no text for {ann_path.name}", str(text_path))
        text = text_path.read_text(encoding="utf-8")
        documents.append(_polnear_document(name, text, ann_path, report))
    if report.mismatches:
        log.warning(
            "%s: %d annotated surfaces differ from the text at their offsets",
            split_dir,
            len(report.mismatches),
        )
    return documents, report


def _first_annotation_files(ann_dir: Path) -> dict[str, Path]:
    """Article name -> the .ann of its first annotator (sorted), from ``<name>_<annotator>.ann``."""
    chosen: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        name = path.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, path)
    return chosen


def _polnear_document(name: str, text: str, ann_path: Path, report: PolnearReport) -> Document:
    bounds, events = _parse_ann(ann_path)
    report.articles += 1
    report.textbounds += len(bounds)
    for tid, bound in bounds.items():
        in_text = " ".join(text[s:e] for s, e in bound.fragments)
        if in_text != bound.surface:
            report.mismatches.append((ann_path.name, tid, bound.surface, in_text))
    attributions = []
    mask = quoted_mask(text)
    for event in events:
        item = _polnear_attribution(event, bounds, text, mask)
        if item is None:
            report.skipped_without_content += 1
        else:
            attributions.append(item)
    attributions.sort(key=lambda a: a.content_span)
    report.attributions += len(attributions)
    publisher, _, rest = name.partition("_")
    return Document(
        text=text,
        id=name,
        source=f"polnear/{publisher}",
        lang="en",
        date=rest.split("_", 1)[0] or None,
        title=text.split("\n", 1)[0].strip(),
        attributions=attributions,
    )


def _parse_ann(path: Path) -> tuple[dict[str, _TextBound], list[_Event]]:
    bounds: dict[str, _TextBound] = {}
    events: list[_Event] = []
    last: _TextBound | None = None
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and not lines[-1]:
        lines.pop()
    for number, line in enumerate(lines, start=1):
        if not _ANN_LINE_RE.match(line):
            if last is not None:
                last.surface += "\n" + line
            continue
        ann_id, body, *rest = [*line.split("\t"), ""]
        last = None
        try:
            if ann_id.startswith("T"):
                last = bounds[ann_id] = _parse_textbound(body, rest[0])
            elif ann_id.startswith("E"):
                events.append(_parse_event(ann_id, body))
        except ValueError as err:
            raise InputError(f"line {number}: malformed annotation {line!r}", str(path)) from err
    return bounds, events


def _parse_textbound(body: str, surface: str) -> _TextBound:
    label, _, offsets = body.partition(" ")
    fragments = []
    for fragment in offsets.split(";"):
        start, end = fragment.split()
        fragments.append((int(start), int(end)))
    return _TextBound(label, fragments, surface)


def _parse_event(ann_id: str, body: str) -> _Event:
    trigger, *arguments = body.split()
    event = _Event(ann_id, trigger.split(":", 1)[0])
    for argument in arguments:
        role, target = argument.split(":", 1)
        # Repeated roles are numbered (Content2); they belong with the first.
        event.roles.setdefault(_ROLE_INDEX_RE.sub("", role), []).append(target)
    return event


def _polnear_attribution(
    event: _Event, bounds: dict[str, _TextBound], text: str, mask: list[bool]
) -> Attribution | None:
    contents = [bounds[t] for t in event.roles.get("Content", []) if t in bounds]
    if not contents:
        return None
    fragments = sorted(f for bound in contents for f in bound.fragments)
    source = _joined(event.roles.get("Source", []), bounds)
    cue = _joined(event.roles.get("Cue", []), bounds)
    return Attribution(
        speaker=source.surface if source else "",
        speaker_span=source.span if source else None,
        cue=cue.surface if cue else "",
        cue_span=cue.span if cue else None,
        content_span=(fragments[0][0], max(e for _, e in fragments)),
        type=quote_type(text, fragments, mask),
        stance="assert",
        act="statement",
        id=event.id,
    )


def _joined(ids: list[str], bounds: dict[str, _TextBound]) -> _TextBound | None:
    parts = [bounds[t] for t in ids if t in bounds]
    if not parts:
        return None
    fragments = sorted(f for part in parts for f in part.fragments)
    return _TextBound(parts[0].label, fragments, " ".join(p.surface for p in parts))


def quoted_mask(text: str) -> list[bool]:
    """For each code point of ``text``, whether it lies in a quoted passage (marks included)."""
    return _quotations(text)[0]


def quoted_passages(text: str) -> list[Span]:
    """The quoted passages of ``text`` (marks included) as :data:`QUOTE_PATTERNS` find them, in
    text order; a double quote left open runs to the end of its paragraph."""
    return sorted(_quotations(text)[1])


def _quotations(text: str) -> tuple[list[bool], list[Span]]:
    mask = [False] * len(text)
    spans: list[Span] = []
    remaining = text
    for pattern in _QUOTE_RES:
        for found in pattern.finditer(remaining):
            mask[found.start() : found.end()] = [True] * (found.end() - found.start())
            spans.append(found.span())
        # Blank out what this pattern took so later patterns cannot pair its marks again.
        remaining = "".join("\x00" if m else c for c, m in zip(text, mask, strict=True))
    return mask, spans


def quote_type(text: str, fragments: list[Span], mask: list[bool] | None = None) -> str:
    """``direct`` if all letters and digits of the fragments are quoted, ``mixed`` if some are,
    else ``indirect``. Pass ``quoted_mask(text)`` as ``mask`` to reuse it across items."""
    if mask is None:
        mask = quoted_mask(text)
    words = quoted = 0
    for start, end in fragments:
        for index in range(start, end):
            if text[index].isalnum():
                words += 1
                quoted += mask[index]
    if words and quoted == words:
        return "direct"
    return "mixed" if quoted else "indirect"


# -- Emergent ---------------------------------------------------------------------------------


def read_emergent(csv_path: str | Path) -> list[dict[str, str]]:
    """Rows of the Emergent CSV with the fields of :data:`EMERGENT_FIELDS`."""
    path = Path(csv_path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [f for f in EMERGENT_FIELDS if f not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"missing Emergent columns {missing}", str(path))
            return [{f: row[f] for f in EMERGENT_FIELDS} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"cannot read Emergent CSV ({err})", str(path)) from err
