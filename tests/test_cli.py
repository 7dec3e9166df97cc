from __future__ import annotations

import json
import subprocess
import sys

from .conftest import SEED_000, SEED_001, SEED_004


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "clausewise.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_parse_json_one_file_is_an_object():
    r = run("parse", "--format", "json", str(SEED_001))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["number"] == "72/169"
    assert len(data["operative"]) == 17


def test_parse_json_several_files_is_an_array():
    r = run("parse", "-f", "json", str(SEED_000), str(SEED_004))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [d["body"] for d in data] == ["GA", "HRC"]


def test_parse_outline_shows_header_and_numbered_paragraphs():
    r = run("parse", str(SEED_004))
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "HRC, session 43" in out
    assert "Decides to remain seized" in out
    assert "State not a member of the Human Rights Council" in out
    assert "warning: footnote 1" in out
