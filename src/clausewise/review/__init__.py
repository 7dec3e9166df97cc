"""The mandate review: named users with roles, decisions on mandates (proposed by a
reviewer, confirmed or rejected by a second person), comments, and an audit trail of every
write, hash-chained so that an edited row is found.

`rules` and `chain` are pure (who may do what, a decision's checks, a mandate's review
state; the audit rows' hashes and their verification); `tokens` makes and checks the users'
tokens; `store` holds the SQL; `audit` appends to the trail inside the caller's write
transaction; `core.Review` is what the CLI and the web app call.
"""

from .core import Review
from .model import DECISIONS, ROLES, STATES, AuditEntry, Comment, Decision, User
from .rules import Refused

__all__ = [
    "DECISIONS",
    "ROLES",
    "STATES",
    "AuditEntry",
    "Comment",
    "Decision",
    "Refused",
    "Review",
    "User",
]
