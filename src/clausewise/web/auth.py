"""Who may write. Reading is public; upload and delete need the bearer token the server was
started with (`CLAUSEWISE_TOKEN`). A server started without one is read-only."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request

READ_ONLY = "read-only: this server was started without CLAUSEWISE_TOKEN, so nothing can be changed"


def require_token(request: Request) -> None:
    """FastAPI dependency for every route that changes the library."""
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(status_code=403, detail=READ_ONLY)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    # compare_digest: the time taken does not tell an attacker how much of a guess was right
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), token.encode()
    ):
        raise HTTPException(
            status_code=401,
            detail="a valid bearer token is needed to change the library (Authorization: Bearer ...)",
            headers={"WWW-Authenticate": "Bearer"},
        )
