"""`Review`: the review's operations over a library's database, each write in one
transaction with its audit row. `by` is the acting `User` (checked by `rules` here, so the
CLI and the web app cannot differ on who may do what)."""

from __future__ import annotations

from . import audit, rules, store, tokens
from .chain import first_bad
from .model import AuditEntry, Comment, Decision, User
from .rules import Refused

MAX_COMMENT = 4000


class Review:
    def __init__(self, db, verified: tokens.Verified | None = None):
        self.db = db
        self.verified = verified or tokens.Verified()

    # -- users --------------------------------------------------------------------------------
    def add_user(self, by: User, name: str, role: str) -> tuple[User, str]:
        """(the user, their token): the token is returned once and stored only hashed."""
        rules.require(by.role, "users.manage")
        rules.check_name(name)
        rules.check_role(role)
        token_id, token = tokens.new_token()
        hashed = tokens.hash_token(token)  # slow: before the write lock is taken
        with self.db.connection() as conn, conn.transaction():
            old = store.user(conn, name)
            at = audit.now()
            if old is None:
                store.insert_user(conn, name, role, token_id, hashed, at)
                before = None
            elif old.revoked:
                store.reissue(conn, name, role, token_id, hashed, at)
                before = {"role": old.role, "revoked": old.revoked}
            else:
                raise Refused(409, f"user {name} exists (revoke them first to issue a new token)")
            audit.append(conn, by.name, "user.add", name, before, {"role": role})
            return store.user(conn, name), token

    def revoke_user(self, by: User, name: str) -> User:
        rules.require(by.role, "users.manage")
        with self.db.connection() as conn, conn.transaction():
            old = store.user(conn, name)
            if old is None:
                raise Refused(404, f"no user {name!r}")
            if old.revoked:
                raise Refused(409, f"user {name} was revoked already ({old.revoked})")
            at = audit.now()
            store.revoke(conn, name, at)
            audit.append(conn, by.name, "user.revoke", name, {"role": old.role}, {"revoked": at})
            return store.user(conn, name)

    def users(self) -> list[User]:
        with self.db.connection() as conn:
            return store.users(conn)

    def active_users(self) -> int:
        with self.db.connection() as conn:
            return store.count_active(conn)

    def authenticate(self, token: str) -> User | None:
        """The user a token belongs to, if it is theirs and not revoked."""
        tid = tokens.token_id(token)
        if tid is None:
            return None
        with self.db.connection() as conn:
            found = store.by_token_id(conn, tid)
        if found is None or found[0].revoked:
            return None
        user, stored = found
        return user if self.verified.check(token, stored) else None

    def user_by_token_id(self, tid: str) -> User | None:
        """An active user by token id (a signed session names it: revoking ends sessions)."""
        with self.db.connection() as conn:
            found = store.by_token_id(conn, tid)
        return found[0] if found and not found[0].revoked else None

    def token_id_of(self, name: str) -> str | None:
        with self.db.connection() as conn:
            r = conn.execute(
                "SELECT token_id FROM users WHERE name = ? AND revoked IS NULL", (name,)
            ).fetchone()
        return r[0] if r else None

    # -- decisions ----------------------------------------------------------------------------
    def propose(
        self, by: User, mandate: str, decision: str, reason: str, merge_with: str | None = None
    ) -> Decision:
        rules.require(by.role, "decision.propose")
        decision, reason, merge_with = rules.check_proposal(mandate, decision, reason, merge_with)
        with self.db.connection() as conn, conn.transaction():
            for m in (mandate, merge_with):
                if m is not None and not store.mandate_exists(conn, m):
                    raise Refused(404, f"no mandate {m!r} in the registry")
            n = store.insert_decision(
                conn, mandate, decision, reason, merge_with, by.name, audit.now()
            )
            d = store.decision(conn, n)
            audit.append(conn, by.name, "decision.propose", mandate, None, d.to_json())
            return d

    def decide(self, by: User, n: int, verdict: str, note: str | None = None) -> Decision:
        """Confirm or reject a proposal (`verdict`: confirmed | rejected)."""
        rules.require(by.role, "decision.decide")
        note = (note or "").strip()[: rules.MAX_REASON] or None
        with self.db.connection() as conn, conn.transaction():
            d = store.decision(conn, n)
            if d is None:
                raise Refused(404, f"no decision {n}")
            rules.check_decide(d, by.name, verdict)
            if not store.settle(conn, n, verdict, by.name, audit.now(), note):
                raise Refused(409, f"decision {n} was settled meanwhile")
            after = store.decision(conn, n)
            audit.append(
                conn,
                by.name,
                f"decision.{'confirm' if verdict == 'confirmed' else 'reject'}",
                d.mandate,
                {"n": n, "state": d.state},
                {"n": n, "state": after.state, "note": note},
            )
            return after

    def decisions(self, mandate: str | None = None, state: str | None = None) -> list[Decision]:
        with self.db.connection() as conn:
            return store.decisions(conn, mandate, state)

    def summaries(self) -> dict[str, dict]:
        """Every reviewed mandate's review state (`rules.summary`)."""
        by_mandate: dict[str, list[Decision]] = {}
        for d in self.decisions():
            by_mandate.setdefault(d.mandate, []).append(d)
        return {m: rules.summary(ds) for m, ds in by_mandate.items()}

    def queue(self, by: User) -> list[Decision]:
        return rules.awaiting(self.decisions(state="proposed"), by.name, by.role)

    # -- comments -----------------------------------------------------------------------------
    def comment(self, by: User, mandate: str, text: str) -> Comment:
        rules.require(by.role, "comment.add")
        text = (text or "").strip()
        if not text:
            raise Refused(422, "an empty comment")
        if len(text) > MAX_COMMENT:
            raise Refused(422, f"a comment has at most {MAX_COMMENT} characters")
        with self.db.connection() as conn, conn.transaction():
            if not store.mandate_exists(conn, mandate):
                raise Refused(404, f"no mandate {mandate!r} in the registry")
            at = audit.now()
            n = store.insert_comment(conn, mandate, by.name, at, text)
            audit.append(conn, by.name, "comment.add", mandate, None, {"n": n, "text": text})
            return Comment(n, mandate, by.name, at, text)

    def comments(self, mandate: str) -> list[Comment]:
        with self.db.connection() as conn:
            return store.comments(conn, mandate)

    # -- the audit trail ----------------------------------------------------------------------
    def audit(self, since: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        with self.db.connection() as conn:
            return list(store.audit_rows(conn, since, limit))

    def verify(self) -> tuple[int, tuple[int, str] | None, str]:
        """(rows read, the first bad row and why or None, the head hash)."""
        count, head = 0, ""

        def rows():
            nonlocal count, head
            with self.db.connection() as conn:
                for e in store.audit_rows(conn):
                    count, head = count + 1, e.hash
                    yield e

        gen = rows()
        try:
            bad = first_bad(gen)
        finally:
            gen.close()  # gives the connection back when the check stops early
        return count, bad, head


def has_users(target) -> bool:
    """Whether the library at `target` has an active user (a server without
    CLAUSEWISE_TOKEN is writable then). Opened read-only, briefly; a library that cannot be
    opened has none (opening it properly reports why)."""
    import sqlite3

    from ..storage import LibraryNotReady, open_database

    try:
        db = open_database(target, read_only=True)
    except (LibraryNotReady, sqlite3.DatabaseError):
        return False
    try:
        with db.connection() as conn:
            return conn.dialect.table_exists(conn, "users") and store.count_active(conn) > 0
    except sqlite3.DatabaseError:
        return False
    finally:
        db.close()
