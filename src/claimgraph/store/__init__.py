"""The SQL store: documents and everything extracted from them (SQLite or PostgreSQL)."""

from claimgraph.store import link_tables  # noqa: F401  (registers the claim-link tables)
from claimgraph.store.export import export_csv, export_jsonl
from claimgraph.store.repo import AttributionRow, Store, open_store

__all__ = ["AttributionRow", "Store", "export_csv", "export_jsonl", "open_store"]
