"""open_store: default URL from settings, tables created, bad URLs -> one-line StoreError."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.errors import StoreError
from claimgraph.store import open_store


@pytest.mark.parametrize(
    "url",
    [
        "not a database url",
        "nosuchdialect://host/db",
        "sqlite:////nonexistent-claimgraph-dir/sub/claims.db",
    ],
)
def test_bad_url_gives_one_line_store_error(url: str) -> None:
    with pytest.raises(StoreError) as info:
        open_store(url)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(url)


def test_file_that_is_not_a_database_gives_store_error(tmp_path: Path, samples: Path) -> None:
    path = tmp_path / "article.db"
    path.write_text((samples / "kremlin-drone-nl-2023-05.txt").read_text(encoding="utf-8"))
    with pytest.raises(StoreError, match="cannot open the database"):
        open_store(f"sqlite:///{path}")


def test_password_is_not_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    # Port 9 (discard) on localhost: refused at once, or the driver is missing; either way.
    with pytest.raises(StoreError) as info:
        open_store("postgresql+psycopg://cg:s3cret-pw@127.0.0.1:9/cg?connect_timeout=2")
    assert "s3cret-pw" not in str(info.value)
    assert "\n" not in str(info.value)


def test_default_url_comes_from_settings(monkeypatch, tmp_path: Path, ru_doc) -> None:
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("CLAIMGRAPH_DB", f"sqlite:///{path}")
    with open_store() as store:
        store.save_document(ru_doc)
    assert path.is_file()
    with open_store(f"sqlite:///{path}") as again:
        assert again.get_document(ru_doc.id) == ru_doc


def test_store_closes_as_context_manager(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    with store as same:
        assert same is store and store.count_documents() == 0
