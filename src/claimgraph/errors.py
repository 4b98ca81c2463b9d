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


class SavingInterrupted(KeyboardInterrupt):
    """Ctrl-C while documents were being analyzed and saved, raised after the documents that
    were whole by then are saved: ``added`` were saved, ``skipped`` were stored already. A
    KeyboardInterrupt still, for whoever does not look for the counts."""

    def __init__(self, added: int, skipped: int) -> None:
        super().__init__(f"interrupted: {added} added, {skipped} already stored")
        self.added = added
        self.skipped = skipped
