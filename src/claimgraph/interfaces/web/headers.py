"""ASGI middleware adding headers that keep pages self-contained (no scripts, no other origins)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_MAX_BODY = 2 * 1024 * 1024

# Pages use only their own stylesheet: no scripts, no other origins, no framing.
SECURITY_HEADERS = {
    b"content-security-policy": (
        b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        b"base-uri 'none'; frame-ancestors 'none'"
    ),
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
}
# The OpenAPI docs page loads its own script and styles from a CDN; it keeps its defaults.
_DOCS_PATHS = ("/api/docs", "/api/redoc")


class SecurityHeaders:
    """Add :data:`SECURITY_HEADERS` to every response except the OpenAPI docs pages."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(_DOCS_PATHS):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS.items() if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


__all__ = ["DEFAULT_MAX_BODY", "SECURITY_HEADERS", "SecurityHeaders"]
