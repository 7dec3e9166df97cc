"""Old-style resolutions read from their session's volume (the corpus's old files): each
file is read as the resolution its symbol names, not the first one on its pages."""

from __future__ import annotations

import re

import pytest

from clausewise.errors import InputError
from clausewise.ingest.volumes import excerpt
from clausewise.parse import parse_text

OLD = re.compile(r"^[AS]/RES/(\d+)\s*\(([IVXLC]+|\d{4})\)$")


@pytest.fixture(scope="module")
def by_file(corpus_docs):
    return {f: (sym, text) for f, sym, text in corpus_docs}


def test_364_iv_is_read_as_itself_not_as_363(by_file):
    sym, text = by_file["A_RES_364(IV)"]
    assert text.startswith("364 (IV). Registration")  # the page itself starts with 363
    doc = parse_text(text, "A_RES_364(IV)", sym, strict=False)
    assert doc.number.startswith("364 (IV)")  # (its part A: the text holds A and B)
    assert doc.title == "Registration and publication of treaties and international agreements"


def test_a_volume_with_a_contents_table(by_file):
    sym, text = by_file["A_RES_1145(XII)"]
    assert text.startswith("1145 (XII). Agreement governing the relationship")
    assert "1134 (XII)" not in text.split("\n", 1)[1][:2000]  # the contents and 1134 are gone
    doc = parse_text(text, "A_RES_1145(XII)", sym, strict=False)
    assert doc.number == "1145 (XII)"
    assert doc.title.startswith("Agreement governing the relationship between the United Nations")


def test_security_council_row_is_not_titled_by_its_drafts_symbol(by_file):
    sym, text = by_file["S_RES_39(1948)"]
    doc = parse_text(text, "S_RES_39(1948)", sym, strict=False)
    assert doc.number == "39 (1948)"
    assert doc.title and not doc.title.startswith("[")
    assert "Resolution of 20 January 1948" in doc.title
    assert doc.operative[0].text == "Adopts the following resolution :"


def test_old_style_numbers_agree_with_their_symbols_across_the_corpus(corpus_docs):
    """Of the corpus's old-style Assembly files, 24 of 56 were read as another resolution;
    now only the files whose own pages lack their title (or whose name is wrong) are left."""
    agree = disagree = 0
    for f, sym, text in corpus_docs:
        m = OLD.match(sym)
        if not (m and sym.startswith("A/")):
            continue
        try:
            doc = parse_text(text, f, sym, strict=False)
        except InputError:
            continue
        if doc.number and re.match(rf"{m.group(1)}\b", doc.number):
            agree += 1
        else:
            disagree += 1
    assert agree >= 50 and disagree <= 5, (agree, disagree)


def test_excerpt_leaves_other_texts_alone():
    text = "1134 (XII). One\n\nThe General Assembly,\n\n1145 (XII). Two\n\nText.\n"
    assert excerpt(text, "A/RES/72/169") == text
    assert excerpt(text, "A/RES/999(XII)") == text  # not in the volume
    assert excerpt(text, "A/RES/1145(XII)") == "1145 (XII). Two\n\nText.\n"
    assert excerpt(text, "A/RES/1134(XII)") == "1134 (XII). One\n\nThe General Assembly,\n"


@pytest.mark.parametrize(
    "file, adopted",
    [("S_RES_1591(2005)", "2005-03-29"), ("S_RES_1196(1998)", "1998-09-16")],
)
def test_council_adoption_line_broken_before_its_date(by_file, file, adopted):
    """ "Adopted by the Security Council at its 5153rd meeting, on" / "29 March 2005": one
    statement, not a title (the library showed these halves as the rows' titles)."""
    sym, text = by_file[file]
    doc = parse_text(text, file, sym, strict=False)
    assert doc.dates.adopted == adopted
    assert not (doc.title or "").startswith(("Adopted", "on ", "RESOLUTION"))


def test_council_date_from_the_year_in_brackets():
    """S/RES/2075(2012) undated: its year is 2012, not its number 2075."""
    from clausewise.library.normal import date_key
    from clausewise.model import Document

    doc = Document("SC", None, "adopted", None, "2075 (2012)", "S/RES/2075(2012)")
    assert date_key(doc) == "2012-01-01"
