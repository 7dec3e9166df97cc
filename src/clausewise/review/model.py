"""The review's records: a user (as the server knows them after a token was checked), a
decision on a mandate, a comment, an audit row."""

from __future__ import annotations

from dataclasses import asdict, dataclass

ROLES = ("reader", "editor", "reviewer", "validator", "admin")
DECISIONS = ("retain", "update", "merge", "discontinue")
STATES = ("proposed", "confirmed", "rejected")

# who wrote through CLAUSEWISE_TOKEN, and through the command line: neither is a user name
# (a name has no `$` or `:`), so the audit never confuses them with a person
TOKEN_ACTOR = "$CLAUSEWISE_TOKEN"
CLI_PREFIX = "cli:"


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str
    created: str = ""
    revoked: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Decision:
    n: int
    mandate: str
    decision: str
    reason: str
    merge_with: str | None
    state: str
    proposed_by: str
    proposed_at: str
    decided_by: str | None = None
    decided_at: str | None = None
    note: str | None = None

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Comment:
    n: int
    mandate: str
    author: str
    at: str
    text: str

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    n: int
    at: str
    user: str
    action: str
    target: str
    before: str | None  # JSON text, exactly as hashed
    after: str | None
    prev: str
    hash: str

    def to_json(self) -> dict:
        import json

        return {
            "n": self.n,
            "at": self.at,
            "user": self.user,
            "action": self.action,
            "target": self.target,
            "before": json.loads(self.before) if self.before is not None else None,
            "after": json.loads(self.after) if self.after is not None else None,
            "hash": self.hash,
        }
