"""``claimgraph serve`` binds to localhost by default and hands its options to uvicorn."""

from __future__ import annotations

import socket

import uvicorn
from typer.testing import CliRunner

from claimgraph.interfaces.cli import serve as serve_module
from claimgraph.interfaces.cli._util import app
from claimgraph.store import open_store


def _serving(monkeypatch, calls: list) -> None:
    """Record the config uvicorn would serve with (app, host, port); bind and serve nothing."""
    monkeypatch.setattr(serve_module, "listening_socket", lambda host, port: socket.socket())
    monkeypatch.setattr(uvicorn.Server, "run", lambda server, sockets: calls.append(server.config))


def test_serve_cli_defaults_to_localhost_read_only(monkeypatch, tmp_path):
    calls = []
    _serving(monkeypatch, calls)
    monkeypatch.delenv("CLAIMGRAPH_WRITE_TOKEN", raising=False)
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url):  # read-only serving wants a store that is there (fifteenth session)
        pass
    result = CliRunner().invoke(app, ["serve", "--db", url])
    assert result.exit_code == 0, result.output
    (config,) = calls
    assert config.host == "127.0.0.1" and config.port == 8000
    assert config.app.state.web.writable is False


def test_serve_cli_write_token_makes_it_writable(monkeypatch, tmp_path):
    calls = []
    _serving(monkeypatch, calls)
    args = ["serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--write-token", "t0k"]
    assert CliRunner().invoke(app, args).exit_code == 0
    web = calls[0].app.state.web
    assert web.token_ok("t0k") and not web.token_ok("t0")


def test_serve_cli_on_a_busy_port_says_so_in_one_line(tmp_path):
    # uvicorn said "ERROR: [Errno 98] error while attempting to bind on address ...: address
    # already in use" among INFO lines and exited 3
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url):
        pass
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", url, "--port", str(port)])
    assert result.exit_code == 2
    assert result.output == f"error: port {port} on 127.0.0.1 is in use; pass --port\n"


def test_serve_cli_bad_database_url_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", "nosuchdriver://x"])
    assert result.exit_code == 2
