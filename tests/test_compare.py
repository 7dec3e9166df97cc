"""compare(): the issue's "Must hold" on the seeds, and moves, splits and merges made from
the seed text (edited as a drafter would, then parsed like any file)."""

from __future__ import annotations

import re

import pytest

from clausewise import parse_text
from clausewise.compare import compare
from clausewise.compare.align import _lis, _weighted_lis
from tests.conftest import SEED_001


def summary_of(c):
    return {k: v for k, v in c.summary.items() if v}


def of_type(c, t):
    return [x for x in c.changes if x.type == t]


# -- the seeds --------------------------------------------------------------------------


def test_000_to_001_must_hold(seed000, seed001):
    c = compare(seed000, seed001)
    assert c.summary == {
        "unchanged": 27,
        "modified": 1,
        "moved": 0,
        "inserted": 1,
        "deleted": 0,
        "renumbered": 2,
        "split": 0,
        "merged": 0,
    }
    (mod,) = of_type(c, "modified")
    assert mod.old.eid == mod.new.eid == "preamble__container_12"
    assert [w for w in mod.words if w[0] != "="] == [("+", "also ")]
    assert mod.words[0] == ("=", "Emphasizing ")
    (ins,) = of_type(c, "inserted")
    assert ins.new.num == "15" and "commemoration of the seventieth anniversary" in ins.new.text
    ren = of_type(c, "renumbered")
    assert [(r.old.num, r.new.num) for r in ren] == [("15", "16"), ("16", "17")]
    assert all(r.words == (("=", r.new.text),) for r in ren)  # never a text change
    # the redline reads in order: the insertion stands between 14 and the old 15
    order = [(x.old.num if x.old else None, x.new.num if x.new else None) for x in c.changes]
    assert order[-4:] == [("14", "14"), (None, "15"), ("15", "16"), ("16", "17")]


def test_000_to_001_footnotes_and_header(seed000, seed001):
    c = compare(seed000, seed001)
    fn = {(f.type, (f.old or f.new).marker): f for f in c.footnotes}
    assert set(fn) == {("removed", "*"), ("added", "6")}
    assert fn["added", "6"].new.text == "Resolution 217 A (III)."
    assert fn["added", "6"].paragraph == "para_15"
    assert fn["removed", "*"].paragraph == "header"
    fields = {h.field: h for h in c.header}
    for f in ("status", "distribution", "issued", "adopted", "origin", "meeting", "sponsors"):
        assert f in fields, f
    assert "session" not in fields and "agenda_items" not in fields
    assert (fields["status"].old, fields["status"].new) == ("draft", "adopted")
    assert fields["adopted"].new == "2017-12-19"
    assert fields["sponsors"].old == ["China", "Cuba"] and fields["sponsors"].new == []
    assert fields["meeting"].new == "73rd plenary meeting"


def test_001_to_004_across_bodies(seed001, seed004):
    c = compare(seed001, seed004)
    assert sum(c.summary.values()) == len(c.changes)
    pair = [
        x
        for x in c.changes
        if x.old
        and x.new
        and x.old.text.startswith("Reaffirming that dialogue among religions, cultures")
    ]
    assert len(pair) == 1
    assert pair[0].new.text.startswith("Recognizing also that dialogue among religions")
    assert pair[0].type == "modified"
    assert ("-", "Reaffirming ") in pair[0].words and ("+", "Recognizing also ") in pair[0].words
    fields = {h.field for h in c.header}
    assert {"body", "formula", "title", "session"} <= fields
    # every paragraph of both versions is accounted for exactly once
    old_seen = [
        s.eid
        for x in c.changes
        for s in ([x.old] if x.old else []) + list(x.parts if x.type == "merged" else [])
    ]
    new_seen = [
        s.eid
        for x in c.changes
        for s in ([x.new] if x.new else []) + list(x.parts if x.type == "split" else [])
    ]
    assert sorted(old_seen) == sorted(p.eid for p in seed001.all_paragraphs())
    assert sorted(new_seen) == sorted(p.eid for p in seed004.all_paragraphs())


def test_document_against_itself_is_all_unchanged(seed004):
    c = compare(seed004, seed004)
    assert summary_of(c) == {"unchanged": 31}
    assert c.identical and not c.footnotes and not c.header


# -- edits made to the adopted text -----------------------------------------------------

SEED = SEED_001.read_text(encoding="utf-8")


def operative(text: str) -> list[str]:
    return re.findall(r"(?m)^\d+\. .*$", text)


def renumber(text: str) -> str:
    """Number the operative paragraphs 1, 2, 3 ... as they now stand."""
    n = iter(range(1, 100))
    return re.sub(r"(?m)^\d+\. ", lambda m: f"{next(n)}. ", text)


