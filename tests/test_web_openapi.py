"""The API's description is checked against what the API does: real requests to every
route the description lists (successes and the errors each documents), each real answer
validated (status, media type, body) against the app's own OpenAPI description with
openapi-core; and no route is left out."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from clausewise.library import Library
from clausewise.review import Review, User
from clausewise.upr import actions
from clausewise.web import create_app

from .conftest import BACKENDS, SEED_000, SHARED, new_library
from .webkit import TOKEN, seeded_library

AUTH = {"Authorization": f"Bearer {TOKEN}"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# a file's body read as the string its schema says it is (a Word file's bytes as latin-1)
FILES = {
    "application/akn+xml": lambda b: b.decode("utf-8"),
    "text/html": lambda b: b.decode("utf-8"),
    "text/calendar": lambda b: b.decode("utf-8"),
    "text/csv": lambda b: b.decode("utf-8"),
    DOCX: lambda b: b.decode("latin-1"),
}


def described(spec: dict) -> OpenAPI:
    return OpenAPI.from_dict(spec, config=Config(extra_media_type_deserializers=FILES))


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory):
    path = new_library(request.param, tmp_path_factory.mktemp("openapi"))
    ids = seeded_library(path)
    with Library(path) as lib:  # a validator (confirms what the admin token proposes), UPR data
        _, ids["validator"] = Review(lib.db).add_user(User("cli:test", "admin"), "val", "validator")
        pledges = (SHARED / "upr" / "upr-info-voluntary-pledges.csv").read_bytes()
        actions.import_file(lib.db, pledges, "pledges.csv", actor="test")
    with TestClient(create_app(path, token=TOKEN, embed=False)) as c:
        yield c, ids, path


def calls(ids: dict) -> list[tuple[str, str, str, dict]]:
    """(method, path template, path, options) for every route: its answers and its errors."""
    d0, d1, d4 = ids["000"], ids["001"], ids["004"]
    doc = "/api/documents/{id}"
    return [
        ("get", "/api/documents", "/api/documents", {}),
        ("get", "/api/documents", "/api/documents", {"params": {"facets": "true", "limit": 2}}),
        ("get", "/api/documents", "/api/documents", {"params": {"status": "nonsense"}}),
        ("get", "/api/documents", "/api/documents", {"params": {"session": "x"}}),
        ("get", "/api/suggest", "/api/suggest", {"params": {"q": "72/169"}}),
        ("get", "/api/suggest", "/api/suggest", {}),
        ("get", doc, f"/api/documents/{d1}", {}),
        ("get", doc, "/api/documents/nope", {}),
        ("get", doc + "/languages", f"/api/documents/{d1}/languages", {}),
        ("get", doc + "/languages", "/api/documents/nope/languages", {}),
        ("get", doc + "/series", f"/api/documents/{d1}/series", {}),
        ("get", doc + "/series", "/api/documents/nope/series", {}),
        ("get", doc + "/timeline", f"/api/documents/{d1}/timeline", {}),
        ("get", doc + "/new", f"/api/documents/{d1}/new", {}),
        ("get", doc + "/chain", f"/api/documents/{d1}/chain", {}),
        ("get", "/api/compare", "/api/compare", {"params": {"old": d0, "new": d1}}),
        ("get", "/api/compare", "/api/compare", {"params": {"old": d0}}),
        ("get", "/api/compare", "/api/compare", {"params": {"old": "nope", "new": d1}}),
        ("get", "/api/search", "/api/search", {"params": {"q": "human rights", "limit": 3}}),
        ("get", "/api/search", "/api/search", {"params": {"q": '"unclosed'}}),
        (
            "get",
            "/api/search",
            "/api/search",
            {"params": {"q": "rights", "from": "2015", "to": "2016-06-30", "sort": "newest"}},
        ),
        ("get", "/api/search", "/api/search", {"params": {"q": "rights", "sort": "oldest"}}),
        ("get", "/api/search", "/api/search", {"params": {"q": "rights", "from": "2017-13"}}),
        ("get", "/api/status", "/api/status", {}),
        (
            "get",
            "/api/trace",
            "/api/trace",
            {"params": {"id": d4, "eid": "preamble__container_20"}},
        ),
        ("get", "/api/trace", "/api/trace", {"params": {"id": d4, "eid": "nope"}}),
        ("get", "/api/mandates", "/api/mandates", {"params": {"limit": 3}}),
        ("get", "/api/mandates", "/api/mandates", {"params": {"kind": "nonsense"}}),
        ("get", "/api/registry", "/api/registry", {"params": {"limit": 3, "on": "2026-01-01"}}),
        ("get", "/api/registry", "/api/registry", {"params": {"status": "nonsense"}}),
        ("get", "/api/registry/{mandate_id}", "/api/registry/nope", {}),
        ("get", "/api/amend", "/api/amend", {"params": {"draft": d0, "amendment": "nope"}}),
        ("get", "/documents/{id}/akn.xml", f"/documents/{d1}/akn.xml", {}),
        ("get", "/documents/{id}/akn.xml", "/documents/nope/akn.xml", {}),
        ("get", "/compare.html", "/compare.html", {"params": {"old": d0, "new": d1}}),
        ("get", "/compare.docx", "/compare.docx", {"params": {"old": d0, "new": d1}}),
        ("get", "/compare.docx", "/compare.docx", {"params": {"old": d0, "new": "nope"}}),
        ("get", "/mandates.ics", "/mandates.ics", {}),
        ("delete", doc, f"/api/documents/{d0}", {}),  # removed, then added again:
        ("post", "/api/documents", "/api/documents", {"upload": True}),
        ("post", "/api/documents", "/api/documents", {"upload": True}),  # already present
        ("post", "/api/documents", "/api/documents", {"upload": True, "auth": False}),
        ("post", "/api/documents", "/api/documents", {"upload": "bad"}),
        ("delete", doc, "/api/documents/nope", {}),
        ("delete", doc, "/api/documents/nope", {"auth": False}),
        *review_calls(ids),
        *upr_calls(),
    ]


def review_calls(ids: dict) -> list[tuple[str, str, str, dict]]:
    m, reg = "A_RES_72_169:para_17:1", "/api/registry/{mandate_id}"
    val = {"token": ids["validator"]}
    keep = {"decision": "retain", "reason": "still asked for"}
    return [
        ("post", reg + "/decisions", f"/api/registry/{m}/decisions", {"json": keep}),  # 1
        ("post", reg + "/decisions", f"/api/registry/{m}/decisions", {"json": keep}),  # 2
        ("post", reg + "/decisions", f"/api/registry/{m}/decisions", {"json": {"decision": "x"}}),
        ("post", reg + "/decisions", f"/api/registry/{m}/decisions", {"json": keep, "auth": False}),
        ("get", reg + "/decisions", f"/api/registry/{m}/decisions", {}),
        ("post", "/api/decisions/{n}/confirm", "/api/decisions/1/confirm", val),
        ("post", "/api/decisions/{n}/confirm", "/api/decisions/1/confirm", val),  # settled: 409
        ("post", "/api/decisions/{n}/reject", "/api/decisions/2/reject", {}),  # its own: 403
        ("post", "/api/decisions/{n}/reject", "/api/decisions/2/reject", val),
        ("post", reg + "/comments", f"/api/registry/{m}/comments", {"json": {"text": "see OP17"}}),
        ("get", reg + "/comments", f"/api/registry/{m}/comments", {}),
        ("get", "/api/queue", "/api/queue", val),
        ("get", "/api/users", "/api/users", {}),
        ("get", "/api/users", "/api/users", val),  # not an admin: 403
        ("post", "/api/users", "/api/users", {"json": {"name": "ed", "role": "editor"}}),
        ("post", "/api/users", "/api/users", {"json": {"name": "ed", "role": "king"}}),
        ("delete", "/api/users/{name}", "/api/users/ed", {}),
        ("get", "/api/audit", "/api/audit", {"params": {"limit": 5}}),
        ("get", "/api/audit/verify", "/api/audit/verify", {}),
    ]


def upr_calls() -> list[tuple[str, str, str, dict]]:
    rec, up = "/api/upr/recommendations", "/api/upr"
    help_ = {"requested_by": "Afghanistan", "offered_by": "Brazil", "modality": "south-south",
             "priorities": ["justice"]}  # fmt: skip
    return [
        ("get", up + "/states", up + "/states", {}),
        ("get", up + "/states/{state}", up + "/states/Afghanistan", {}),
        ("get", up + "/states/{state}", up + "/states/Atlantis", {}),
        ("get", up + "/themes", up + "/themes", {}),
        ("get", up + "/themes/{theme}", up + "/themes/Astrology", {}),
        ("get", rec, rec, {"params": {"to": "Afghanistan", "limit": 2}}),
        ("get", rec + ".csv", rec + ".csv", {"params": {"to": "Afghanistan"}}),
        ("get", rec + "/{id}", rec + "/nope", {}),
        ("post", up + "/assistance", up + "/assistance", {"json": help_}),
        ("post", up + "/assistance", up + "/assistance", {"json": {**help_, "modality": "x"}}),
        ("post", up + "/assistance", up + "/assistance", {"json": help_, "auth": False}),
        ("get", up + "/assistance", up + "/assistance", {}),
        ("patch", up + "/assistance/{id}", up + "/assistance/1", {"json": {"status": "agreed"}}),
        ("patch", up + "/assistance/{id}", up + "/assistance/999", {"json": {"status": "agreed"}}),
        ("post", rec + "/{id}/measures", rec + "/nope/measures", {"json": {"action": "a law"}}),
        ("patch", up + "/measures/{id}", up + "/measures/999", {"json": {"status": "done"}}),
        ("post", up + "/measures/{id}/progress", up + "/measures/999/progress",
         {"json": {"note": "tabled"}}),
    ]  # fmt: skip


def test_every_answer_matches_the_description(site):
    c, ids, _ = site
    spec = c.get("/openapi.json").json()
    api = described(spec)
    seen: set[tuple[str, str]] = set()
    statuses: dict[tuple[str, str], set[int]] = {}
    for method, template, path, opts in calls(ids):
        headers = AUTH if opts.get("auth", True) else {}
        if "token" in opts:
            headers = {"Authorization": f"Bearer {opts['token']}"}
        kwargs = {"params": opts.get("params"), "headers": headers}
        if "json" in opts:
            kwargs["json"] = opts["json"]
        if opts.get("upload"):
            body = b"not a resolution" if opts["upload"] == "bad" else SEED_000.read_bytes()
            kwargs["files"] = {"file": ("upload.txt", body)}
        r = c.request(method.upper(), path, **kwargs)
        media = r.headers.get("content-type", "").split(";")[0]
        request = MockRequest(
            "http://testserver", method, path, path_pattern=template, args=opts.get("params")
        )
        response = MockResponse(r.content, r.status_code, content_type=media)
        try:
            api.validate_response(request, response)
        except Exception as exc:  # the validator's own error names the mismatch
            pytest.fail(f"{method.upper()} {path} {r.status_code}: {exc!r}: {r.text[:300]}")
        seen.add((method, template))
        statuses.setdefault((method, template), set()).add(r.status_code)
    listed = {(m, p) for p, ops in spec["paths"].items() for m in ops}
    assert listed == seen, f"not exercised: {listed - seen}; not described: {seen - listed}"
    # the errors are the documented ones, as returned
    assert statuses[("post", "/api/documents")] == {200, 201, 401, 422}
    assert statuses[("delete", "/api/documents/{id}")] == {200, 401, 404}
    assert 422 in statuses[("get", "/api/mandates")]
    assert statuses[("post", "/api/decisions/{n}/confirm")] == {200, 409}
    assert statuses[("post", "/api/decisions/{n}/reject")] == {200, 403}
    assert statuses[("post", "/api/upr/assistance")] == {201, 401, 422}


def test_the_description_says_what_the_issue_found_missing(site):
    c, _, _ = site
    spec = c.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    assert schemas["Error"]["properties"]["detail"] == {"type": "string", "title": "Detail"}
    assert "HTTPValidationError" not in schemas  # errors are one line, not a list
    docs = spec["paths"]["/api/documents"]["get"]
    session = next(p for p in docs["parameters"] if p["name"] == "session")
    assert {"type": "integer", "minimum": 0} in session["schema"]["anyOf"]
    post = spec["paths"]["/api/documents"]["post"]["responses"]
    assert {"200", "201", "401", "403", "409", "413", "422", "503"} <= set(post)
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            ok = op["responses"].get("200") or op["responses"].get("201")
            assert ok and ok.get("content"), (method, path)
            schema = next(iter(ok["content"].values()))["schema"]
            assert schema, f"{method} {path}: an empty 200 schema"


def test_read_only_server_answers_403_as_described(tmp_path):
    # a library with no users and a server with no token: read-only
    path = new_library("sqlite", tmp_path)
    seeded_library(path)
    with TestClient(create_app(path, token=None, embed=False)) as ro:
        spec = described(ro.get("/openapi.json").json())
        r = ro.delete("/api/documents/nope")
        assert r.status_code == 403
        spec.validate_response(
            MockRequest(
                "http://testserver", "delete", "/api/documents/nope", "/api/documents/{id}"
            ),
            MockResponse(r.content, 403, content_type="application/json"),
        )
