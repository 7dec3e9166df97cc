"""The review's pure parts: who may do what, a decision's checks, a mandate's review state,
the audit chain's verification, the session cookie, and the exports' formula safety."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from clausewise.review import Decision, Refused, rules
from clausewise.review.chain import GENESIS, canonical, first_bad, row_hash
from clausewise.review.model import AuditEntry
from clausewise.web import session


def test_permissions_by_role():
    table = {
        a: {
            r for r in ("reader", "editor", "reviewer", "validator", "admin") if rules.allowed(r, a)
        }
        for a in rules.PERMISSIONS
    }
    assert table == {
        "document.write": {"editor", "admin"},
        "upr.write": {"editor", "admin"},
        "decision.propose": {"reviewer", "validator", "admin"},
        "decision.decide": {"validator", "admin"},
        "comment.add": {"reviewer", "validator", "admin"},
        "users.manage": {"admin"},
        "audit.read": {"admin"},
    }
    assert not rules.allowed(None, "comment.add")
    with pytest.raises(Refused) as e:
        rules.require("reader", "decision.decide")
    assert e.value.status == 403 and "validator or admin" in e.value.message


@pytest.mark.parametrize(
    "args, problem",
    [
        (("m1", "abolish", "why", None), "one of retain"),
        (("m1", "retain", "  ", None), "needs a reason"),
        (("m1", "merge", "overlap", None), "which mandate"),
        (("m1", "retain", "fine", "m2"), "is for a merge"),
        (("m1", "merge", "same", "m1"), "itself"),
    ],
)
def test_bad_proposals_are_refused(args, problem):
    with pytest.raises(Refused) as e:
        rules.check_proposal(*args)
    assert e.value.status == 422 and problem in e.value.message


def test_a_proposal_is_cleaned():
    assert rules.check_proposal("m1", "merge", "  overlaps  ", " m2 ") == (
        "merge",
        "overlaps",
        "m2",
    )


def _d(n, state="proposed", by="ann", decision="retain", decided_at=None):
    return Decision(n, "m1", decision, "r", None, state, by, f"t{n}", None, decided_at)


def test_no_one_settles_their_own_and_only_once():
    with pytest.raises(Refused) as own:
        rules.check_decide(_d(1, by="ann"), "ann", "confirmed")
    assert own.value.status == 403
    with pytest.raises(Refused) as twice:
        rules.check_decide(_d(1, state="confirmed"), "bob", "rejected")
    assert twice.value.status == 409
    rules.check_decide(_d(1), "bob", "rejected")  # a second person may


def test_review_state_of_a_mandate():
    assert rules.summary([])["state"] == "none"
    s = rules.summary([_d(1, "confirmed", decision="retain", decided_at="a"), _d(2)])
    assert (s["state"], s["decision"], s["pending"]) == ("proposed", "retain", 1)
    s = rules.summary(
        [
            _d(1, "confirmed", decision="retain", decided_at="a"),
            _d(2, "confirmed", decision="discontinue", decided_at="b"),
        ]
    )
    assert (s["state"], s["decision"]) == ("confirmed", "discontinue")
    s = rules.summary([_d(1, "rejected", decided_at="a")])
    assert (s["state"], s["decision"]) == ("rejected", None)


def test_queue_holds_others_proposals_for_deciders_only():
    ds = [_d(1, by="ann"), _d(2, by="bob"), _d(3, "confirmed", by="cy")]
    assert [d.n for d in rules.awaiting(ds, "ann", "validator")] == [2]
    assert rules.awaiting(ds, "ann", "reviewer") == []


def _chain(k: int) -> list[AuditEntry]:
    rows, prev = [], GENESIS
    for n in range(1, k + 1):
        after = canonical({"n": n})
        h = row_hash(prev, n, f"2026-01-0{n}", "ann", "comment.add", "m1", None, after)
        rows.append(
            AuditEntry(n, f"2026-01-0{n}", "ann", "comment.add", "m1", None, after, prev, h)
        )
        prev = h
    return rows


def test_the_chain_finds_the_first_bad_row():
    rows = _chain(4)
    assert first_bad(rows) is None
    edited = rows[:1] + [replace(rows[1], user="eve")] + rows[2:]
    assert first_bad(edited)[0] == 2 and "content" in first_bad(edited)[1]
    rehashed = replace(rows[1], user="eve")
    rehashed = replace(rehashed, hash=row_hash(*_fields(rehashed)))  # hash fixed, next breaks
    assert first_bad([rows[0], rehashed, *rows[2:]])[0] == 3
    assert first_bad([rows[0], *rows[2:]]) == (3, "row 2 is missing (found 3 next)")
    assert first_bad([rows[1], rows[0], *rows[2:]])[0] == 2


def _fields(e: AuditEntry):
    return (e.prev, e.n, e.at, e.user, e.action, e.target, e.before, e.after)


def test_session_cookie_is_signed_and_expires():
    c = session.make("s3cret", "abcdef012345", now=1000)
    assert session.read("s3cret", c, now=1001) == "abcdef012345"
    assert session.read("other", c, now=1001) is None
    assert session.read("s3cret", c, now=1000 + session.LIFETIME + 1) is None
    payload, sig = c.rsplit(".", 1)
    forged = session.make("s3cret", "ffffffffffff", now=1000).rsplit(".", 1)[0] + "." + sig
    assert session.read("s3cret", forged, now=1001) is None
    assert session.csrf_ok("s3cret", c, session.csrf("s3cret", c))
    assert not session.csrf_ok("s3cret", c, session.csrf("s3cret", forged))
    assert not session.csrf_ok("s3cret", c, "")


def _item(reason: str) -> dict:
    return {
        "id": "m1",
        "source": {"symbol": "A/RES/1/1", "doc": "d", "eid": "para_1"},
        "status": "due",
        "kind": "report",
        "addressees": [{"name": "Secretary-General"}],
        "action": "to report",
        "due": [],
        "review": {**rules.NONE, "state": "confirmed", "decision": "discontinue", "reason": reason},
    }


def test_exports_keep_typed_text_as_text():
    from openpyxl import load_workbook

    from clausewise.review import export

    table = export.rows([_item('=HYPERLINK("http://x")')])
    assert "'=HYPERLINK" in export.to_csv(table)
    wb = load_workbook(io.BytesIO(export.to_xlsx(table)))
    ws = wb["Registry"]
    header = [c.value for c in ws[1]]
    assert header == list(export.COLUMNS)
    cell = ws.cell(2, header.index("reason") + 1)
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"
    assert ws.cell(2, header.index("decision") + 1).value == "discontinue"
