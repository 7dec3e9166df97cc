"""The library on the seeds: store, links, search, trace (the issue's "Must hold" lines)."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from clausewise.library import Library
from clausewise.library.index import check_query

from .conftest import SEED_000, SEED_001, SEED_004, SEEDS

RELIGIONS = "dialogue among religions, cultures and civilizations"


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    path = tmp_path_factory.mktemp("lib") / "library.sqlite"
    with Library(path) as lib:
        results = lib.add_paths([SEEDS])
        assert [r.status for r in results] == ["added"] * 3
        yield lib


@pytest.fixture(scope="module")
def ids(lib):
    by_source = {d.source: d.id for d in lib.documents()}
    return {
        k: by_source[str(p)] for k, p in (("000", SEED_000), ("001", SEED_001), ("004", SEED_004))
    }


# -- store -----------------------------------------------------------------------------


def test_known_by_symbol_else_by_a_stable_id(lib, ids):
    assert ids["001"] == "A_RES_72_169"
    assert ids["000"].startswith("doc-") and ids["004"].startswith("doc-")
    assert lib.get("A/RES/72/169").id == lib.get("A_RES_72_169").id == "A_RES_72_169"
    assert lib.get(ids["000"]).document.status == "draft"


def test_same_content_twice_is_a_no_op(lib, ids):
    before = lib.generation
    again = lib.add_paths([SEED_000, SEED_004])
    assert [(r.status, r.id) for r in again] == [("present", ids["000"]), ("present", ids["004"])]
    assert lib.add_bytes(SEED_001.read_bytes(), "copy.txt").status == "present"
    assert lib.generation == before
    assert len(lib.documents()) == 3


def test_stored_record_round_trips(lib, seed001):
    assert lib.get("A/RES/72/169").document == seed001


def test_every_table_is_filled(lib):
    conn = lib.conn
    count = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("documents", "paragraphs", "footnotes", "shingles")
    }
    assert count["documents"] == 3
    assert count["paragraphs"] == 30 + 31 + 31
    assert count["footnotes"] > 0 and count["shingles"] > 1000
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_rejects_what_is_not_a_resolution(lib, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b\n1,2\n")
    r = lib.add_file(bad)
    assert r.status == "rejected" and r.id is None and "not a resolution" in r.reason
    r = lib.add_file(tmp_path / "missing.txt")
    assert r.status == "rejected" and r.reason == "no such file"


def test_documents_filters_and_json_fields(lib, ids):
    assert [d.id for d in lib.documents(body="HRC")] == [ids["004"]]
    assert {d.id for d in lib.documents(status="draft")} == {ids["000"], ids["004"]}
    assert [d.id for d in lib.documents(q="72/169")] == ["A_RES_72_169"]
    assert [d.id for d in lib.documents()] == [ids["000"], "A_RES_72_169", ids["004"]]  # dates
    d = lib.get("A/RES/72/169").summary
    assert (d.symbol, d.number, d.body, d.session, d.status) == (
        "A/RES/72/169",
        "72/169",
        "GA",
        72,
        "adopted",
    )


def test_lookup_error_names_the_reference(lib):
    with pytest.raises(LookupError, match="no document 'A/RES/1/1'"):
        lib.get("A/RES/1/1")
    with pytest.raises(LookupError, match="para_99"):
        lib.trace("A/RES/72/169", "para_99")


def test_draft_and_adopted_are_linked(lib, ids):
    assert lib.get("A/RES/72/169").summary.draft == ids["000"]
    assert lib.get(ids["000"]).summary.adopted_as == "A_RES_72_169"
    assert lib.draft_of("A/RES/72/169").id == ids["000"]
    assert lib.adopted_as(ids["000"]).id == "A_RES_72_169"
    assert lib.draft_of(ids["004"]) is None and lib.adopted_as(ids["004"]) is None


def test_series_in_date_order(lib, ids):
    assert [d.id for d in lib.series("A/RES/72/169")] == [ids["000"], "A_RES_72_169"]
    assert [d.id for d in lib.series(ids["004"])] == [ids["004"]]


# -- search ----------------------------------------------------------------------------


def test_search_universal_periodic_review_finds_000_001_004(lib, ids):
    hits = lib.search("universal periodic review")
    assert {h.doc for h in hits} == {ids["000"], ids["001"], ids["004"]}
    assert all("<b>" in h.snippet for h in hits)
    h = next(h for h in hits if h.doc == "A_RES_72_169")
    assert (h.eid, h.num, h.kind, h.lead) == ("para_9", "9", "operative", "Emphasizes")
    assert "universal periodic review" in h.text


def test_phrases_and_filters(lib, ids):
    phrase = lib.search('"among religions, cultures and civilizations"')
    assert {h.doc for h in phrase} == {ids["000"], ids["001"], ids["004"]}
    # the words, not the phrase: "civilizations among cultures" is nowhere as a phrase
    assert lib.search('"civilizations among cultures"') == []
    assert {h.doc for h in lib.search("universal periodic review", body="HRC")} == {ids["004"]}
    assert {h.doc for h in lib.search("universal periodic review", session=72)} == {
        ids["000"],
        ids["001"],
    }
    assert {h.kind for h in lib.search("review", kind="preambular")} == {"preambular"}
    led = lib.search("human rights", lead="Reaffirming", limit=100)
    assert led and {h.lead for h in led} <= {
        "Reaffirming",
        "Reaffirming also",
        "Reaffirming further",
    }
    assert "Reaffirming also" in {h.lead for h in led}
    assert len(lib.search("human rights", limit=5)) == 5


@pytest.mark.parametrize(
    "query, message",
    [
        ('"universal periodic', "unbalanced quotes"),
        ("States AND", "operator AND needs a word"),
        ("OR review", "operator OR needs a word"),
        ("(review", "unbalanced parentheses"),
        ("review)", "unbalanced parentheses"),
        ("title:review", 'unknown field "title:"'),
        ("review^", "cannot read the query"),
        ("   ", "empty query"),
    ],
)
def test_bad_query_syntax_is_a_clear_value_error(lib, query, message):
    with pytest.raises(ValueError, match=message):
        lib.search(query)


def test_operators_that_are_well_formed_work(lib, ids):
    both = {h.doc for h in lib.search("religions AND civilizations")}
    assert both == {ids["000"], ids["001"], ids["004"]}
    assert lib.search("religions NOT religions") == []
    check_query('"AND" review')  # a quoted operator is a word


# -- the index is derived from SQLite ---------------------------------------------------


def test_index_rebuilt_when_missing_and_caught_up_when_stale(tmp_path):
    path = tmp_path / "l.sqlite"
    with Library(path) as lib:
        lib.add_file(SEED_000)
        assert lib.search("religions")
        shutil.rmtree(lib.index.folder)  # missing: rebuilt from SQLite
        assert {h.doc for h in lib.search("religions")} == {lib.documents()[0].id}
    # another writer adds to SQLite without touching the index: stale, then caught up
    with Library(path) as lib:
        from clausewise import parse_file
        from clausewise.library import store

        store.ingest(lib.conn, parse_file(SEED_004), "004.txt")
        assert lib.index._read_gen() < lib.generation
        assert len({h.doc for h in lib.search("religions")}) == 2
        assert lib.index._read_gen() == lib.generation


def test_replacing_and_deleting(tmp_path):
    with Library(tmp_path / "l.sqlite") as lib:
        assert lib.add_file(SEED_001).status == "added"
        changed = SEED_001.read_text().replace(
            "*Emphasizes* the importance of the universal",
            "*Stresses* the importance of the universal",
        )
        r = lib.add_bytes(changed.encode(), "001-corrected.txt")
        assert (r.status, r.id) == ("added", "A_RES_72_169")
        assert "replaces an earlier text of A/RES/72/169" in r.reason
        assert len(lib.documents()) == 1
        assert [h.eid for h in lib.search('"Stresses the importance of the universal"')] == [
            "para_9"
        ]
        assert lib.search('"Emphasizes the importance of the universal"') == []
        lib.delete("A/RES/72/169")
        assert lib.documents() == [] and lib.search("importance") == []
        left = {
            t: lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("paragraphs", "footnotes", "shingles")
        }
        assert left == {"paragraphs": 0, "footnotes": 0, "shingles": 0}
        with pytest.raises(LookupError):
            lib.delete("A/RES/72/169")


def test_default_path_from_environment(tmp_path, monkeypatch):
    from clausewise.library import default_path

    monkeypatch.setenv("CLAUSEWISE_LIBRARY", str(tmp_path / "x.sqlite"))
    assert default_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("CLAUSEWISE_LIBRARY")
    assert default_path().name == "library.sqlite" and "clausewise" in str(default_path())


def test_not_a_library_is_an_input_error(tmp_path):
    from clausewise import InputError

    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(InputError, match="not a clausewise library"):
        Library(junk)
    with pytest.raises(InputError, match="is a folder"):
        Library(tmp_path)


# -- trace -----------------------------------------------------------------------------


def _para(lib, ref, start):
    return next(t for t in lib.trace(ref) if t.text.startswith(start))


def test_trace_004_religions_names_000_and_001_with_the_diff(lib, ids):
    t = _para(lib, ids["004"], "Recognizing also that " + RELIGIONS)
    named = {(m.doc, m.eid): m for m in t.sources}
    assert set(named) >= {
        (ids["000"], "preamble__container_9"),
        ("A_RES_72_169", "preamble__container_9"),
    }
    for key in ((ids["000"], "preamble__container_9"), ("A_RES_72_169", "preamble__container_9")):
        m = named[key]
        assert m.text.startswith("Reaffirming that " + RELIGIONS)
        assert m.relation == "near" and m.similarity > 0.9
        assert ("-", "Reaffirming ") in m.diff and ("+", "Recognizing also ") in m.diff
        assert any(RELIGIONS.replace(",", "") in s for s in m.shared)
    # ranked: the two near copies come before anything that only shares a span
    assert {m.doc for m in t.sources[:2]} == {ids["000"], "A_RES_72_169"}
    assert t.earliest.doc == ids["000"]  # 30 October 2017, before 19 December 2017
    assert [s.doc for s in t.descent] == [ids["000"], "A_RES_72_169", ids["004"]]
    assert [s.crosses_body for s in t.descent] == [False, False, True]  # Assembly to Council


def test_trace_001_names_000_as_draft_for_every_paragraph_but_operative_15(lib, ids):
    traces = lib.trace("A/RES/72/169")
    assert len(traces) == 31
    for t in traces:
        if t.eid == "para_15":
            assert t.draft is None
            assert all(m.doc != ids["000"] or m.relation == "shared" for m in t.sources)
        else:
            assert t.draft is not None and t.draft.doc == ids["000"], t.eid
            assert t.draft.draft is True
    renumbered = next(t for t in traces if t.eid == "para_16")
    assert renumbered.draft.eid == "para_15" and renumbered.draft.relation == "exact"
    changed = next(t for t in traces if t.text.startswith("Emphasizing also the need"))
    assert changed.draft.relation == "near"
    assert ("+", "also ") in changed.draft.diff


def test_trace_one_paragraph_and_descendants(lib, ids):
    [t] = lib.trace(ids["000"], "preamble__container_9")
    assert t.sources == () and t.earliest is None
    later = [(m.doc, m.eid) for m in t.descendants]
    assert later[:2] == [
        ("A_RES_72_169", "preamble__container_9"),
        (ids["004"], "preamble__container_20"),
    ]
    assert [m.date for m in t.descendants] == sorted(m.date for m in t.descendants)


def test_trace_json_is_plain_data(lib):
    from clausewise.model import to_json

    data = to_json(lib.trace("A/RES/72/169", "para_9"))
    assert json.loads(json.dumps(data))[0]["draft"]["relation"] == "exact"


# -- search by meaning -------------------------------------------------------------------


def test_search_by_meaning_fuses_with_bm25_and_stores_embeddings(lib, ids):
    # no paragraph holds these words together, so BM25 alone finds nothing
    query = "talks between faiths and civilisations"
    assert lib.search(query) == []
    hits = lib.search(query, meaning=True, limit=3)
    assert hits[0].text.startswith("Reaffirming that " + RELIGIONS)
    assert all("dialogue among" in h.text for h in hits)
    assert hits[0].snippet.startswith("Reaffirming that")
    n = lib.conn.execute("SELECT count(*) FROM embeddings").fetchone()[0]
    assert n == lib.conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    # fused: what BM25 finds stays near the top, filters hold
    fused = lib.search("universal periodic review", meaning=True, body="HRC", limit=5)
    assert fused[0].doc == ids["004"] and {h.doc for h in fused} == {ids["004"]}
    assert "<b>" in fused[0].snippet


def test_sqlite_file_is_whole(lib):
    conn = sqlite3.connect(lib.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# -- citations and mandates (clausewise.enrich.cites / clausewise.enrich.mandates, stored at ingest) -----


def test_citations_are_stored_and_read_back(lib, seed001):
    from clausewise.enrich.cites import cites

    stored = lib.citations("A/RES/72/169")
    assert stored == cites(seed001)
    assert ("A/RES/217(III)A", "para_15") in {(c.symbol, c.where.eid) for c in stored}


def test_mandates_are_stored_and_filtered(lib, seed001, ids):
    from clausewise.enrich.mandates import mandates

    assert [m for _, m in lib.mandates("A/RES/72/169")] == mandates(seed001)
    president = lib.mandates(addressee="President of the General Assembly")
    assert [(d, m.paragraph, m.type) for d, m in president] == [
        ("A_RES_72_169", "para_15", "request")
    ]
    due73 = {(d, m.paragraph) for d, m in lib.mandates(due_body="GA", due_session=73)}
    assert ("A_RES_72_169", "para_17") in due73
    council = lib.mandates(ids["004"], due_session=46)
    assert council and all(m.due.body == "HRC" for _, m in council)
    assert lib.mandates(type="no-such-type") == []
