"""Routers: ``api`` (JSON under /api) and ``pages`` (HTML, each with a ``.json`` twin)."""
