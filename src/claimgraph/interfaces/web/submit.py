"""Analyze a submitted article and store it only when the write token is right."""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.errors import InputError
from claimgraph.ingest.readers import document_from_text
from claimgraph.interfaces.web.app import WebState
from claimgraph.model import Document
from claimgraph.pipeline import annotate


@dataclass
class Submission:
    """The analyzed document, whether it was stored, and a line saying why (not)."""

    doc: Document
    stored: bool
    message: str


def analyze_text(
    text: str, lang: str | None = None, date: str | None = None, title: str = ""
) -> Document:
    """Analyze one article's text; raises :class:`InputError` when there is no text."""
    if not text.strip():
        raise InputError("no article text given", source="form")
    return annotate(document_from_text(text, lang=lang or None, date=date or None, title=title))


def submit(state: WebState, doc: Document, token: str | None) -> Submission:
    """Store ``doc`` when ``token`` is the server's write token; otherwise only return it."""
    if not state.writable:
        return Submission(doc, False, "Not stored: this server is read-only.")
    if not state.token_ok(token):
        return Submission(doc, False, "Not stored: the write token was missing or wrong.")
    if state.store.save_document(doc):
        return Submission(doc, True, "Stored.")
    return Submission(doc, True, "Already stored.")


__all__ = ["Submission", "analyze_text", "submit"]
