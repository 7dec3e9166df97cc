"""Drafts linked to the texts they became, by the library, without being told: the 268
readable PDFs of ../shared/pdf/mandate-pipeline/ loaded into one library, every draft
linked to its adopted text, revisions and bases in order, amendments to their drafts; and
series and "previous" kept within one body (issue 19, item 4: A/RES/79/178's previous is
A/RES/77/223, not a Council text).

The pairs below are the truth as read from the PDFs: the same title, agenda item and session,
and for every pair the adopted text is also the draft's closest by content (0.62 to 1.00;
the next best 0.31 at most). The folder's README lists pairs of its own that are mostly
shifted by a row or more (A_C.2_80_L.13 -> A_RES_80_149 is "Development cooperation with
middle-income countries"; L.1 is the Committee's organization of work, not a draft; L.62
and L.63 are amendments): they are not used.
"""

from __future__ import annotations

import pytest

from clausewise import parse_file, parse_text
from clausewise.library import Library, chain
from clausewise.reuse import draft_links

from .reuse_inputs import library_link_docs

C2 = {
    2: 146, 3: 155, 4: 156, 5: 150, 6: 151, 7: 133, 8: 124, 9: 129, 10: 120, 11: 122,
    12: 123, 13: 121, 16: 132, 17: 118, 18: 147, 19: 148, 20: 128, 21: 125, 22: 137,
    23: 126, 24: 127, 25: 136, 26: 130, 27: 135, 28: 134, 29: 157, 30: 152, 31: 153,
    32: 154, 33: 141, 34: 158, 35: 142, 36: 140, 37: 138, 38: 139, 39: 143, 40: 144,
    41: 145, 42: 119, 43: 146, 44: 125, 45: 141, 46: 127, 47: 147, 48: 150, 49: 151,
    50: 143, 51: 135, 52: 124, 53: 153, 54: 139, 55: 149, 56: 156, 57: 129, 58: 118,
    59: 155,
}  # fmt: skip
C4 = {2: 88, 4: 89, 6: 75, 8: 76, 14: 83, 16: 77, 17: 78, 18: 79, 19: 80, 20: 81, 21: 82}
C5 = {
    2: 2, 3: 230, 5: 243, 7: 245, 8: 246, 9: 233, 11: 232, 13: 239, 14: 231, 15: 235,
    16: 238, 18: 237, 19: 234, 20: 240, 21: 241,
}  # fmt: skip
PAIRS = {
    f"A_C.{c}_80_L.{d}": f"A_RES_80_{a}"
    for c, table in ((2, C2), (4, C4), (5, C5))
    for d, a in table.items()
}
# drafts whose adopted text is not in the folder (or that were never adopted: the
# Committees' programmes of work, the decisions on membership of COPUOS)
UNADOPTED = [
    "A_C.2_80_L.15", "A_C.2_80_L.60", "A_C.2_80_L.61", "A_C.4_80_L.3", "A_C.4_80_L.5",
    "A_C.4_80_L.9", "A_C.4_80_L.10", "A_C.4_80_L.11", "A_C.4_80_L.12", "A_C.4_80_L.13",
    "A_C.4_80_L.15", "A_C.5_80_L.4", "A_C.5_80_L.6", "A_C.5_80_L.10", "A_C.5_80_L.12",
    "A_C.5_80_L.17", "A_C.5_80_L.22",
]  # fmt: skip
# "Draft resolution submitted by the Vice-Chair ... on the basis of informal consultations
# on draft resolution A/C.2/80/L.5": the later draft -> the draft it was based on
BASES = {43: 2, 44: 21, 45: 33, 46: 24, 47: 18, 48: 5, 49: 6, 50: 39, 51: 27, 52: 8,
         53: 31, 54: 38, 56: 4, 57: 9, 58: 17, 59: 3}  # fmt: skip


@pytest.fixture(scope="module")
def folder(pdf_dir):
    f = pdf_dir / "mandate-pipeline"
    if not f.exists():
        pytest.skip(f"{f} not found (set CLAUSEWISE_SHARED)")
    return f


@pytest.fixture(scope="module")
def lib(folder, tmp_path_factory):
    path = tmp_path_factory.mktemp("pipeline") / "library.sqlite"
    with Library(path) as lib:
        results = lib.add_paths([folder])
        assert sum(r.status == "added" for r in results) == 268  # 3 Secretariat notes refused
        yield lib


def _links(lib, kind):
    return {
        (s, d): (ev, detail)
        for s, d, ev, detail in lib.conn.execute(
            "SELECT src, dst, evidence, detail FROM links WHERE kind = ?", (kind,)
        )
    }


@pytest.mark.pdfs
def test_every_draft_is_linked_to_its_adopted_text(lib):
    found = {s: d for s, d in _links(lib, "adopted_as")}
    assert found == PAIRS
    for draft, adopted in PAIRS.items():
        assert lib.adopted_as(draft).id == adopted
    for draft in UNADOPTED:
        assert lib.summary(draft).adopted_as is None, draft


