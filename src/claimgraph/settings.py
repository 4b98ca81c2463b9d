"""Settings travel as one object; environment variables only provide defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB_URL = "sqlite:///claimgraph.db"


def data_dir() -> Path:
    """Where the shared datasets live: ``$CLAIMGRAPH_DATA`` or ``../shared/data``."""
    return Path(os.environ.get("CLAIMGRAPH_DATA", "../shared/data"))


def pipeline_override(lang: str) -> str | None:
    """A spaCy pipeline to use for ``lang`` instead of the shipped one:
    ``$CLAIMGRAPH_PIPELINE_<LANG>`` (a folder or an installed package name), else None."""
    return os.environ.get(f"CLAIMGRAPH_PIPELINE_{lang.upper()}") or None


def db_url(explicit: str | None = None) -> str:
    """The store URL: an explicit one, else ``$CLAIMGRAPH_DB``, else ``./claimgraph.db``."""
    return explicit or os.environ.get("CLAIMGRAPH_DB") or DEFAULT_DB_URL


@dataclass
class Settings:
    """Options for one run of the pipeline."""

    db: str = field(default_factory=db_url)
    default_lang: str = "en"
    supported_langs: tuple[str, ...] = ("nl", "en")
    batch_size: int = 32
