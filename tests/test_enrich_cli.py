"""`clausewise cites`, `clausewise mandates` and the lists in `parse --format json`, run as
a user runs them (a real process), and the JSON checked against the schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources

import jsonschema

from .conftest import SEED_000, SEED_001, SEED_004


def run(*args):
    # as the installed `clausewise` script does: `python -m clausewise.cli` would run cli.py as
    # __main__, a second copy of the module that the feature commands do not register on
    code = "from clausewise.cli import main; main()"
    env = os.environ | {"COLUMNS": "200"}  # wide enough that Rich does not wrap names
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_cites_json_one_file():
    r = run("cites", "--format", "json", str(SEED_001))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    symbols = [c["symbol"] for c in data]
    assert "A/RES/217(III)A" in symbols and "E/CN.4/Sub.2/2000/46" in symbols
    assert set(data[0]) == {"raw", "symbol", "kind", "date", "where"}


def test_cites_table_lists_symbols():
    r = run("cites", str(SEED_001))
    assert r.returncode == 0, r.stderr
    assert "A/HRC/RES/32/6" in r.stdout and "12 citations" in r.stdout


def test_mandates_secretariat_table():
    r = run("mandates", "--secretariat", str(SEED_001))
    assert r.returncode == 0, r.stderr
    assert "2 mandates" in r.stdout
    assert "Secretary-General" in r.stdout and "President of the General Assembly" in r.stdout
    assert "Urges" not in r.stdout and "member_states" not in r.stdout


def test_mandates_json_several_files():
    r = run("mandates", "-f", "json", str(SEED_001), str(SEED_004))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [d["file"] for d in data] == [str(SEED_001), str(SEED_004)]
    last = data[1]["mandates"][-1]
    assert last["type"] == "remain_seized" and "with" in last


def test_parse_json_carries_citations_and_mandates_valid_against_schema():
    schema = json.loads(
        resources.files("clausewise").joinpath("schema/document.schema.json").read_text()
    )
    validator = jsonschema.Draft202012Validator(schema)
    r = run("parse", "-f", "json", str(SEED_000), str(SEED_001), str(SEED_004))
    assert r.returncode == 0, r.stderr
    for d in json.loads(r.stdout):
        validator.validate(d)
        assert "citations" in d and "mandates" in d
    d = json.loads(run("parse", "-f", "json", str(SEED_004)).stdout)
    due = d["mandates"][-2]["due"]
    assert due == {
        "body": "HRC",
        "session": 49,
        "year_from": 2022,
        "year_to": 2022,
        "date_from": "2022-02-28",  # the forty-ninth session's days, from the calendar
        "date_to": "2022-04-01",
    }
    # a broken mandate is refused by the schema
    d["mandates"][0]["addressees"][0]["kind"] = "someone"
    try:
        validator.validate(d)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("schema accepted an unknown addressee kind")


def test_bad_input_one_line_exit_2(tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b,c\n1,2,3\n")
    for cmd in ("cites", "mandates"):
        r = run(cmd, str(bad), str(SEED_004))
        assert r.returncode == 2
        assert r.stderr.startswith(f"clausewise: {bad}: ")
        assert len(r.stderr.strip().splitlines()) == 1
        assert "Traceback" not in r.stderr
