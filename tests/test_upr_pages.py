"""The UPR editors' forms on the pages, on both engines: technical assistance on the State
page, measures and progress notes on a recommendation's page. Signed in (the session
cookie), CSRF-checked, for "upr.write" only (editors, admins); every write audited with
the user's name; a refused or bad form writes nothing."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from clausewise.library import Library
from clausewise.review import Review, User
from clausewise.upr import actions
from clausewise.upr.core import Upr
from clausewise.web import create_app

from .conftest import BACKENDS, SHARED, new_library
from .test_review_pages import HTML, csrf_of, sign_in
from .webkit import TOKEN, seeded_library

EXPORT = SHARED / "upr" / "upr-info-sessions-1-5.csv"
MANDATE = "A_RES_72_169:para_16:1"
STATE = "/upr/states/Afghanistan"
ROLES = ("reader", "reviewer", "editor", "admin")


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, tmp_path_factory):
    if not EXPORT.exists():
        pytest.skip("UPR exports not found (set CLAUSEWISE_SHARED)")
    path = new_library(request.param, tmp_path_factory.mktemp("uprpages"))
    seeded_library(path)
    lib = Library(path)
    actions.import_file(lib.db, EXPORT.read_bytes(), EXPORT.name, actor="test")
    rv = Review(lib.db)
    admin = User("cli:test", "admin")
    tokens = {r: rv.add_user(admin, f"{r}-1", r)[1] for r in ROLES}
    with TestClient(create_app(path, token=TOKEN, embed=False)) as c:
        rec = c.get("/api/upr/recommendations?to=Afghanistan&limit=1").json()[0]["id"]
    yield {"path": path, "lib": lib, "rv": rv, "tokens": tokens, "rec": rec}
    lib.close()


def client(world) -> TestClient:
    return TestClient(create_app(world["path"], token=TOKEN, embed=False))


def _assistance(**over) -> dict:
    form = {
        "requested_by": "Afghanistan",
        "offered_by": "OHCHR",
        "modality": "south-south",
        "priorities": "administration of justice\nbirth registration\n",
        "status": "requested",
        "mandate": MANDATE,
        "recommendation": "",
        "note": "asked at the third cycle",
    }
    return form | over


def _written(world) -> tuple[int, int, int]:
    """What a refused form must leave as it was: the audit trail, assistance and measures."""
    u = Upr(world["lib"].db, {})
    return len(world["rv"].audit()), len(u.assistance()), len(u.item(world["rec"])["measures"])


def _last_audit(world):
    return world["rv"].audit()[-1]


def test_anonymous_sees_a_sign_in_link_and_cannot_post(world):
    with client(world) as c:
        page = c.get(STATE, headers=HTML).text
        assert "Record technical assistance" not in page
        assert 'href="/signin?next=/upr/states/Afghanistan%23assistance"' in page
        item = c.get(f"/upr/recommendations/{world['rec']}", headers=HTML).text
        assert "Add a measure" not in item and "Sign in</a> to add measures" in item
        before = _written(world)
        r = c.post(f"{STATE}/assistance", data=_assistance(csrf="x"), follow_redirects=False)
        assert r.status_code == 401
        r = c.post(f"/upr/recommendations/{world['rec']}/measures", data={"action": "a"})
        assert r.status_code == 401
        assert _written(world) == before


@pytest.mark.parametrize("role", ["reader", "reviewer"])
def test_readers_and_reviewers_see_no_form_and_are_refused(world, role):
    with client(world) as c:
        sign_in(c, world["tokens"][role])
        page = c.get(STATE, headers=HTML).text
        assert "Record technical assistance" not in page and "Sign in</a> to record" not in page
        csrf = csrf_of(page)  # the sign-out form's: a valid token for this session
        item = c.get(f"/upr/recommendations/{world['rec']}", headers=HTML).text
        assert "Add a measure" not in item
        before = _written(world)
        r = c.post(f"{STATE}/assistance", data=_assistance(csrf=csrf), follow_redirects=False)
        assert r.status_code == 403
        r = c.post(
            f"/upr/recommendations/{world['rec']}/measures",
            data={"action": "a law", "csrf": csrf},
            follow_redirects=False,
        )
        assert r.status_code == 403
        assert _written(world) == before


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editors_and_admins_record_assistance_measures_and_progress(world, role):
    user = f"{role}-1"
    with client(world) as c:
        sign_in(c, world["tokens"][role])
        page = c.get(STATE, headers=HTML).text
        assert "Record technical assistance" in page
        assert 'name="requested_by" value="Afghanistan"' in page  # prefilled
        assert 'href="/registry"' in page
        csrf = csrf_of(page)
        offered = f"UNDP for {role}"
        r = c.post(
            f"{STATE}/assistance",
            data=_assistance(offered_by=offered, csrf=csrf),
            follow_redirects=False,
        )
        assert r.status_code == 303 and r.headers["location"] == STATE + "#assistance"
        e = _last_audit(world)
        assert (e.user, e.action) == (user, "upr.assistance.add")
        after = json.loads(e.after)
        assert after["priorities"] == ["administration of justice", "birth registration"]
        assert (after["modality"], after["mandate"]) == ("south-south", MANDATE)
        ident = int(e.target.split("/")[1])
        shown = c.get(STATE, headers=HTML).text
        assert offered in shown and "administration of justice; birth registration" in shown
        assert f'href="/registry/{MANDATE}"' in shown
        r = c.post(
            f"/upr/assistance/{ident}/status",
            data={"status": "ongoing", "csrf": csrf},
            follow_redirects=False,
        )
        assert r.status_code == 303 and r.headers["location"] == STATE + "#assistance"
        e = _last_audit(world)
        assert (e.user, e.action, json.loads(e.after)["status"]) == (
            user,
            "upr.assistance.status",
            "ongoing",
        )
        rec = [a for a in c.get("/api/upr/assistance").json() if a["id"] == ident][0]
        assert rec["status"] == "ongoing"

        url = f"/upr/recommendations/{world['rec']}"
        item = c.get(url, headers=HTML).text
        assert "Add a measure" in item
        action = f"a birth registration law ({role})"
        r = c.post(
            f"{url}/measures",
            data={
                "action": action,
                "indicator": "births registered",
                "due": "2027-06-30",
                "status": "planned",
                "csrf": csrf,
            },  # fmt: skip
            follow_redirects=False,
        )
        assert r.status_code == 303 and r.headers["location"] == url + "#measures"
        e = _last_audit(world)
        assert (e.user, e.action) == (user, "upr.measure.add")
        measure = int(e.target.split("/")[1])
        r = c.post(
            f"/upr/measures/{measure}/status",
            data={"status": "in progress", "csrf": csrf},
            follow_redirects=False,
        )
        assert r.status_code == 303 and r.headers["location"] == f"{url}#measure-{measure}"
        assert (_last_audit(world).user, _last_audit(world).action) == (user, "upr.measure.status")
        r = c.post(
            f"/upr/measures/{measure}/progress",
            data={"note": f"bill tabled ({role})", "day": "2026-11-02", "csrf": csrf},
            follow_redirects=False,
        )
        assert r.status_code == 303
        e = _last_audit(world)
        assert (e.user, e.action, e.target) == (user, "upr.progress.add", f"measure/{measure}")
        shown = c.get(url, headers=HTML).text
        assert action in shown and "births registered" in shown and "Due 2027-06-30" in shown
        assert f"2026-11-02: bill tabled ({role})" in shown
        got = [m for m in c.get(f"/api/upr/recommendations/{world['rec']}").json()["measures"]
               if m["id"] == measure][0]  # fmt: skip
        assert got["status"] == "in progress"


def test_a_bad_csrf_token_is_refused_and_writes_nothing(world):
    with client(world) as c:
        sign_in(c, world["tokens"]["editor"])
        before = _written(world)
        r = c.post(f"{STATE}/assistance", data=_assistance(csrf="x" * 43), follow_redirects=False)
        assert r.status_code == 403 and "CSRF" in r.text
        r = c.post(
            f"/upr/recommendations/{world['rec']}/measures",
            data={"action": "a law"},  # no token at all
            follow_redirects=False,
        )
        assert r.status_code == 403
        assert _written(world) == before


def test_bad_input_is_one_line_on_the_page_with_what_was_typed(world):
    with client(world) as c:
        sign_in(c, world["tokens"]["editor"])
        csrf = csrf_of(c.get(STATE, headers=HTML).text)
        before = _written(world)
        r = c.post(
            f"{STATE}/assistance",
            data=_assistance(mandate="A_RES_1_1:para_1:1", offered_by="Typed Office", csrf=csrf),
        )
        assert r.status_code == 422
        assert "mandate: no mandate &#39;A_RES_1_1:para_1:1&#39; in the registry" in r.text
        assert 'value="Typed Office"' in r.text and 'value="A_RES_1_1:para_1:1"' in r.text
        assert "<option selected>south-south</option>" in r.text
        r = c.post(f"{STATE}/assistance", data=_assistance(priorities="\n \n", csrf=csrf))
        assert r.status_code == 422 and "at least one priority" in r.text
        url = f"/upr/recommendations/{world['rec']}"
        r = c.post(
            f"{url}/measures",
            data={"action": "a survey", "due": "30/06/2027", "csrf": csrf},
        )
        assert (
            r.status_code == 422 and "due: not a date" in r.text and "a survey</textarea>" in r.text
        )
        assert (
            c.post("/upr/measures/999999/progress", data={"note": "n", "csrf": csrf}).status_code
            == 404
        )
        assert (
            c.post(
                "/upr/recommendations/nope/measures", data={"action": "a", "csrf": csrf}
            ).status_code
            == 404
        )
        assert _written(world) == before
