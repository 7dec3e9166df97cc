"""The review through the API, on both engines: every role against every write route
(allowed ones succeed; every other gets 401 or 403 and changes nothing, as read back from
the library), a private server, decisions in the registry, the exports, and two reviewers
racing on one mandate over real HTTP."""

from __future__ import annotations

import contextlib
import io
import itertools
import threading

import httpx
import pytest
from fastapi.testclient import TestClient

from clausewise.library import Library
from clausewise.review import Review, User

from .conftest import BACKENDS, SEED_004, new_library
from .webkit import TOKEN, running, seeded_library

ADMIN = User("cli:test", "admin")
MANDATE = "A_RES_72_169:para_17:1"
OTHER = "A_RES_72_169:para_16:1"
ROLES = ("reader", "editor", "reviewer", "validator", "admin")
ACTORS = ("anonymous", "bad token", "revoked", *ROLES, "CLAUSEWISE_TOKEN")


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, tmp_path_factory):
    path = new_library(request.param, tmp_path_factory.mktemp("review"))
    ids = seeded_library(path)
    lib = Library(path)
    rv = Review(lib.db)
    tokens = {role: rv.add_user(ADMIN, role, role)[1] for role in ROLES}
    _, tokens["revoked"] = rv.add_user(ADMIN, "gone", "admin")
    rv.revoke_user(ADMIN, "gone")
    _, other = rv.add_user(ADMIN, "other", "reviewer")  # proposes what others settle
    tokens["bad token"] = "cw_000000000000_" + "A" * 43
    tokens["CLAUSEWISE_TOKEN"] = TOKEN
    with TestClient(create(path)) as c:
        yield {"client": c, "lib": lib, "rv": rv, "tokens": tokens, "ids": ids, "path": path}
    lib.close()


def create(path, **kw):
    from clausewise.web import create_app

    return create_app(path, token=TOKEN, embed=False, **kw)


def headers(world, actor):
    token = world["tokens"].get(actor)
    return {"Authorization": f"Bearer {token}"} if token else {}


def snapshot(world) -> tuple:
    """The library as read back after a request: documents, decisions, comments, users,
    and the audit trail's length."""
    lib, rv = world["lib"], world["rv"]
    return (
        tuple(sorted(d.id for d in lib.documents())),
        tuple(rv.decisions()),
        tuple(rv.comments(MANDATE)),
        tuple(rv.users()),
        len(rv.audit()),
    )


_names = itertools.count(1)


def _proposal(world) -> int:
    return world["rv"].propose(User("other", "reviewer"), MANDATE, "retain", "still asked").n


def _absent(world, ref):
    with contextlib.suppress(LookupError):
        world["lib"].delete(ref)


def _present(world):
    world["lib"].add_file(SEED_004)
    return world["ids"]["004"]


# route: (permission, request maker given the world: (method, url, kwargs))
ROUTES = {
    "upload": (
        "document.write",
        lambda w: (
            _absent(w, w["ids"]["004"]),
            ("POST", "/api/documents", {"files": {"file": ("r.txt", SEED_004.read_bytes())}}),
        )[1],
    ),
    "delete": ("document.write", lambda w: ("DELETE", f"/api/documents/{_present(w)}", {})),
    "propose": (
        "decision.propose",
        lambda w: (
            "POST",
            f"/api/registry/{MANDATE}/decisions",
            {"json": {"decision": "discontinue", "reason": "reported in full"}},
        ),
    ),
    "confirm": (
        "decision.decide",
        lambda w: ("POST", f"/api/decisions/{_proposal(w)}/confirm", {}),
    ),
    "reject": (
        "decision.decide",
        lambda w: ("POST", f"/api/decisions/{_proposal(w)}/reject", {"json": {"note": "no"}}),
    ),
    "comment": (
        "comment.add",
        lambda w: ("POST", f"/api/registry/{MANDATE}/comments", {"json": {"text": "see A/74/1"}}),
    ),
    "add user": (
        "users.manage",
        lambda w: (
            "POST",
            "/api/users",
            {"json": {"name": f"new{next(_names)}", "role": "reader"}},
        ),
    ),
    "revoke user": (
        "users.manage",
        lambda w: (
            "DELETE",
            f"/api/users/{w['rv'].add_user(ADMIN, f'victim{next(_names)}', 'reader')[0].name}",
            {},
        ),
    ),
}


def _state(w, n):
    return next(d.state for d in w["rv"].decisions() if d.n == n)


# what an allowed request did, read back from the library
DONE = {
    "upload": lambda w, j: j["id"] in {d.id for d in w["lib"].documents()},
    "delete": lambda w, j: j["deleted"] not in {d.id for d in w["lib"].documents()},
    "propose": lambda w, j: _state(w, j["n"]) == "proposed",
    "confirm": lambda w, j: _state(w, j["n"]) == "confirmed",
    "reject": lambda w, j: _state(w, j["n"]) == "rejected",
    "comment": lambda w, j: w["rv"].comments(MANDATE)[-1].n == j["n"],
    "add user": lambda w, j: w["rv"].authenticate(j["token"]).name == j["user"]["name"],
    "revoke user": lambda w, j: next(u for u in w["rv"].users() if u.name == j["name"]).revoked,
}

