"""Citations: the issue's "Must hold" lines on the seeds, the context rules for the issuing
body, and offsets that point at the text they report, on the seeds and on real corpus text."""

from __future__ import annotations

import pytest

from clausewise import parse_text
from clausewise.enrich.cites import cites
from clausewise.symbols import find_symbols, normalise, reference_symbol, resolution_symbol


def _by_symbol(doc):
    return {c.symbol: c for c in cites(doc)}


def _text_of(doc, where):
    if where.eid == "header":
        return doc.origin
    if where.footnote:
        return next(f.text for f in doc.footnotes if f.marker == where.footnote)
    p = doc.paragraph(where.eid)
    if p is not None:
        return p.text

    def walk(items):
        for it in items:
            if it.eid == where.eid:
                return it.text
            found = walk(it.items)
            if found:
                return found
        return None

    for p in doc.all_paragraphs():
        t = walk(p.items)
        if t:
            return t
    raise AssertionError(f"no text for {where}")


def test_must_hold_citations_of_001(seed001):
    c = _by_symbol(seed001)
    assert c["A/RES/70/1"].date == "2015-09-25"
    assert c["A/RES/70/1"].raw == "its resolution 70/1 of 25 September 2015"
    assert c["A/RES/70/1"].where.eid == "preamble__container_2"
    # footnote 2 ("Resolution 55/2."), under the paragraph that carries its marker
    assert c["A/RES/55/2"].where.footnote == "2"
    assert c["A/RES/55/2"].where.eid == "preamble__container_3"
    assert c["A/RES/70/153"].date == "2015-12-17"
    assert c["A/HRC/RES/32/6"].raw.startswith("Human Rights Council resolution 32/6")
    assert c["A/71/53"].kind == "document"
    assert c["A/CONF.157/24(PartI)"].raw == "A/CONF.157/24 (Part I)"
    assert c["A/RES/66/3"].where.footnote == "4"
    # the Sub-Commission's resolution: the body is named after the reference ("by the
    # Subcommission ..."), not before it
    sub = c["E/CN.4/Sub.2/RES/2000/22"]
    assert (sub.kind, sub.date) == ("resolution", "2000-08-18")
    # the joint symbol of footnote 5 is two documents
    assert c["E/CN.4/2001/2"].where.footnote == "5"
    assert c["E/CN.4/Sub.2/2000/46"].where.footnote == "5"
    assert c["A/RES/217(III)A"].raw == "Resolution 217 A (III)"
    assert c["A/RES/217(III)A"].where.footnote == "6"
    assert c["A/72/439/Add.2"].where.eid == "header"


def test_every_citation_points_at_its_raw_text(seed000, seed001, seed004):
    for doc in (seed000, seed001, seed004):
        for c in cites(doc):
            text = _text_of(doc, c.where)
            assert text[c.where.start : c.where.end] == c.raw


def test_its_resolution_takes_the_documents_own_body(seed001):
    """The same sentence, as a GA text and as an HRC text: "its resolution" follows the text."""
    ga = parse_text(
        "The General Assembly,\n\nRecalling its resolution 5/1 of 18 June 2007,\n\n"
        "1.\tDecides to remain seized of the matter.\n",
        "ga.txt",
    )
    hrc = parse_text(
        "The Human Rights Council,\n\nRecalling its resolution 5/1 of 18 June 2007,"
        "\n\n1.\tDecides to remain seized of the matter.\n",
        "hrc.txt",
    )
    assert [c.symbol for c in cites(ga)] == ["A/RES/5/1"]
    assert [c.symbol for c in cites(hrc)] == ["A/HRC/RES/5/1"]
    assert cites(hrc)[0].date == "2007-06-18"


CORPUS_CASES = [
    # (file, raw text, symbol): real sentences from the corpus
    ("A_HRC_RES_16_21", "Council in its resolution 12/1", "A/HRC/RES/12/1"),
    ("A_HRC_RES_15_5", "resolution 2005/66", "E/CN.4/RES/2005/66"),
    ("A_HRC_RES_21_15", "Security Council resolution 1325 (2000)", "S/RES/1325(2000)"),
    ("A_RES_72_311", "1820 (2008)", "S/RES/1820(2008)"),
]


