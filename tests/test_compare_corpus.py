"""compare() on real text: every consecutive pair of the corpus's two year-over-year series
(see ../shared/corpus/README.md), with what a delegate reading them found."""

from __future__ import annotations

import pytest

from clausewise import parse_text
from clausewise.compare import compare
from clausewise.compare.docx import to_docx
from clausewise.compare.html import page
from clausewise.compare.words import MARKER
from clausewise.ingest.corpus import SERIES
from tests.test_compare_docx import expected, norm, resolve

PAIRS = [(a, b) for s in SERIES for a, b in zip(s, s[1:], strict=False)]


@pytest.fixture(scope="module")
def series(corpus_docs):
    want = {f for s in SERIES for f in s}
    return {f: parse_text(t, f, sym, strict=False) for f, sym, t in corpus_docs if f in want}


def bare(text: str) -> list[str]:
    return norm([MARKER.sub("", text)])


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
            # the words rebuild both texts (typography, spacing and footnote numbers aside:
            # the corpus leaves those as plain digits, "human rights,15 adopted")
            new = "".join(t for op, t in x.words if op != "-")
            old = "".join(t for op, t in x.words if op != "+")
            assert bare(new) == bare(x.new.text) and bare(old) == bare(x.old.text)
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
    # footnote numbers left in the corpus text as digits are not edits either
    c = compare(series["A_RES_69_183"], series["A_RES_71_186"])
    (guiding,) = find(c, "Takes note with appreciation of the guiding principles")
    assert "human rights,15 adopted" in guiding.new.text and guiding.type == "renumbered"
    # an en dash against a hyphen ("2008–2017" / "2008-2017") is not an edit
    c = compare(series["A_RES_67_164"], series["A_RES_69_183"])
    (decade,) = find(c, "Recalling its resolution 47/196")
    assert all("2008" not in t for op, t in decade.words if op != "=")


@pytest.mark.corpus
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_known_edits_on_real_paragraphs(corpus_docs, seed):
    """120 real corpus paragraphs; the new version has known rewordings, far moves (some
    reworded too), deletions and insertions: compare() must find exactly those."""
    import random

    from clausewise.model import OPERATIVE, Document, Paragraph

    rng = random.Random(seed)
    pool, seen = [], set()
    for f, sym, text in corpus_docs[seed * 200 : seed * 200 + 150]:
        for p in parse_text(text, f, sym, strict=False).operative:
            if 25 <= len(p.text.split()) <= 90 and p.text not in seen:
                seen.add(p.text)
                pool.append(p.text)
    rng.shuffle(pool)
    old_texts, spare = pool[:120], pool[120:126]
    # identity of each paragraph: its old position, or ("new", k) for an insertion
    items = [(i, t) for i, t in enumerate(old_texts)]
    reworded = set(rng.sample(range(120), 12))

    def reword(t):
        w = t.split()
        w.insert(rng.randrange(1, len(w)), "urgently")
        return " ".join(w)

    items = [(i, reword(t) if i in reworded else t) for i, t in items]
    moved = set()
    for _ in range(5):  # far moves
        while True:
            k = rng.randrange(len(items))
            if items[k][0] not in moved and items[k][0] not in reworded or rng.random() < 0.3:
                break
        it = items.pop(k)
        dest = (k + rng.randrange(20, 60)) % len(items)
        items.insert(dest, it)
        moved.add(it[0])
    deleted = set()
    for _ in range(4):
        k = rng.randrange(len(items))
        while items[k][0] in moved:
            k = rng.randrange(len(items))
        deleted.add(items.pop(k)[0])
    for j, t in enumerate(spare[:4]):
        items.insert(rng.randrange(len(items)), (("new", j), t))

    def build(texts):
        ops = tuple(
            Paragraph(f"para_{i + 1}", OPERATIVE, str(i + 1), None, t) for i, t in enumerate(texts)
        )
        return Document(
            body="GA",
            session=80,
            status="draft",
            title="T",
            number=None,
            symbol=None,
            operative=ops,
        )

    c = compare(build(old_texts), build([t for _, t in items]))
    ident = {f"para_{n + 1}": it[0] for n, it in enumerate(items)}
    found_moved = {ident[x.new.eid] for x in c.changes if x.type == "moved"}
    assert found_moved == moved
    assert {int(x.old.num) - 1 for x in c.changes if x.type == "deleted"} == deleted
    assert sorted(ident[x.new.eid] for x in c.changes if x.type == "inserted") == [
        ("new", j) for j in range(4)
    ]
    # every pairing is the true one, and rewording is seen exactly where it was made
    for x in c.changes:
        if x.old and x.new:
            assert ident[x.new.eid] == int(x.old.num) - 1
            assert x.edited == (ident[x.new.eid] in reworded)
    assert not [x for x in c.changes if x.type in ("split", "merged")]


@pytest.mark.corpus
def test_annex_paragraphs_are_compared(corpus_docs):
    """A/HRC/RES/16/1 carries a declaration as its annex (31 paragraphs): a paragraph
    reworded and one moved inside the annex are found there, and Word round-trips."""
    from dataclasses import replace

    (old,) = [parse_text(t, f, s, strict=False) for f, s, t in corpus_docs if f == "A_HRC_RES_16_1"]
    annex = old.annexes[0]
    paras = list(annex.paragraphs)
    paras[6] = replace(
        paras[6], text=paras[6].text.replace("all parts of society", "every part of society")
    )
    mover = paras.pop(1)
    paras.insert(12, mover)
    new = replace(old, annexes=(replace(annex, paragraphs=tuple(paras)),))
    c = compare(old, new)
    changed = [x for x in c.changes if x.type not in ("unchanged", "renumbered")]
    assert sorted((x.type, x.old.eid, x.edited) for x in changed) == [
        ("modified", "annex_1__sec_3__para_2", True),
        ("moved", "annex_1__sec_1__para_2", False),
    ]
    assert all(x.old.part == "annex" == x.new.part for x in changed)
    data = to_docx(c)
    assert norm(resolve(data, accept=True)) == norm(expected(new, c))
    assert norm(resolve(data, accept=False)) == norm(expected(old, c))
