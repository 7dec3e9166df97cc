"""The review's storage on both engines: users and their tokens, the audit trail written
in the same transaction as the write it records, append-only, and `clausewise audit
verify` finding a row edited by SQL."""

from __future__ import annotations

import pytest

from clausewise.library import Library
from clausewise.review import Refused, Review, User
from clausewise.review.chain import row_hash

from .conftest import SEED_001
from .test_library_cli import run

ADMIN = User("cli:test", "admin")
MANDATE = "A_RES_72_169:para_17:1"


@pytest.fixture
def lib(library_at):
    lib = Library(library_at)
    assert lib.add_file(SEED_001).status == "added"
    yield lib
    lib.close()


def _sql(lib, sql, params=()):
    """A statement run as someone with database access would, outside clausewise."""
    with lib.db.connection() as conn, conn.transaction():
        return conn.execute(sql, params)


def test_tokens_are_stored_hashed_and_revoked_at_once(lib):
    rv = Review(lib.db)
    ann, token = rv.add_user(ADMIN, "ann", "reviewer")
    assert ann.role == "reviewer" and token.startswith("cw_")
    assert rv.authenticate(token) == ann
    assert rv.authenticate(token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert rv.authenticate("not-a-token") is None
    with lib.db.connection() as conn:
        stored = [tuple(r) for r in conn.execute("SELECT * FROM users").fetchall()]
    assert not any(token in str(v) for row in stored for v in row)  # only its hash
    assert any(str(v).startswith("$argon2id$") for row in stored for v in row)
    with pytest.raises(Refused) as twice:
        rv.add_user(ADMIN, "ann", "admin")
    assert twice.value.status == 409
    rv.revoke_user(ADMIN, "ann")
    assert rv.authenticate(token) is None  # the check of the same process too
    _, again = rv.add_user(ADMIN, "ann", "validator")  # a revoked name is issued anew
    assert rv.authenticate(again).role == "validator" and rv.authenticate(token) is None
    with pytest.raises(Refused):
        rv.add_user(User("bob", "editor"), "eve", "admin")  # only admins manage users


def test_every_write_has_its_audit_row(lib):
    rv = Review(lib.db)
    rv.add_user(ADMIN, "ann", "reviewer")
    d = rv.propose(User("ann", "reviewer"), MANDATE, "discontinue", "done")
    rv.decide(User("val", "validator"), d.n, "confirmed", "agreed")
    rv.comment(User("ann", "reviewer"), MANDATE, "see the 2019 report")
    lib.delete("A/RES/72/169")
    trail = [(e.n, e.user, e.action, e.target) for e in rv.audit()]
    assert [t[2] for t in trail] == [
        "document.add",
        "user.add",
        "decision.propose",
        "decision.confirm",
        "comment.add",
        "document.delete",
    ]
    assert trail[0][1].startswith("cli:") and trail[3][1] == "val"
    confirm = rv.audit()[3].to_json()
    assert confirm["before"] == {"n": d.n, "state": "proposed"}
    assert confirm["after"]["state"] == "confirmed"
    count, bad, head = rv.verify()
    assert (count, bad) == (6, None) and head == rv.audit()[-1].hash


def test_the_trail_is_append_only(lib):
    with pytest.raises(Exception, match="append-only"):
        _sql(lib, "UPDATE audit_log SET actor = 'eve'")
    with pytest.raises(Exception, match="append-only"):
        _sql(lib, "DELETE FROM audit_log")


def test_a_write_whose_audit_row_fails_is_not_made(lib):
    """The audit row is in the write's transaction: a forged head row whose hash is the
    `prev` of another row makes the next append fail (prev is unique), and the decision,
    the comment and the document go with it."""
    rv = Review(lib.db)
    head = rv.audit()[-1]
    # the new head (hash 0...0), and a row that already follows it
    _sql(lib, _FORGE, (head.n + 2, "f" * 64, "0" * 64))
    _sql(lib, _FORGE, (head.n + 1, "0" * 64, "1" * 64))
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        rv.propose(User("ann", "reviewer"), MANDATE, "retain", "still asked")
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        rv.comment(User("ann", "reviewer"), MANDATE, "hello")
    with pytest.raises(Exception, match="(?i)unique|duplicate"):
        lib.delete("A/RES/72/169")
    assert rv.decisions() == [] and rv.comments(MANDATE) == []
    assert lib.summary("A/RES/72/169").id == "A_RES_72_169"
    assert len(rv.audit()) == head.n + 2  # nothing but the forged rows


_FORGE = (
    "INSERT INTO audit_log(n, at, actor, action, target, before_value, after_value, prev, hash)"
    " VALUES (?, '2026-01-01', 'eve', 'x', 'x', NULL, NULL, ?, ?)"
)


def _drop_guards(lib):
    if lib.db.kind == "sqlite":
        _sql(lib, "DROP TRIGGER audit_log_no_update")
    else:
        _sql(lib, "DROP TRIGGER audit_log_no_change ON audit_log")


def test_cli_users_and_audit_verify_finds_an_edited_row(lib):
    where = ["--library", lib.address]
    r = run("users", "add", "ann", "--role", "reviewer", *where)
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip().splitlines()[-1]
    assert Review(lib.db).authenticate(token).name == "ann"
    assert run("users", "add", "bo b", "--role", "reader", *where).returncode == 2
    r = run("users", "list", *where)
    assert "ann" in r.stdout and "reviewer" in r.stdout and "active" in r.stdout
    assert token not in r.stdout
    assert run("users", "revoke", "ann", *where).returncode == 0
    assert "revoked" in run("users", "list", *where).stdout
    r = run("audit", *where)
    assert r.returncode == 0 and "user.revoke" in r.stdout and "document.add" in r.stdout
    assert run("audit", "--since", "2999-01-01", *where).stdout == ""
    ok = run("audit", "verify", *where)
    assert ok.returncode == 0 and "holds: 3 rows" in ok.stdout, ok.stderr
    # someone with SQL access rewrites who added the user
    _drop_guards(lib)
    _sql(lib, "UPDATE audit_log SET actor = 'someone-else' WHERE n = 2")
    bad = run("audit", "verify", *where)
    assert bad.returncode == 1
    assert bad.stderr.strip() == (
        "clausewise: audit row 2: its content does not match its hash (edited after it was written)"
    )
    # ... and covers it with a new hash: the row after it no longer follows
    e = Review(lib.db).audit()[1]
    fixed = row_hash(e.prev, e.n, e.at, e.user, e.action, e.target, e.before, e.after)
    _sql(lib, "UPDATE audit_log SET hash = ? WHERE n = 2", (fixed,))
    assert "audit row 3:" in run("audit", "verify", *where).stderr


def test_a_replaced_text_is_audited_and_its_decisions_stay(lib):
    rv = Review(lib.db)
    d = rv.propose(User("ann", "reviewer"), MANDATE, "retain", "asked every year")
    changed = SEED_001.read_bytes().replace(b"*Emphasizes*", b"*Stresses*", 1)
    n = len(rv.audit())
    assert lib.add_bytes(changed, "001-corrected.txt").status == "conflict"
    assert len(rv.audit()) == n  # nothing changed, nothing recorded
    assert lib.add_bytes(changed, "001-corrected.txt", replace=True).status == "replaced"
    e = rv.audit()[-1].to_json()
    assert (e["action"], e["target"]) == ("document.replace", "A_RES_72_169")
    assert e["before"]["hash"] != e["after"]["hash"]
    assert e["after"]["source"] == "001-corrected.txt"
    assert rv.decisions(MANDATE) == [d]  # kept by mandate id, through the rebuilt registry
    assert rv.verify()[1] is None
