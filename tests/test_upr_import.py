"""Importing UPR Info's exports (../shared/upr): every row of the real files, twice, on
both engines; a damaged copy of a real file reported line by line; nothing half-written."""

from __future__ import annotations

import pytest

from clausewise.errors import InputError
from clausewise.library import Library
from clausewise.upr import actions
from clausewise.upr.csvread import read_export
from clausewise.upr.model import cycle_of

from .conftest import SHARED, new_library
from .test_library_cli import run

UPR = SHARED / "upr"
# rows per export (header excluded), as `wc`-style counting of their CR-ended lines gives
COUNTS = {
    "upr-info-sessions-1-5.csv": 6094,
    "upr-info-sessions-6-9.csv": 8343,
    "upr-info-sessions-10-13.csv": 9047,
    "upr-info-sessions-14-17.csv": 9598,
    "upr-info-voluntary-pledges.csv": 947,
}


@pytest.fixture(scope="module")
def exports():
    if not UPR.exists():
        pytest.skip(f"UPR exports not found at {UPR} (set CLAUSEWISE_SHARED)")
    return {name: (UPR / name).read_bytes() for name in COUNTS}


def test_every_row_of_the_real_exports_is_read(exports):
    for name, data in exports.items():
        e = read_export(data, name)
        assert e.bad == (), name
        assert len(e.records) == COUNTS[name] == data.count(b"\r") - 1 + (not data.endswith(b"\r"))
        kinds = {r.kind for _, r in e.records}
        assert kinds == ({"pledge"} if "pledges" in name else {"recommendation"})
        assert len({r.id for _, r in e.records}) == len(e.records)  # ids tell rows apart


def test_old_mac_text_and_upr_info_names_are_read_as_the_un_writes_them(exports):
    e = read_export(exports["upr-info-sessions-1-5.csv"], "s1-5")
    first_line, first = e.records[0]
    assert first_line == 2
    assert (first.to, first.by, first.session, first.cycle) == ("Afghanistan", "Austria", 5, 1)
    assert first.response == "accepted" and first.action == 5
    assert first.themes == ("Rights of the Child", "Women's rights")
    texts = [r.text for _, r in e.records]
    assert any("Hissène Habré" in t for t in texts)  # Mac Roman 0x8f, 0x8e
    states = {r.to for _, r in e.records} | {r.by for _, r in e.records}
    assert "United States of America" in states and "United States" not in states
    assert None in states  # "&#40;Unknown&#41;": a recommending State UPR Info could not name
    pledges = read_export(exports["upr-info-voluntary-pledges.csv"], "p")
    assert all(r.by == r.to and r.response is None for _, r in pledges.records)
    assert any(r.to == "Côte d’Ivoire" for _, r in pledges.records)


def test_cycles_follow_the_session():
    assert [cycle_of(s) for s in (1, 12, 13, 26, 27, 40, 41)] == [1, 1, 2, 2, 3, 3, 4]


def _damaged(data: bytes) -> bytes:
    """The real file with three rows spoilt: a quote left open (line 5), a session typed
    wrong (line 9), the State under review erased (line 14)."""
    lines = data.split(b"\r")
    assert lines[4].count(b'"') >= 2
    lines[4] = lines[4][: lines[4].rindex(b'"')] + lines[4][lines[4].rindex(b'"') + 1 :]
    head, _, last = lines[8].rpartition(b",")
    lines[8] = head + b",1O"
    lines[13] = b"," + lines[13].split(b",", 1)[1]
    return b"\r".join(lines)


def test_a_damaged_copy_is_reported_line_by_line(exports):
    e = read_export(_damaged(exports["upr-info-sessions-1-5.csv"]), "damaged.csv")
    assert [(b.line, b.problem) for b in e.bad] == [
        (5, "broken quote: a quoted field is not closed"),
        (9, "bad session number '1O' (UPR sessions run 1 to 60)"),
        (14, "missing State under review (To)"),
    ]
    assert str(e.bad[0]) == "damaged.csv:5: broken quote: a quoted field is not closed"
    assert len(e.records) == COUNTS["upr-info-sessions-1-5.csv"] - 3  # the rest still read


