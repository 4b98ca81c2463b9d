"""``claimgraph claims``: search stored attributions by speaker, stance, act, language, date."""

from __future__ import annotations

import typer

from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    SINCE_HELP,
    ActChoice,
    StanceChoice,
    app,
    iso_date,
    open_existing_store,
    out,
    print_json_lines,
    user_errors,
)
from claimgraph.interfaces.cli.render import attribution_row, attributions_table


@app.command("claims")
@user_errors
def claims_cli(
    speaker: str | None = typer.Option(None, help="Speaker name contains this (any case)."),
    stance: StanceChoice | None = typer.Option(None, help="What the speaker does with it."),
    act: ActChoice | None = typer.Option(None, help="The kind of speech act."),
    lang: str | None = typer.Option(None, help="Article language code, e.g. nl."),
    since: str | None = typer.Option(None, help=SINCE_HELP, callback=iso_date),
    limit: int = typer.Option(100, help="At most this many rows."),
    db: str | None = DB_OPTION,
    json_out: bool = typer.Option(False, "--json", help="One JSON object per attribution."),
) -> None:
    """List who claimed what in the stored articles."""
    with open_existing_store(db) as store:
        rows = store.query_attributions(
            speaker=speaker,
            stance=stance and stance.value,
            act=act and act.value,
            lang=lang,
            since=since,
            limit=limit,
        )
    if json_out:
        print_json_lines(
            {
                **row.attribution.to_dict(),
                "content": row.content,
                "doc_id": row.doc_id,
                "title": row.title,
                "lang": row.lang,
                "date": row.date,
                "url": row.url,
            }
            for row in rows
        )
        return
    table_rows = [attribution_row(r.attribution, r.content) for r in rows]
    out.print(attributions_table(f"{len(rows)} attributions", table_rows))
