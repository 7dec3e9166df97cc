"""A ceiling on request bodies, enforced while the bytes arrive.

The multipart parser spools a whole upload before a route sees it, so a size check inside
the route comes too late to protect the disk and memory. This ASGI middleware refuses a
declared Content-Length over the limit at once, and cuts off a chunked body the moment it
passes the limit; either way the client gets 413 with the reason and nothing is stored.
"""

from __future__ import annotations

import json


def too_large_message(limit: int) -> str:
    return f"too large (the upload limit is {limit / 2**20:g} MB)"


class BodyLimit:
    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        declared = headers.get(b"content-length")
        # multipart framing adds a few hundred bytes around the file itself
        ceiling = self.limit + 64 * 1024
        if declared is not None and declared.isdigit() and int(declared) > ceiling:
            return await self._refuse(send)
        seen = 0
        refused = False
        replaced = False

        async def counted():
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > ceiling:
                    refused = True
                    raise _TooLarge
            return message

        async def guarded_send(message):
            # FastAPI turns any error while reading a body into its own 400; when the cause
            # was this limit, the client gets the 413 and its reason instead
            nonlocal replaced
            if refused:
                if not replaced:
                    replaced = True
                    await self._refuse(send)
                return
            await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except _TooLarge:
            if not replaced:
                replaced = True
                await self._refuse(send)

    async def _refuse(self, send):
        body = json.dumps(
            {"detail": f"clausewise: upload: {too_large_message(self.limit)}"}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class _TooLarge(Exception):
    pass
