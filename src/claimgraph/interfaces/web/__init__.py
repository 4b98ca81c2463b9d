"""The web interface: ``create_app(store_url, write_token=None)`` gives a FastAPI app."""

from claimgraph.interfaces.web.app import create_app

__all__ = ["create_app"]
