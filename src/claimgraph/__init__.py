"""claimgraph: who claims what in the news, who denies or doubts it, and what is confirmed."""

from claimgraph.model import Attribution, Claim, Document, Event, Mention, Place, Timex
from claimgraph.pipeline import analyze, annotate

__all__ = [
    "Attribution",
    "Claim",
    "Document",
    "Event",
    "Mention",
    "Place",
    "Timex",
    "analyze",
    "annotate",
]
__version__ = "0.1.0"
