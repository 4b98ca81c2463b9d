"""``claimgraph serve`` binds to localhost by default and hands its options to uvicorn; with a
write token it refuses, up front, a store it could not write to."""

from __future__ import annotations

import socket
import sqlite3
from contextlib import closing
from pathlib import Path

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


def _store(path: Path) -> str:
    url = f"sqlite:///{path}"
    with open_store(url):
        pass
    return url


def test_serve_cli_with_a_write_token_refuses_another_programs_database(monkeypatch, tmp_path):
    # it added claimgraph's tables to the other program's database and served it
    calls = []
    _serving(monkeypatch, calls)
    other = tmp_path / "app.db"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    before = other.read_bytes()
    result = CliRunner().invoke(app, ["serve", "--db", str(other), "--write-token", "t0k"])
    assert result.exit_code == 2
    assert (
        result.output
        == f"error: {other}: another program's SQLite database, not a claimgraph store\n"
    )
    assert other.read_bytes() == before and calls == []


def test_serve_cli_with_a_write_token_refuses_a_read_only_store(monkeypatch, tmp_path):
    # it served, and every paste or POST /api/articles failed with "readonly database"
    calls = []
    _serving(monkeypatch, calls)
    path = tmp_path / "s.db"
    _store(path)
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    result = CliRunner().invoke(app, ["serve", "--db", read_only, "--write-token", "t0k"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert "cannot write to this store" in result.output and "readonly database" in result.output
    assert calls == []


def test_serve_cli_without_a_token_serves_a_read_only_store(monkeypatch, tmp_path):
    calls = []
    _serving(monkeypatch, calls)
    monkeypatch.delenv("CLAIMGRAPH_WRITE_TOKEN", raising=False)
    path = tmp_path / "s.db"
    _store(path)
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///file:{path}?mode=ro&uri=true"])
    assert result.exit_code == 0, result.output
    assert calls[0].app.state.web.writable is False
