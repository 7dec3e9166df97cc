"""`clausewise upr list | assist | measure`, run as a person runs them, over a library
holding a real UPR Info export."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import SHARED
from .test_library_cli import run

EXPORT = SHARED / "upr" / "upr-info-sessions-1-5.csv"


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    if not EXPORT.exists():
        pytest.skip("UPR exports not found (set CLAUSEWISE_SHARED)")
    path = str(tmp_path_factory.mktemp("uprcli") / "lib.sqlite")
    r = run("upr", "import", "--library", path, str(EXPORT))
    assert r.returncode == 0, r.stderr
    return path


def _expected(to: str, theme: str) -> list[dict]:
    rows = csv.DictReader(EXPORT.read_bytes().decode("mac_roman").split("\r"))
    return [r for r in rows if r["To"] == to and theme in r["Issue"].split(",")]


def test_list_by_state_and_theme_in_three_formats(lib):
    want = _expected("Afghanistan", "Women's rights")
    args = ("upr", "list", "--library", lib, "--to", "Afghanistan", "--theme", "Women's rights")
    r = run(*args, "--format", "json")
    assert r.returncode == 0, r.stderr
    got = json.loads(r.stdout)
    assert sorted(j["text"] for j in got) == sorted(" ".join(w["Text"].split()) for w in want)
    assert all("Women's rights" in j["themes"] and j["to"] == "Afghanistan" for j in got)
    r = run(*args, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(rows) == len(want) and set(rows[0]) >= {"id", "to", "by", "response", "themes"}
    r = run(*args, "--format", "table")
    assert r.returncode == 0 and f"{len(want)} recommendations and pledges" in r.stdout
    # UPR Info's short name and the UN's name are the same State
    r = run("upr", "list", "--library", lib, "--from", "United States", "-f", "json", "-n", "3")
    assert {j["by"] for j in json.loads(r.stdout)} == {"United States of America"}


def test_assistance_and_measures(lib):
    bad = run(
        "upr", "assist", "add", "--library", lib, "--requested-by", "Afghanistan",
        "--offered-by", "Norway", "--modality", "sideways", "--priority", "justice",
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "clausewise: modality: unknown modality 'sideways' (one of: north-south, south-south,"
        " triangular)"
    )
    ok = run(
        "upr", "assist", "add", "--library", lib, "--requested-by", "Afghanistan",
        "--offered-by", "Norway", "--modality", "North-South", "--priority", "justice",
        "--priority", "police training",
    )  # fmt: skip
    assert ok.returncode == 0 and ok.stdout == "assistance 1 recorded\n", ok.stderr
    r = run("upr", "assist", "status", "--library", lib, "1", "ongoing")
    assert r.returncode == 0, r.stderr
    r = run("upr", "assist", "list", "--library", lib, "--state", "Norway", "-f", "json")
    (a,) = json.loads(r.stdout)
    assert (a["modality"], a["status"], a["priorities"]) == (
        "north-south",
        "ongoing",
        ["justice", "police training"],
    )
    rec = json.loads(
        run("upr", "list", "--library", lib, "--to", "Afghanistan", "-f", "json").stdout
    )[0]
    r = run(
        "upr",
        "measure",
        "add",
        "--library",
        lib,
        rec["id"],
        "--action",
        "Train judges",
        "--due",
        "2011-12-31",
    )
    assert r.returncode == 0 and r.stdout == "measure 1 recorded\n", r.stderr
    r = run(
        "upr",
        "measure",
        "progress",
        "--library",
        lib,
        "1",
        "40 judges trained",
        "--day",
        "2011-05-02",
    )
    assert r.returncode == 0, r.stderr
    r = run("upr", "measure", "status", "--library", lib, "1", "done")
    assert r.returncode == 0 and r.stdout == "measure 1: done\n", r.stderr
    r = run("upr", "measure", "status", "--library", lib, "1", "abandoned")
    assert r.returncode == 2 and "unknown status 'abandoned'" in r.stderr
    r = run("upr", "measure", "progress", "--library", lib, "7", "nothing")
    assert r.returncode == 2 and "no measure 7" in r.stderr
    shown = json.loads(run("upr", "show", "--library", lib, rec["id"]).stdout)
    assert shown["measures"][0]["progress"][0]["note"] == "40 judges trained"
    assert shown["measures"][0]["status"] == "done"