@pytest.mark.pdfs
def test_links_carry_their_evidence(lib):
    adopted = _links(lib, "adopted_as")
    ev, detail = adopted[("A_C.2_80_L.13", "A_RES_80_121")]
    assert ev == "title"
    assert detail == (
        "same title, body and session as A/RES/80/121, agenda item 16 (a); adopted on A/80/555"
    )
    bases = _links(lib, "based_on")
    assert {(s, d) for s, d in bases} == {
        (f"A_C.2_80_L.{a}", f"A_C.2_80_L.{b}") for a, b in BASES.items()
    }  # L.55 names L.14, which is not in the folder: no link to nothing
    assert bases[("A_C.2_80_L.48", "A_C.2_80_L.5")] == (
        "origin",
        "A/C.2/80/L.48 was submitted on the basis of A/C.2/80/L.5",
    )


@pytest.mark.pdfs
def test_amendments_are_linked_to_the_draft_they_name_or_its_version(lib):
    amends = _links(lib, "amends")
    assert set(amends) == {("A_C.2_80_L.62", "A_C.2_80_L.13"), ("A_C.2_80_L.63", "A_C.2_80_L.12")}
    ev, detail = amends[("A_C.2_80_L.62", "A_C.2_80_L.13")]
    assert ev == "symbol" and "A/C.2/80/L.13/Rev.1 (not in the library" in detail
    # through its draft, an amendment knows the adopted text it was tabled against
    assert lib.adopted_as("A/C.2/80/L.62").id == "A_RES_80_121"


@pytest.mark.pdfs
def test_the_chain_lists_every_text_in_order(lib):
    chain = lib.chain("A/RES/80/150")
    assert [(e.summary.id, e.role) for e in chain] == [
        ("A_C.2_80_L.5", "draft"),
        ("A_C.2_80_L.48", "draft"),
        ("A_RES_80_150", "adopted"),
    ]
    # the text adopted on: the later draft, not the one it replaced
    assert lib.draft_of("A/RES/80/150").id == "A_C.2_80_L.48"
    chain = lib.chain("A_C.2_80_L.13")
    assert [(e.summary.id, e.role) for e in chain] == [
        ("A_C.2_80_L.13", "draft"),
        ("A_C.2_80_L.62", "amendment"),
        ("A_RES_80_121", "adopted"),
    ]


@pytest.mark.pdfs
def test_the_reuse_engines_find_the_drafts_the_library_stores(lib):
    """`reuse.draft_links`, from the rows the library stores (as the Spark job computes it),
    names for every adopted text the draft the library's chain names: one notion of "the
    draft of" for the trace and both reuse graphs."""
    found = draft_links(library_link_docs(lib.conn))
    assert found == chain.drafts(lib.conn)
    assert set(found) == set(PAIRS.values())
    assert found["A_RES_80_150"] == "A_C.2_80_L.48"  # the Vice-Chair's text, not L.5


@pytest.mark.pdfs
def test_links_follow_deletes_and_adds(lib, folder):
    lib.delete("A/RES/80/150")
    assert lib.adopted_as("A/C.2/80/L.48") is None
    assert not [k for k in _links(lib, "adopted_as") if k[1] == "A_RES_80_150"]
    lib.add_file(folder / "A_RES_80_150.pdf")
    assert lib.adopted_as("A/C.2/80/L.48").id == "A_RES_80_150"
    assert lib.adopted_as("A/C.2/80/L.5").id == "A_RES_80_150"


@pytest.mark.pdfs
def test_another_process_adding_is_caught_up_on_reading(lib, folder, tmp_path):
    path = tmp_path / "two.sqlite"
    with Library(path) as a:
        a.add_file(folder / "A_C.2_80_L.26.pdf")
        with Library(path) as b:
            b.add_file(folder / "A_RES_80_130.pdf")  # b's writes: a has not synced since
        assert a.adopted_as("A/C.2/80/L.26").id == "A_RES_80_130"


@pytest.mark.pdfs
def test_a_retitled_draft_is_linked_by_content(folder, tmp_path):
    from dataclasses import replace

    # the Fifth Committee's short texts share much wording: A/C.5/80/L.3 reads 0.70 like
    # the support account's A/RES/80/240 and 1.00 like its own A/RES/80/230
    draft = replace(parse_file(folder / "A_C.5_80_L.3.pdf"), title="Arrangements under 2719")
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.add_document(draft, "L.3 retitled")
        for f in ("A_RES_80_230.pdf", "A_RES_80_240.pdf", "A_RES_80_2.pdf"):
            lib.add_file(folder / f)
        (link,) = [lk for lk in lib.chain("A_C.5_80_L.3")[0].links if lk.kind == "adopted_as"]
        assert (link.dst, link.evidence) == ("A_RES_80_230", "content")
        assert link.score == 1.0 and "titles differ" in link.detail
        # a text of another subject, retitled too, links to nothing
        other = replace(parse_file(folder / "A_C.5_80_L.12.pdf"), title="Something else")
        lib.add_document(other, "L.12 retitled")
        assert lib.adopted_as("A_C.5_80_L.12") is None


