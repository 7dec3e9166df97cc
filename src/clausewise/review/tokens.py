"""Users' tokens: `cw_<id>_<secret>`. The id (12 hex digits, not secret) finds the user's
row by an index; the whole token is checked against the argon2id hash stored there. The
token itself is shown once, when it is made, and never stored.

argon2 is slow on purpose, and a server checks a token on every request: `Verified` keeps,
per process, which (token, stored hash) pairs have passed, by the token's SHA-256, so a
token is hashed by argon2 once per server and hash; the user's row is still read on every
request (a revoked token stops working at once).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's smallest argon2id setting (19 MiB, 2 passes): the tokens are random (256 bits),
# not chosen words, so the hash guards a stolen table, not weak secrets
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

SHAPE = re.compile(r"^cw_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")


def new_token() -> tuple[str, str]:
    """(token_id, token)."""
    token_id = secrets.token_hex(6)
    return token_id, f"cw_{token_id}_{secrets.token_urlsafe(32)}"


def token_id(token: str) -> str | None:
    """The id part of a well-formed token, else None."""
    m = SHAPE.match(token or "")
    return m.group(1) if m else None


def hash_token(token: str) -> str:
    return HASHER.hash(token)


class Verified:
    """argon2 checks, remembered per process."""

    def __init__(self, size: int = 1024):
        self._seen: dict[bytes, str] = {}
        self._lock = threading.Lock()
        self._size = size

    def check(self, token: str, stored: str) -> bool:
        key = hashlib.sha256(token.encode()).digest()
        with self._lock:
            if self._seen.get(key) == stored:
                return True
        try:
            HASHER.verify(stored, token)
        except (VerificationError, InvalidHashError):
            return False
        with self._lock:
            if len(self._seen) >= self._size:
                self._seen.clear()
            self._seen[key] = stored
        return True
