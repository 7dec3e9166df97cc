"""The pages' sign-in session: a signed cookie naming the user's token id (never the
token), and CSRF tokens for the forms.

The cookie is `<payload>.<signature>`, HMAC-SHA256 under the library's session secret
(made by migration 4, shared by every server of the library), HttpOnly, SameSite=Strict,
and Secure when the server's base URL is https. It names the token id, so revoking the user
ends their sessions at once. A form's CSRF token is an HMAC of the session cookie: a page of
another site can neither read it nor make it. The sign-in form, before any session, uses a
double-submit nonce (a cookie and the same value in the form).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time

COOKIE = "cw_session"
PRE_COOKIE = "cw_signin"
LIFETIME = 12 * 3600  # a working day: signed in again the next


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: str, value: str) -> str:
    return _b64(hmac.new(secret.encode(), value.encode(), hashlib.sha256).digest())


def make(secret: str, token_id: str, now: float | None = None) -> str:
    now = time.time() if now is None else now
    payload = _b64(json.dumps({"t": token_id, "e": int(now + LIFETIME)}).encode())
    return f"{payload}.{_sign(secret, 'session|' + payload)}"


def read(secret: str, cookie: str | None, now: float | None = None) -> str | None:
    """The token id a good, unexpired cookie names, else None."""
    if not cookie or "." not in cookie:
        return None
    payload, sig = cookie.rsplit(".", 1)
    if not hmac.compare_digest(sig, _sign(secret, "session|" + payload)):
        return None
    try:
        data = json.loads(_unb64(payload))
    except (ValueError, UnicodeDecodeError):
        return None
    now = time.time() if now is None else now
    if not isinstance(data, dict) or not isinstance(data.get("t"), str) or data.get("e", 0) < now:
        return None
    return data["t"]


def csrf(secret: str, cookie: str) -> str:
    return _sign(secret, "csrf|" + cookie)


def csrf_ok(secret: str, cookie: str | None, given: str | None) -> bool:
    return bool(cookie and given) and hmac.compare_digest(csrf(secret, cookie), given)


def nonce() -> str:
    return secrets.token_urlsafe(24)


def cookie_args(secure: bool, max_age: int = LIFETIME) -> dict:
    return {
        "httponly": True,
        "samesite": "strict",
        "secure": secure,
        "path": "/",
        "max_age": max_age,
    }
