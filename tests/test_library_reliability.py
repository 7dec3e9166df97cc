"""A killed `clausewise add` leaves only whole documents; searching while another process
adds works. Real processes, real signals, the real corpus."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from clausewise.library import Library
from clausewise.model import document_from_json

from .conftest import SEEDS

pytestmark = pytest.mark.corpus

CLI = [sys.executable, "-c", "from clausewise.cli import main; main()"]


def _count(path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet


def _start_adding(path, corpus_path) -> subprocess.Popen:
    # its own process group, so the parse worker it spawns can be cleaned up after the kill
    return subprocess.Popen(
        [*CLI, "add", "--library", str(path), str(corpus_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wait_for(path, proc, n, timeout=180):
    deadline = time.monotonic() + timeout
    while _count(path) < n:
        assert proc.poll() is None, "clausewise add ended early"
        assert time.monotonic() < deadline, f"fewer than {n} documents after {timeout}s"
        time.sleep(0.05)


def _end(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the orphaned parse worker, if any


def test_sigkill_mid_add_leaves_only_whole_documents(corpus_path, tmp_path):
    path = tmp_path / "library.sqlite"
    proc = _start_adding(path, corpus_path)
    try:
        _wait_for(path, proc, 40)
        os.kill(proc.pid, signal.SIGKILL)  # clausewise add itself, mid-way
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        _end(proc)
    with Library(path) as lib:
        conn = lib.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT n, id, n_paras, record FROM documents").fetchall()
        assert 40 <= len(rows) < 2903
        for n, ident, n_paras, record in rows:
            doc = document_from_json(json.loads(record))
            paras = conn.execute("SELECT count(*) FROM paragraphs WHERE doc = ?", (n,))
            assert paras.fetchone()[0] == n_paras == len(doc.all_paragraphs()), ident
            notes = conn.execute("SELECT count(*) FROM footnotes WHERE doc = ?", (n,))
            assert notes.fetchone()[0] == len(doc.footnotes), ident
        # nothing that belongs to no document
        orphans = conn.execute(
            "SELECT count(*) FROM paragraphs WHERE doc NOT IN (SELECT n FROM documents)"
        ).fetchone()[0]
        assert orphans == 0
        assert conn.execute("SELECT count(DISTINCT doc) FROM changes").fetchone()[0] == len(rows)
        # the index was never written by the killed process: built from SQLite on demand
        hits = lib.search("States", limit=1000)
        assert hits and {h.doc for h in hits} <= {r[1] for r in rows}
        assert lib.index._read_gen() == lib.generation
        # and the library takes more documents
        assert [r.status for r in lib.add_paths([SEEDS])] == ["added"] * 3


def test_search_while_another_process_adds(corpus_path, tmp_path):
    path = tmp_path / "library.sqlite"
    proc = _start_adding(path, corpus_path)
    seen: list[int] = []
    try:
        _wait_for(path, proc, 20)
        with Library(path) as lib:
            while proc.poll() is None and len(seen) < 25:
                hits = lib.search("human rights", limit=1000)
                assert hits
                seen.append(len({h.doc for h in hits}))
                time.sleep(0.2)
            # a separate process too, while the adder still runs
            r = subprocess.run(
                [*CLI, "search", "--library", str(path), "-f", "json", '"human rights"'],
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert r.returncode == 0, r.stderr
            assert json.loads(r.stdout)
        assert proc.poll() is None, "the adder finished before the searches could overlap it"
    finally:
        _end(proc)
    assert len(seen) == 25
    assert seen[-1] > seen[0]  # later searches see the documents added meanwhile
