"""The library with the whole corpus added (2,903 real resolutions) and the seeds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from clausewise.library import Library

from .conftest import SEEDS

pytestmark = pytest.mark.corpus

POVERTY_GA = [
    "A/RES/47/135",
    "A/RES/67/164",
    "A/RES/69/183",
    "A/RES/71/186",
    "A/RES/73/163",
    "A/RES/75/175",
    "A/RES/77/223",
    "A/RES/79/178",
]
ORDER = [  # "Promotion of a democratic and equitable international order", both bodies
    "A/RES/71/190",
    "A/RES/72/172",
    "A/HRC/RES/48/8",
    "A/HRC/RES/51/11",
    "A/RES/78/196",
    "A/HRC/RES/57/7",
    "A/RES/79/168",
]


@pytest.fixture(scope="module")
def big(corpus_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "library.sqlite"
    with Library(path) as lib:
        results = lib.add_paths([corpus_path, SEEDS])
        yield lib, results


def test_every_corpus_record_is_added(big):
    lib, results = big
    assert len(results) == 2903 + 3
    assert {r.status for r in results} == {"added"}, [r for r in results if r.status != "added"]
    assert len(lib.documents()) == 2906
    assert len(lib.documents(body="SC")) > 400


def test_series_in_session_order_across_bodies(big):
    lib, _ = big
    # one body unless asked (issue 19): the Assembly's texts alone
    assert [d.symbol for d in lib.series("A/RES/67/164")] == POVERTY_GA
    series = lib.series("A/RES/67/164", all_bodies=True)
    assert [d.symbol for d in series if d.body == "GA"] == POVERTY_GA
    ga_sessions = [d.session for d in series if d.body == "GA"]
    assert ga_sessions == sorted(ga_sessions)
    # the Council's "Extreme poverty and human rights" is the same series
    assert {"A/HRC/RES/44/13", "A/HRC/RES/53/10"} <= {d.symbol for d in series}
    assert [d.date for d in series] == sorted(d.date for d in series)
    assert [d.symbol for d in lib.series("A/HRC/RES/51/11", all_bodies=True)] == ORDER


def test_series_command_on_the_corpus(big):
    lib, _ = big
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            "from clausewise.cli import main; main()",
            "series",
            "A/RES/79/168",
            "--library",
            str(lib.path),
            "--format",
            "json",
            "--all-bodies",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert [d["symbol"] for d in json.loads(r.stdout)] == ORDER


def test_trace_through_the_series_and_across_bodies(big):
    lib, _ = big
    [t] = lib.trace("A/RES/79/178", "para_1")
    assert t.text.startswith("Reaffirms that extreme poverty")
    exact = {m.symbol for m in t.sources if m.relation == "exact"}
    assert {"A/RES/77/223", "A/RES/75/175"} <= exact
    assert all(m.same_series for m in t.sources if m.symbol in POVERTY_GA)
    assert t.earliest.symbol == "A/RES/47/135" and t.earliest.date < "2000"
    steps = t.descent
    assert steps[-1].doc == "A_RES_79_178" and steps[-1].relation == "self"
    assert [s.date for s in steps] == sorted(s.date for s in steps)
    # Assembly -> Council -> Assembly: the crossings are marked
    assert any(s.body == "HRC" and s.crosses_body for s in steps)
    assert any(s.body == "GA" and s.crosses_body for s in steps)
    # the older text names the newer one among its descendants
    [old] = lib.trace(
        "A/RES/77/223", t.sources[0].eid if t.sources[0].symbol == "A/RES/77/223" else "para_1"
    )
    assert "A_RES_79_178" in {m.doc for m in old.descendants}


def test_seed_must_hold_lines_with_the_corpus_added(big):
    lib, _ = big
    ids = {d.source.rsplit("/", 1)[-1][:3]: d.id for d in lib.documents() if "seeds" in d.source}
    t = next(t for t in lib.trace(ids["004"]) if "dialogue among religions" in t.text)
    assert {ids["000"], "A_RES_72_169"} <= {m.doc for m in t.sources}
    traces = lib.trace("A/RES/72/169")
    assert [t.eid for t in traces if t.draft is None] == ["para_15"]
    assert all(t.draft.doc == ids["000"] for t in traces if t.draft)


def test_search_filters_on_the_corpus(big):
    lib, _ = big
    sc = lib.search("States", body="SC", limit=50)
    assert len(sc) == 50 and {h.body for h in sc} == {"SC"}
    hits = lib.search('"extreme poverty"', session=79, body="GA", limit=100)
    assert "A_RES_79_178" in {h.doc for h in hits}
    assert {h.session for h in hits} == {79}
    calls = lib.search("climate", lead="Calls upon", kind="operative", limit=20)
    assert calls and all(h.lead.startswith("Calls upon") for h in calls)
