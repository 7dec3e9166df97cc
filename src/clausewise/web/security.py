"""Security headers on every answer.

The pages load nothing from elsewhere and run one script file of this server's (no inline
script), so the policy is strict: only this server's own stylesheet and script, and the two stylesheets the compare and history views embed
(allowed by their hashes, so no other inline style is). The API's documentation pages are
the one place that runs scripts: the Swagger UI and ReDoc files this server ships
(`web.docs`), never a CDN; ReDoc injects its styles and starts a worker from a blob.
"""

from __future__ import annotations

import base64
import hashlib

DOCS_PATHS = ("/docs", "/redoc")


def _hash(css: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(css.encode()).digest()).decode() + "'"


def policies() -> tuple[bytes, bytes]:
    """(the pages' policy, the documentation pages' policy)."""
    from ..compare.html import CSS as COMPARE_CSS
    from ..history.html import CSS as HISTORY_CSS

    common = "default-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    # the pages' own script file only (no inline script), and its fetches to this server
    pages = (
        f"{common}; img-src 'self' data:; style-src 'self' {_hash(COMPARE_CSS)}"
        f" {_hash(HISTORY_CSS)}; script-src 'self'; connect-src 'self'"
    )
    docs = (
        f"{common}; connect-src 'self'; img-src 'self' data:; script-src 'self';"
        " style-src 'self' 'unsafe-inline'; worker-src blob:; font-src 'self' data:"
    )
    return pages.encode(), docs.encode()


class SecurityHeaders:
    """ASGI middleware: CSP, X-Content-Type-Options, X-Frame-Options, Referrer-Policy."""

    def __init__(self, app):
        self.app = app
        self.pages, self.docs = policies()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        csp = self.docs if path.startswith(DOCS_PATHS) else self.pages

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower()
                    not in (
                        b"content-security-policy",
                        b"x-content-type-options",
                        b"x-frame-options",
                        b"referrer-policy",
                    )
                ]
                headers += [
                    (b"content-security-policy", csp),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
