"""``claimgraph events`` and ``claimgraph export-events``: stored events, filtered or exported.

Events are read from the store; a stored document analysed before events existed (no places
and no events) gets them computed on the fly from its stored attributions and timexes.
Exports follow the PLOVER/POLECAT record layout (event type and mode, actor and recipient with
country and sector, place with GeoNames id and coordinates), plus the event's span and text and
the attribution that claims the event: ``export_events(store, out, fmt)`` is the importable
function. ``event_date_basis`` says where ``event_date`` comes from (``Event.time_basis``:
"sentence", "clause", "published", or "" for an event stored before it was recorded); the
table marks a publication date taken for want of a time in the text, "2019-03-24 (published)".
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import typer
from rich.table import Table

from claimgraph.interfaces import counted, event_when
from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    OUTPUT_OPTION,
    SINCE_HELP,
    app,
    err,
    iso_date,
    matching_rows,
    open_existing_store,
    out,
    print_json_lines,
    say_if_cut,
    user_errors,
    write_output,
)
from claimgraph.model import Attribution, Document, Event, Place
from claimgraph.pipeline import events_of
from claimgraph.store import Store
from claimgraph.store.events import (
    EventQuery,
    StoredEvent,
    count_events,
    event_facets,
    query_events,
)

PLOVER_COLUMNS = (
    "event_id", "story_id", "publication_date", "language", "headline", "event_date",
    "event_date_basis", "event_type", "event_mode", "actor_name", "actor_country", "actor_sector",
    "recipient_name", "recipient_country", "recipient_sector", "place_name", "geonames_id",
    "country", "latitude", "longitude", "raw_placename", "trigger", "trigger_start",
    "trigger_end", "event_start", "event_end", "event_text", "attribution_id", "attribution_speaker", "attribution_stance",
)  # fmt: skip


class ExportFormat(StrEnum):
    plover_json = "plover-json"
    csv = "csv"


def plover_record(doc: Document, index: int, event: Event) -> dict[str, Any]:
    """One event of ``doc`` as a PLOVER/POLECAT-style record."""
    place = next(
        (p for p in doc.places if p.geonames_id == event.place_id and p.name == event.place),
        None,
    ) if event.place else None  # fmt: skip
    att = next((a for a in doc.attributions if a.id and a.id == event.attribution), None)
    text = doc.surface(event.span) if event.span else ""
    return _record(
        event, doc.id, index, place, att,
        published=doc.date, lang=doc.lang, title=doc.title, event_text=text,
    )  # fmt: skip


def stored_record(found: StoredEvent) -> dict[str, Any]:
    """One event found by :func:`~claimgraph.store.events.query_events` as a PLOVER record."""
    return _record(
        found.event, found.doc_id, found.ordinal, found.place, found.claimed_by,
        published=found.published, lang=found.lang, title=found.title,
        event_text=found.text if found.event.span else "",  # found.text: else the trigger's
    )  # fmt: skip


def _record(
    event: Event,
    doc_id: str,
    index: int,
    place: Place | None,
    att: Attribution | None,
    *,
    published: str | None,
    lang: str | None,
    title: str | None,
    event_text: str,
) -> dict[str, Any]:
    span = event.span or (None, None)
    return {
        "event_id": f"{doc_id}-{index}",
        "story_id": doc_id,
        "publication_date": published or "",
        "language": lang,
        "headline": title,
        "event_date": event.time,
        "event_date_basis": event.time_basis,
        "event_type": event.type,
        "event_mode": event.mode,
        "actor_name": event.source_actor,
        "actor_country": event.source_country,
        "actor_sector": event.source_role,
        "recipient_name": event.target_actor,
        "recipient_country": event.target_country,
        "recipient_sector": event.target_role,
        "place_name": event.place,
        "geonames_id": event.place_id or None,
        "country": place.country if place else "",
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "raw_placename": place.text if place else "",
        "trigger": event.trigger,
        "trigger_start": event.trigger_span[0],
        "trigger_end": event.trigger_span[1],
        "event_start": span[0],
        "event_end": span[1],
        "event_text": event_text,
        "attribution_id": event.attribution,
        "attribution_speaker": att.speaker if att else "",
        "attribution_stance": att.stance if att else "",
    }


def event_records(docs: Iterable[Document]) -> Iterator[dict[str, Any]]:
    """PLOVER records of all the documents' events."""
    for doc in docs:
        for index, event in enumerate(events_of(doc)):
            yield plover_record(doc, index, event)


def export_events(store: Store, fh: TextIO, fmt: str) -> int:
    """Write every stored event as PLOVER JSON (one array) or CSV; returns the count."""
    records = list(event_records(store.iter_documents()))
    if fmt == ExportFormat.csv:
        writer = csv.DictWriter(fh, PLOVER_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    else:
        json.dump(records, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return len(records)


@app.command("events")
@user_errors
def events_cli(
    actor: str | None = typer.Option(None, help="Actor or recipient country (RUS) or name."),
    etype: str | None = typer.Option(None, "--type", help="PLOVER type: ASSAULT, ACCUSE, ..."),
    since: str | None = typer.Option(None, help=SINCE_HELP, callback=iso_date),
    limit: int = typer.Option(100, min=1, help="At most this many rows."),
    db: str | None = DB_OPTION,
    json_out: bool = typer.Option(False, "--json", help="One PLOVER JSON record per line."),
) -> None:
    """List who did what to whom, when and where, in the stored articles."""
    query = EventQuery(actor=actor or "", type=etype or "", since=since or "")
    with open_existing_store(db) as store:
        records = [stored_record(found) for found in query_events(store, query, limit)]
        if not records and etype:
            _hint_types(store, etype)
        total = matching_rows(len(records), limit, lambda: count_events(store, query))
    if json_out:
        print_json_lines(iter(records))
    else:
        _print_table(records)
    say_if_cut(len(records), total, "events")


def _print_table(records: list[dict[str, Any]]) -> None:
    table = Table(title=counted(len(records), "event"))
    for column in ("date", "type", "actor", "recipient", "place", "trigger", "claimed by"):
        table.add_column(column)
    for r in records:
        table.add_row(
            event_when(r["event_date"], r["event_date_basis"], r["publication_date"]),
            "/".join(filter(None, (r["event_type"], r["event_mode"]))),
            _party(r, "actor"), _party(r, "recipient"), r["place_name"], r["trigger"],
            r["attribution_speaker"],
        )  # fmt: skip
    out.print(table)


def _hint_types(store: Store, etype: str) -> None:
    """Say which types there are when ``--type`` names none of the stored events' types."""
    types, _ = event_facets(store)
    if etype.upper() not in types:
        known = ", ".join(sorted(types))
        err.print(f"no stored event has type {etype}; stored types: {known}", soft_wrap=True)


def _party(record: dict[str, Any], side: str) -> str:
    code = " ".join(filter(None, (record[f"{side}_country"], record[f"{side}_sector"])))
    return f"{record[f'{side}_name']} ({code})" if code else record[f"{side}_name"]


@app.command("export-events")
@user_errors
def export_events_cli(
    fmt: ExportFormat = typer.Option(
        ExportFormat.plover_json, "--format", help="plover-json (one array) or csv."
    ),
    output: Path | None = OUTPUT_OPTION,
    db: str | None = DB_OPTION,
) -> None:
    """Export stored events as PLOVER/POLECAT-style JSON or CSV."""
    with open_existing_store(db) as store:
        count = write_output(output, lambda fh: export_events(store, fh, fmt))
    err.print(f"exported {count} events")
