"""Errors a user sees as one line: what went wrong and with which input."""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base class; ``str(err)`` is the one-line message shown to the user."""

    code = "E000"

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class InputError(ClaimgraphError):
    """An input that cannot be read: empty, binary, undecodable, malformed."""

    code = "E100"


class ConfigError(ClaimgraphError):
    """A broken setting, database URL or language-data file."""

    code = "E200"


class ModelError(ClaimgraphError):
    """A missing or unloadable NLP pipeline."""

    code = "E300"


class StoreError(ClaimgraphError):
    """A database that cannot be opened or written."""

    code = "E400"
