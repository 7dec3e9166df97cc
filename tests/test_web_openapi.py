"""The API's description is checked against what the API does: real requests to every
route the description lists (successes and the errors each documents), each real answer
validated (status, media type, body) against the app's own OpenAPI description with
openapi-core; and no route is left out."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from clausewise.web import create_app

from .conftest import BACKENDS, SEED_000, new_library
from .webkit import TOKEN, seeded_library

AUTH = {"Authorization": f"Bearer {TOKEN}"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# a file's body read as the string its schema says it is (a Word file's bytes as latin-1)
FILES = {
    "application/akn+xml": lambda b: b.decode("utf-8"),
    "text/html": lambda b: b.decode("utf-8"),
    "text/calendar": lambda b: b.decode("utf-8"),
    DOCX: lambda b: b.decode("latin-1"),
}


def described(spec: dict) -> OpenAPI:
    return OpenAPI.from_dict(spec, config=Config(extra_media_type_deserializers=FILES))


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory):
    path = new_library(request.param, tmp_path_factory.mktemp("openapi"))
    ids = seeded_library(path)
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
    ]


def test_every_answer_matches_the_description(site):
    c, ids, _ = site
    spec = c.get("/openapi.json").json()
    api = described(spec)
    seen: set[tuple[str, str]] = set()
    statuses: dict[tuple[str, str], set[int]] = {}
    for method, template, path, opts in calls(ids):
        headers = AUTH if opts.get("auth", True) else {}
        kwargs = {"params": opts.get("params"), "headers": headers}
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


def test_read_only_server_answers_403_as_described(site):
    _, _, path = site
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
