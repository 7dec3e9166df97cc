"""Series timelines on the corpus's "Human rights and extreme poverty" (A/RES/67/164 ...
79/178): the grid's cells agree with a pairwise compare of each pair of neighbours, made
afresh here; every paragraph of every version is in exactly one row; a cell's words rebuild
the texts it stands between. Also the CLI and the n-way view of a chain."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from clausewise import parse_text
from clausewise.compare import compare
from clausewise.compare.core import full_text, normalise
from clausewise.history.timeline import CHANGED, GONE, MOVED_, NEW, PRESENT, SAME, timeline
from clausewise.library import Library
from clausewise.model import Document

POVERTY = ["A_RES_67_164", "A_RES_69_183", "A_RES_71_186", "A_RES_73_163", "A_RES_75_175",
           "A_RES_77_223", "A_RES_79_178"]  # fmt: skip
EXPECTED = {
    "unchanged": SAME,
    "renumbered": SAME,
    "modified": CHANGED,
    "moved": MOVED_,
    "split": CHANGED,
    "merged": CHANGED,
}


@pytest.fixture(scope="module")
def docs(corpus_docs) -> list[Document]:
    by = {f: parse_text(text, f, sym, strict=False) for f, sym, text in corpus_docs if f in POVERTY}
    return [by[f] for f in POVERTY]


def _where(tl, col: int) -> dict[str, int]:
    """eid -> row, for the paragraphs in version `col`."""
    out = {}
    for k, row in enumerate(tl.rows):
        cell = row.cells[col]
        if cell is not None and cell.here:
            assert cell.eid not in out, f"{cell.eid} twice in column {col}"
            out[cell.eid] = k
    return out


@pytest.mark.corpus
def test_cells_agree_with_pairwise_compare_of_neighbours(docs):
    tl = timeline(docs)
    assert [c.symbol for c in tl.columns] == [f.replace("_", "/") for f in POVERTY]
    first = _where(tl, 0)
    assert sorted(first) == sorted(p.eid for p in docs[0].all_paragraphs())
    assert all(tl.rows[k].cells[0].state == PRESENT for k in first.values())
    for i in range(1, len(docs)):
        cmp = compare(docs[i - 1], docs[i])
        before, here = _where(tl, i - 1), _where(tl, i)
        assert sorted(here) == sorted(p.eid for p in docs[i].all_paragraphs())
        for ch in cmp.changes:
            if ch.type == "inserted":
                row = tl.rows[here[ch.new.eid]]
                assert row.cells[i].state == NEW and row.cells[i - 1] is None
                assert row.first == i
            elif ch.type == "deleted":
                row = tl.rows[before[ch.old.eid]]
                assert (row.cells[i].state, row.cells[i].eid) == (GONE, ch.old.eid)
                assert row.last == i - 1 and all(c is None for c in row.cells[i + 1 :])
            else:  # the same paragraph: one row from the old version to the new
                k = before[ch.old.eid]
                assert here[ch.new.eid] == k, (i, ch.type, ch.old.eid, ch.new.eid)
                cell = tl.rows[k].cells[i]
                assert (cell.state, cell.change) == (EXPECTED[ch.type], ch.type)
                assert cell.words == ch.words
        # the column's counts are the comparison's (a split or merge is one change)
        counts = tl.counts(i)
        s = cmp.summary
        assert counts[NEW] == s["inserted"]
        assert counts[GONE] == s["deleted"]
        assert counts[SAME] == s["unchanged"] + s["renumbered"]
        assert counts[MOVED_] == s["moved"]
        assert counts[CHANGED] == s["modified"] + s["split"] + s["merged"]


@pytest.mark.corpus
def test_a_cells_words_rebuild_the_texts_it_stands_between(docs):
    tl = timeline(docs)
    texts = [{p.eid: full_text(p) for p in d.all_paragraphs()} for d in docs]
    seen = 0
    for row in tl.rows:
        for i, cell in enumerate(row.cells):
            if cell is None or i == 0 or cell.state in (NEW, GONE):
                continue
            prev = row.cells[i - 1]
            old = "".join(t for op, t in cell.words if op != "+")
            new = "".join(t for op, t in cell.words if op != "-")
            assert normalise(new) == normalise(texts[i][cell.eid])
            if cell.state == SAME:
                assert normalise(texts[i - 1][prev.eid]) == normalise(texts[i][cell.eid])
            else:
                assert normalise(old) == normalise(texts[i - 1][prev.eid])
                seen += 1
    assert seen > 50  # real rewording, session after session


@pytest.mark.corpus
def test_rows_follow_the_latest_text_and_dropped_ones_stay_in_place(docs):
    tl = timeline(docs)
    last = [r for r in tl.rows if r.cells[-1] is not None and r.cells[-1].here]
    assert [r.label for r in last] == [f"PP {k}" for k in range(1, len(docs[-1].preamble) + 1)] + [
        f"OP {p.num}" for p in docs[-1].operative
    ]
    # the paragraph on the Second Decade, dropped in 77/223, stays after the one it followed
    k = next(
        k for k, r in enumerate(tl.rows) if r.text.startswith("Concerned that, during the Second")
    )
    assert tl.rows[k].cells[5].state == GONE and tl.rows[k].last == 4


@pytest.fixture(scope="module")
def lib(corpus_docs, tmp_path_factory):
    path = tmp_path_factory.mktemp("tl") / "lib.sqlite"
    with Library(path) as lib:
        for f, sym, text in corpus_docs:
            if f in POVERTY or f in ("A_HRC_RES_44_13", "A_HRC_RES_53_10"):
                lib.add_document(parse_text(text, f, sym, strict=False), f)
        yield lib


@pytest.mark.corpus
def test_the_librarys_timeline_is_the_bodys_series(lib, docs):
    tl = lib.timeline("A/RES/71/186")
    assert [c.id for c in tl.columns] == POVERTY
    assert tl.to_json() == timeline(docs, POVERTY).to_json()
    across = lib.timeline("A/RES/71/186", all_bodies=True)
    # the Council's of July 2020 and July 2023 in date order among the Assembly's
    council = {4: "A_HRC_RES_44_13", 7: "A_HRC_RES_53_10"}
    order = list(POVERTY)
    for at, ident in council.items():
        order.insert(at, ident)
    assert [c.id for c in across.columns] == order


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clausewise", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.corpus
def test_series_timeline_command(lib, tmp_path):
    r = _cli("series", "A/RES/79/178", "--timeline", "--format", "json", "--library", str(lib.path))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [c["symbol"] for c in data["columns"]] == [f.replace("_", "/") for f in POVERTY]
    assert {c["state"] for row in data["rows"] for c in row["cells"] if c} == {
        "present", "new", "unchanged", "changed", "gone",
    }  # fmt: skip
    out = tmp_path / "tl.html"
    r = _cli(
        "series",
        "A/RES/79/178",
        "--timeline",
        "-f",
        "html",
        "-o",
        str(out),
        "--library",
        str(lib.path),
    )
    assert r.returncode == 0, r.stderr
    page = out.read_text()
    # each cell that changed opens its redline, written below the grid
    assert page.count('<a href="#r') == page.count('class="cell-redline" id="r')
    assert 'id="r0c1"' in page and "<ins>" in page and "<del>" in page
    r = _cli("series", "A/RES/79/178", "--timeline", "--library", str(lib.path))
    assert r.returncode == 0 and "79/178: 5 new, 41 unchanged, 10 changed, 4 gone" in r.stdout
    assert "79/178" in r.stdout.splitlines()[0]  # every column has its title in full


@pytest.mark.corpus
def test_series_new_command(lib):
    r = _cli("series", "A/RES/79/178", "--new", "--library", str(lib.path))
    assert r.returncode == 0, r.stderr
    assert "Against A/RES/77/223: 5 new paragraphs" in r.stdout
    assert "{+" in r.stdout and "[-" in r.stdout
    r = _cli("series", "A/RES/67/164", "--new", "--library", str(lib.path))
    assert r.returncode == 2 and "no earlier adopted text in its series (of its body)" in r.stderr


@pytest.mark.pdfs
def test_three_way_compare_of_files(pdf_dir, tmp_path):
    # the G77's draft, the Rapporteur's text on its basis, and the resolution
    folder = pdf_dir / "mandate-pipeline"
    files = [str(folder / f"{n}.pdf") for n in ("A_C.2_80_L.2", "A_C.2_80_L.43", "A_RES_80_146")]
    r = _cli("compare", *files, "-f", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [c["symbol"] for c in data["columns"]] == [
        "A/C.2/80/L.2",
        "A/C.2/80/L.43",
        "A/RES/80/146",
    ]
    states = {
        row["label"]: [c["state"] if c else None for c in row["cells"]] for row in data["rows"]
    }
    assert states["OP 1"] == ["present", "changed", "unchanged"]  # "deep concern" -> "its concern"
    op1 = data["rows"][1]["cells"][1]["words"]
    assert ["-", "deep "] in op1 and ["+", "its "] in op1
    out = tmp_path / "three.html"
    assert _cli("compare", *files, "-f", "html", "-o", str(out)).returncode == 0
    assert out.read_text().count("<th>A/") == 3
    r = _cli("compare", *files, "-f", "docx", "-o", str(tmp_path / "x.docx"))
    assert r.returncode == 2 and "give two files" in r.stderr
