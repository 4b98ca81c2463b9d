"""The ``claimgraph`` command line: one module per command, each a thin wrapper."""

from __future__ import annotations

import os
import sys

from claimgraph.interfaces.cli import (  # noqa: F401 - importing registers the commands
    analyze,
    claims,
    evaluate,
    events,
    export,
    ingest,
    link,
    serve,
    speakers,
    stance,
)
from claimgraph.interfaces.cli._util import app


def main() -> None:
    """Entry point: no traceback reaches the user unless CLAIMGRAPH_DEBUG is set."""
    try:
        app()
    except SystemExit:
        raise
    except Exception as exc:
        if os.environ.get("CLAIMGRAPH_DEBUG"):
            raise
        sys.stderr.write(f"error: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(1)
