"""Temporal-expression evaluation: read TIMEX3 gold, score predictions, run the extractor on it.

Gold comes as our JSONL (``shared/data/timex/nl/dev.jsonl``: one article a line with ``text``,
``date`` and ``timexes``) or as TimeML ``.tml`` files (TempEval-3; a file or a folder of them).
Both are read into :class:`claimgraph.model.Document` objects whose ``timexes`` hold the gold.

Scores: detection precision/recall/F1, lenient (spans overlap, one-to-one) and strict (identical
spans); type and value accuracy over the lenient matches. A value counts as right when it equals
the gold value, or when the gold value is an ISO week and the predicted day lies in that week
(the Dutch gold's convention for "over twee weken", see its NOTES.md), or when both are durations
of the same length in calendar units (``P2E`` = ``P20Y``: see :func:`value_matches`).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from claimgraph.errors import InputError
from claimgraph.model import Document, Timex

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_ONE_DIGIT_WEEK = re.compile(r"(\d{4}-W)(\d)(?!\d)")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# A duration counted in calendar units only: "P20Y", "P2E", "P1Y6M", "P3Q".
_CALENDAR_DURATION = re.compile(r"P((?:\d+[YMQEC])+)")
_CALENDAR_PART = re.compile(r"(\d+)([YMQEC])")
# Months in each calendar unit: ISO 8601's year of 12 months, and TimeML's quarter (Q), decade
# (E) and century (C), which are 3, 120 and 1200 months by definition.
_MONTHS_PER_UNIT = {"M": 1, "Q": 3, "Y": 12, "E": 120, "C": 1200}


def read_timex_gold(path: str | Path) -> list[Document]:
    """Gold documents (text, date, lang, gold ``timexes``) from JSONL or TimeML file/folder."""
    path = Path(path)
    if path.is_dir() or path.suffix == ".tml":
        return read_tempeval(path)
    if not path.is_file():
        raise InputError("no such timex gold file", str(path))
    docs = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                docs.append(
                    Document(
                        text=record["text"],
                        id=record.get("id", ""),
                        lang=record.get("lang", ""),
                        date=record.get("date"),
                        timexes=[Timex.from_dict(t) for t in record.get("timexes", [])],
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
                raise InputError(
                    f"line {number} is not a timex gold record ({err})", str(path)
                ) from err
    return docs


def read_tempeval(path: str | Path) -> list[Document]:
    """TempEval-3 / TimeML gold: a ``.tml`` file or every ``.tml`` below a folder (sorted)."""
    path = Path(path)
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    files = [f for f in files if not f.name.startswith("._")]
    if not files or not all(f.is_file() for f in files):
        raise InputError("no TimeML (.tml) files found", str(path))
    return [_read_tml(f) for f in files]


def _read_tml(path: Path) -> Document:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise InputError(f"not well-formed TimeML ({err})", str(path)) from err
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if body is None:
        raise InputError("TimeML file without a TEXT element", str(path))
    parts: list[str] = []
    timexes: list[Timex] = []
    _collect(body, parts, timexes)
    text = "".join(parts)
    for t in timexes:
        t.text = text[t.span[0] : t.span[1]]
    doc_id = root.findtext("DOCID") or path.stem
    return Document(
        text=text,
        id=doc_id.strip(),
        lang="en",
        date=dct.get("value") if dct is not None else None,
        timexes=timexes,
    )


def _collect(element: ET.Element, parts: list[str], timexes: list[Timex]) -> None:
    """Append the element's text to ``parts``; record TIMEX3 spans as they pass."""
    start = sum(map(len, parts))
    parts.append(element.text or "")
    for child in element:
        _collect(child, parts, timexes)
        parts.append(child.tail or "")
    if element.tag == "TIMEX3":
        end = sum(map(len, parts))
        timexes.append(Timex((start, end), "", element.get("type", ""), element.get("value", "")))


