"""The PDF reader on the UN's own PDFs (A/RES/73/3 and A/RES/73/6), with expectations
written from reading the pages one by one, and on the PDFs it must refuse."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from clausewise import InputError, parse_bytes, parse_file
from clausewise.ingest import read_bytes
from clausewise.ingest.hyphen import join_lines, keeps_hyphen
from clausewise.ingest.pdf import read_pdf

pytestmark = pytest.mark.pdfs


@pytest.fixture(scope="module")
def res73_6(pdf_dir):
    return parse_file(pdf_dir / "A_RES_73_6.pdf")


@pytest.fixture(scope="module")
def res73_3(pdf_dir):
    return parse_file(pdf_dir / "A_RES_73_3.pdf")


@pytest.fixture(scope="module")
def pdf73_6(pdf_dir) -> bytes:
    return (pdf_dir / "A_RES_73_6.pdf").read_bytes()


# -- A/RES/73/6: five pages, a preamble and 14 operative paragraphs ------------------------


def test_73_6_header(res73_6):
    d = res73_6
    assert (d.symbol, d.number, d.body, d.session) == ("A/RES/73/6", "73/6", "GA", 73)
    assert d.status == "adopted"
    assert d.agenda_items == ("30",)
    assert d.distribution == "General"
    assert (d.dates.issued, d.dates.adopted) == ("2018-10-31", "2018-10-26")
    assert d.origin.startswith("A/73/L.6")
    assert d.meeting == "26th plenary meeting"
    assert d.formula == "The General Assembly,"
    assert d.title == (
        "Fiftieth anniversary of the first United Nations Conference on the Exploration and "
        "Peaceful Uses of Outer Space: space as a driver of sustainable development"
    )


def test_73_6_paragraphs(res73_6):
    d = res73_6
    assert len(d.preamble) == 24
    assert [p.num for p in d.operative] == [str(n) for n in range(1, 15)]
    assert [p.lead for p in d.preamble[:6]] == [
        "Recalling",
        "Recognizing",
        "Convinced",
        "Emphasizing",
        "Convinced",
        "Noting with satisfaction",
    ]
    assert d.preamble[-1].lead == "Welcoming"
    assert d.operative[0].lead == "Notes with appreciation"
    assert d.operative[-1].lead == "Invites"
    assert not d.annexes


def test_73_6_full_texts(res73_6):
    d = res73_6
    assert d.preamble[0].text == (
        "Recalling its resolutions 2453 A (XXIII) of 20 December 1968, 37/90 of 10 December "
        "1982, 54/68 of 6 December 1999, 59/2 of 20 October 2004 and 72/79 of 7 December 2017,"
    )
    # runs from page 1 onto page 2; "people" is typeset with a justification gap ("peopl e")
    assert d.preamble[3].text == (
        "Emphasizing that, for the past 50 years, the Committee on the Peaceful Uses of Outer "
        "Space and its subcommittees, supported by the Office for Outer Space Affairs, have "
        "provided unique platforms to promote international cooperation in space activities at "
        "all levels, to foster dialogue among spacefaring and emerging space nations, to "
        "increase capacity-building efforts for developing countries and to continue to shape "
        "the global governance of outer space activities to benefit people and the planet,"
    )
    # "capacity -" ends a line on page 5: a real hyphen, kept
    assert d.operative[12].text == (
        "Urges the Secretary-General to consider the sufficiency of resources provided to the "
        "Office for Outer Space Affairs in its role as secretariat to the Committee on the "
        "Peaceful Uses of Outer Space and its subcommittees and to ensure that the Office can "
        "fully and effectively implement its mandate, including capacity-building activities "
        "for Member States in the field of space science and technology and their "
        "applications, as well as in space law and policy, taking into account the development "
        "of a “Space2030” agenda;"
    )
    # "twenty-" ends a line on page 4 (PDFium marks it as a hyphenation point)
    assert d.preamble[22].text.endswith("and capacity-building for the twenty-first century,")


def test_73_6_footnotes(res73_6):
    d = res73_6
    assert [(f.marker, f.text, f.paragraph) for f in d.footnotes] == [
        ("1", "See A/AC.105/1137.", "preamble__container_2"),
        ("2", "Resolution 70/1.", "preamble__container_5"),
        ("3", "Resolution 69/283, annex II.", "preamble__container_5"),
        ("4", "See FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.", "preamble__container_5"),
        ("5", "United Nations, Treaty Series, vol. 610, No. 8843.", "preamble__container_13"),
        (
            "6",
            # runs from the foot of page 3 onto the foot of page 4
            "Related documents include A/AC.105/1129, A/AC.105/1131, A/AC.105/1160, "
            "A/AC.105/1161, A/AC.105/1162, A/AC.105/1163, A/AC.105/1164, A/AC.105/1165, "
            "A/AC.105/1166, A/AC.105/1168, A/AC.105/1169, A/AC.105/1170, A/AC.105/1171, "
            "A/AC.105/1172, A/AC.105/1173, A/AC.105/1174, A/AC.105/1175, A/AC.105/1180 and "
            "A/AC.105/1181.",
            "preamble__container_22",
        ),
    ]
    # the marker sits after "Development," in paragraph 4; note 2 is cited a second time there
    op4 = d.operative[3]
    assert [(r.marker, op4.text[: r.offset][-12:]) for r in op4.footnotes] == [
        ("2", "Development,")
    ]
    p5 = d.preamble[4]
    assert [r.marker for r in p5.footnotes] == ["2", "3", "4"]
    assert p5.text[: p5.footnotes[1].offset].endswith("Disaster Risk Reduction 2015–2030")


def test_73_6_no_page_furniture(res73_6):
    texts = [p.text for p in res73_6.all_paragraphs()] + [f.text for f in res73_6.footnotes]
    joined = "\n".join(texts)
    for furniture in ("18-17962", "*1817962*", "2/5", "4/5", "021118", "Please recycle"):
        assert furniture not in joined
    assert not any(t.startswith("A/RES/73/6") for t in texts)


def test_73_6_italic_leads(pdf73_6):
    src = read_pdf(pdf73_6, "A_RES_73_6.pdf")
    leading = [b.runs[0] for b in src.blocks if b.text.startswith(("Recalling", "Convinced"))]
    assert leading and all(r.italic for r in leading)
    assert {r.text.strip() for r in leading} == {"Recalling", "Convinced"}
    # "1. Notes with appreciation": the number upright, the verb in italics
    op1 = next(b for b in src.blocks if b.text.startswith("1."))
    assert [(r.text.strip(), r.italic) for r in op1.runs[:2]] == [
        ("1.", False),
        ("Notes with appreciation", True),
    ]


def test_73_6_page_breaks(pdf73_6):
    # every page after the first opens inside a paragraph that runs over: no block is
    # left starting with a lower-case continuation
    src = read_pdf(pdf73_6, "A_RES_73_6.pdf")
    assert not [b.text[:40] for b in src.blocks if b.text[:1].islower()]


# -- A/RES/73/3: a resolution that adopts a political declaration -------------------------


def test_73_3_header(res73_3):
    d = res73_3
    assert (d.symbol, d.number, d.session, d.agenda_items) == ("A/RES/73/3", "73/3", 73, ("129",))
    assert (d.dates.issued, d.dates.adopted) == ("2018-10-18", "2018-10-10")
    assert d.origin == "A/73/L.4"
    assert d.meeting == "18th plenary meeting"
    assert d.title == (
        "Political declaration of the high-level meeting of the General Assembly on the fight "
        "against tuberculosis"
    )


def test_73_3_declaration_belongs_to_the_annex(res73_3):
    d = res73_3
    assert d.preamble == ()
    assert len(d.operative) == 1
    adopts = d.operative[0]
    assert adopts.num is None and adopts.lead == "Adopts"
    assert adopts.text == (
        "Adopts the following political declaration approved by the high-level meeting of the "
        "General Assembly on the fight against tuberculosis on 26 September 2018:"
    )
    (annex,) = d.annexes
    assert annex.heading == (
        "Political declaration of the high-level meeting of the General Assembly on the fight "
        "against tuberculosis"
    )
    assert (
        annex.title == "United to end tuberculosis: an urgent global response to a global epidemic"
    )
    assert [p.num for p in annex.paragraphs] == [str(n) for n in range(1, 54)]
    # the declaration's opening runs from page 1 onto page 2, with "drug -/resistant" split
    assert annex.formula.startswith("We, Heads of State and Government and representatives")
    assert "including its drug-resistant forms, is a critical challenge" in annex.formula
    assert annex.formula.endswith("human rights and dignity of all people, and we therefore:")


def test_73_3_paragraph_texts(res73_3):
    paras = res73_3.annexes[0].paragraphs
    assert paras[26].text == (
        "Ensure that tuberculosis programmes actively contribute to developing national "
        "antimicrobial resistance strategies, capacities and plans and that lessons learned "
        "from global, regional and national efforts to combat drug-resistant tuberculosis "
        "inform the design and implementation of both global antimicrobial resistance "
        "strategies and national action plans according to national contexts;"
    )
    # line-end hyphens on page 6: "multidrug-/resistant", "child-/friendly", "drug-/sensitive"
    assert paras[25].text.startswith(
        "Commit to overcoming the global public health crisis of multidrug-resistant "
        "tuberculosis through actions"
    )
    assert "access to child-friendly formulations" in paras[27].text
    assert "treatment of drug-sensitive and drug-resistant tuberculosis" in paras[27].text
    # a split word on page 2: "tuberculosis-/associated"
    assert "where 99 per cent of tuberculosis-associated deaths occur" in paras[5].text
    assert paras[52].text.endswith("at a high-level meeting in 2023.")


def test_73_3_footnotes(res73_3):
    d = res73_3
    assert [(f.marker, f.paragraph) for f in d.footnotes] == [
        ("1", "annex_1__para_1"),
        ("2", "annex_1__para_1"),
        ("3", "annex_1__para_2"),
        ("4", "annex_1__para_2"),
        ("5", "annex_1__para_2"),
        ("6", "annex_1__para_3"),
        ("7", "annex_1__para_23"),
    ]
    assert d.footnote("4").text == (
        "See Official Records of the General Assembly, Seventy-first Session, Supplement No. "
        "53A and corrigendum (A/71/53/Add.1 and A/71/53/Add.1/Corr.1), chap. II."
    )
    assert d.footnote("7").text == "See World Health Organization, document WHA71/2018/REC/1."
    p2 = d.annexes[0].paragraphs[1]
    assert p2.text[: p2.footnotes[0].offset].endswith("Adolescents’ Health”,")
    # the word after a marker keeps its space
    assert "Health”, and Human Rights Council resolution 33/11" in p2.text


def test_73_3_running_head_is_gone(res73_3):
    texts = "\n".join(p.text for p in res73_3.all_paragraphs())
    assert "18-16895" not in texts and "*1816895*" not in texts
    assert "tuberculosis A/RES/73/3" not in texts
    assert not any(
        p.text.startswith("Political declaration") for p in res73_3.annexes[0].paragraphs
    )


# -- hyphenation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("affirming that tuberculosis, including its drug-", "resistant forms", "affirming that tuberculosis, including its drug-resistant forms"),
        ("the need to recog-", "nize the role", "the need to recognize the role"),
        ("for the twenty-", "first century", "for the twenty-first century"),
        ("crisis of multidrug-", "resistant", "crisis of multidrug-resistant"),
        ("strengthening inter-", "national cooperation", "strengthening international cooperation"),
        ("the Sendai Framework 2015-", "2030", "the Sendai Framework 2015-2030"),
        ("Afro-", "Asian", "Afro-Asian"),
        ("on a case-", "by-case basis", "on a case-by-case basis"),
        ("man-portable surface-", "to-air missiles", "man-portable surface-to-air missiles"),
        ("of the", "Assembly", "of the Assembly"),
    ],
)  # fmt: skip
def test_line_end_hyphens(left, right, joined):
    assert join_lines(left, right) == joined


def test_vocabulary_decides():
    assert keeps_hyphen("non", "governmental")  # "non-governmental" outnumbers the other
    assert not keeps_hyphen("co", "operation")  # "cooperation" is the UN's spelling
    assert not keeps_hyphen("imple", "mentation")


# -- bad PDFs: each a clear InputError, quickly ---------------------------------------------


def test_encrypted_pdf(pdf73_6):
    pypdf = pytest.importorskip("pypdf", reason="pypdf (test extra) writes the encrypted PDF")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf73_6)))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(InputError, match="encrypted PDF: it needs a password"):
        parse_bytes(buf.getvalue(), "locked.pdf")


def test_truncated_pdf(pdf73_6):
    with pytest.raises(InputError, match="truncated PDF"):
        parse_bytes(pdf73_6[: len(pdf73_6) // 2], "cut.pdf")


def test_damaged_pdf():
    with pytest.raises(InputError, match="damaged PDF"):
        parse_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 500 + b"\n%%EOF\n", "junk.pdf")


def scanned_pdf(pdf_bytes: bytes) -> bytes:
    """A page as a scanner makes it: the picture of the text, no text layer."""
    src = pdfium.PdfDocument(pdf_bytes)
    bitmap = src[0].render(scale=1.0)
    out = pdfium.PdfDocument.new()
    width, height = src[0].get_size()
    page = out.new_page(width, height)
    image = pdfium.PdfImage.new(out)
    image.set_bitmap(bitmap)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def test_scanned_pdf_needs_ocr(pdf73_6):
    data = scanned_pdf(pdf73_6)
    assert pdfium.PdfDocument(data)[0].get_textpage().count_chars() == 0
    with pytest.raises(InputError, match=r"no text layer; this needs OCR first"):
        parse_bytes(data, "scan.pdf")


def test_sniffed_by_content_not_name(pdf73_6):
    src = read_bytes(pdf73_6, "no-extension")
    assert src.blocks and src.footnotes


# -- a second PDF producer: LibreOffice, from the Word file made from seed 001 ----------------


@pytest.mark.timeout(180)
def test_libreoffice_pdf_gives_the_seed_record(tmp_path, seed001):
    """Word's layout, not the UN's: no first-line indents, the footnote rule drawn as a line
    rather than typed, note numbers set level with their text. Same record as the text."""
    import shutil
    import subprocess

    from clausewise.ingest import read_text

    from .conftest import SEED_001
    from .docx_builder import source_to_docx
    from .test_ingest_docx import assert_same_record

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail(
            "LibreOffice (soffice) not installed: `make test` installs it (scripts/system-deps.sh)"
        )
    source = read_text(SEED_001.read_text(encoding="utf-8"), str(SEED_001))
    word = source_to_docx(source, tmp_path / "seed001.docx")
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(word)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pdf = tmp_path / "seed001.pdf"
    src = read_pdf(pdf.read_bytes(), "seed001.pdf")
    assert len(src.footnotes) == 6 and src.footnotes[0].text == "A/CONF.157/24 (Part I), chap. III."
    assert_same_record(seed001, parse_file(pdf))


@pytest.mark.corpus
@pytest.mark.timeout(180)
def test_libreoffice_pdfs_of_corpus_documents(tmp_path, corpus_docs):
    """Corpus documents through Word and LibreOffice to PDF read back to their records:
    A_HRC_RES_46_19 sets its number and title apart with a tab ("46/19.<tab>The right to
    food": a narrow gap and no space character); A_RES_24(I) has section headings that
    open a page in a layout without first-line indents."""
    import shutil
    import subprocess

    from clausewise.ingest import read_text
    from clausewise.structure import build

    from .docx_builder import source_to_docx
    from .test_ingest_docx import assert_same_record

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail(
            "LibreOffice (soffice) not installed: `make test` installs it (scripts/system-deps.sh)"
        )
    wanted = {"A_HRC_RES_46_19", "A_RES_24(I)"}
    docs = {f: (sym, text) for f, sym, text in corpus_docs if f in wanted}
    assert set(docs) == wanted
    words = []
    for name, (sym, text) in docs.items():
        words.append(source_to_docx(read_text(text, name, sym), tmp_path / f"{name}.docx"))
    subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, words)],
        check=True, capture_output=True, timeout=150,
    )  # fmt: skip
    for name, (sym, text) in docs.items():
        from_text = build(read_text(text, name, sym), strict=False)
        pdf = (tmp_path / f"{name}.pdf").read_bytes()
        assert_same_record(from_text, build(read_pdf(pdf, name, sym), strict=False))
    assert from_text is not None


def test_capitalised_compound_keeps_its_hyphen():
    # "Organisation for Economic Co-/operation": a name keeps its spelling, while
    # "co-/operation" in running text is the UN's "cooperation"
    assert join_lines("Organisation for Economic Co-", "operation") == (
        "Organisation for Economic Co-operation"
    )
    assert join_lines("international co-", "operation") == "international cooperation"


def test_too_many_pages_is_refused_before_reading():
    from clausewise.ingest.pdf import MAX_PAGES

    doc = pdfium.PdfDocument.new()
    for _ in range(MAX_PAGES + 1):
        doc.new_page(612, 792)
    buf = io.BytesIO()
    doc.save(buf)
    with pytest.raises(InputError, match=r"1501 pages: too long for a resolution"):
        parse_bytes(buf.getvalue(), "phone-book.pdf")
