"""The reuse graph's stages (clausewise.reuse) and the embedded engine (library/graph.py):
edges as the trace sees them, the cap, direction, draft links as the library finds them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from clausewise.library import Library, links, normal
from clausewise.library.graph import reuse_edges
from clausewise.reuse import (
    DF_CAP,
    Edge,
    draft_links,
    edge_json,
    is_source,
    mates,
    read_jsonl,
    relate,
    settle,
    shared_counts,
    write_jsonl,
)

from .conftest import SEEDS
from .reuse_inputs import library_link_docs, revised_draft


@pytest.fixture(scope="module")
def lib(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reuse")
    with Library(folder / "library.sqlite") as lib:
        results = lib.add_paths([SEEDS, revised_draft(folder)], search=False)
        assert [r.status for r in results] == ["added"] * 4
        yield lib


@pytest.fixture(scope="module")
def edges(lib) -> list[Edge]:
    return sorted(reuse_edges(lib.conn), key=Edge.key)


@pytest.fixture(scope="module")
def ids(lib) -> dict[str, str]:
    """Document ids by file: "000", "001", "004", and "rev" for the revised draft."""
    return {
        "rev" if "rev" in d.source else d.source.rsplit("/", 1)[-1][:3]: d.id
        for d in lib.documents()
    }


# -- stages ---------------------------------------------------------------------------


def _words(doc, eid):
    return normal.words(normal.full_text(doc.paragraph(eid)))


def test_relate_tells_exact_near_and_shared_on_the_seeds(seed000, seed001, seed004):
    # the paragraph the Assembly reworded on adoption: near, not exact
    old = next(p for p in seed000.preamble if p.text.startswith("Emphasizing the need"))
    new = next(p for p in seed001.preamble if p.text.startswith("Emphasizing also the need"))
    a, b = normal.words(old.text), normal.words(new.text)
    found = relate(a, b, normal.exact_key(a) == normal.exact_key(b))
    assert found.relation == "near" and 0.8 <= found.similarity < 1
    assert found.shared[0].startswith("the need for further progress in the promotion")
    same = _words(seed001, "para_1")
    assert relate(same, same, True).relation == "exact"
    # unrelated paragraphs: nothing
    assert relate(_words(seed004, "para_1"), _words(seed001, "para_5"), False) is None


def test_a_posting_over_the_cap_proposes_nothing():
    under, over = list(range(DF_CAP)), list(range(1000, 1001 + DF_CAP))
    assert len(over) == DF_CAP + 1
    assert mates(0, [under, over]) == set(range(1, DF_CAP))
    counts = shared_counts(5, [[5, 7, 9], [7, 5], over])
    assert counts == {7: 2, 9: 1} and list(counts) == [7, 9]  # order of first appearance


def test_direction_is_earliest_first_and_the_draft_always_earlier():
    assert is_source("a", "2017-10-30", "2017-12-19", None)
    assert not is_source("a", "2017-12-19", "2017-10-30", None)
    assert not is_source("a", "2017-12-19", "2017-12-19", None)  # same day: neither
    assert not is_source("a", None, "2017-12-19", None)  # undated: neither
    assert is_source("a", "2017-12-19", "2017-12-19", "a")  # its draft, whatever the dates
    assert is_source("a", None, None, "a")


def _dated(doc, **changes):
    return replace(doc, facts=replace(doc.facts, **changes))


def test_the_draft_is_the_named_one_else_the_latest_else_the_closest(lib, ids):
    """On the seeds' real rows, the facts changed where a rule needs them to differ."""
    docs = {d.facts.id: d for d in library_link_docs(lib.conn)}
    seed, rev, adopted = docs[ids["000"]], docs[ids["rev"]], docs["A_RES_72_169"]
    a = "A_RES_72_169"
    # the same day: the closest text (see test_draft_links_agree_with_the_library), under
    # either name: no order of ids decides it
    assert draft_links([seed, rev, adopted]) == {a: ids["000"]}
    for first, second in (("a", "b"), ("b", "a")):
        pair = [_dated(seed, id=first), _dated(rev, id=second)]
        assert draft_links([*pair, adopted]) == {a: first}
    # a later text replaced the earlier: the latest, though further from the adopted text
    assert draft_links([seed, _dated(rev, date="2017-11-02"), adopted]) == {a: ids["rev"]}
    # the adopted text names its draft (an invented symbol: the seed draft has none)
    named = _dated(rev, symbol="A/C.3/72/L.99")
    assert draft_links([seed, named, _dated(adopted, origin="A/C.3/72/L.99")]) == {a: ids["rev"]}
    # drafted after the adoption, or at another session: not its draft
    assert draft_links([_dated(seed, date="2018-01-05"), adopted]) == {}
    assert draft_links([_dated(seed, session=71), adopted]) == {}
    # undated is the earliest
    assert draft_links([_dated(seed, date=None), rev, adopted]) == {a: ids["rev"]}


