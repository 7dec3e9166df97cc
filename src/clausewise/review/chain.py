"""The audit trail's hash chain: each row's hash covers its content and the previous row's
hash, so editing, removing or reordering an old row breaks every hash after it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from .model import AuditEntry

GENESIS = ""  # the `prev` of the first row


def canonical(value) -> str | None:
    """The JSON text stored and hashed (one spelling per value)."""
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def row_hash(
    prev: str,
    n: int,
    at: str,
    user: str,
    action: str,
    target: str,
    before: str | None,
    after: str | None,
) -> str:
    body = json.dumps(
        [n, at, user, action, target, before, after, prev],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode()).hexdigest()


def first_bad(rows: Iterable[AuditEntry]) -> tuple[int, str] | None:
    """The first row (in order) that does not hold, and why; None when the chain holds."""
    prev, expected_n = GENESIS, 1
    for r in rows:
        if r.n != expected_n:
            return r.n, f"row {expected_n} is missing (found {r.n} next)"
        if r.prev != prev:
            return r.n, "does not follow the row before it (its prev hash differs)"
        h = row_hash(r.prev, r.n, r.at, r.user, r.action, r.target, r.before, r.after)
        if h != r.hash:
            return r.n, "its content does not match its hash (edited after it was written)"
        prev, expected_n = r.hash, r.n + 1
    return None
