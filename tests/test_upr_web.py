"""The UPR through HTTP over a real library (the seeds and two real UPR Info exports), on
both engines: State and theme pages and their JSON, the CSV export, and the editors'
writes (technical assistance, measures, progress notes) behind the bearer token."""

from __future__ import annotations

import csv
import io
from collections import Counter

import pytest
from fastapi.testclient import TestClient

from clausewise.library import Library
from clausewise.upr import actions
from clausewise.upr.links import derive, sponsorships
from clausewise.web import create_app

from .conftest import BACKENDS, SHARED, new_library
from .webkit import TOKEN, seeded_library

FILES = ("upr-info-sessions-1-5.csv", "upr-info-voluntary-pledges.csv")
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _rows(name: str) -> list[dict]:
    """The export read independently of clausewise (the csv module over its lines)."""
    text = (SHARED / "upr" / name).read_bytes().decode("mac_roman")
    return list(csv.DictReader(text.split("\r")))


@pytest.fixture(scope="module", params=BACKENDS)
def client(request, tmp_path_factory):
    if not (SHARED / "upr").exists():
        pytest.skip("UPR exports not found (set CLAUSEWISE_SHARED)")
    path = new_library(request.param, tmp_path_factory.mktemp("webupr"))
    seeded_library(path)
    lib = Library(path)
    for name in FILES:
        r = actions.import_file(lib.db, (SHARED / "upr" / name).read_bytes(), name, actor="test")
        assert r.added > 0
    ids, found = derive(lib.db)
    with lib.db.connection() as conn:
        actions.relink(lib.db, found, ids, sponsorships(conn), actor="test")
    lib.close()
    with TestClient(create_app(path, token=TOKEN, embed=False)) as c:
        yield c


def test_state_json_counts_what_the_export_says(client):
    rows = [r for r in _rows(FILES[0]) if r["To"] == "Afghanistan"]
    j = client.get("/api/upr/states/Afghanistan").json()
    assert j["received"]["count"] == len(rows) == 147
    # accepted and noted per theme and cycle, as the file's rows say
    want = Counter()
    for r in rows:
        for t in r["Issue"].split(","):
            want[(t, r["Response"].lower())] += 1
    got = Counter()
    for t, cycles in j["received"]["by_theme"].items():
        for cell in cycles.values():
            got[(t, "accepted")] += cell["accepted"]
            got[(t, "noted")] += cell["noted"]
    assert +got == +want
    assert set(j["received"]["by_theme"]["Women's rights"]) == {"1"} or set(
        j["received"]["by_theme"]["Women's rights"]
    ) == {1}  # sessions 1-5: the first cycle only
    made = [r for r in _rows(FILES[0]) if r["From"] == "Afghanistan"]
    assert j["made"]["count"] == len(made)
    pledges = [r for r in _rows(FILES[1]) if r["To"] == "Afghanistan"]
    assert len(j["pledges"]) == len(pledges)


def test_a_state_named_as_upr_info_or_the_un_names_it(client):
    a = client.get("/api/upr/states/United States").json()
    b = client.get("/api/upr/states/United States of America").json()
    assert a == b and a["state"] == "United States of America" and a["made"]["count"] > 0
    assert client.get("/api/upr/states/Atlantis").status_code == 404


def test_sponsored_resolutions_come_from_the_texts(client):
    j = client.get("/api/upr/states/Cuba").json()
    assert sorted(d["title"] for d in j["sponsored"]) == [
        # seed 000: "China and Cuba*: draft resolution"
        "Enhancement of international cooperation in the field of human rights",
        # seed 004: the HRC 43 draft, Cuba among its sponsors
        "Promoting mutually beneficial cooperation in the field of human rights",
    ]
    assert client.get("/api/upr/states/Austria").json()["sponsored"] == []


def test_state_page(client):
    r = client.get("/upr/states/Afghanistan")
    assert r.status_code == 200
    assert "147 recommendations received" in r.text
    assert 'href="/upr/themes/Women%27s%20rights"' in r.text
    assert 'aria-current="page">UPR' in r.text


def test_theme_page_and_json(client):
    rows = [r for r in _rows(FILES[0]) if "Death penalty" in r["Issue"].split(",")]
    j = client.get("/api/upr/themes/Death penalty").json()
    cell = j["by_cycle"]["1"] if "1" in j["by_cycle"] else j["by_cycle"][1]
    assert cell["total"] == len(rows)
    assert cell["accepted"] == sum(r["Response"] == "Accepted" for r in rows)
    r = client.get("/upr/themes/Death penalty")
    assert r.status_code == 200 and "Death penalty" in r.text
    assert client.get("/api/upr/themes/Astrology").status_code == 404