def test_settle_keeps_what_a_library_keeps():
    assert settle([(1, "x")]) == 1
    assert settle([(1, "x"), (5, "y")]) == 5  # a new text replaces
    assert settle([(1, "x"), (5, "x")]) == 1  # the same text is present
    assert settle([(5, "y"), (1, "x"), (7, "y")]) == 5  # in input order, whatever given


# -- the embedded engine -----------------------------------------------------------------


def test_draft_links_agree_with_the_library(lib, ids):
    """`draft_links` from the rows a library stores (as the Spark job has them) finds the
    draft the library's trace reads, in whatever order the documents come."""
    docs = library_link_docs(lib.conn)
    found = draft_links(docs)
    assert draft_links(reversed(docs)) == found
    for d in lib.documents():
        row = lib.conn.execute("SELECT * FROM documents WHERE id = ?", (d.id,)).fetchone()
        draft = links.draft_row(lib.conn, row)
        assert found.get(d.id) == (draft["id"] if draft else None), d.id
    # Two drafts of 72/169, of one day and without symbols, both linked by title: the
    # seed and a copy rewording one paragraph ("Emphasizing the urgent need"). The draft a
    # user means is the text the Assembly had before it, and the adopted text reads the
    # seed's words ("Emphasizing also the need": one word added on adoption; "urgent" is
    # nowhere): the seed is the closer of the two, whichever was added first.
    assert found == {"A_RES_72_169": ids["000"]}


def test_edges_are_the_traces_sources(lib, edges):
    """Every source the trace lists for a paragraph is an edge into it with the same
    relation, similarity and shared runs, and every edge into it is such a source (the seeds
    are far below the trace's 60 candidates)."""
    assert {e.relation for e in edges} == {"exact", "near", "shared"}
    checked = 0
    for d in lib.documents():
        into = {}
        for e in edges:
            if e.target_doc == d.id:
                into.setdefault(e.target_eid, {})[e.source_doc, e.source_eid] = e
        for t in lib.trace(d.id):
            got = {(m.doc, m.eid): (m.relation, m.similarity, m.shared) for m in t.sources}
            want = {k: (e.relation, e.similarity, e.shared) for k, e in into.get(t.eid, {}).items()}
            assert got == want, (d.id, t.eid)
            checked += len(got)
    assert checked == len(edges)


def test_edges_run_from_draft_to_adopted(edges, ids):
    between = [e for e in edges if {e.source_doc, e.target_doc} == {ids["000"], ids["001"]}]
    assert len(between) > 20
    assert all(e.source_doc == ids["000"] for e in between)
    # the revision and the original draft are of one day: no edge either way
    assert not [e for e in edges if {e.source_doc, e.target_doc} == {ids["000"], ids["rev"]}]


def test_the_cap_applies_to_exact_groups_too(lib, ids):
    """The draft, its revision and the adopted text share most paragraphs word for word:
    groups of three. A cap of two paragraphs per key leaves none of those pairs (their
    fingerprints are held by three too); a cap of three gives them back."""
    full = [e for e in reuse_edges(lib.conn) if e.relation == "exact"]
    assert len([e for e in full if e.target_doc == ids["001"]]) > 20
    assert not [e for e in reuse_edges(lib.conn, cap=2) if e.relation == "exact"]
    three = sorted((e for e in reuse_edges(lib.conn, cap=3) if e.relation == "exact"), key=Edge.key)
    assert three and set(three) <= set(full)


def test_jsonl_form_is_sorted_and_reads_back(edges, tmp_path):
    out = tmp_path / "edges.jsonl"
    assert write_jsonl(reversed(edges), out) == len(edges)
    lines = out.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first) == ["source", "target", "relation", "similarity", "shared"]
    assert set(first["source"]) == {"doc", "eid"}
    assert list(read_jsonl(out)) == edges
    assert [json.loads(x) for x in lines] == [edge_json(e) for e in edges]
