"""Text and PDF of the same document give the same record (issue 13, second round): each
kind of disagreement between the PDF reader and the reader of extracted text, on the real
PDFs of ../shared/pdf/ and the forms tests/extracted.py makes of them. Where the PDF
reader was the wrong side, the test reads the PDF; where the text reader was, the forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extracted import (
    FORMS,
    agreement,
    pdf_record,
    text_record,
)

pytestmark = pytest.mark.pdfs


def _note(doc, marker: str) -> str:
    return next(f.text for f in doc.footnotes if f.marker == marker)


def _body(doc) -> str:
    paras = (*doc.preamble, *doc.operative, *(p for a in doc.annexes for p in a.paragraphs))
    return " ".join(p.text for p in paras)


# -- the PDF reader: spaces the page does not show ----------------------------------------


def test_a_space_character_that_takes_no_room_is_no_space(mp):
    # the text layer holds "3 – 14 June" and "micro - ," with space characters set where the
    # next character starts: the page shows "3–14", "micro-,"
    assert "Rio de Janeiro, 3–14 June 1992" in _note(pdf_record(mp / "A_C.2_80_L.22.pdf"), "3")
    assert "hinder access by micro-, small and" in _body(pdf_record(mp / "A_C.2_80_L.24.pdf"))
    # "3 –" opening a note's second line was read as a note "3" of its own
    doc = pdf_record(mp / "A_C.2_80_L.26.pdf")
    assert _note(doc, "2").endswith(
        "Rio de Janeiro, 3–14 June 1992, vol. I, Resolutions Adopted by the Conference "
        "(United Nations publication, Sales No. E.93.I.8 and corrigendum), resolution 1, annex I."
    )
    assert _note(doc, "3") == "Ibid., annex II."


def test_a_narrow_gap_after_a_full_stop_is_no_tab(mp):
    # 0.09-0.13 em between "E.93." and "I.8": the tab rule ("46/19.<tab>The") wants a
    # word's gap
    assert "Sales No. E.03.II.A.1 and corrigendum" in _note(
        pdf_record(mp / "A_C.2_80_L.22.pdf"), "6"
    )
    doc = pdf_record(mp / "A_RES_78_229.pdf")
    assert _note(doc, "9") == "See CAC/COSP/2021/17, sect. I.A."
    assert "(SC:ORE)" in _body(doc)


def test_a_typed_space_before_a_closing_parenthesis_goes(mp):
    doc = pdf_record(mp / "A_C.2_80_L.43.pdf")
    # (the sponsor is named with the office he holds: "the Rapporteur of the Committee, ...")
    assert [s.name for s in doc.sponsors][0].endswith(", Javad Momeni (Islamic Republic of Iran)")


def test_a_number_opening_a_notes_line_under_raised_markers_continues_it(mp):
    # "^16 Report of the Fifth ... New York, / 17 March 2022, and Doha ...": where the
    # notes' markers are raised, a number set level with the text is the note's text
    doc = pdf_record(mp / "A_RES_80_147.pdf")
    assert _note(doc, "16").endswith(
        "New York, 17 March 2022, and Doha, 5–9 March 2023 "
        "(A/CONF.219/2023/3), chap. I, resolution 2."
    )
    assert _note(doc, "17") == "Resolution 78/317, annex."


def _same(pdf: Path, form: str) -> None:
    a = agreement(pdf_record(pdf), text_record(pdf, form))
    for what in ("paragraphs", "footnotes"):
        assert a[what + "_missing"] == [] and a[what + "_extra"] == [], what
    assert a["header_diff"] == {}


# -- the masthead's end where there is no formula line ------------------------------------


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", ["A_C.2_80_L.62", "A_C.2_80_L.63"])
def test_an_amendment_in_text_reads_as_its_pdf(mp, name, form):
    # no formula: the title follows the sponsors' line ("Denmark:* amendment to draft
    # resolution A/C.2/80/L.13/Rev.1") and the instruction follows the title; pdftotext
    # glued the title onto the instruction and the text was refused as no resolution
    pdf = mp / f"{name}.pdf"
    got, want = text_record(pdf, form), pdf_record(pdf)
    assert got.status == want.status == "amendment"
    assert got.amends == want.amends
    assert got.instructions == want.instructions and got.instructions
    _same(pdf, form)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "name",
    [
        "A_C.4_80_L.10",  # "The General Assembly, taking note of ..., decides to appoint ..."
        "A_C.5_80_L.22",  # "The General Assembly decides to defer ..."
    ],
)
def test_a_decision_whose_formula_opens_its_sentence(mp, name, form):
    _same(mp / f"{name}.pdf", form)


def _paras(doc) -> list:
    return [(p.eid, p.kind, p.num, p.text) for p in (*doc.preamble, *doc.operative)]


# -- running heads ------------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_running_heads_of_several_lines_are_cut(mp, form):
    # A/RES/78/327's running title takes four lines ("Modalities of the 2026 United Nations
    # Water Conference to / Accelerate the Implementation ... / ... / sanitation for all"),
    # which the tools put before or after the symbol, or glue to the text
    # ("annex.Modalities of the 2026 ..."); A/RES/78/128's takes three
    for name in ("A_RES_78_327", "A_RES_78_128"):
        pdf = mp / f"{name}.pdf"
        got = text_record(pdf, form)
        assert _paras(got) == _paras(pdf_record(pdf))
        assert "Modalities of the 2026" not in _body(got)


@pytest.mark.parametrize("form", FORMS)
def test_a_running_title_wrapped_its_own_way_is_cut(mp, form):
    # A/RES/78/237 wraps its title "... telecommunications / in the context ..." on even
    # pages and "... telecommunications in / the context ..." on odd ones, and PDFium glues
    # the head to the text ("environment,Developments in the field ...")
    _same(mp / "A_RES_78_237.pdf", form)


def test_a_text_line_that_begins_with_a_title_word_stays(mp):
    # A/RES/78/199's running title ends on a line "rights"; the line after the head that
    # begins "rights and fundamental freedoms" is text
    pdf = mp / "A_RES_78_199.pdf"
    got = text_record(pdf, "viewer")
    assert "all human rights and fundamental freedoms for all" in _body(got)


# -- where a paragraph ends ---------------------------------------------------------------


@pytest.mark.parametrize("form", FORMS)
def test_a_line_with_room_to_spare_ends_its_paragraph(mp, form):
    # A/RES/78/128's schedules: "Tuesday, 10 June: from 10 a.m. to 1 p.m. and from 3 to 6
    # p.m." then "Wednesday, 11 June: ...", each its own line on the page; the next word
    # would have fitted (Times New Roman's widths, against the body's measure)
    pdf = mp / "A_RES_78_128.pdf"

    def days(doc):
        return [p.text for a in doc.annexes for p in a.paragraphs if " June: " in p.text[:20]]

    want = days(pdf_record(pdf))
    assert len(want) == 10 and days(text_record(pdf, form)) == want


@pytest.mark.parametrize("form", FORMS)
def test_a_section_number_alone_after_a_finished_line_is_a_heading(mp, form):
    # "... following the established accreditation procedure." at a page's foot, then "IV."
    # alone at the next page's top (and its title below): a section, not the paragraph's end
    pdf = mp / "A_RES_78_327.pdf"
    # (the PDF reader's record takes the place line under the annex's title for a section
    # of its own: sections with numbers are compared)
    want = [(s.num, s.heading) for s in pdf_record(pdf).annexes[1].sections if s.num]
    got = [(s.num, s.heading) for s in text_record(pdf, form).annexes[1].sections if s.num]
    assert got == want
    assert want[6] == (
        "IV",
        "Accreditation: non-governmental organizations and all relevant stakeholders",
    )


# -- word-level repairs -------------------------------------------------------------------


@pytest.mark.parametrize("form", ["pdftotext", "viewer"])
@pytest.mark.parametrize(
    ("name", "words"),
    [
        # a suspended hyphen set apart by justification ("low - or zero-emissions")
        ("A_C.2_80_L.35", "technologies, low- or zero-emissions"),
        # a hyphen after a number ("30 -year")
        ("A_RES_78_91", "over a 30-year period"),
    ],
)
def test_hyphens_set_apart_by_poppler_close_up(mp, form, name, words):
    pdf = mp / f"{name}.pdf"
    assert words in _body(pdf_record(pdf))
    assert words in _body(text_record(pdf, form))


@pytest.mark.parametrize("form", FORMS)
def test_a_range_set_apart_closes_up(mp, form):
    # "3 – 14 June 1992": the typesetter's space characters around the dash take no room
    pdf = mp / "A_C.2_80_L.26.pdf"
    want = _note(pdf_record(pdf), "2")
    assert "Rio de Janeiro, 3–14 June 1992" in want
    assert _note(text_record(pdf, form), "2") == want


@pytest.mark.parametrize("form", ["pdftotext", "viewer"])
def test_a_symbol_spaced_after_its_slash_closes_up(mp, form):
    pdf = mp / "A_C.2_80_L.40.pdf"
    assert "document CBD/COP/15/17, decision 15/4" in _note(text_record(pdf, form), "10")


@pytest.mark.parametrize("form", ["pdftotext", "viewer"])
@pytest.mark.parametrize(
    ("name", "words"),
    [
        # a fragment that is no word joins its neighbour if the join is a word
        ("A_RES_78_26", "directing unverified non-compliance"),
        # a word before a possessive ("Com mittee’s"); a join far commoner than its
        # parts' rarer one ("approach es")
        ("A_RES_78_71", "take part in the Scientific Committee’s global"),
        ("A_RES_78_100", "practical and innovative approaches towards"),
        # the gap after a word's first letters: "and r ecognizing", "the re levant" (not
        # "andr ecognizing", "there levant")
        ("A_RES_78_311", "potential risks, and recognizing the importance"),
        ("A_RES_78_137", "warning monitoring systems in developing countries"),
        ("A_RES_78_73", "for consideration by the relevant committees"),
        # a compound the corpus has not seen, of words it knows, keeps its hyphen
        ("A_C.4_80_L.16", "in Gaza in the post-ceasefire period"),
    ],
)
def test_words_poppler_broke_are_joined(mp, form, name, words):
    pdf = mp / f"{name}.pdf"

    def body(doc) -> str:
        items = (i.text for p in (*doc.preamble, *doc.operative) for i in p.items)
        return " ".join((_body(doc), *items))

    assert words in body(pdf_record(pdf))
    assert words in body(text_record(pdf, form))


def test_a_marker_repeated_on_a_later_page_is_a_marker(mp):
    # "... of 12 August 1949,2 continue to apply": note 2 of an earlier page cited again
    pdf = mp / "A_RES_78_11.pdf"
    words = "in Time of War, of 12 August 1949, continue to apply"
    assert words in _body(pdf_record(pdf))
    assert words in _body(text_record(pdf, "pymupdf"))


@pytest.mark.parametrize("form", FORMS)
def test_a_declaration_adopted_in_a_paragraph_is_its_annex(mp, form):
    # A/RES/73/3: "1. Approves the following political declaration ...:" then its title and
    # "We, Heads of State and Government ...": the title is no part of paragraph 1, and the
    # declaration's paragraphs are the PDF's
    pdf = mp.parent / "A_RES_73_3.pdf"

    def shape(doc):
        paras = (*doc.operative, *(p for a in doc.annexes for p in a.paragraphs))
        return [(p.eid, p.kind, p.num) for p in paras]

    want, got = pdf_record(pdf), text_record(pdf, form)
    assert shape(got) == shape(want)
    assert got.operative[0].text == want.operative[0].text


# -- footnote blocks and markers ----------------------------------------------------------


@pytest.mark.parametrize("form", ["pdftotext", "viewer"])
def test_a_rule_glued_to_the_pages_last_line_opens_its_notes(mp, form):
    # poppler: "... small and medium__________________" then the page's three notes
    pdf = mp / "A_RES_78_150.pdf"
    want = pdf_record(pdf).footnotes
    assert [f.marker for f in want] == ["1", "2", "3"]
    assert text_record(pdf, form).footnotes == want


@pytest.mark.parametrize(
    ("name", "form", "words", "marker"),
    [
        # PyMuPDF sets the raised number at the next line's start: "Secretary-General" /
        # "7  and the"
        ("A_RES_80_154", "pymupdf", "Takes note of the report of the Secretary-General and", "7"),
        # poppler sets it on a line of its own at the page's end: "Africa’s" / "7"
        ("A_RES_80_157", "pdftotext", "Partnership for Africa’s Development and", "7"),
        # glued to a number in a name ("COVID-1916") or spaced after a plain number
        # ("Agenda 21 6 and", "1/CP.27 31 and")
        ("A_C.2_80_L.48", "pymupdf", "on COVID-19 and commits", "16"),
        ("A_C.2_80_L.35", "pdftotext", "Development and Agenda 21 and the principles", "6"),
        ("A_RES_78_153", "pdftotext", "decisions 1/CP.27 and 1/CMA.4", "31"),
        ("A_RES_78_153", "pymupdf", "decisions 1/CP.27 and 1/CMA.4", "31"),
    ],
)
def test_a_raised_number_the_tool_set_apart_is_a_marker(mp, name, form, words, marker):
    pdf = mp / f"{name}.pdf"
    want, got = pdf_record(pdf), text_record(pdf, form)
    assert words in _body(want) and words in _body(got)
    paragraph = {f.marker: f.paragraph for f in want.footnotes}[marker]
    assert paragraph is not None
    assert {f.marker: f.paragraph for f in got.footnotes}[marker] == paragraph


@pytest.mark.parametrize("form", FORMS)
def test_a_heading_after_a_finished_line_is_no_part_of_it(mp, form):
    # "... decides against the abolishment of the P-4 post of Political Affairs Officer;"
    # then "Office of the Special Envoy of the Secretary-General for Yemen" over "12. Takes
    # note ...": a line with no punctuation and room to spare after a finished line
    pdf = mp / "A_C.5_80_L.5.pdf"

    def shape(doc):
        ops = doc.operative
        i = next(k for k, p in enumerate(ops) if p.text.startswith("Takes note of paragraph 62"))
        return [(p.eid, p.text) for p in ops[i : i + 3]]

    want = shape(pdf_record(pdf))
    assert want[0][1].endswith("Political Affairs Officer;")
    assert want[1][1] == "Takes note of paragraph 74 of the report of the Advisory Committee;"
    assert shape(text_record(pdf, form)) == want


@pytest.mark.parametrize("form", ["pdftotext", "viewer"])
def test_a_section_number_poppler_read_after_an_item_label_goes_to_its_heading(mp, form):
    # poppler: "(h)" / "V." / "Consumer product reviews." / "Risk assessment and management"
    pdf = mp / "A_RES_80_119.pdf"

    def shape(doc):
        para = next(p for p in doc.annexes[0].paragraphs if p.eid == "annex_1__para_16")
        heads = [(s.num, s.heading) for s in doc.annexes[0].sections if s.num]
        return para.items[-1].text, heads

    want = shape(pdf_record(pdf))
    assert (
        want[0] == "Consumer product reviews."
        and ("V", "Risk assessment and management") in want[1]
    )
    assert shape(text_record(pdf, form)) == want


@pytest.mark.parametrize("form", ["pdftotext", "pymupdf"])
def test_a_rule_label_over_a_line_that_wrapped_is_no_title(mp, form):
    # "Rule 58" / "As a general rule, meetings of the General Committee, the Credentials" /
    # "Committee, ...": the label has no title, the long line that wrapped is the rule's text
    pdf = mp / "A_RES_78_327.pdf"

    def rule(doc):
        return next(p.text for p in doc.annexes[2].paragraphs if "As a general rule" in p.text)

    want = rule(pdf_record(pdf))
    assert want.startswith("As a general rule, meetings of the General Committee")
    assert rule(text_record(pdf, form)) == want


@pytest.mark.parametrize(
    ("name", "form", "words", "markers"),
    [
        # a page's markers are placed together: note 2 at "Agenda 21 2 and", not at "held
        # from 2 to 5 April" at the page's foot, which would leave no room for notes 3 to 5
        ("A_C.2_80_L.40", "pdftotext", "Youth Climate Summit, held from 2 to 5 April", "2345"),
        # in the text's order, where poppler gave the page's notes as 3, 1, 2
        ("A_RES_78_40", "pdftotext", "the 2000 Review Conference, especially", "3"),
        # a note that opens with a year in a name, "2 1995 Review and Extension Conference"
        ("A_RES_78_40", "pymupdf", "the 2000 Review Conference, especially", "1234"),
        # "the Paris Agreement 5and its": the space before the raised number, not after
        ("A_RES_80_129", "pymupdf", "the Paris Agreement and its early entry", "56"),
        # "resolution 69/313 of 27 July 2015" is the resolution, "resolutions 3 on" the note
        ("A_RES_80_129", "pymupdf", "all previous resolutions on the follow-up", "3"),
        ("A_C.2_80_L.41", "pdftotext", "the adoption of the decisions to establish", "13"),
    ],
)
def test_a_pages_markers_are_placed_together(mp, name, form, words, markers):
    pdf = mp / f"{name}.pdf"
    want, got = pdf_record(pdf), text_record(pdf, form)
    assert words in _body(want) and words in _body(got)
    where = {f.marker: f.paragraph for f in want.footnotes}
    assert all(where[m] is not None for m in markers)
    assert {m: f.paragraph for f in got.footnotes for m in markers if f.marker == m} == {
        m: where[m] for m in markers
    }


@pytest.mark.parametrize("name", ["A_RES_78_217", "A_C.2_80_L.19", "A_C.4_80_L.16"])
def test_a_line_pdfium_ended_at_a_raised_marker_goes_on(mp, name):
    # PDFium ends a line after a raised marker and gives the rest of the printed line on
    # its own: "... Covenant on Civil and Political Rights7" / "and the International
    # Covenant on Economic," / "Social and Cultural Rights,8": one paragraph; so in
    # "Associated Personnel, 8" / "Security Council resolution 2730 (2024) and all ...",
    # where the two fill the printed line
    pdf = mp / f"{name}.pdf"

    def shape(doc):
        return [(p.eid, p.text) for p in doc.preamble]

    assert shape(text_record(pdf, "pypdfium2")) == shape(pdf_record(pdf))


@pytest.mark.parametrize("form", FORMS)
def test_a_lead_inside_a_quoted_title_opens_no_paragraph(mp, form):
    # “Declaration on ... in the Interest of All States, / Taking into Particular Account
    # the Needs of Developing Countries”: "Taking" opens a line of the title, not a paragraph
    pdf = mp.parent / "A_RES_73_6.pdf"

    def para(doc):
        return next(p for p in doc.preamble if "Interest of All States" in p.text)

    want = para(pdf_record(pdf))
    assert "All States, Taking into Particular Account the Needs" in want.text
    got = para(text_record(pdf, form))
    assert (got.eid, got.text) == (want.eid, want.text)


@pytest.mark.parametrize("form", ["pdftotext", "viewer"])
def test_a_subsection_letter_poppler_read_after_a_paragraph_number_goes_to_its_heading(mp, form):
    # poppler: "17." / "A." / "Approves the changes to the staffing table ...:" / "Pension
    # Administration": "A." heads the table's part, it does not open paragraph 17
    pdf = mp / "A_RES_80_243.pdf"

    def shape(doc):
        ops = doc.operative
        i = next(k for k, p in enumerate(ops) if "staffing table as set out" in p.text)
        # (the table between them is one paragraph in both, its cells in another order)
        return [(p.eid, p.text) for p in (ops[i], ops[i + 2])] + [ops[i + 1].eid]

    want = shape(pdf_record(pdf))
    assert want[0][1] == "Approves the changes to the staffing table as set out in the table below:"
    assert shape(text_record(pdf, form)) == want


def test_the_meeting_line_after_a_raised_marker_is_no_part_of_the_text(mp):
    # "... sustainable development;7" then "45th plenary meeting" / "7 December 2023"
    pdf = mp / "A_RES_78_103.pdf"
    got, want = text_record(pdf, "pypdfium2"), pdf_record(pdf)
    assert got.meeting == want.meeting == "45th plenary meeting"
    assert got.operative[-1].text == want.operative[-1].text