# --------------------------------------------------------------------------- scoring


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _lenient_pairs(gold: Sequence[Timex], pred: Sequence[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one matching of overlapping spans, largest overlap first."""
    pairs = sorted(
        ((_overlap(g.span, p.span), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for size, i, j in pairs:
        if size > 0 and i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matched.append((gold[i], pred[j]))
    return matched


def _iso_week(value: str) -> tuple[int, int] | None:
    m = _DAY.fullmatch(value[:10]) if len(value) >= 10 else None
    if not m:
        return None
    try:
        iso = date(int(m[1]), int(m[2]), int(m[3])).isocalendar()
    except ValueError:
        return None
    return iso.year, iso.week


def _padded_week(value: str) -> str:
    """``2000-W6`` -> ``2000-W06``: ISO 8601 writes the week number with two digits."""
    return _ONE_DIGIT_WEEK.sub(r"\g<1>0\g<2>", value)


def _drop_unknown_tail(value: str) -> str:
    """``198X`` -> ``198``, ``1982-XX`` -> ``1982``: the same value, written two ways."""
    stripped = re.sub(r"[-X]+$", "", value)
    return stripped if stripped[:1].isdigit() else value


def _calendar_months(value: str) -> int | None:
    """The length of a duration made of calendar units only, in months (``P2E`` and ``P20Y``:
    240); None for any other value."""
    whole = _CALENDAR_DURATION.fullmatch(value)
    if not whole:
        return None
    return sum(int(n) * _MONTHS_PER_UNIT[unit] for n, unit in _CALENDAR_PART.findall(whole[1]))


def value_matches(gold: str, pred: str) -> bool:
    """Equal values (up to trailing ``X`` placeholders), or a predicted day in the gold ISO week.

    A one-digit week number is the same week written without its zero (AQUAINT writes "2000-W6"
    for ISO 8601's "2000-W06"): both sides are compared with the zero put back. Durations of the
    same length in calendar units are the same value: TimeML's decade, century and quarter units
    are shorthands for 10 years, 100 years and 3 months (TimeBank writes "two decades" P20Y and
    "about a decade" P1E, "Quarterly" P3M and "every quarter" P1Q).
    """
    gold, pred = _padded_week(gold), _padded_week(pred)
    if _drop_unknown_tail(gold) == _drop_unknown_tail(pred):
        return True
    months = _calendar_months(gold)
    if months is not None and months == _calendar_months(pred):
        return True
    week = _WEEK.fullmatch(gold)
    return bool(week) and _iso_week(pred) == (int(week[1]), int(week[2]))  # type: ignore[index]


def _prf(correct: int, n_gold: int, n_pred: int) -> dict[str, float]:
    p = correct / n_pred if n_pred else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_timexes(
    gold: Sequence[Document], pred: Sequence[Document] | Sequence[Sequence[Timex]]
) -> dict:
    """Detection P/R/F1 (lenient, strict), type and value accuracy on lenient matches.

    ``pred`` is aligned with ``gold``: one Document (its ``timexes``) or one list of Timex per
    gold document.
    """
    if len(gold) != len(pred):
        raise InputError(f"{len(pred)} predicted documents for {len(gold)} gold documents")
    n_gold = n_pred = strict = lenient = type_ok = value_ok = 0
    for doc, predicted in zip(gold, pred, strict=True):
        found = list(predicted.timexes if isinstance(predicted, Document) else predicted)
        n_gold += len(doc.timexes)
        n_pred += len(found)
        strict += len({t.span for t in doc.timexes} & {t.span for t in found})
        pairs = _lenient_pairs(doc.timexes, found)
        lenient += len(pairs)
        type_ok += sum(g.type == p.type for g, p in pairs)
        value_ok += sum(value_matches(g.value, p.value) for g, p in pairs)
    return {
        "documents": len(gold),
        "gold": n_gold,
        "predicted": n_pred,
        "lenient": _prf(lenient, n_gold, n_pred),
        "strict": _prf(strict, n_gold, n_pred),
        "matched": lenient,
        "type_accuracy": round(type_ok / lenient, 4) if lenient else 0.0,
        "value_accuracy": round(value_ok / lenient, 4) if lenient else 0.0,
    }


def predict_timexes(gold: Sequence[Document]) -> list[list[Timex]]:
    """Run the extractor on each gold document's text, language and date, with the pipeline's
    parse of the text (tense is read from the verb a time expression depends on), as
    ``claimgraph analyze`` does."""
    from claimgraph.extract.timex import extract_timexes
    from claimgraph.pipeline import parse_documents

    parsed = parse_documents(gold)
    return [
        extract_timexes(doc.text, doc.lang or "en", doc.date, parsed.get(i))
        for i, doc in enumerate(gold)
    ]


def evaluate_timex_file(path: str | Path) -> dict:
    """Read gold at ``path``, run :func:`extract_timexes` on it and score (a JSON-ready dict)."""
    gold = read_timex_gold(path)
    scores = score_timexes(gold, predict_timexes(gold))
    return {"path": str(path), **scores}
