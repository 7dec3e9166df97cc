"""The Word reader: files written from the seeds and from corpus documents (python-docx, the
way Word writes them) and by LibreOffice, each read back to the same record as the text."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from dataclasses import fields

import docx
import pytest
from lxml import etree

from clausewise import InputError, parse_bytes, parse_file
from clausewise.ingest import read_text
from clausewise.ingest.docx import Numbering, format_number, read_docx
from clausewise.model import Document
from clausewise.structure import build

from .conftest import SEED_000, SEED_001, SEED_004
from .docx_builder import html_for_libreoffice, source_to_docx

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def assert_same_record(text_doc: Document, word_doc: Document) -> None:
    """Field by field, so a failure names the field."""
    for f in fields(Document):
        assert getattr(word_doc, f.name) == getattr(text_doc, f.name), f.name


# -- the seeds -------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", [SEED_000, SEED_001, SEED_004], ids=["000", "001", "004"])
def test_docx_from_seed_gives_the_seed_record(seed, tmp_path):
    source = read_text(seed.read_text(encoding="utf-8"), str(seed))
    path = source_to_docx(source, tmp_path / (seed.stem + ".docx"))
    assert_same_record(parse_file(seed), parse_file(path))


def test_seed_docx_numbers_are_word_numbering(tmp_path, seed001):
    """The operative numbers are not in the Word text: they come from numbering.xml."""
    source = read_text(SEED_001.read_text(encoding="utf-8"), str(SEED_001))
    path = source_to_docx(source, tmp_path / "001.docx")
    d = docx.Document(path)
    numbered = [p for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert len(numbered) == 17
    assert numbered[0].text.startswith("Reaffirms that it is one of the purposes")
    src = read_docx(path.read_bytes(), "001.docx")
    assert [b.label for b in src.blocks if b.label] == [f"{n}." for n in range(1, 18)]
    assert [p.num for p in seed001.operative] == [str(n) for n in range(1, 18)]


def test_seed_docx_footnotes_and_italics(tmp_path, seed001):
    source = read_text(SEED_001.read_text(encoding="utf-8"), str(SEED_001))
    path = source_to_docx(source, tmp_path / "001.docx")
    with zipfile.ZipFile(path) as zf:
        notes = zf.read("word/footnotes.xml").decode()
    assert "Resolution 217 A (III)." in notes
    src = read_docx(path.read_bytes(), "001.docx")
    assert [f.marker for f in src.footnotes] == ["1", "2", "3", "4", "5", "6"]
    assert src.footnotes[5].text == "Resolution 217 A (III)."
    op1 = next(b for b in src.blocks if b.label == "1.")
    assert (op1.runs[0].text, op1.runs[0].italic) == ("Reaffirms", True)
    d = parse_file(path)
    assert d.footnote("6").paragraph == "para_15" == seed001.footnote("6").paragraph


# -- corpus documents: items, sub-items, sections, declarations, footnote numbering -----------

CORPUS_CASES = {
    "A_RES_78_218": "items (a), (b) with roman sub-items",
    "E_RES_2021_29": "long lists of roman sub-items: (xiii) and on",
    "A_RES_55_2": "a declaration whose numbered paragraphs open with 'We,'",
    "A_RES_302(IV)": "footnotes numbered from 31 (w:numStart)",
    "E_FFDF_2024_3": "sections I., II. and numbered 'We' paragraphs",
    "A_HRC_RES_40_10": "a Human Rights Council resolution",
    "A_RES_70_125": "a General Assembly resolution with footnotes",
}


@pytest.fixture(scope="module")
def corpus_cases(corpus_docs, corpus_path):
    from clausewise.ingest.corpus import iter_jsonl, render

    found = {f: (sym, text) for f, sym, text in corpus_docs if f in CORPUS_CASES}
    # A_RES_302(IV) as the volume's whole pages (footnotes from 31, the first belonging to
    # 301 (IV)): the case is Word's numbering from 31, not which resolution the pages hold
    for d in iter_jsonl(corpus_path):
        if d["file"] == "A_RES_302(IV)":
            found[d["file"]] = (found[d["file"]][0], render(d["blocks"]))
    missing = set(CORPUS_CASES) - set(found)
    assert not missing, f"corpus documents not found: {missing}"
    return found


@pytest.mark.corpus
@pytest.mark.parametrize("name", list(CORPUS_CASES))
def test_docx_from_corpus_document(name, corpus_cases, tmp_path):
    symbol, text = corpus_cases[name]
    source = read_text(text, name, symbol)
    path = source_to_docx(source, tmp_path / f"{name}.docx")
    from_text = build(source, strict=False)
    from_word = build(read_docx(path.read_bytes(), name, symbol), strict=False)
    assert_same_record(from_text, from_word)
    if name == "E_RES_2021_29":
        items = from_word.operative[0].items[0].items
        assert [i.num for i in items[11:14]] == ["xii", "xiii", "xiv"]
    if name == "A_RES_302(IV)":
        assert from_word.footnotes[0].marker == "31"


# -- a second producer: LibreOffice ---------------------------------------------------------


def libreoffice_docx(html: str, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail(
            "LibreOffice (soffice) not installed: `make test` installs it (scripts/system-deps.sh)"
        )
    src = tmp_path / "resolution.html"
    src.write_text(html, encoding="utf-8")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         "docx:MS Word 2007 XML", "--outdir", str(tmp_path), str(src)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    out = tmp_path / "resolution.docx"
    assert out.exists()
    return out


@pytest.mark.timeout(180)
def test_libreoffice_docx_gives_the_seed_record(tmp_path, seed001):
    source = read_text(SEED_001.read_text(encoding="utf-8"), str(SEED_001))
    path = libreoffice_docx(html_for_libreoffice(source), tmp_path)
    with zipfile.ZipFile(path) as zf:
        document = zf.read("word/document.xml").decode()
        assert "word/footnotes.xml" in zf.namelist() and "word/numbering.xml" in zf.namelist()
    # LibreOffice's own way: numbers in numbering.xml, notes as footnoteReference, a repeated
    # marker as raised text (w:position), not vertAlign
    assert "<w:numPr>" in document and "<w:footnoteReference" in document
    assert "<w:position" in document
    assert ">1.<" not in document and ">Reaffirms<" in document
    assert_same_record(seed001, parse_file(path))


# -- numbering.xml, styles, tracked changes ---------------------------------------------------

NUMBERING = f"""<w:numbering {W_NS}>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="2"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""