def edited(*edits) -> str:
    text = SEED
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    return renumber(text)


P10 = (
    "10. *Also emphasizes* the need for a cooperative approach on the part of all stakeholders"
    " to resolving human rights issues in international forums;\n\n"
)
P13 = "13. *Urges* States"


def doc(text):
    return parse_text(text, "variant.txt")


@pytest.fixture(scope="module")
def original():
    return doc(SEED)


def test_moved_paragraph_is_one_move_and_renumbering(original):
    new = doc(edited((P10, ""), (P13, P10 + P13)))
    c = compare(original, new)
    (mv,) = of_type(c, "moved")
    assert (mv.old.num, mv.new.num) == ("10", "12") and not mv.edited
    assert [(r.old.num, r.new.num) for r in of_type(c, "renumbered")] == [
        ("11", "10"),
        ("12", "11"),
    ]
    assert summary_of(c) == {"unchanged": 28, "moved": 1, "renumbered": 2}


def test_moved_and_modified(original):
    moved = P10.replace("in international", "in all international")
    c = compare(original, doc(edited((P10, ""), (P13, moved + P13))))
    (mv,) = of_type(c, "moved")
    assert mv.edited and (mv.old.num, mv.new.num) == ("10", "12")
    assert [w for w in mv.words if w[0] != "="] == [("+", "all ")]
    assert not of_type(c, "modified") and not of_type(c, "inserted")


def test_move_between_preamble_and_operative(original):
    last_pp = "Recalling the adoption of resolution 2000/22"
    pp = (
        "*Emphasizing also* the need for a cooperative approach on the part of all"
        " stakeholders to resolving human rights issues in international forums,\n\n"
    )
    c = compare(original, doc(edited((P10, ""), (last_pp, pp + last_pp))))
    (mv,) = of_type(c, "moved")
    assert mv.old.kind == "operative" and mv.new.kind == "preambular"
    assert mv.old.num == "10" and mv.new.num is None
    assert not of_type(c, "inserted") and not of_type(c, "deleted")


P12_TAIL = (
    "fundamental freedoms, and encourages non-governmental organizations to contribute"
    " actively to this endeavour;"
)
P12_SPLIT = (
    "fundamental freedoms;\n\n13. *Encourages* non-governmental organizations to contribute"
    " actively to this endeavour;"
)


def test_split_paragraph(original):
    c = compare(original, doc(edited((P12_TAIL, P12_SPLIT))))
    (sp,) = of_type(c, "split")
    assert sp.old.num == "12" and sp.new.num == "12" and [p.num for p in sp.parts] == ["13"]
    assert not of_type(c, "inserted") and not of_type(c, "deleted")
    assert c.summary["split"] == 1 and c.summary["renumbered"] == 5  # old 13..17 -> 14..18


def test_merged_paragraphs(original):
    c = compare(doc(edited((P12_TAIL, P12_SPLIT))), original)
    (mg,) = of_type(c, "merged")
    assert mg.new.num == "12" and mg.old.num == "12" and [p.num for p in mg.parts] == ["13"]
    assert not of_type(c, "inserted") and not of_type(c, "deleted")


def test_deleted_paragraph_stands_where_it_was(original):
    c = compare(original, doc(edited((P10, ""))))
    types = [(x.type, x.old.num if x.old else None) for x in c.changes]
    i = types.index(("deleted", "10"))
    assert types[i - 1] == ("unchanged", "9") and types[i + 1] == ("renumbered", "11")


# -- the increasing runs ----------------------------------------------------------------


def test_longest_increasing_run():
    seq = [3, 0, 1, 8, 2, 9, 4]
    run = [seq[i] for i in _lis(seq)]
    assert run == [0, 1, 2, 4] or len(run) == 4 and run == sorted(run)
    assert _lis([]) == []


def test_weighted_run_keeps_heavy_anchors():
    # two light pairs in order would outnumber one heavy anchor; the anchor must win
    seq, w = [5, 1, 2], [1000, 1, 1]
    assert [seq[i] for i in _weighted_lis(seq, w)] == [5]
    assert _weighted_lis([1, 2, 3], [1, 1, 1]) == [0, 1, 2]


def test_footnote_marker_and_typography_are_not_edits(original):
    # the marker ¹ dropped, curly quotes made straight, an en dash for a hyphen
    text = edited(
        ("25 June 1993,¹ for", "25 June 1993, for"),
        ("“Transforming our world", '"Transforming our world'),
        ("Sustainable Development”", 'Sustainable Development"'),
        ("far-reaching", "far–reaching"),
    )
    new = doc(text)
    assert new.preamble[1].text != original.preamble[1].text
    c = compare(original, new)
    assert summary_of(c) == {"unchanged": 31}
