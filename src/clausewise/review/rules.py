"""Who may do what, and what a decision must be: pure functions over the records."""

from __future__ import annotations

import re

from .model import DECISIONS, ROLES, Decision

# each write the review knows, and the roles allowed it (an admin may do everything)
PERMISSIONS: dict[str, frozenset[str]] = {
    "document.write": frozenset({"editor", "admin"}),
    "upr.write": frozenset({"editor", "admin"}),  # UPR imports, assistance, measures
    "decision.propose": frozenset({"reviewer", "validator", "admin"}),
    "decision.decide": frozenset({"validator", "admin"}),
    "comment.add": frozenset({"reviewer", "validator", "admin"}),
    "users.manage": frozenset({"admin"}),
    "audit.read": frozenset({"admin"}),
}

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MAX_REASON = 4000


class Refused(Exception):
    """A review action that cannot be done: `status` is the HTTP answer it maps to (403 not
    allowed, 404 nothing there, 409 not in that state any more, 422 bad input)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def allowed(role: str | None, action: str) -> bool:
    return role is not None and role in PERMISSIONS[action]


def require(role: str | None, action: str) -> None:
    if not allowed(role, action):
        who = f"the {role} role" if role else "anonymous"
        need = " or ".join(r for r in ROLES if r in PERMISSIONS[action])
        raise Refused(403, f"{action}: {who} may not do this (needs {need})")


def check_name(name: str) -> str:
    if not NAME.match(name or ""):
        raise Refused(
            422, f"user name {name!r}: letters, digits and . _ @ - (at most 64, no spaces)"
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise Refused(422, f"role {role!r}: one of {', '.join(ROLES)}")
    return role


def check_proposal(
    mandate: str, decision: str, reason: str, merge_with: str | None
) -> tuple[str, str, str | None]:
    """(decision, reason, merge_with) cleaned, or Refused(422) saying what is wrong."""
    if decision not in DECISIONS:
        raise Refused(422, f"decision {decision!r}: one of {', '.join(DECISIONS)}")
    reason = (reason or "").strip()
    if not reason:
        raise Refused(422, "a decision needs a reason")
    if len(reason) > MAX_REASON:
        raise Refused(422, f"reason: at most {MAX_REASON} characters")
    merge_with = (merge_with or "").strip() or None
    if decision == "merge" and not merge_with:
        raise Refused(422, "merge: say which mandate it merges with (merge_with)")
    if decision != "merge" and merge_with:
        raise Refused(422, f"merge_with is for a merge, not for {decision}")
    if merge_with == mandate:
        raise Refused(422, "a mandate cannot merge with itself")
    return decision, reason, merge_with


def check_decide(d: Decision, user: str, verdict: str) -> None:
    """A second person settles a proposal, once."""
    if verdict not in ("confirmed", "rejected"):
        raise Refused(422, f"verdict {verdict!r}: confirmed or rejected")
    if d.state != "proposed":
        raise Refused(409, f"decision {d.n} is {d.state} already")
    if d.proposed_by == user:
        raise Refused(403, f"decision {d.n} was proposed by {user}: a second person decides it")


def summary(decisions: list[Decision]) -> dict:
    """A mandate's review state from its decisions in order: `proposed` while any proposal
    waits (the latest of them shown), else the latest settled one's state; `decision` is the
    decision in force (the latest confirmed), whatever waits."""
    pending = [d for d in decisions if d.state == "proposed"]
    settled = sorted(
        (d for d in decisions if d.state != "proposed"), key=lambda d: (d.decided_at or "", d.n)
    )
    confirmed = [d for d in settled if d.state == "confirmed"]
    in_force = confirmed[-1] if confirmed else None
    shown = pending[-1] if pending else (settled[-1] if settled else None)
    return {
        "state": shown.state if shown else "none",
        "decision": in_force.decision if in_force else None,
        "reason": in_force.reason if in_force else None,
        "merge_with": in_force.merge_with if in_force else None,
        "proposed_by": in_force.proposed_by if in_force else None,
        "decided_by": in_force.decided_by if in_force else None,
        "decided_at": in_force.decided_at if in_force else None,
        "proposed": shown.decision if shown and shown.state == "proposed" else None,
        "pending": len(pending),
        "decisions": len(decisions),
    }


NONE = summary([])  # a mandate no one reviewed yet


def awaiting(decisions: list[Decision], user: str, role: str | None) -> list[Decision]:
    """A user's queue: proposals they may settle (not their own)."""
    if not allowed(role, "decision.decide"):
        return []
    return [d for d in decisions if d.state == "proposed" and d.proposed_by != user]
