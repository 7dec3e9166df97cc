"""`clausewise compare`: every format through the real command, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from rich.console import Console

from clausewise.compare import compare
from clausewise.compare.redline import render

from .conftest import SEED_000, SEED_001, SEED_004

# the installed entry point: under `python -m clausewise.cli` the CLI module runs as
# __main__, a second copy of it, and commands registered from clausewise/commands/ land on
# the other copy's app
CLI = str(Path(sys.executable).parent / "clausewise")


def run(*args):
    return subprocess.run(
        [CLI, "compare", *args],
        capture_output=True,
        timeout=60,
    )


def test_json_contract():
    r = run(str(SEED_000), str(SEED_001), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) == {"summary", "changes", "footnotes", "header"}
    assert set(data["summary"]) == {
        "unchanged", "modified", "moved", "inserted", "deleted", "renumbered", "split", "merged"
    }  # fmt: skip
    for ch in data["changes"]:
        assert {"type", "kind", "old", "new", "words"} <= set(ch)
        for side in (ch["old"], ch["new"]):
            assert side is None or set(side) == {"eid", "num"}
        assert all(op in "=+-" and isinstance(t, str) for op, t in ch["words"])
    ren = [c for c in data["changes"] if c["type"] == "renumbered"]
    assert [(c["old"]["num"], c["new"]["num"]) for c in ren] == [("15", "16"), ("16", "17")]
    assert ren[0]["kind"] == "operative"
    (ins,) = [c for c in data["changes"] if c["type"] == "inserted"]
    assert ins["old"] is None and ins["new"] == {"eid": "para_15", "num": "15"}
    assert {"field": "status", "old": "draft", "new": "adopted"} in data["header"]


def test_redline_when_piped_is_plain_with_marks():
    r = run(str(SEED_000), str(SEED_001))
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "\x1b[" not in out
    assert "PP 12 modified: Emphasizing [+also +]the need" in out
    assert "OP 15 inserted: [+Decides to devote one plenary meeting" in out
    assert "OP 15 → OP 16 renumbered: Requests the Secretary-General" in out
    assert "status: [-draft-] [+adopted+]" in out
    assert "added 6 (on OP 15): [+Resolution 217 A (III).+]" in out


def test_redline_on_a_terminal_is_styled(seed000, seed001):
    console = Console(force_terminal=True, color_system="truecolor", width=200, record=True)
    render(compare(seed000, seed001), console)
    out = console.export_text(styles=True)
    assert "\x1b[" in out and "[+" not in out
    assert "\x1b[9" in out  # strike-through for deleted values


def test_html_and_docx_files(tmp_path):
    h, d = tmp_path / "c.html", tmp_path / "c.docx"
    assert run(str(SEED_001), str(SEED_004), "-f", "html", "-o", str(h)).returncode == 0
    assert h.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert run(str(SEED_001), str(SEED_004), "-f", "docx", "-o", str(d)).returncode == 0
    with zipfile.ZipFile(d) as z:
        assert b"w:ins" in z.read("word/document.xml")


def test_docx_to_a_pipe(tmp_path):
    r = run(str(SEED_000), str(SEED_001), "-f", "docx")
    assert r.returncode == 0 and r.stdout[:2] == b"PK"


def test_self_comparison_is_all_unchanged():
    r = run(str(SEED_004), str(SEED_004), "-f", "json")
    data = json.loads(r.stdout)
    assert data["summary"]["unchanged"] == 31 and sum(data["summary"].values()) == 31
    assert data["footnotes"] == [] and data["header"] == []


def test_not_a_resolution(tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    r = run(str(SEED_001), str(bad))
    assert r.returncode == 2
    err = r.stderr.decode().strip()
    assert err.startswith(f"clausewise: {bad}: not a resolution") and "\n" not in err
    assert r.stdout == b""
    r = run(str(tmp_path / "missing.txt"), str(SEED_001))
    assert r.returncode == 2 and r.stderr.decode().strip().endswith("no such file")


def test_unwritable_output(tmp_path):
    r = run(str(SEED_000), str(SEED_001), "-f", "html", "-o", str(tmp_path / "no" / "x.html"))
    assert r.returncode == 2 and b"cannot write" in r.stderr and b"Traceback" not in r.stderr


def test_docx_refuses_a_terminal():
    import os
    import pty

    main, sub = pty.openpty()
    try:
        r = subprocess.run(
            [CLI, "compare", str(SEED_000), str(SEED_001), "-f", "docx"],
            stdout=sub,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    finally:
        os.close(sub)
        os.close(main)
    assert r.returncode == 2
    assert r.stderr.decode().strip().endswith("a Word file needs -o FILE (or a pipe)")
