"""``claimgraph speakers``: who is quoted in the store, how often, with which stances (a bare
title, "President", once per article it speaks in); and ``--rekey``, which brings the stored
speakers in step with edited people and body data."""

from __future__ import annotations

from dataclasses import asdict

import typer
from rich.table import Table
from rich.text import Text

from claimgraph.interfaces import counted
from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    app,
    err,
    matching_rows,
    open_existing_store,
    out,
    print_json_lines,
    say_if_cut,
    user_errors,
)
from claimgraph.interfaces.cli.render import STANCE_STYLE
from claimgraph.store.ledger import count_clusters
from claimgraph.store.repo import SpeakerCounts, Store
from claimgraph.store.speaker_keys import SpeakerChanges


@app.command("speakers")
@user_errors
def speakers_cli(
    contains: str | None = typer.Option(
        None,
        help="Only speakers any of whose names contain this (any case; putin finds Vladimir "
        "Poetin too).",
    ),
    lang: str | None = typer.Option(None, help="Count only articles in this language, e.g. nl."),
    limit: int = typer.Option(50, min=1, help="At most this many speakers."),
    rekey: bool = typer.Option(
        False,
        "--rekey",
        help="First bring the stored speakers in step with the people and body data "
        "(lang/*/people.toml, bodies.toml): after adding a spelling there, a person or body "
        "stored under it joins their other names.",
    ),
    db: str | None = DB_OPTION,
    json_out: bool = typer.Option(False, "--json", help="One JSON object per speaker."),
) -> None:
    """List the speakers, most quoted first: one row per person, whatever the spelling."""
    with open_existing_store(db) as store:
        if rekey:
            _say_rekeyed(store, store.rekey_speakers())
        rows = store.speaker_counts(q=contains, lang=lang, limit=limit)
        total = matching_rows(len(rows), limit, lambda: store.count_speakers(q=contains, lang=lang))
    if json_out:
        print_json_lines({**asdict(row), "stances": _by_count(row)} for row in rows)
    else:
        out.print(_speakers_table(rows))
    say_if_cut(len(rows), total, "speakers")


def _by_count(row: SpeakerCounts) -> dict[str, int]:
    """The speaker's stances, most frequent first (ties in the order of ``model.STANCES``)."""
    return dict(sorted(row.stances.items(), key=lambda item: -item[1]))


def _speakers_table(rows: list[SpeakerCounts]) -> Table:
    table = Table(title=counted(len(rows), "speaker"), title_justify="left")
    table.add_column("speaker", max_width=40)
    table.add_column("attributions", justify="right", no_wrap=True)
    table.add_column("stances")
    for row in rows:
        stances = Text(", ").join(
            Text(f"{stance} {n}", style=STANCE_STYLE.get(stance, ""))
            for stance, n in _by_count(row).items()
            if n
        )
        table.add_row(_speaker_cell(row), str(row.total), stances)
    return table


def _speaker_cell(row: SpeakerCounts) -> Text:
    """The speaker's name; a bare title with the article it is counted in."""
    cell = Text(row.speaker)
    if row.doc_id:
        cell.append(f" (article {row.doc_id})", style="dim")
    return cell


def _say_rekeyed(store: Store, changes: SpeakerChanges) -> None:
    """One line on stderr: what the re-key changed, and what to rerun when it changed any."""
    if not changes:
        err.print(
            "re-key: every stored speaker is as the people and body data name them",
            soft_wrap=True,
        )
        return
    err.print(
        f"re-key: attributions given another speaker key (person, body or title in its "
        f"article): {changes.keys}; renamed as their "
        f"language names the person: {changes.names}; claims renamed: {changes.claims}",
        soft_wrap=True,
    )
    if count_clusters(store):
        err.print(
            "the claim clusters counted their sources with the old names: "
            "`claimgraph link` counts them again",
            soft_wrap=True,
        )