def test_numbering_levels_starts_and_restarts():
    nb = Numbering.read(etree.fromstring(NUMBERING))
    seq = [("1", 0), ("1", 1), ("1", 2), ("1", 2), ("1", 1), ("1", 2), ("1", 0), ("1", 1)]
    assert [nb.label(n, lvl) for n, lvl in seq] == [
        "I.",
        "1.",
        "(a)",
        "(b)",
        "2.",
        "(a)",
        "II.",
        "1.",
    ]
    assert [nb.label("2", 0) for _ in range(3)] == ["5.", "6.", "7."]  # w:start 5
    assert nb.label("3", 0) == "1."  # startOverride restarts the list
    assert nb.label("3", 0) == "2."
    assert nb.label("99", 0) is None  # an unknown list: no number


def test_number_formats():
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [format_number(n, "lowerRoman") for n in (4, 9, 14, 40)] == ["iv", "ix", "xiv", "xl"]
    assert format_number(12, "upperRoman") == "XII"
    assert format_number(7, "decimal") == "7"


def _docx_bytes(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_italic_from_a_character_style_and_tracked_changes():
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Recalling", style="Emphasis")  # italic by its style, not by direct formatting
    p.add_run(" its resolution 70/1,")
    q = d.add_paragraph("Decides to ")
    q._p.append(
        etree.fromstring(
            f'<w:ins {W_NS} w:id="1" w:author="A" w:date="2018-10-01T00:00:00Z">'
            "<w:r><w:t>remain seized of the matter.</w:t></w:r></w:ins>"
        )
    )
    q._p.append(
        etree.fromstring(
            f'<w:del {W_NS} w:id="2" w:author="A" w:date="2018-10-01T00:00:00Z">'
            "<w:r><w:delText> consider the matter further.</w:delText></w:r></w:del>"
        )
    )
    src = read_docx(_docx_bytes(d), "styled.docx")
    assert (src.blocks[0].runs[0].text, src.blocks[0].runs[0].italic) == ("Recalling", True)
    assert src.blocks[0].runs[1].italic is False
    assert src.blocks[1].text == "Decides to remain seized of the matter."


# -- bad Word files ---------------------------------------------------------------------------


def zip_bomb(size_mb: int = 300) -> bytes:
    """A package whose document.xml inflates from a few hundred kB to `size_mb` MB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(size_mb):
                fh.write(chunk)
    return buf.getvalue()


def test_zip_bomb_is_refused_from_its_directory():
    data = zip_bomb()
    assert len(data) < 1_000_000
    with pytest.raises(InputError, match=r"refused: word/document.xml would unpack to 315 MB"):
        parse_bytes(data, "bomb.docx")


def test_zip_that_is_not_a_docx():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "The General Assembly,")
    with pytest.raises(InputError, match=r"a zip file, but not a Word document"):
        parse_bytes(buf.getvalue(), "notes.zip")


def test_damaged_docx():
    with pytest.raises(InputError, match="damaged Word document: not a readable zip"):
        parse_bytes(b"PK\x03\x04" + b"\x00" * 200, "broken.docx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document>")
    with pytest.raises(InputError, match="damaged Word document"):
        parse_bytes(buf.getvalue(), "half.docx")


def test_old_word_doc_is_named():
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(InputError, match=r"a Word 97-2003 \.doc file: save it as \.docx"):
        parse_bytes(ole2, "draft.doc")