def test_not_an_export_is_one_input_error():
    with pytest.raises(InputError, match="no column Response, Action, Issue, Session"):
        read_export(b"To,Text,From\rA,B,C\r", "x.csv")
    with pytest.raises(InputError, match="not UTF-8"):
        read_export(b"To,Text\r\nCaf\xe9,x\r\n", "x.csv")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_all_exports_twice_then_a_damaged_copy(backend, exports, tmp_path):
    lib = Library(new_library(backend, tmp_path))
    try:
        db = lib.db
        first = [
            actions.import_file(db, data, name, actor="test") for name, data in exports.items()
        ]
        assert [(r.added, r.updated, r.unchanged) for r in first] == [
            (COUNTS[n], 0, 0) for n in exports
        ]
        snap = _snapshot(db)
        assert len(snap[0]) == sum(COUNTS.values())
        again = [
            actions.import_file(db, data, name, actor="test") for name, data in exports.items()
        ]
        assert [(r.added, r.updated, r.unchanged) for r in again] == [
            (0, 0, COUNTS[n]) for n in exports
        ]
        assert _snapshot(db) == snap  # the second import changed nothing at all

        # a damaged copy of a file: refused whole, nothing written ...
        bad = _damaged(exports["upr-info-sessions-1-5.csv"])
        r = actions.import_file(db, bad, "damaged.csv", actor="test")
        assert r.refused and [b.line for b in r.bad] == [5, 9, 14]
        assert _snapshot(db) == snap
        # ... or, asked to, its good rows (all present already) and its bad ones listed
        r = actions.import_file(db, bad, "damaged.csv", actor="test", skip_bad=True)
        assert not r.refused and (r.added, r.updated, len(r.bad)) == (0, 0, 3)
        assert _snapshot(db) == snap
    finally:
        lib.close()


def test_a_corrected_response_updates_the_row(exports, library_at):
    data = exports["upr-info-sessions-1-5.csv"]
    lib = Library(library_at)
    try:
        actions.import_file(lib.db, data, "s.csv", actor="test")
        lines = data.split(b"\r")
        assert b",Accepted," in lines[2]
        lines[2] = lines[2].replace(b",Accepted,", b",Noted,")
        r = actions.import_file(lib.db, b"\r".join(lines), "s.csv", actor="test")
        assert (r.added, r.updated, r.unchanged) == (0, 1, COUNTS["upr-info-sessions-1-5.csv"] - 1)
        with lib.db.connection() as conn:
            got = conn.execute(
                "SELECT response, line FROM upr_items WHERE text LIKE 'Establish a mechanism in"
                " order to systematically monitor human rights%' AND state_to = 'Afghanistan'"
            ).fetchall()
        assert [tuple(g) for g in got] == [("noted", 3)]
    finally:
        lib.close()


def _snapshot(db):
    with db.connection() as conn:
        return tuple(
            sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}").fetchall())
            for t in ("upr_items", "upr_item_themes", "upr_imports")
        )


def test_cli_imports_and_reports_bad_lines(exports, tmp_path):
    lib = str(tmp_path / "lib.sqlite")
    good = tmp_path / "pledges.csv"
    good.write_bytes(exports["upr-info-voluntary-pledges.csv"])
    r = run("upr", "import", "--library", lib, str(good))
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"{good}: 947 rows: 947 added, 0 updated, 0 unchanged\n"
    damaged = tmp_path / "damaged.csv"
    damaged.write_bytes(_damaged(exports["upr-info-sessions-1-5.csv"]))
    r = run("upr", "import", "--library", lib, str(damaged))
    assert r.returncode == 2
    assert r.stderr.splitlines() == [
        f"clausewise: {damaged}: line 5: broken quote: a quoted field is not closed",
        f"clausewise: {damaged}: line 9: bad session number '1O' (UPR sessions run 1 to 60)",
        f"clausewise: {damaged}: line 14: missing State under review (To)",
        f"clausewise: {damaged}: 3 bad rows: nothing imported (fix them, or --skip-bad to"
        " import the other rows)",
    ]
    r = run("upr", "list", "--library", lib, "--format", "json")
    assert r.returncode == 0 and len(__import__("json").loads(r.stdout)) == 947


def test_cached_tallies_follow_an_import(exports, library_at):
    from clausewise.upr.core import Upr

    lib = Library(library_at)
    try:
        cache: dict = {}
        upr = Upr(lib.db, cache)
        actions.import_file(lib.db, exports["upr-info-voluntary-pledges.csv"], "p.csv", actor="t")
        assert upr.counts() == {"pledge": 947} and cache
        actions.import_file(lib.db, exports["upr-info-sessions-1-5.csv"], "s.csv", actor="t")
        assert upr.counts() == {"pledge": 947, "recommendation": 6094}  # not the cached one
        assert {s["state"] for s in upr.states()} >= {"Afghanistan", "Zambia"}
    finally:
        lib.close()
