"""Who is asking, and whether they may. A request names its user by an `Authorization:
Bearer` token (the API, scripts) or by the pages' signed session cookie (browsers; see
session.py). The server's `CLAUSEWISE_TOKEN`, when set, is an admin token for scripts.

Reading is public unless the server runs `--private`; every write needs a user whose role
allows it (`review.rules.PERMISSIONS`): no user is 401, the wrong role 403. A server with
neither CLAUSEWISE_TOKEN nor users in its library is read-only (its database opened so).
The API's writes take the bearer token only (no cookie: a JSON call needs no CSRF token
then); the pages' forms take the cookie and check a CSRF token. Adding and deleting
documents, which the pages do by script (upload progress, one file at a time), take either:
the bearer token, or the session cookie together with the page's CSRF token in the
`X-CSRF-Token` header (another site can send the cookie but cannot read the token, nor set
a custom header without CORS, which this server does not grant).
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from ..review import Refused, User, rules
from ..review.model import TOKEN_ACTOR
from . import session

READ_ONLY = "read-only: this server was started without CLAUSEWISE_TOKEN, so nothing can be changed"
NEEDS_TOKEN = "a valid bearer token is needed to change the library (Authorization: Bearer ...)"
_UNSET = object()


def _bearer(request: Request) -> str | None:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return given.strip() if scheme.lower() == "bearer" and given.strip() else None


def bearer_user(request: Request) -> User | None:
    """The user of the request's bearer token; HTTP 401 when a token is given but is not
    good (a script with a stale token hears so rather than acting anonymously)."""
    token = _bearer(request)
    if token is None:
        return None
    admin = request.app.state.token
    # compare_digest: the time taken does not tell an attacker how much of a guess was right
    if admin and hmac.compare_digest(token.encode(), admin.encode()):
        return User(TOKEN_ACTOR, "admin")
    user = request.app.state.review.authenticate(token)
    if user is None:
        raise HTTPException(
            401,
            "the bearer token is not valid (unknown or revoked)",
            {"WWW-Authenticate": "Bearer"},
        )
    return user


def session_user(request: Request) -> User | None:
    tid = session.read(request.app.state.session_secret, request.cookies.get(session.COOKIE))
    return request.app.state.review.user_by_token_id(tid) if tid else None


def current_user(request: Request, cookie: bool = True) -> User | None:
    """The request's user (bearer first, then, if `cookie`, the session), remembered on
    the request."""
    key = "user" if cookie else "bearer_user"
    found = getattr(request.state, key, _UNSET)
    if found is _UNSET:
        found = bearer_user(request)
        if found is None and cookie:
            found = session_user(request)
        setattr(request.state, key, found)
    return found


def check(user: User | None, action: str, request: Request) -> User:
    if not request.app.state.writable:
        raise HTTPException(403, READ_ONLY)
    if user is None:
        raise HTTPException(401, NEEDS_TOKEN, {"WWW-Authenticate": "Bearer"})
    try:
        rules.require(user.role, action)
    except Refused as exc:
        raise HTTPException(exc.status, exc.message) from None
    return user


def require(action: str):
    """FastAPI dependency for an API route that writes: the bearer token's user, allowed."""

    def dependency(request: Request) -> User:
        if not request.app.state.writable:  # before any token is looked at
            raise HTTPException(403, READ_ONLY)
        return check(current_user(request, cookie=False), action, request)

    return dependency


CSRF_HEADER = "x-csrf-token"


def require_signed_in(action: str):
    """FastAPI dependency for an API route the pages also call: the bearer token's user;
    without one, the session's user when the request carries the page's CSRF token."""

    def dependency(request: Request) -> User:
        if not request.app.state.writable:
            raise HTTPException(403, READ_ONLY)
        user = current_user(request, cookie=False)
        if user is None:
            cookie = request.cookies.get(session.COOKIE)
            user = session_user(request)
            if user is not None and not session.csrf_ok(
                request.app.state.session_secret, cookie, request.headers.get(CSRF_HEADER)
            ):
                raise HTTPException(
                    403, "the page's CSRF token is missing or wrong (X-CSRF-Token): reload it"
                )
        return check(user, action, request)

    return dependency


def require_token(request: Request) -> None:
    """Adding and deleting documents (kept under its old name for callers)."""
    require("document.write")(request)


# -- a private server ------------------------------------------------------------------------
OPEN_PATHS = ("/healthz", "/static/", "/signin")


class Private:
    """ASGI middleware for `--private`: anonymous requests get 401 (a browser is sent to
    the sign-in page), except the health check, the stylesheet and the sign-in page."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"].startswith(OPEN_PATHS):
            return await self.app(scope, receive, send)
        request = Request(scope)
        try:
            user = await run_in_threadpool(current_user, request)
        except HTTPException as exc:
            user, detail = None, exc.detail
        else:
            detail = "this server is private: sign in, or send a bearer token"
        if user is not None:
            return await self.app(scope, receive, send)
        if not scope["path"].startswith("/api/") and "text/html" in request.headers.get(
            "accept", ""
        ):
            from urllib.parse import quote

            target = quote(scope["path"], safe="/")
            response = RedirectResponse(f"/signin?next={target}", status_code=303)
        else:
            response = JSONResponse(
                {"detail": detail}, status_code=401, headers={"WWW-Authenticate": "Bearer"}
            )
        await response(scope, receive, send)
