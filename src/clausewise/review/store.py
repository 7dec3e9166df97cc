"""Every SQL statement of the review: users, decisions, comments, the audit trail. Writes
run inside the caller's transaction (`core` opens it, with the audit row beside)."""

from __future__ import annotations

from collections.abc import Iterator

from .model import AuditEntry, Comment, Decision, User

_USER = "SELECT name, role, created, revoked FROM users"
_DECISION = (
    "SELECT n, mandate, decision, reason, merge_with, state, proposed_by, proposed_at,"
    " decided_by, decided_at, note FROM review_decisions"
)
_AUDIT = "SELECT n, at, actor, action, target, before_value, after_value, prev, hash FROM audit_log"


def _user(r) -> User:
    return User(r[0], r[1], r[2], r[3])


def _decision(r) -> Decision:
    return Decision(*tuple(r))


def _audit(r) -> AuditEntry:
    return AuditEntry(*tuple(r))


# -- users ------------------------------------------------------------------------------------
def user(conn, name: str) -> User | None:
    r = conn.execute(f"{_USER} WHERE name = ?", (name,)).fetchone()
    return _user(r) if r else None


def by_token_id(conn, token_id: str) -> tuple[User, str] | None:
    """(user, stored hash) of a token id, revoked or not."""
    r = conn.execute(
        "SELECT name, role, created, revoked, token_hash FROM users WHERE token_id = ?",
        (token_id,),
    ).fetchone()
    return (_user(r), r[4]) if r else None


def users(conn) -> list[User]:
    return [_user(r) for r in conn.execute(f"{_USER} ORDER BY name").fetchall()]


def count_active(conn) -> int:
    return conn.execute("SELECT count(*) FROM users WHERE revoked IS NULL").fetchone()[0]


def insert_user(conn, name: str, role: str, token_id: str, token_hash: str, at: str) -> None:
    conn.execute(
        "INSERT INTO users(name, role, token_id, token_hash, created) VALUES (?, ?, ?, ?, ?)",
        (name, role, token_id, token_hash, at),
    )


def reissue(conn, name: str, role: str, token_id: str, token_hash: str, at: str) -> None:
    """A revoked user back, with a new token (the old one stays dead: its id is gone)."""
    conn.execute(
        "UPDATE users SET role = ?, token_id = ?, token_hash = ?, created = ?, revoked = NULL"
        " WHERE name = ?",
        (role, token_id, token_hash, at, name),
    )


def revoke(conn, name: str, at: str) -> None:
    conn.execute("UPDATE users SET revoked = ? WHERE name = ?", (at, name))


# -- decisions and comments -------------------------------------------------------------------
def mandate_exists(conn, mandate: str) -> bool:
    sql = "SELECT 1 FROM registry_mandates WHERE id = ?"
    return conn.execute(sql, (mandate,)).fetchone() is not None


def insert_decision(
    conn, mandate: str, decision: str, reason: str, merge_with: str | None, by: str, at: str
) -> int:
    return conn.execute(
        "INSERT INTO review_decisions(mandate, decision, reason, merge_with, state,"
        " proposed_by, proposed_at) VALUES (?, ?, ?, ?, 'proposed', ?, ?) RETURNING n",
        (mandate, decision, reason, merge_with, by, at),
    ).fetchone()[0]


def decision(conn, n: int) -> Decision | None:
    r = conn.execute(f"{_DECISION} WHERE n = ?", (n,)).fetchone()
    return _decision(r) if r else None


def settle(conn, n: int, state: str, by: str, at: str, note: str | None) -> int:
    """Rows changed: 0 when the decision was settled already (a second validator lost)."""
    cur = conn.execute(
        "UPDATE review_decisions SET state = ?, decided_by = ?, decided_at = ?, note = ?"
        " WHERE n = ? AND state = 'proposed'",
        (state, by, at, note, n),
    )
    return cur.rowcount


def decisions(conn, mandate: str | None = None, state: str | None = None) -> list[Decision]:
    where, params = [], []
    if mandate is not None:
        where.append("mandate = ?")
        params.append(mandate)
    if state is not None:
        where.append("state = ?")
        params.append(state)
    sql = _DECISION + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY n"
    return [_decision(r) for r in conn.execute(sql, params).fetchall()]


def insert_comment(conn, mandate: str, author: str, at: str, text: str) -> int:
    return conn.execute(
        "INSERT INTO review_comments(mandate, author, at, text) VALUES (?, ?, ?, ?) RETURNING n",
        (mandate, author, at, text),
    ).fetchone()[0]


def comments(conn, mandate: str) -> list[Comment]:
    rows = conn.execute(
        "SELECT n, mandate, author, at, text FROM review_comments WHERE mandate = ? ORDER BY n",
        (mandate,),
    ).fetchall()
    return [Comment(*tuple(r)) for r in rows]


# -- the audit trail --------------------------------------------------------------------------
def audit_head(conn) -> tuple[int, str] | None:
    r = conn.execute("SELECT n, hash FROM audit_log ORDER BY n DESC LIMIT 1").fetchone()
    return (r[0], r[1]) if r else None


def insert_audit(conn, e: AuditEntry) -> None:
    conn.execute(
        "INSERT INTO audit_log(n, at, actor, action, target, before_value, after_value, prev,"
        " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (e.n, e.at, e.user, e.action, e.target, e.before, e.after, e.prev, e.hash),
    )


def audit_rows(conn, since: str | None = None, limit: int | None = None) -> Iterator[AuditEntry]:
    sql, params = _AUDIT, []
    if since:
        sql += " WHERE at >= ?"
        params.append(since)
    sql += " ORDER BY n"
    if limit:
        sql += f" LIMIT {int(limit)}"
    for r in conn.stream(sql, params):
        yield _audit(r)
