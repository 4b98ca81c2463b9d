"""``claimgraph claims``: search stored attributions by speaker, stance, act, language, date."""

from __future__ import annotations

import typer

from claimgraph.interfaces.cli._util import DB_OPTION, app, out, print_json_lines, user_errors
from claimgraph.interfaces.cli.render import attribution_row, attributions_table
from claimgraph.store import open_store


@app.command("claims")
@user_errors
def claims_cli(
    speaker: str | None = typer.Option(None, help="Speaker name contains this (any case)."),
    stance: str | None = typer.Option(None, help="assert, deny, doubt or speculate."),
    act: str | None = typer.Option(None, help="statement, accusation, threat, ..."),
    lang: str | None = typer.Option(None, help="Language code."),
    since: str | None = typer.Option(None, help="Articles dated on or after, e.g. 2023-05-01."),
    limit: int = typer.Option(100, help="At most this many rows."),
    db: str | None = DB_OPTION,
    json_out: bool = typer.Option(False, "--json", help="One JSON object per attribution."),
) -> None:
    """List who claimed what in the stored articles."""
    with open_store(db) as store:
        rows = store.query_attributions(
            speaker=speaker, stance=stance, act=act, lang=lang, since=since, limit=limit
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