ALLOWED = {
    "document.write": {"editor", "admin", "CLAUSEWISE_TOKEN"},
    "decision.propose": {"reviewer", "validator", "admin", "CLAUSEWISE_TOKEN"},
    "decision.decide": {"validator", "admin", "CLAUSEWISE_TOKEN"},
    "comment.add": {"reviewer", "validator", "admin", "CLAUSEWISE_TOKEN"},
    "users.manage": {"admin", "CLAUSEWISE_TOKEN"},
}


@pytest.mark.parametrize("route", list(ROUTES))
def test_every_role_against_every_write_route(world, route):
    permission, make = ROUTES[route]
    c = world["client"]
    for actor in ACTORS:
        method, url, kw = make(world)
        before = snapshot(world)
        r = c.request(method, url, headers=headers(world, actor), **kw)
        after = snapshot(world)
        if actor in ALLOWED[permission]:
            assert r.status_code in (200, 201), (route, actor, r.text)
            assert DONE[route](world, r.json()), (route, actor, r.text)
            assert after != before and after[-1] == before[-1] + 1, (route, actor)
            who = world["rv"].audit()[-1].user
            assert who == {"CLAUSEWISE_TOKEN": "$CLAUSEWISE_TOKEN"}.get(actor, actor)
        else:
            expected = 401 if actor in ("anonymous", "bad token", "revoked") else 403
            assert r.status_code == expected, (route, actor, r.status_code, r.text)
            assert after == before, (route, actor)


def test_reading_the_audit_is_for_admins(world):
    c = world["client"]
    for actor in ACTORS:
        r = c.get("/api/audit", headers=headers(world, actor))
        if actor in ("admin", "CLAUSEWISE_TOKEN"):
            j = r.json()
            assert r.status_code == 200 and j["entries"][0]["action"] == "document.add"
            assert set(j["entries"][0]) == {
                "n",
                "at",
                "user",
                "action",
                "target",
                "before",
                "after",
                "hash",
            }
        else:
            assert r.status_code in (401, 403), actor
    v = c.get("/api/audit/verify", headers=headers(world, "admin")).json()
    assert v["holds"] and v["rows"] == len(world["rv"].audit())
    later = c.get("/api/audit", params={"since": "2999-01-01"}, headers=headers(world, "admin"))
    assert later.json()["count"] == 0


def test_decisions_flow_into_the_registry(world):
    c, rv = world["client"], world["rv"]
    h = {a: headers(world, a) for a in ("reviewer", "validator")}
    d = c.post(
        f"/api/registry/{OTHER}/decisions",
        json={"decision": "merge", "reason": "same report", "merge_with": MANDATE},
        headers=h["reviewer"],
    ).json()
    assert d["state"] == "proposed" and d["proposed_by"] == "reviewer"
    own = c.post(f"/api/decisions/{d['n']}/confirm", headers=headers(world, "reviewer"))
    assert own.status_code == 403
    v = User("validator", "validator")
    assert [q.n for q in rv.queue(v)][-1] == d["n"]
    queue = c.get("/api/queue", headers=h["validator"]).json()
    assert d["n"] in [x["n"] for x in queue["decisions"]]
    assert (
        c.post(f"/api/decisions/{d['n']}/confirm", headers=h["validator"]).json()["state"]
        == "confirmed"
    )
    again = c.post(f"/api/decisions/{d['n']}/reject", headers=h["validator"])
    assert again.status_code == 409
    item = c.get(f"/api/registry/{OTHER}").json()
    assert item["review"]["decision"] == "merge" and item["review"]["merge_with"] == MANDATE
    assert item["review"]["history"][-1]["decided_by"] == "validator"
    merged = c.get("/api/registry", params={"decision": "merge"}).json()
    assert [m["id"] for m in merged["mandates"]] == [OTHER]
    none = c.get("/api/registry", params={"review": "none"}).json()
    assert OTHER not in {m["id"] for m in none["mandates"]} and none["total"] > 0
    bad = c.post(
        f"/api/registry/{OTHER}/decisions",
        json={"decision": "retain", "reason": ""},
        headers=h["reviewer"],
    )
    assert bad.status_code == 422
    missing = c.post(
        "/api/registry/nothing:para_1:1/decisions",
        json={"decision": "retain", "reason": "x"},
        headers=h["reviewer"],
    )
    assert missing.status_code == 404
    page = c.get("/registry", params={"decision": "merge"})
    assert (
        f'href="/registry/{OTHER}"' in page.text and f'href="/registry/{MANDATE}"' not in page.text
    )


