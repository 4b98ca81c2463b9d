"""Ingest: files, directories, stdin and plain text to :class:`~claimgraph.model.Document`.

Pure functions; no store, no NLP. See :mod:`.readers` for the formats read.
"""

from claimgraph.ingest.header import Header, normalize_date, parse_header
from claimgraph.ingest.langid import detect_language
from claimgraph.ingest.readers import DEFAULT_MAX_BYTES, document_from_text, iter_documents

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Header",
    "detect_language",
    "document_from_text",
    "iter_documents",
    "normalize_date",
    "parse_header",
]
