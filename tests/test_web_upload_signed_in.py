"""Adding and deleting documents from the pages as a signed-in editor, with no token: the
session cookie goes with the page's CSRF token (X-CSRF-Token), the role is checked, the
audit trail names the user; without the CSRF token, or as a reader, nothing changes."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from clausewise.library import Library
from clausewise.review import Review, User
from clausewise.web import create_app

from .conftest import SEED_001
from .webkit import TOKEN, seeded_library

HTML = {"accept": "text/html"}
SEED_000 = SEED_001.with_name("000_dbad4888ba40b000.txt")


@pytest.fixture
def world(library_at):
    ids = seeded_library(library_at)
    with Library(library_at) as lib:
        rv = Review(lib.db)
        admin = User("cli:test", "admin")
        tokens = {name: rv.add_user(admin, name, name)[1] for name in ("editor", "reader")}
    with TestClient(create_app(library_at, token=TOKEN, embed=False)) as c:
        yield c, ids, tokens, library_at


def sign_in(c, token: str) -> None:
    form = c.get("/signin", headers=HTML).text
    nonce = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    r = c.post("/signin", data={"token": token, "csrf": nonce}, follow_redirects=False)
    assert r.status_code == 303, r.text


def page_csrf(c) -> str:
    return re.search(r'id="csrf" value="([^"]+)"', c.get("/upload", headers=HTML).text).group(1)


def test_anonymous_visitor_is_shown_the_sign_in_link(world):
    c, *_ = world
    page = c.get("/upload", headers=HTML).text
    assert 'href="/signin?next=/upload"' in page and 'id="upload"' not in page


def test_editor_uploads_and_deletes_with_the_session_and_the_csrf_token(world):
    c, ids, tokens, at = world
    sign_in(c, tokens["editor"])
    csrf = page_csrf(c)
    doc = c.get(f"/documents/{ids['001']}", headers=HTML).text
    assert f'data-csrf="{csrf}"' in doc  # the delete button carries it
    files = {"file": ("seed-000.txt", SEED_000.read_bytes(), "text/plain")}
    # the cookie alone (what another site's form could make a browser send) is refused
    before = c.get("/api/documents").json()["total"]
    assert c.delete(f"/api/documents/{ids['000']}").status_code == 403
    assert (
        c.delete(f"/api/documents/{ids['000']}", headers={"X-CSRF-Token": "x"}).status_code == 403
    )
    assert c.get("/api/documents").json()["total"] == before
    r = c.delete(f"/api/documents/{ids['000']}", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 200, r.text
    r = c.post("/api/documents", files=files, headers={"X-CSRF-Token": csrf})
    assert r.status_code == 201 and r.json()["id"] == ids["000"], r.text
    with Library(at) as lib:
        trail = Review(lib.db).audit()
    mine = [(e.user, e.action) for e in trail if e.target == ids["000"]]
    assert [u for u, _ in mine[-2:]] == ["editor", "editor"] and len(mine) >= 3


def test_reader_is_refused(world):
    c, ids, tokens, _ = world
    sign_in(c, tokens["reader"])
    page = c.get("/upload", headers=HTML).text
    assert 'id="not-allowed"' in page and 'id="upload"' not in page
    assert 'id="delete-document"' not in c.get(f"/documents/{ids['001']}", headers=HTML).text
    from clausewise.web import session

    cookie = c.cookies.get(session.COOKIE)
    csrf = session.csrf(c.app.state.session_secret, cookie)  # a right token, a wrong role
    r = c.delete(f"/api/documents/{ids['001']}", headers={"X-CSRF-Token": csrf})
    assert r.status_code == 403 and "editor" in r.json()["detail"]
