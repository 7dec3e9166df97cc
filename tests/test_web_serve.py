"""`clausewise serve` as a user runs it: a real process, a real port, one-line errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from clausewise.library import Library

from .webkit import free_port, seeded_library

pytestmark = pytest.mark.timeout(90)


def serve(*args, env=None):
    return subprocess.Popen(
        [sys.executable, "-m", "clausewise.cli", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_serve_prints_the_url_and_serves(tmp_path):
    lib = tmp_path / "library.sqlite"
    seeded_library(lib)
    port = free_port()
    proc = serve("--library", str(lib), "--port", str(port), env={"CLAUSEWISE_TOKEN": ""})
    try:
        first = proc.stdout.readline() + proc.stdout.readline()
        assert f"serving {lib}" in first and "read-only" in first
        assert f"http://127.0.0.1:{port}/" in first
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/documents") as r:
                    assert r.status == 200 and b"A/RES/72/169" in r.read()
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read()
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_reports_bad_library_and_busy_port(tmp_path):
    r = serve("--library", str(tmp_path))  # a folder, not a library file
    out, err = r.communicate(timeout=60)
    assert r.returncode == 2 and err.strip().count("\n") == 0
    assert err.startswith(f"clausewise: {tmp_path}: ") and "folder" in err
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    r = serve("--library", str(bad))
    out, err = r.communicate(timeout=60)
    assert r.returncode == 2 and err.startswith(f"clausewise: {bad}: ") and "Traceback" not in err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        Library(tmp_path / "ok.sqlite").close()  # a library (an empty one) to serve
        r = serve("--library", str(tmp_path / "ok.sqlite"), "--port", str(port))
        out, err = r.communicate(timeout=60)
    assert r.returncode == 2
    assert err.strip() == f"clausewise: 127.0.0.1:{port}: cannot listen (Address already in use)"
