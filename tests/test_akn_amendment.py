"""An amendment in Akoma Ntoso: AKN 3.0's own `amendment` document, valid against the strict
schema, its instructions as `textualMod`s of `activeModifications` pointing at the `mod`
they are read from and the draft's paragraph they change; exported and read back, the
record is the same (A/C.2/80/L.62 and L.63 from the shared PDFs; the eleven instructions of
tests/data/amendments_to_L13.txt, with quoted paragraphs and words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from clausewise import parse_file
from clausewise.aknprofile import akn, cw
from clausewise.enrich.cites import cites
from clausewise.export.akn import to_akn, validate
from clausewise.parse import parse_bytes

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def tabled():
    return parse_file(DATA / "amendments_to_L13.txt")


def _pdf(pdf_dir, name):
    path = pdf_dir / "mandate-pipeline" / f"{name}.pdf"
    if not path.exists():
        pytest.skip(f"{path} not found")
    return parse_file(path)


def test_an_amendment_is_akns_amendment_document(tabled):
    xml = to_akn(tabled, cites(tabled))
    assert validate(xml) == []
    root = etree.fromstring(xml)
    (am,) = list(root)
    assert (am.tag, am.get("name")) == (akn("amendment"), "resolutionAmendment")
    work = am.find(f".//{akn('FRBRWork')}/{akn('FRBRuri')}").get("value")
    assert work == "/akn/un/amendment/deliberation/unga/2025-12-01/a-c-2-80-l-90"
    target = am.find(f".//{akn('affectedDocument')}")
    assert (target.text, target.get("href")) == (
        "A/C.2/80/L.13",
        "https://undocs.org/en/A/C.2/80/L.13",
    )
    mods = am.findall(f".//{akn('textualMod')}")
    assert [m.get("type") for m in mods] == [
        "substitution", "substitution", "repeal", "repeal", "insertion", "insertion",
        "insertion", "substitution", "repeal", "insertion", "repeal",
    ]  # fmt: skip
    # each instruction points at the words it is read from, and at the draft's paragraph
    by_eid = {m.get("eId"): m for m in am.iter(akn("mod"))}
    first = mods[0]
    source = by_eid[first.find(akn("source")).get("href")[1:]]
    assert "".join(source.itertext()) == tabled.instructions[0].text
    assert (
        first.find(akn("destination")).get("href") == "https://undocs.org/en/A/C.2/80/L.13#para_6"
    )
    assert first.find(f"{akn('old')}/{cw('text')}").text == "Also reaffirms"
    insert = mods[5]
    assert insert.find(akn("destination")).get("pos") == "after"
    assert insert.find(f"{akn('destination')}/{cw('anchor')}").text.startswith("open, equitable")


def test_an_amendment_survives_export_and_reimport(tabled):
    back = parse_bytes(to_akn(tabled, cites(tabled)), "L.90.xml")
    assert back == tabled
    assert back.status == "amendment" and back.amends == "A/C.2/80/L.13"
    assert len(back.instructions) == 11
    # the paragraph a quoted new one holds, with its line break, comes back as it was
    assert back.instructions[4].new == tabled.instructions[4].new


@pytest.mark.pdfs
@pytest.mark.parametrize("name", ["A_C.2_80_L.62", "A_C.2_80_L.63"])
def test_the_shared_amendments_round_trip(pdf_dir, name):
    doc = _pdf(pdf_dir, name)
    xml = to_akn(doc, cites(doc))
    assert validate(xml) == []
    assert parse_bytes(xml, f"{name}.xml") == doc
    # L.62's one sentence is four instructions, each its own textualMod from the one mod
    root = etree.fromstring(xml)
    sources = {m.find(akn("source")).get("href") for m in root.iter(akn("textualMod"))}
    assert len(list(root.iter(akn("textualMod")))) == len(doc.instructions)
    assert len(sources) == 1


def test_a_statement_is_still_a_statement(seed001):
    root = etree.fromstring(to_akn(seed001))
    assert root[0].tag == akn("statement") and root.find(f".//{akn('activeModifications')}") is None