def test_csv_export_filters(client):
    r = client.get("/api/upr/recommendations.csv", params={"to": "Afghanistan"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    got = list(csv.DictReader(io.StringIO(r.text)))
    want = [x for x in _rows(FILES[0]) + _rows(FILES[1]) if x["To"] == "Afghanistan"]
    assert len(got) == len(want)
    assert {g["to"] for g in got} == {"Afghanistan"}
    r = client.get(
        "/api/upr/recommendations", params={"to": "Afghanistan", "response": "noted", "limit": 5}
    )
    assert len(r.json()) == 5 and {x["response"] for x in r.json()} == {"noted"}
    assert client.get("/api/upr/recommendations", params={"response": "maybe"}).status_code == 422


def test_writes_need_the_token(client):
    body = {
        "requested_by": "Afghanistan",
        "offered_by": "OHCHR",
        "modality": "north-south",
        "priorities": ["administration of justice"],
    }
    assert client.post("/api/upr/assistance", json=body).status_code == 401
    r = client.post("/api/upr/assistance", json=body, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


def test_assistance_linked_to_a_mandate_shows_on_the_state_page(client):
    body = {
        "requested_by": "Afghanistan",
        "offered_by": "Brazil",
        "modality": "south-south",
        "priorities": ["human rights education", "national human rights institution"],
        "mandate": "A_RES_72_169:para_16:1",
    }
    r = client.post("/api/upr/assistance", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    a = r.json()["assistance"]
    assert (a["modality"], a["status"], a["mandate"]) == (
        "south-south",
        "requested",
        "A_RES_72_169:para_16:1",
    )
    r = client.patch(f"/api/upr/assistance/{a['id']}", json={"status": "agreed"}, headers=AUTH)
    assert r.status_code == 200 and r.json()["status"] == "agreed"
    page = client.get("/upr/states/Afghanistan").text
    assert "south-south" in page and 'href="/registry/A_RES_72_169:para_16:1"' in page
    brazil = client.get("/api/upr/states/Brazil").json()
    assert [x["id"] for x in brazil["assistance"]] == [a["id"]]  # offered by it


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"modality": "east-west"}, "unknown modality"),
        ({"mandate": "A_RES_72_169:para_99:1"}, "no mandate"),
        ({"priorities": [" "]}, "at least one priority"),
        ({"status": "forgotten"}, "unknown status"),
    ],
)
def test_bad_assistance_is_refused_with_the_reason(client, change, problem):
    body = {
        "requested_by": "Afghanistan",
        "offered_by": "Brazil",
        "modality": "triangular",
        "priorities": ["justice"],
        **change,
    }
    before = client.get("/api/upr/assistance").json()
    r = client.post("/api/upr/assistance", json=body, headers=AUTH)
    assert r.status_code == 422 and problem in r.json()["detail"]
    assert client.get("/api/upr/assistance").json() == before


def test_measures_and_progress_notes(client):
    rec = client.get(
        "/api/upr/recommendations", params={"to": "Afghanistan", "theme": "NHRI", "limit": 1}
    ).json()[0]
    path = f"/api/upr/recommendations/{rec['id']}/measures"
    m = {"action": "Draft a law on the commission", "indicator": "law adopted", "due": "2010-06-30"}
    assert client.post(path, json=m).status_code == 401
    r = client.post(path, json=m, headers=AUTH)
    assert r.status_code == 201, r.text
    mid = r.json()["id"]
    assert client.post(path, json={**m, "due": "soon"}, headers=AUTH).status_code == 422
    note = {"note": "Bill tabled in Parliament", "day": "2010-03-01"}
    assert (
        client.post(f"/api/upr/measures/{mid}/progress", json=note, headers=AUTH).status_code == 201
    )
    assert (
        client.post("/api/upr/measures/999999/progress", json=note, headers=AUTH).status_code == 404
    )
    r = client.patch(f"/api/upr/measures/{mid}", json={"status": "in progress"}, headers=AUTH)
    assert r.status_code == 200
    j = client.get(f"/api/upr/recommendations/{rec['id']}").json()
    (got,) = j["measures"]
    assert (got["action"], got["due"], got["status"]) == (m["action"], "2010-06-30", "in progress")
    assert [(p["day"], p["note"]) for p in got["progress"]] == [("2010-03-01", note["note"])]
    page = client.get(f"/upr/recommendations/{rec['id']}").text
    assert "Bill tabled in Parliament" in page and "Due 2010-06-30" in page


def test_a_read_only_server_refuses_writes(client):
    lib = client.app.state.library
    with TestClient(create_app(lib.address, token=None)) as ro:
        r = ro.post("/api/upr/assistance", json={}, headers=AUTH)
        assert r.status_code == 403
        assert ro.get("/api/upr/states/Afghanistan").status_code == 200


def test_upr_writes_go_by_role_and_into_the_audit_trail(client):
    from clausewise.review import Review, User

    lib = client.app.state.library
    rv = Review(lib.db)
    admin = User("cli:test", "admin")
    _, editor = rv.add_user(admin, "upr-editor", "editor")
    _, reviewer = rv.add_user(admin, "upr-reviewer", "reviewer")
    body = {
        "requested_by": "Afghanistan",
        "offered_by": "Chile",
        "modality": "triangular",
        "priorities": ["prison reform"],
    }
    before = client.get("/api/upr/assistance").json()
    r = client.post(
        "/api/upr/assistance", json=body, headers={"Authorization": f"Bearer {reviewer}"}
    )
    assert r.status_code == 403  # a reviewer decides on mandates, does not edit UPR records
    assert client.get("/api/upr/assistance").json() == before
    auth = {"Authorization": f"Bearer {editor}"}
    r = client.post("/api/upr/assistance", json=body, headers=auth)
    assert r.status_code == 201, r.text
    ident = r.json()["id"]
    r = client.patch(f"/api/upr/assistance/{ident}", json={"status": "agreed"}, headers=auth)
    assert r.status_code == 200
    rows = [e for e in rv.audit() if e.target == f"assistance/{ident}"]
    assert [(e.user, e.action) for e in rows] == [
        ("upr-editor", "upr.assistance.add"),
        ("upr-editor", "upr.assistance.status"),
    ]
    assert '"requested"' in rows[1].before and '"agreed"' in rows[1].after
    assert any(e.action == "upr.import" and e.user == "test" for e in rv.audit())
    count, bad, _ = rv.verify()
    assert bad is None and count >= 4
