"""Appending to the audit trail, inside the transaction of the write it records: the write
and its audit row are committed together or not at all.

Appends follow one another: every write transaction holds the library's one write lock
(SQLite's BEGIN IMMEDIATE, a PostgreSQL advisory transaction lock, see `storage`), so the
head read here is the head the new row follows; `prev` being unique makes a fork
impossible even for a writer that skipped the lock (its insert fails)."""

from __future__ import annotations

from datetime import UTC, datetime

from . import store
from .chain import GENESIS, canonical, row_hash
from .model import AuditEntry


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def append(conn, user: str, action: str, target: str, before=None, after=None) -> AuditEntry:
    if not conn.in_transaction:
        raise RuntimeError("an audit row is written in the transaction of the write it records")
    head = store.audit_head(conn)
    n, prev = (head[0] + 1, head[1]) if head else (1, GENESIS)
    at = now()
    b, a = canonical(before), canonical(after)
    e = AuditEntry(
        n, at, user, action, target, b, a, prev, row_hash(prev, n, at, user, action, target, b, a)
    )
    store.insert_audit(conn, e)
    return e


def document_state(conn, ident: str) -> dict | None:
    """What the audit says of a stored document: enough to name the exact text."""
    r = conn.execute(
        "SELECT id, symbol, language, hash, source FROM documents WHERE id = ?", (ident,)
    ).fetchone()
    if r is None:
        return None
    return {"id": r[0], "symbol": r[1], "language": r[2], "hash": r[3], "source": r[4]}
