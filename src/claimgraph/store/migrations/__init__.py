"""Alembic migrations of the store's schema (``env.py``, ``versions/``); run by
:func:`claimgraph.store.schema.upgrade_schema` whenever a store is opened."""