@pytest.mark.corpus
@pytest.mark.parametrize("name,raw,symbol", CORPUS_CASES)
def test_context_on_corpus_text(corpus_docs, name, raw, symbol):
    f, sym, text = next(d for d in corpus_docs if d[0] == name)
    doc = parse_text(text, f, sym, strict=False)
    found = [c for c in cites(doc) if c.symbol == symbol]
    assert found, f"{symbol} not found in {name}"
    assert any(raw in c.raw or c.raw in raw for c in found)


@pytest.mark.corpus
def test_corpus_sample_offsets_and_symbols(corpus_docs):
    n = 0
    for f, sym, text in corpus_docs[::25]:
        doc = parse_text(text, f, sym, strict=False)
        for c in cites(doc):
            assert _text_of(doc, c.where)[c.where.start : c.where.end] == c.raw
            if c.symbol:
                assert c.symbol == normalise(c.symbol)  # already in normal form
                assert " " not in c.symbol
            n += 1
    assert n > 500


def test_symbols_one_normal_form():
    assert normalise("A/CONF.157/24 (Part I)") == "A/CONF.157/24(PartI)"
    assert normalise("A/RES/217 A (III)") == "A/RES/217(III)A"
    assert reference_symbol("GA", "217 A (III)") == "A/RES/217(III)A"
    assert reference_symbol("GA", "1514 (XV)") == "A/RES/1514(XV)"
    assert reference_symbol("SC", "2334 (2016)") == "S/RES/2334(2016)"
    assert reference_symbol("GA", "2334 (2016)") is None  # only the Council numbers by year
    assert reference_symbol("GA", "72/262 C") == "A/RES/72/262C"
    assert reference_symbol("HRC", "S-29/1") == "A/HRC/RES/S-29/1"
    assert reference_symbol("GA", "ES-10/19") == "A/RES/ES-10/19"
    assert reference_symbol("SUBCOM", "2000/22") == "E/CN.4/Sub.2/RES/2000/22"
    assert reference_symbol("CHR", "2005/66") == "E/CN.4/RES/2005/66"
    assert reference_symbol("GA", "65/530", "decision") == "A/DEC/65/530"
    assert resolution_symbol("GA", "72/169") == "A/RES/72/169"
    assert resolution_symbol("SC", "2417 (2018)") == "S/RES/2417(2018)"


def test_joint_symbols_split():
    text = "See E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II."
    assert [(s, text[a:b]) for s, a, b in find_symbols(text)] == [
        ("E/CN.4/2001/2", "E/CN.4/2001/2"),
        ("E/CN.4/Sub.2/2000/46", "E/CN.4/Sub.2/2000/46"),
    ]


MORE_CORPUS_CASES = [
    # the Human Rights Council's presidential statements, by their short form
    ("A_HRC_PRST_20_1", "President’s statement PRST/9/2", "A/HRC/PRST/9/2", "statement"),
    # special sessions of the Assembly, old style
    ("A_RES_32_197", "its resolutions 3201 (S-VI)", "A/RES/3201(S-VI)", "resolution"),
    # another organization's resolution: a citation, with no UN symbol to write
    (
        "A_HRC_RES_49_25",
        "World Health Assembly resolution WHA72.8 of 28 May 2019",
        None,
        "resolution",
    ),
    # a Security Council resolution cited bare, its year taken from its date
    ("S_RES_1533(2004)", "its resolution 1493 of 28 July 2003", "S/RES/1493(2003)", "resolution"),
]


@pytest.mark.corpus
@pytest.mark.parametrize("name,raw,symbol,kind", MORE_CORPUS_CASES)
def test_more_shapes_on_corpus_text(corpus_docs, name, raw, symbol, kind):
    f, sym, text = next(d for d in corpus_docs if d[0] == name)
    doc = parse_text(text, f, sym, strict=False)
    found = [c for c in cites(doc) if c.raw == raw]
    assert found, f"{raw!r} not cited in {name}"
    assert (found[0].symbol, found[0].kind) == (symbol, kind)


@pytest.mark.corpus
def test_bare_security_council_numbers_take_the_year_cited_elsewhere(corpus_docs):
    f, sym, text = next(d for d in corpus_docs if d[0] == "S_RES_1533(2004)")
    bare = [c for c in cites(parse_text(text, f, sym, strict=False)) if c.raw == "resolution 1493"]
    assert len(bare) > 5 and all(c.symbol == "S/RES/1493(2003)" for c in bare)
