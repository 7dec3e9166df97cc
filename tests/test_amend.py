"""Amendments applied to their drafts, each change attributed, each checked against the
adopted text; an instruction that cannot be applied is reported, never guessed.

The two amendments of ../shared/pdf/mandate-pipeline/ (A/C.2/80/L.62 and L.63, by the
European Union) amend L.13/Rev.1 and L.12/Rev.1, and those revisions are not in the folder:
only the originals are, and they number their paragraphs otherwise (L.13 has 45 operative
paragraphs, the revision 46: L.13's OP 35 is the revision's OP 37). So:

- applied to the originals, the paragraphs named by number are *not* deleted, each with the
  reason (deleting L.13's OP 35 would delete the wrong paragraph);
- applied to the adopted texts A/RES/80/121 and 80/123, which the Committee adopted on
  those revisions (the caller says the numbering is theirs, `same_numbering`), each
  deletion falls where the instruction says: L.62's four targets are one subject (trade
  measures taken unilaterally or for the environment), L.63's three the debt architecture
  at the United Nations; and each is "not adopted", since the adopted texts keep them.

The other wordings (replace, insert after words, at the end, a new paragraph, words of a
sub-paragraph) are tabled here against the real L.13 and L.30 (tests/data/), and the
adopted A/RES/80/121 answers for each whether the Assembly took the change: six of them are
changes the negotiation really made between L.13 and A/RES/80/121.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from clausewise import parse_file, parse_text
from clausewise.compare.core import full_text
from clausewise.history.amend import (
    ADOPTED,
    APPLIED,
    NOT_ADOPTED,
    NOT_APPLIED,
    UNCLEAR,
    AmendError,
    apply,
    check_adoption,
)
from clausewise.history.docx import to_docx
from tests.test_compare_docx import resolve

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def pipe(pdf_dir):
    f = pdf_dir / "mandate-pipeline"
    if not f.exists():
        pytest.skip(f"{f} not found (set CLAUSEWISE_SHARED)")
    return f


@pytest.fixture(scope="module")
def docs(pipe):
    names = ["A_C.2_80_L.12", "A_C.2_80_L.13", "A_C.2_80_L.30", "A_C.2_80_L.62",
             "A_C.2_80_L.63", "A_RES_80_121", "A_RES_80_123"]  # fmt: skip
    return {n: parse_file(pipe / f"{n}.pdf") for n in names}


@pytest.mark.pdfs
def test_numbers_of_another_version_are_not_applied(docs):
    l13, l62 = docs["A_C.2_80_L.13"], docs["A_C.2_80_L.62"]
    r = apply(l13, [l62])
    assert r.notes == (
        "A/C.2/80/L.62 amends A/C.2/80/L.13/Rev.1; A/C.2/80/L.13 is an earlier version of it, "
        "so places given only by paragraph number are not applied here",
    )
    assert [(o.status, o.where) for o in r.outcomes] == [
        (NOT_APPLIED, "PP 21"),
        (NOT_APPLIED, "OP 35"),
        (NOT_APPLIED, "OP 38"),
        (NOT_APPLIED, "OP 39"),
    ]
    assert all("by number only" in o.reason for o in r.outcomes)
    assert [p.text for p in r.text.operative] == [p.text for p in l13.operative]


@pytest.mark.pdfs
@pytest.mark.parametrize(
    "amendment, adopted, expected",
    [
        (
            "A_C.2_80_L.62",
            "A_RES_80_121",
            [
                ("PP 21", "Deeply concerned also about trade-restrictive measures imposed"),
                ("OP 35", "Urges the international community to adopt urgent and effective"),
                ("OP 38", "Expresses deep concern regarding unilateral protectionist measures"),
                ("OP 39", "Stresses the importance of article 3.5 of the United Nations Fram"),
            ],
        ),
        (
            "A_C.2_80_L.63",
            "A_RES_80_123",
            [
                ("OP 3", "Acknowledges with appreciation the advancements made in the Sevi"),
                ("OP 43", "Also recalls the request in the Sevilla Commitment to the Secret"),
                ("OP 45", "Recalls paragraph 50 (f) of the Sevilla Commitment on the initia"),
            ],
        ),
    ],
)
def test_the_amendments_delete_what_they_name_and_were_not_adopted(
    docs, amendment, adopted, expected
):
    text, am = docs[adopted], docs[amendment]
    with pytest.raises(AmendError, match="amends A/C.2/80/L.1[23]/Rev.1, not A/RES/80/12[13]"):
        apply(text, [am])  # another text altogether, unless the caller vouches for it
    r = check_adoption(apply(text, [am], same_numbering=True), text)
    assert [(o.status, o.where) for o in r.outcomes] == [(APPLIED, w) for w, _ in expected]
    assert all(o.words[0][1].startswith(s) for o, (_, s) in zip(r.outcomes, expected, strict=True))
    for o, (where, _) in zip(r.outcomes, expected, strict=True):
        assert o.words == (("-", full_text(_paragraph(text, where))),)
        assert o.adoption.status == NOT_ADOPTED
        assert o.adoption.detail == f"the adopted text keeps it as {where}"
    assert len(r.text.preamble) + len(r.text.operative) == (
        len(text.preamble) + len(text.operative) - len(expected)
    )
    kept = {full_text(p) for p in r.text.paragraphs}
    assert not any(o.words[0][1] in kept for o in r.outcomes)
    assert [p.state for p in r.redline if p.state != "unchanged"] == ["deleted"] * len(expected)
    assert {b for p in r.redline for b in p.by} == {am.symbol}


def _paragraph(doc, label):
    part, num = label.split()
    if part == "PP":
        return doc.preamble[int(num) - 1]
    return next(p for p in doc.operative if p.num == num)


@pytest.fixture(scope="module")
def tabled(docs):
    """Ten instructions against the real L.13 (tests/data/amendments_to_L13.txt)."""
    am = parse_file(DATA / "amendments_to_L13.txt")
    r = apply(docs["A_C.2_80_L.13"], [am])
    return am, check_adoption(r, docs["A_RES_80_121"])


@pytest.mark.pdfs
def test_each_wording_applied_where_it_says(tabled, docs):
    am, r = tabled
    assert (am.symbol, am.amends, len(am.instructions)) == ("A/C.2/80/L.90", "A/C.2/80/L.13", 11)
    assert r.notes == ()
    got = [(o.n, o.status, o.where) for o in r.outcomes]
    assert got == [
        (1, APPLIED, "OP 6"),
        (2, APPLIED, "OP 25"),
        (3, APPLIED, "OP 25"),
        (4, APPLIED, "OP 26"),
        (5, APPLIED, "new after OP 14"),
        (6, APPLIED, "OP 7"),
        (7, APPLIED, "OP 14"),
        (8, APPLIED, "OP 12"),
        (9, APPLIED, "OP 36"),
        (10, NOT_APPLIED, "OP 5"),
        (11, NOT_APPLIED, "OP 11"),
    ]
    ops = {p.num: p.text for p in r.text.operative}
    old = {p.num: p.text for p in docs["A_C.2_80_L.13"].operative}
    assert ops["6"] == old["6"].replace("Also reaffirms", "Reaffirms")
    assert ops["7"] == old["7"].replace(
        "non-discriminatory and predictable by",
        "non-discriminatory and predictable, in accordance with World Trade Organization rules, by",
    )
    assert ops["14"] == old["14"][:-1] + ", in line with national priorities;"
    assert ops["15"].startswith("Encourages the scaling up of Aid for Trade")  # the new one
    assert ops["16"] == old["15"]  # renumbered after it
    assert ops["26"] == (
        old["25"]
        .replace("including unilateral ones", "including trade barriers")
        .replace("utilize existing flexibilities", "utilize flexibilities")
    )
    assert ops["27"] == old["27"]  # OP 26 of the draft is gone
    assert ops["36"] == old["36"].replace(" rather than by imposing barriers to trade", "")
    assert len(ops) == len(old)


@pytest.mark.pdfs
def test_instructions_that_cannot_be_applied_say_why(tabled):
    _, r = tabled
    by_n = {o.n: o for o in r.outcomes}
    assert by_n[10].reason == (
        "“the Organization” occurs 4 times in OP 5: the instruction does not say which"
    )
    assert by_n[11].reason == "“the importance of supplementary initiatives” is not in OP 11"
    assert by_n[10].adoption is None and by_n[10].words == ()


@pytest.mark.pdfs
def test_whether_each_change_is_in_the_adopted_text(tabled):
    _, r = tabled
    assert r.adopted == "A/RES/80/121"
    got = {o.n: (o.adoption.status, o.adoption.detail) for o in r.outcomes if o.adoption}
    assert got == {
        1: (ADOPTED, "the adopted OP 6 has the amended words"),
        2: (ADOPTED, "the adopted OP 27 has the amended words"),
        3: (ADOPTED, "the adopted OP 27 does not have the deleted words"),
        4: (ADOPTED, "the adopted text does not have it"),
        5: (ADOPTED, "the adopted text has it as OP 15 (1.00)"),
        6: (NOT_ADOPTED, "the adopted OP 7 does not have the inserted words"),
        7: (NOT_ADOPTED, "the adopted OP 16 does not have the inserted words"),
        8: (ADOPTED, "the adopted OP 13 has the amended words"),
        9: (UNCLEAR, "the paragraph (OP 36) is not in the adopted text"),
    }


@pytest.mark.pdfs
def test_the_redline_attributes_each_change(tabled):
    _, r = tabled
    changed = {p.label: p for p in r.redline if p.state != "unchanged"}
    assert set(changed) == {
        "OP 6", "OP 7", "OP 12", "OP 14", "new after OP 14", "OP 25", "OP 26", "OP 36",
    }  # fmt: skip
    op25 = changed["OP 25"]
    marks = [(s.op, s.text, s.n) for s in op25.segs if s.op != "="]
    assert marks == [
        ("-", "including unilateral ones", 2),
        ("+", "including trade barriers", 2),
        ("-", " existing", 3),
    ]
    assert {s.by for s in op25.segs if s.op != "="} == {"A/C.2/80/L.90"}
    assert (changed["OP 26"].state, changed["new after OP 14"].state) == ("deleted", "added")
    data = r.to_json()
    assert [o["status"] for o in data["outcomes"]].count("not applied") == 2
    assert {p["label"] for p in data["redline"]} == set(changed)
    json.dumps(data)


@pytest.mark.pdfs
def test_a_later_amendment_meets_what_an_earlier_one_did(docs, tabled):
    am, _ = tabled
    second = parse_text(
        "A/C.2/80/L.91\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: Limited\n2 December 2025\n\n"
        "Eightieth session\nSecond Committee\nAgenda item 16 (a)\n\n"
        "Chile: amendment to draft resolution A/C.2/80/L.13\n\n"
        "International trade and development\n\n"
        "1. Delete operative paragraph 26.\n\n"
        "2. In operative paragraph 6, after “maintaining stable trade flows”, insert “and supply chains”.\n",
        "L.91",
    )
    r = apply(docs["A_C.2_80_L.13"], [am, second])
    last = r.outcomes[-2:]
    assert (last[0].status, last[0].reason) == (
        NOT_APPLIED,
        "OP 26 is deleted by A/C.2/80/L.90 (4)",
    )
    assert last[1].status == APPLIED  # both amendments changed OP 6, each its own words
    op6 = next(p for p in r.redline if p.label == "OP 6")
    assert op6.by == ("A/C.2/80/L.90", "A/C.2/80/L.91")
    assert r.text.operative[5].text.startswith(
        "Reaffirms that maintaining stable trade flows and supply chains is essential"
    )


@pytest.mark.pdfs
def test_words_find_their_place_in_another_version(docs):
    # an amendment to the revision, quoting words: found once in the original, they place
    # it wherever the original numbers that paragraph; found twice, they place nothing
    am = replace(parse_file(DATA / "amendments_to_L13.txt"), amends="A/C.2/80/L.13/Rev.1")
    services = replace(am.instructions[7], paragraph="13", eid="para_13")  # L.13's OP 12
    unilateral = replace(am.instructions[1], paragraph="27", eid="para_27")
    r = apply(docs["A_C.2_80_L.13"], [replace(am, instructions=(services, unilateral))])
    first, second = r.outcomes
    assert (first.status, first.where) == (APPLIED, "OP 12")
    assert first.reason == (
        "the words are in OP 12 here (the amendment says operative paragraph 13)"
    )
    assert (second.status, second.reason) == (
        NOT_APPLIED,
        "“including unilateral ones” occurs in OP 25, OP 38",
    )


@pytest.mark.pdfs
def test_sub_paragraphs(docs):
    am = parse_text(
        "A/C.2/80/L.92\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: Limited\n2 December 2025\n\n"
        "Eightieth session\nSecond Committee\nAgenda item 22\n\n"
        "Chile: amendments to draft resolution A/C.2/80/L.30\n\n"
        "Contribution of the care economy to sustainable development\n\n"
        "1. In subparagraph (b) of operative paragraph 1, replace “intergenerational” with “life-cycle”.\n\n"
        "2. Delete subparagraph (d) of operative paragraph 1.\n",
        "L.92",
    )
    r = apply(docs["A_C.2_80_L.30"], [am])
    assert [(o.status, o.where) for o in r.outcomes] == [
        (APPLIED, "OP 1 (b)"),
        (APPLIED, "OP 1 (d)"),
    ]
    items = r.text.operative[0].items
    assert [i.num for i in items] == ["a", "b", "c"]
    assert items[1].text.startswith("Adopt a comprehensive and life-cycle approach")
    assert items[1].eid == "para_1__list_1__point_b"


@pytest.mark.pdfs
def test_word_file_tracks_each_change_by_its_amendment(tabled, docs):
    _, r = tabled
    data = to_docx(r, when="2025-12-01T00:00:00Z")
    accepted = resolve(data, accept=True)
    rejected = resolve(data, accept=False)
    ops = [p.text for p in r.text.operative]
    draft_ops = [p.text for p in docs["A_C.2_80_L.13"].operative]
    assert [
        t.split("\t", 1)[-1]
        for t in accepted
        if "\t" in t or t.startswith("Encourages the scaling")
    ][: len(ops)] == ops
    assert [t.split("\t", 1)[-1] for t in rejected if "\t" in t][: len(draft_ops)] == draft_ops
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    assert 'w:author="A/C.2/80/L.90"' in xml and 'w:author="clausewise"' not in xml


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clausewise", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.pdfs
def test_amend_command(pipe, tmp_path):
    lib = tmp_path / "none.sqlite"  # no library: the adopted text is given or not checked
    r = _cli("amend", str(pipe / "A_C.2_80_L.13.pdf"), str(DATA / "amendments_to_L13.txt"),
             "--adopted", str(pipe / "A_RES_80_121.pdf"), "-f", "json", "--library", str(lib))  # fmt: skip
    assert r.returncode == 1  # two instructions were not applied
    data = json.loads(r.stdout)
    assert data["adopted"] == "A/RES/80/121" and len(data["outcomes"]) == 11
    assert r.stderr.splitlines() == [
        "clausewise: A/C.2/80/L.90: instruction 10 not applied: “the Organization” occurs 4 "
        "times in OP 5: the instruction does not say which",
        "clausewise: A/C.2/80/L.90: instruction 11 not applied: “the importance of "
        "supplementary initiatives” is not in OP 11",
    ]
    r = _cli("amend", str(pipe / "A_C.2_80_L.12.pdf"), str(pipe / "A_C.2_80_L.62.pdf"))
    assert r.returncode == 2
    assert r.stderr.strip().endswith("A/C.2/80/L.62 amends A/C.2/80/L.13/Rev.1, not A/C.2/80/L.12")
    out = tmp_path / "redline.txt"
    r = _cli("amend", str(pipe / "A_C.2_80_L.13.pdf"), str(DATA / "amendments_to_L13.txt"),
             "-o", str(out), "--library", str(lib))  # fmt: skip
    text = out.read_text()
    assert "[-including unilateral ones-]‹L.90 2›{+including trade barriers+}‹L.90 2›" in text


@pytest.mark.pdfs
def test_amend_finds_the_adopted_text_in_the_library(pipe, tmp_path):
    from clausewise.library import Library

    path = tmp_path / "lib.sqlite"
    with Library(path) as lib:
        for f in ("A_C.2_80_L.13", "A_C.2_80_L.62", "A_RES_80_121"):
            lib.add_file(pipe / f"{f}.pdf")
    r = _cli("amend", "A/C.2/80/L.13", "A/C.2/80/L.62", "--same-numbering", "-f", "json",
             "--library", str(path))  # fmt: skip
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["adopted"] == "A/RES/80/121"
    assert [o["status"] for o in data["outcomes"]] == [APPLIED] * 4
    # numbered as L.13 since asked: the adopted text keeps these (L.13's) paragraphs too
    assert {o["adoption"]["status"] for o in data["outcomes"]} == {NOT_ADOPTED}
