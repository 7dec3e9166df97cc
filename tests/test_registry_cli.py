"""`clausewise registry` and `clausewise registry show`, run as a person runs them."""

from __future__ import annotations

import csv
import io
import json

import pytest

from .conftest import SEEDS
from .test_library_cli import run


@pytest.fixture(scope="module")
def libfile(tmp_path_factory):
    path = tmp_path_factory.mktemp("regcli") / "library.sqlite"
    r = run("add", "--library", str(path), str(SEEDS))
    assert r.returncode == 0, r.stderr
    return str(path)


def test_json_lists_every_mandate_with_its_status_on_the_day(libfile):
    r = run("registry", "--library", libfile, "--on", "2019-01-01", "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = {j["id"]: j for j in json.loads(r.stdout)}
    op17 = rows["A_RES_72_169:para_17:1"]
    assert op17["status"] == "due"
    assert op17["due"][0]["date_from"] == "2018-09-18"
    assert set(op17) >= {
        "id", "source", "addressees", "collaborators", "action", "kind", "due", "frequency",
        "duration_years", "within_existing_resources", "review_clause", "status", "evidence",
        "duplicates",
    }  # fmt: skip
    assert rows["A_RES_72_169:para_16:1"]["collaborators"] == [
        {"name": "United Nations High Commissioner for Human Rights", "role": "secretariat"}
    ]


def test_filters_by_status_addressee_and_due_date(libfile):
    r = run(
        "registry", "--library", libfile, "--on", "2020-01-01", "--status", "overdue", "-f", "json"
    )
    assert r.returncode == 0, r.stderr
    assert {j["status"] for j in json.loads(r.stdout)} == {"overdue"}
    r = run("registry", "--library", libfile, "--addressee", "Secretary-General", "-f", "json")
    assert [j["id"] for j in json.loads(r.stdout)] == ["A_RES_72_169:para_16:1"]
    r = run("registry", "--library", libfile, "--due-before", "2019-12-31", "-f", "json")
    assert {j["id"] for j in json.loads(r.stdout)} == {
        "A_RES_72_169:para_15:1",
        "A_RES_72_169:para_17:1",
    }


def test_csv_has_a_row_per_mandate(libfile):
    r = run("registry", "--library", libfile, "--on", "2019-01-01", "-f", "csv")
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    by_id = {row["id"]: row for row in rows}
    assert by_id["A_RES_72_169:para_17:1"]["due"] == "GA 73 (2018-09-18–2019-09-17)"
    assert by_id["A_RES_72_169:para_17:1"]["status"] == "due"
    assert len(rows) == len(json.loads(run("registry", "--library", libfile, "-f", "json").stdout))


def test_table_and_show(libfile):
    r = run("registry", "--library", libfile, "--on", "2019-01-01", "-n", "3")
    assert r.returncode == 0, r.stderr
    assert "3 of " in r.stdout and "mandates on 2019-01-01" in r.stdout
    r = run(
        "registry", "show", "A_RES_72_169:para_17:1", "--library", libfile, "--on", "2020-01-01"
    )
    assert r.returncode == 0, r.stderr
    assert "overdue" in r.stdout and "GA 73" in r.stdout
    r = run("registry", "show", "A_RES_72_169:para_17:1", "--library", libfile, "-f", "json")
    assert json.loads(r.stdout)["source"]["symbol"] == "A/RES/72/169"


def test_bad_input_is_one_line_and_exit_2(libfile):
    r = run("registry", "--library", libfile, "--status", "late")
    assert r.returncode == 2 and r.stderr.startswith("clausewise: --status: unknown status 'late'")
    r = run("registry", "--library", libfile, "--on", "yesterday")
    assert r.returncode == 2 and "not a date" in r.stderr
    r = run("registry", "show", "NOPE:para_1:1", "--library", libfile)
    assert r.returncode == 2 and r.stderr.startswith("clausewise: NOPE:para_1:1: no mandate")
