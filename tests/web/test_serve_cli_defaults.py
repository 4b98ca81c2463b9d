"""``claimgraph serve`` binds to localhost by default and hands its options to uvicorn."""

from __future__ import annotations

import uvicorn
from typer.testing import CliRunner

import claimgraph.interfaces.cli.serve  # noqa: F401  (registers the command)
from claimgraph.interfaces.cli._util import app
from claimgraph.store import open_store


def test_serve_cli_defaults_to_localhost_read_only(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: calls.append((web, kw)))
    monkeypatch.delenv("CLAIMGRAPH_WRITE_TOKEN", raising=False)
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url):  # read-only serving wants a store that is there (fifteenth session)
        pass
    result = CliRunner().invoke(app, ["serve", "--db", url])
    assert result.exit_code == 0, result.output
    ((web, options),) = calls
    assert options["host"] == "127.0.0.1" and options["port"] == 8000
    assert web.state.web.writable is False


def test_serve_cli_write_token_makes_it_writable(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: calls.append(web))
    args = ["serve", "--db", f"sqlite:///{tmp_path / 's.db'}", "--write-token", "t0k"]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert calls[0].state.web.token_ok("t0k") and not calls[0].state.web.token_ok("t0")


def test_serve_cli_bad_database_url_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--db", "nosuchdriver://x"])
    assert result.exit_code == 2
