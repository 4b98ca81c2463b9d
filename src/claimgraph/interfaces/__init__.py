"""Interfaces people use: the command line (``cli``), the Python API and the web app."""


def counted(n: int, noun: str) -> str:
    """``n`` with ``noun``, plural unless one ("1 source", "3 sources"); the nouns the pages
    and tables count (attribution, claim, source, event, speaker) take a plain -s."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
