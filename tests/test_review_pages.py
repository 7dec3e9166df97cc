"""The review's pages: sign in with a token (a signed, HttpOnly, SameSite=Strict cookie),
CSRF tokens on every form, the review form and comments on the mandate page, the queue,
the audit page, sign out."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from clausewise.library import Library
from clausewise.review import Review, User
from clausewise.web import create_app, session

from .conftest import new_library
from .webkit import TOKEN, seeded_library

MANDATE = "A_RES_72_169:para_17:1"
HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = new_library("sqlite", tmp_path_factory.mktemp("pages"))
    seeded_library(path)
    lib = Library(path)
    rv = Review(lib.db)
    admin = User("cli:test", "admin")
    tokens = {r: rv.add_user(admin, r, r)[1] for r in ("reader", "reviewer", "admin")}
    yield {"path": path, "rv": rv, "tokens": tokens}
    lib.close()


def client(world) -> TestClient:
    return TestClient(create_app(world["path"], token=TOKEN, embed=False))


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def sign_in(c: TestClient, token: str, next: str = "/"):
    form = c.get("/signin", headers=HTML)
    return c.post(
        "/signin",
        data={"token": token, "csrf": csrf_of(form.text), "next": next},
        follow_redirects=False,
    )


def test_sign_in_sets_a_strict_http_only_cookie(world):
    with client(world) as c:
        r = sign_in(c, world["tokens"]["reviewer"], next="/queue")
        assert r.status_code == 303 and r.headers["location"] == "/queue"
        cookie = [h for h in r.headers.get_list("set-cookie") if h.startswith("cw_session=")][0]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
        assert world["tokens"]["reviewer"] not in cookie  # the cookie names no token
        page = c.get("/queue", headers=HTML)
        assert "My queue" in page.text and "reviewer" in page.text and "Sign out" in page.text


def test_a_bad_token_or_a_missing_nonce_does_not_sign_in(world):
    with client(world) as c:
        r = sign_in(c, "cw_000000000000_" + "A" * 43)
        assert r.status_code == 401 and "not valid" in r.text
        assert sign_in(c, TOKEN).status_code == 401  # CLAUSEWISE_TOKEN is for scripts
        c.cookies.clear()
        r = c.post("/signin", data={"token": world["tokens"]["admin"], "csrf": "guess"})
        assert r.status_code == 403 and session.COOKIE not in r.cookies
        evil = sign_in(c, world["tokens"]["reader"], next="//evil.example/")
        assert evil.headers["location"] == "/"  # never sent off the site


def test_forms_need_the_csrf_token(world):
    with client(world) as c:
        sign_in(c, world["tokens"]["reviewer"])
        page = c.get(f"/registry/{MANDATE}", headers=HTML)
        assert 'action="/registry/' in page.text and "Propose a decision" in page.text
        before = world["rv"].decisions(MANDATE)
        forged = c.post(
            f"/registry/{MANDATE}/decisions",
            data={"decision": "discontinue", "reason": "r", "csrf": "x" * 43},
            follow_redirects=False,
        )
        assert forged.status_code == 403 and world["rv"].decisions(MANDATE) == before
        ok = c.post(
            f"/registry/{MANDATE}/decisions",
            data={
                "decision": "discontinue",
                "reason": "reported in full",
                "csrf": csrf_of(page.text),
            },
            follow_redirects=False,
        )
        assert ok.status_code == 303 and ok.headers["location"].endswith("#review")
        d = world["rv"].decisions(MANDATE)[-1]
        assert (d.decision, d.state, d.proposed_by) == ("discontinue", "proposed", "reviewer")
        c.post(
            f"/registry/{MANDATE}/comments",
            data={"text": "the 2019 report covers it", "csrf": csrf_of(page.text)},
        )
        shown = c.get(f"/registry/{MANDATE}", headers=HTML).text
        assert "the 2019 report covers it" in shown and "reported in full" in shown
        assert "/decisions/" not in shown  # no confirm button for a reviewer


def test_a_reader_sees_no_form_and_cannot_post_one(world):
    with client(world) as c:
        sign_in(c, world["tokens"]["reader"])
        page = c.get(f"/registry/{MANDATE}", headers=HTML)
        assert "Propose a decision" not in page.text
        r = c.post(
            f"/registry/{MANDATE}/comments",
            data={"text": "hi", "csrf": csrf_of(page.text)},
            follow_redirects=False,
        )
        assert r.status_code == 403
        assert c.get("/audit", headers=HTML).status_code == 403


def test_admin_confirms_from_the_queue_and_reads_the_audit(world):
    n = world["rv"].propose(User("reviewer", "reviewer"), MANDATE, "retain", "still asked").n
    with client(world) as c:
        sign_in(c, world["tokens"]["admin"])
        queue = c.get("/queue", headers=HTML)
        assert f'action="/decisions/{n}/confirm"' in queue.text
        r = c.post(
            f"/decisions/{n}/confirm", data={"csrf": csrf_of(queue.text)}, follow_redirects=False
        )
        assert r.status_code == 303
        assert next(d for d in world["rv"].decisions() if d.n == n).decided_by == "admin"
        audit = c.get("/audit", headers=HTML)
        assert audit.status_code == 200 and "decision.confirm" in audit.text
        assert "The hash chain holds" in audit.text
        out = c.post("/signout", data={"csrf": csrf_of(audit.text)}, follow_redirects=False)
        assert out.status_code == 303
        assert c.get("/queue", headers=HTML, follow_redirects=False).status_code == 303


def test_revoking_a_user_ends_their_session(world):
    rv = world["rv"]
    _, token = rv.add_user(User("cli:test", "admin"), "brief", "reviewer")
    with client(world) as c:
        sign_in(c, token)
        assert "Sign out brief" in c.get("/queue", headers=HTML).text
        rv.revoke_user(User("cli:test", "admin"), "brief")
        assert c.get("/queue", headers=HTML, follow_redirects=False).status_code == 303
