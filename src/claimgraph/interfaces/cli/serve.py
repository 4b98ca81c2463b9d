"""``claimgraph serve``: the web pages and JSON API over a store (read-only without a token)."""

from __future__ import annotations

import typer

from claimgraph.interfaces.cli._util import DB_OPTION, app, err, require_store, user_errors


def serve(
    db: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    write_token: str | None = None,
) -> None:
    """Run the web app from :func:`claimgraph.interfaces.web.create_app` with uvicorn."""
    import uvicorn

    from claimgraph.interfaces.web import create_app

    web = create_app(db, write_token=write_token)
    mode = "writable with the token" if write_token else "read-only"
    err.print(f"claimgraph on http://{host}:{port}/ ({mode}); API docs at /api/docs")
    uvicorn.run(web, host=host, port=port, log_level="info")


@app.command("serve")
@user_errors
def serve_cli(
    db: str | None = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (local only by default)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    write_token: str | None = typer.Option(
        None,
        envvar="CLAIMGRAPH_WRITE_TOKEN",
        help="Allow storing analyzed articles to requests that give this token.",
    ),
) -> None:
    """Serve the web pages and the JSON API (/api, documented at /api/docs)."""
    if write_token is None:  # read-only: nothing could ever fill a new empty store
        require_store(db)
    serve(db, host, port, write_token)
