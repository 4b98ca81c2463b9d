"""``claimgraph serve``: the web pages and JSON API over a store (read-only without a token)."""

from __future__ import annotations

import errno
import socket

import typer

from claimgraph.interfaces.cli._util import (
    DB_OPTION,
    app,
    err,
    fail,
    open_writable_store,
    require_store,
    user_errors,
)


def serve(
    db: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    write_token: str | None = None,
) -> None:
    """Run the web app from :func:`claimgraph.interfaces.web.create_app` with uvicorn, on a
    socket bound here (:func:`listening_socket`)."""
    import uvicorn

    from claimgraph.interfaces.web import create_app

    web = create_app(db, write_token=write_token)
    with listening_socket(host, port) as sock:
        mode = "writable with the token" if write_token else "read-only"
        err.print(f"claimgraph on http://{host}:{port}/ ({mode}); API docs at /api/docs")
        config = uvicorn.Config(web, host=host, port=port, log_level="info")
        uvicorn.Server(config).run(sockets=[sock])


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host``:``port`` for uvicorn to serve on. A port in use, or an
    address this machine does not have, fails with one line (uvicorn would log an error and
    two INFO lines, and exit 3)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET  # as uvicorn decides
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            fail(f"port {port} on {host} is in use; pass --port")
        fail(f"cannot listen on {host} port {port}: {exc.strerror or exc}")
    return sock


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
    else:  # not another program's database, nor one every stored article would fail on
        open_writable_store(db).close()
    serve(db, host, port, write_token)
