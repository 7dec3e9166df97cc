"""The library's commands, run as a person runs them (a real process, a real SQLite file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import SEED_001, SEEDS


def run(*args, env=None):
    return subprocess.run(
        # as the installed `clausewise` script does (`-m clausewise.cli` would run cli.py as
        # __main__, apart from the `app` the command modules register on)
        [sys.executable, "-c", "from clausewise.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def libfile(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    bad = d / "notes.csv"
    bad.write_text("a,b\n1,2\n")
    path = d / "library.sqlite"
    r = run("add", "--library", str(path), str(SEEDS), str(bad))
    assert r.returncode == 2  # a rejected input: reported, the rest added
    assert f"clausewise: {bad}: not a resolution" in r.stderr
    assert "added 3, already present 0, rejected 1" in r.stderr
    return path


def test_add_again_reports_present(libfile):
    r = run("add", str(SEED_001), env={"CLAUSEWISE_LIBRARY": str(libfile)})
    assert r.returncode == 0, r.stderr
    assert "added 0, already present 1, rejected 0" in r.stderr


def test_add_a_folder_with_nothing_to_add(libfile, tmp_path):
    r = run("add", "--library", str(libfile), str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.strip().endswith(f"clausewise: {tmp_path}: no documents found")


def test_list_json_fields(libfile):
    r = run("list", "--library", str(libfile), "--format", "json")
    assert r.returncode == 0, r.stderr
    docs = json.loads(r.stdout)
    assert len(docs) == 3
    for key in ("id", "symbol", "number", "body", "session", "status", "title"):
        assert all(key in d for d in docs)
    adopted = next(d for d in docs if d["status"] == "adopted")
    assert (adopted["id"], adopted["symbol"], adopted["number"]) == (
        "A_RES_72_169",
        "A/RES/72/169",
        "72/169",
    )
    r = run("list", "--library", str(libfile), "--body", "HRC")
    assert "HRC" in r.stdout and "A_RES_72_169" not in r.stdout


def test_show_by_symbol_with_links(libfile):
    r = run("show", "--library", str(libfile), "A/RES/72/169")
    assert r.returncode == 0, r.stderr
    assert "72/169" in r.stdout and "draft" in r.stdout and "doc-" in r.stdout
    r = run("show", "--library", str(libfile), "A_RES_72_169", "--format", "json")
    data = json.loads(r.stdout)
    assert data["document"]["number"] == "72/169" and data["summary"]["draft"].startswith("doc-")


def test_search_table_and_json(libfile):
    r = run("search", "--library", str(libfile), "universal periodic review")
    assert r.returncode == 0, r.stderr
    assert "A/RES/72/169" in r.stdout and "para_9" in r.stdout
    r = run(
        "search",
        "--library",
        str(libfile),
        "--format",
        "json",
        "--body",
        "HRC",
        "--kind",
        "operative",
        "--lead",
        "Emphasizes",
        "--limit",
        "5",
        '"universal periodic review"',
    )
    assert r.returncode == 0, r.stderr
    hits = json.loads(r.stdout)
    assert [(h["eid"], h["lead"], h["body"]) for h in hits] == [("para_6", "Emphasizes", "HRC")]
    assert "<b>universal</b>" in hits[0]["snippet"]


@pytest.mark.parametrize("query", ['"universal periodic', "States AND", "title:x", "(a"])
def test_bad_query_is_one_line_and_status_2(libfile, query):
    r = run("search", "--library", str(libfile), query)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"clausewise: {query}: "), r.stderr
    assert "Traceback" not in r.stderr


def test_trace_table_and_json(libfile):
    r = run("trace", "--library", str(libfile), "A/RES/72/169", "--para", "para_16")
    assert r.returncode == 0, r.stderr
    assert "exact" in r.stdout and "(its draft)" in r.stdout
    docs = json.loads(run("list", "--library", str(libfile), "-f", "json").stdout)
    hrc = next(d["id"] for d in docs if d["body"] == "HRC")
    r = run(
        "trace", "--library", str(libfile), hrc, "--para", "preamble__container_20", "-f", "json"
    )
    [t] = json.loads(r.stdout)
    assert {m["doc"] for m in t["sources"][:2]} == {"A_RES_72_169", docs[0]["id"]}
    assert t["sources"][0]["diff"][0] == ["-", "Reaffirming "]


def test_series_json(libfile):
    r = run("series", "--library", str(libfile), "A/RES/72/169", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert [d["status"] for d in json.loads(r.stdout)] == ["draft", "adopted"]


@pytest.mark.parametrize("command", ["show", "trace", "series"])
def test_unknown_document_is_one_line(libfile, command):
    r = run(command, "--library", str(libfile), "A/RES/1/1")
    assert r.returncode == 2
    assert r.stderr.strip() == (
        "clausewise: A/RES/1/1: no document 'A/RES/1/1' in the library (see `clausewise list`)"
    )


def test_library_that_is_not_sqlite(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database " * 100)
    r = run("list", "--library", str(junk))
    assert r.returncode == 2 and r.stderr.startswith(
        f"clausewise: {junk}: not a clausewise library"
    )
