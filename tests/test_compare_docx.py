"""The Word file: real tracked changes, proven from the file itself. Accepting every revision
(an lxml transform written here, following the OOXML rules) must give the new text, and
rejecting every revision the old; LibreOffice must open it and print the inserted paragraph."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile

import pypdfium2
import pytest
from lxml import etree

from clausewise import parse_text
from clausewise.compare import compare
from clausewise.compare.docx import to_docx
from clausewise.compare.labels import name
from tests.test_compare import P10, P12_SPLIT, P12_TAIL, P13, edited

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def body(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/document.xml")).find("w:body", NS)


def resolve(data: bytes, accept: bool) -> list[str]:
    """Paragraph texts after accepting (or rejecting) every tracked change."""
    drop, keep = ("del", "moveFrom"), ("ins", "moveTo")
    if not accept:
        drop, keep = keep, drop
    root = body(data)
    for tag in drop:  # revisions that go away, content and all
        for el in root.findall(f".//w:p/w:{tag}", NS):
            el.getparent().remove(el)
    for tag in keep:  # revisions that stay: unwrap their runs
        for el in root.findall(f".//w:p/w:{tag}", NS):
            parent, i = el.getparent(), el.getparent().index(el)
            for child in list(el):
                parent.insert(i, child)
                i += 1
            parent.remove(el)
    out, carry = [], ""
    for p in root.findall("w:p", NS):
        text = carry + "".join(
            "\t" if e.tag == f"{{{W}}}tab" else (e.text or "")
            for e in p.iter(f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}tab")
        )
        # a paragraph whose mark goes away runs on into the next one
        gone = any(p.find(f"w:pPr/w:rPr/w:{t}", NS) is not None for t in drop)
        if gone:
            carry = text
            continue
        carry = ""
        out.append(text)
    return out


def expected(doc, c) -> list[str]:
    lines = [f"Comparison of {name(c.old)} with {name(c.new)} (clausewise)"]
    lines += [t for t in (doc.title, doc.formula) if t]
    for p in doc.all_paragraphs():
        text = " ".join([p.text] + [f"({i.num}) {i.text}" for i in p.items])
        lines.append(f"{p.num}.\t{text}" if p.num and p.kind != "preambular" else text)
    return lines


def norm(lines):
    return [re.sub(r"\s+", " ", s.translate(_FOLD)).strip() for s in lines]


def check_round_trip(old, new):
    c = compare(old, new)
    data = to_docx(c)
    assert norm(resolve(data, accept=True)) == norm(expected(new, c))
    assert norm(resolve(data, accept=False)) == norm(expected(old, c))
    return c, data


def revisions(data, tag):
    return body(data).findall(f".//w:{tag}", NS)


def test_seed_draft_to_adopted(seed000, seed001):
    c, data = check_round_trip(seed000, seed001)
    ins = revisions(data, "ins")
    assert ins and all(e.get(f"{{{W}}}author") == "clausewise" for e in ins)
    inserted = ["".join(e.itertext()) for e in ins]
    assert "also " in inserted and "16." in inserted and "17." in inserted
    assert any("commemoration of the seventieth anniversary" in t for t in inserted)
    deleted = ["".join(e.itertext()) for e in revisions(data, "del")]
    assert "15." in deleted and "16." in deleted  # renumbering: the number only


def test_move_is_move_from_and_move_to(seed001):
    moved = P10.replace("in international", "in all international")
    new = parse_text(edited((P10, ""), (P13, moved + P13)), "moved.txt")
    c, data = check_round_trip(seed001, new)
    src, dst = revisions(data, "moveFrom"), revisions(data, "moveTo")
    assert src and dst
    starts = revisions(data, "moveFromRangeStart")
    ends = revisions(data, "moveToRangeStart")
    assert [s.get(f"{{{W}}}name") for s in starts] == [e.get(f"{{{W}}}name") for e in ends]
    assert len(revisions(data, "moveFromRangeEnd")) == len(starts)


@pytest.mark.parametrize("direction", ["split", "merge"])
def test_split_and_merge(seed001, direction):
    other = parse_text(edited((P12_TAIL, P12_SPLIT)), "split.txt")
    old, new = (seed001, other) if direction == "split" else (other, seed001)
    c, _ = check_round_trip(old, new)
    assert c.summary["split" if direction == "split" else "merged"] == 1


def test_across_bodies(seed001, seed004):
    check_round_trip(seed001, seed004)


def test_libreoffice_prints_the_inserted_paragraph(seed000, seed001, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is not installed: run scripts/system-deps.sh")
    src = tmp_path / "redline.docx"
    src.write_bytes(to_docx(compare(seed000, seed001)))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = pypdfium2.PdfDocument(str(tmp_path / "redline.pdf"))
    text = " ".join(page.get_textpage().get_text_range() for page in pdf)
    text = re.sub(r"\s+", " ", text)
    assert "devote one plenary meeting of the General Assembly" in text


def test_header_and_footnote_changes_are_comments(seed000, seed001):
    data = to_docx(compare(seed000, seed001))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        comments = etree.fromstring(z.read("word/comments.xml"))
    notes = {
        c.get(f"{{{W}}}id"): ("".join(c.itertext()), c.get(f"{{{W}}}author"))
        for c in comments.findall("w:comment", NS)
    }
    assert all(author == "clausewise" for _, author in notes.values())
    texts = [t for t, _ in notes.values()]
    assert any(t.startswith("Header changes: status: draft → adopted") for t in texts)
    assert "Footnote 6 added: Resolution 217 A (III)." in texts
    # the footnote's comment hangs on the paragraph it was added to (the inserted OP 15)
    root = body(data)
    (start,) = [
        s
        for s in root.iter(f"{{{W}}}commentRangeStart")
        if notes[s.get(f"{{{W}}}id")][0].startswith("Footnote 6")
    ]
    para = start.getparent()
    assert "devote one plenary meeting" in "".join(para.itertext())