def test_exports_carry_the_decisions(world):
    import csv

    from openpyxl import load_workbook

    c = world["client"]
    r = c.get("/registry.csv", params={"decision": "merge"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [(x["mandate"], x["decision"], x["merge_with"]) for x in rows] == [
        (OTHER, "merge", MANDATE)
    ]
    x = c.get("/registry.xlsx")
    ws = load_workbook(io.BytesIO(x.content))["Registry"]
    table = [[cell.value for cell in row] for row in ws.iter_rows()]
    head = table[0]
    assert len(table) - 1 == c.get("/api/registry").json()["total"]
    merged = [row for row in table[1:] if row[head.index("mandate")] == OTHER]
    assert merged[0][head.index("decision")] == "merge"


def test_a_private_server_refuses_anonymous_reads(world):
    with TestClient(create(world["path"], private=True)) as c:
        assert c.get("/api/registry").status_code == 401
        assert c.get("/api/documents", headers=headers(world, "bad token")).status_code == 401
        assert c.get("/api/registry", headers=headers(world, "reader")).status_code == 200
        page = c.get("/registry", headers={"accept": "text/html"}, follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/signin?next=/registry"
        assert c.get("/signin").status_code == 200 and c.get("/healthz").status_code == 200


def test_a_server_with_users_and_no_admin_token_takes_their_writes(world):
    from clausewise.web import create_app

    with TestClient(create_app(world["path"], token=None, embed=False)) as c:
        assert c.app.state.writable
        r = c.post(
            f"/api/registry/{MANDATE}/comments",
            json={"text": "from a server without CLAUSEWISE_TOKEN"},
            headers=headers(world, "reviewer"),
        )
        assert r.status_code == 201
        assert (
            c.post(
                "/api/users",
                json={"name": "x", "role": "admin"},
                headers={"Authorization": f"Bearer {TOKEN}"},
            ).status_code
            == 401
        )


def test_two_reviewers_racing_on_one_mandate_are_both_recorded(world, tmp_path):
    """Real concurrent requests to a real server: each of two reviewers sends proposals
    on the same mandate at once; every one is recorded, numbered in the order committed,
    each with its audit row, and the chain holds."""
    rv = world["rv"]
    _, second = rv.add_user(ADMIN, f"reviewer{next(_names)}", "reviewer")
    tokens = [world["tokens"]["reviewer"], second]
    before = {d.n for d in rv.decisions(MANDATE)}
    audit_before = len(rv.audit())
    start = threading.Barrier(len(tokens) * 4)
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    def send(base, token, k):
        with httpx.Client(base_url=base, timeout=60) as h:
            start.wait()
            r = h.post(
                f"/api/registry/{MANDATE}/decisions",
                json={
                    "decision": "update" if k % 2 else "retain",
                    "reason": f"race {token[:15]} {k}",
                },
                headers={"Authorization": f"Bearer {token}"},
            )
            with lock:
                answers.append(r)

    with running(create(world["path"])) as base:
        threads = [
            threading.Thread(target=send, args=(base, t, k)) for t in tokens for k in range(4)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(90)
    assert [r.status_code for r in answers] == [201] * 8, [r.text for r in answers]
    new = [d for d in rv.decisions(MANDATE) if d.n not in before]
    assert sorted(d.n for d in new) == sorted(r.json()["n"] for r in answers)
    assert len({d.proposed_by for d in new}) == 2 and len(new) == 8
    trail = rv.audit()[audit_before:]
    assert [e.action for e in trail] == ["decision.propose"] * 8
    # the trail records them in the order they were committed
    assert [e.to_json()["after"]["n"] for e in trail] == sorted(d.n for d in new)
    assert rv.verify()[1] is None


def test_two_validators_racing_on_one_proposal_settle_it_once(world):
    """Confirm and reject sent at once by two people: one wins, the other hears 409, and
    the trail holds one verdict."""
    n = _proposal(world)
    audit_before = len(world["rv"].audit())
    start = threading.Barrier(2)
    answers: dict[str, int] = {}

    def send(base, actor, verdict):
        with httpx.Client(base_url=base, timeout=60) as h:
            start.wait()
            r = h.post(f"/api/decisions/{n}/{verdict}", headers=headers(world, actor))
            answers[actor] = r.status_code

    with running(create(world["path"])) as base:
        threads = [
            threading.Thread(target=send, args=(base, "validator", "confirm")),
            threading.Thread(target=send, args=(base, "admin", "reject")),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    assert sorted(answers.values()) == [200, 409], answers
    trail = world["rv"].audit()[audit_before:]
    assert len(trail) == 1 and trail[0].action in ("decision.confirm", "decision.reject")
    winner = next(a for a, code in answers.items() if code == 200)
    assert trail[0].user == winner