@pytest.mark.pdfs
def test_a_revision_is_linked_to_what_it_revises(folder, tmp_path):
    from dataclasses import replace

    # no revision is in the shared set: L.48 as if reissued as L.5/Rev.1
    rev = replace(
        parse_file(folder / "A_C.2_80_L.48.pdf"), symbol="A/C.2/80/L.5/Rev.1", origin=None
    )
    with Library(tmp_path / "lib.sqlite") as lib:
        lib.add_file(folder / "A_C.2_80_L.5.pdf")
        lib.add_document(rev, "rev")
        lib.add_file(folder / "A_RES_80_150.pdf")
        chain = lib.chain("A/RES/80/150")
        assert [(e.summary.symbol, e.role) for e in chain] == [
            ("A/C.2/80/L.5", "draft"),
            ("A/C.2/80/L.5/Rev.1", "revision"),
            ("A/RES/80/150", "adopted"),
        ]
        (revises,) = [lk for lk in chain[1].links if lk.kind == "revises"]
        assert (revises.dst, revises.evidence) == ("A_C.2_80_L.5", "symbol")
        assert lib.draft_of("A/RES/80/150").symbol == "A/C.2/80/L.5/Rev.1"


# -- series stay within one body --------------------------------------------------------------

POVERTY = ["A_RES_67_164", "A_RES_69_183", "A_RES_71_186", "A_RES_73_163", "A_RES_75_175",
           "A_RES_77_223", "A_RES_79_178"]  # fmt: skip
COUNCIL = ["A_HRC_RES_44_13", "A_HRC_RES_53_10"]


@pytest.fixture(scope="module")
def poverty(corpus_docs, tmp_path_factory):
    with Library(tmp_path_factory.mktemp("poverty") / "lib.sqlite") as lib:
        for f, sym, text in corpus_docs:
            if f in POVERTY or f in COUNCIL:
                lib.add_document(parse_text(text, f, sym, strict=False), f)
        yield lib


@pytest.mark.corpus
def test_previous_stays_in_the_body(poverty):
    assert poverty.previous("A/RES/79/178").id == "A_RES_77_223"
    # the Council's text of June 2023 came in between, across bodies
    assert poverty.previous("A/RES/79/178", all_bodies=True).id == "A_HRC_RES_53_10"
    assert poverty.previous("A/RES/67/164") is None
    assert [d.id for d in poverty.series("A/RES/79/178")] == POVERTY
    assert {d.id for d in poverty.series("A/RES/79/178", all_bodies=True)} == set(POVERTY + COUNCIL)
    assert [d.id for d in poverty.series("A/HRC/RES/53/10")] == COUNCIL


@pytest.mark.corpus
def test_what_is_new_against_the_previous_of_the_body(poverty):
    nv = poverty.novelty("A/RES/79/178")
    assert (nv.previous.symbol, nv.current.symbol) == ("A/RES/77/223", "A/RES/79/178")
    # the figures: 24 unchanged and 10 modified (17 more only renumbered)
    assert (len(nv.new), len(nv.changed), len(nv.dropped), nv.unchanged) == (5, 10, 4, 41)
    assert nv.summary().startswith(
        "Against A/RES/77/223: 5 new paragraphs (PP 8, PP 11, PP 13, PP 14, PP 26), 10 changed"
    )


@pytest.mark.pdfs
def test_chain_and_show_commands(lib):
    import json
    import subprocess
    import sys

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "clausewise", *args, "--library", str(lib.path)],
            capture_output=True,
            text=True,
            check=False,
        )

    r = cli("chain", "A/RES/80/151", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert [(e["summary"]["symbol"], e["role"]) for e in json.loads(r.stdout)] == [
        ("A/C.2/80/L.6", "draft"),
        ("A/C.2/80/L.49", "draft"),
        ("A/RES/80/151", "adopted"),
    ]
    r = cli("show", "A/C.2/80/L.49")
    assert "negotiation" in r.stdout and "A/RES/80/151" in r.stdout
    assert "submitted on the basis of A/C.2/80/L.6" in " ".join(r.stdout.split())
    r = cli("chain", "A/RES/80/151", "--compare", "--format", "json")
    cols = [c["symbol"] for c in json.loads(r.stdout)["columns"]]
    assert cols == ["A/C.2/80/L.6", "A/C.2/80/L.49", "A/RES/80/151"]
