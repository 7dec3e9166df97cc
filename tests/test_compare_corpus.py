"""compare() on real text: every consecutive pair of the corpus's two year-over-year series
(see ../shared/corpus/README.md), with what a delegate reading them found."""

from __future__ import annotations

import pytest

from clausewise import parse_text
from clausewise.compare import compare
from clausewise.compare.docx import to_docx
from clausewise.compare.html import page
from tests.test_compare_docx import expected, norm, resolve

SERIES = [
    ["A_RES_67_164", "A_RES_69_183", "A_RES_71_186", "A_RES_73_163", "A_RES_75_175",
     "A_RES_77_223", "A_RES_79_178"],
    ["A_RES_71_190", "A_RES_72_172", "A_RES_78_196", "A_RES_79_168", "A_HRC_RES_48_8",
     "A_HRC_RES_51_11", "A_HRC_RES_57_7"],
]  # fmt: skip
PAIRS = [(a, b) for s in SERIES for a, b in zip(s, s[1:], strict=False)]


@pytest.fixture(scope="module")
def series(corpus_docs):
    want = {f for s in SERIES for f in s}
    return {f: parse_text(t, f, sym, strict=False) for f, sym, t in corpus_docs if f in want}


def find(c, old_start=None, new_start=None):
    return [
        x
        for x in c.changes
        if (old_start is None or (x.old and x.old.text.startswith(old_start)))
        and (new_start is None or (x.new and x.new.text.startswith(new_start)))
    ]


@pytest.mark.corpus
@pytest.mark.parametrize("pair", PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_series_pair(series, pair):
    a, b = series[pair[0]], series[pair[1]]
    c = compare(a, b)
    # every paragraph of each version is accounted for exactly once
    olds = [
        s.eid for x in c.changes for s in [x.old, *(x.parts if x.type == "merged" else ())] if s
    ]
    news = [s.eid for x in c.changes for s in [x.new, *(x.parts if x.type == "split" else ())] if s]
    assert sorted(olds) == sorted(p.eid for p in a.all_paragraphs())
    assert sorted(news) == sorted(p.eid for p in b.all_paragraphs())
    for x in c.changes:
        if x.old and x.new and x.type != "merged" and x.type != "split":
            # the words rebuild both texts (typography and spacing aside)
            new = "".join(t for op, t in x.words if op != "-")
            old = "".join(t for op, t in x.words if op != "+")
            assert norm([new]) == norm([x.new.text]) and norm([old]) == norm([x.old.text])
        if x.type == "renumbered":
            assert x.old.num != x.new.num and not x.edited
    # and the Word file accepts to the new text and rejects to the old
    data = to_docx(c)
    assert norm(resolve(data, accept=True)) == norm(expected(b, c))
    assert norm(resolve(data, accept=False)) == norm(expected(a, c))
    assert page(c).startswith("<!DOCTYPE html>")


@pytest.mark.corpus
def test_what_a_delegate_saw(series):
    # a verbatim paragraph that moved across eight reworded ones is the move, not they
    c = compare(series["A_RES_79_168"], series["A_HRC_RES_48_8"])
    (takes_note,) = find(c, "Takes note of the report of the Independent Expert")
    assert takes_note.type == "moved" and (takes_note.old.num, takes_note.new.num) == ("3", "16")
    assert [x for x in c.changes if x.type == "moved" and x.edited and x.similarity < 0.6] == []
    # a paragraph that dropped its list of resolutions is the same paragraph, cut down
    c = compare(series["A_HRC_RES_48_8"], series["A_HRC_RES_51_11"])
    (recalling,) = find(c, "Recalling all previous resolutions", "Recalling all previous")
    assert recalling.type == "modified"
    assert recalling.words[-1][0] == "-" or recalling.words[-2][0] == "-"
    # an en dash against a hyphen ("2008–2017" / "2008-2017") is not an edit
    c = compare(series["A_RES_67_164"], series["A_RES_69_183"])
    (decade,) = find(c, "Recalling its resolution 47/196")
    assert all("2008" not in t for op, t in decade.words if op != "=")
