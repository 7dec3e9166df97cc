"""The UN's own Akoma Ntoso (../shared/akn: every GA resolution of the 75th session and HRC
resolution of the 54th, in the six languages): read field for field and shape for shape,
checked against a plain XPath reading of the markup (tests/akn_markup.py), exported as
valid AKN that reads back equal."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from clausewise import InputError, parse_bytes, parse_file, parse_text
from clausewise.export.akn import to_akn, validate
from clausewise.model import OPERATIVE, PREAMBULAR, TEXT, to_json

from . import akn_markup as markup
from .conftest import SHARED

AKN = SHARED / "akn"
NS = markup.NS
SUFFIX = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}


@pytest.fixture(scope="module")
def english() -> list[Path]:
    files = sorted(AKN.glob("*/en/*.xml"))
    if not files:
        pytest.skip(f"the UN's AKN files are not at {AKN} (set CLAUSEWISE_SHARED)")
    return files


@pytest.fixture(scope="module")
def read(english):
    """Every English file read once: {path: Document}."""
    return {f: parse_file(f) for f in english}


def ga(name: str) -> Path:
    return AKN / "GA-75" / "en" / name


def hrc(name: str) -> Path:
    return AKN / "HRC-54" / "en" / name


# -- must hold: every English file ---------------------------------------------------------


def test_every_english_file_is_read_none_refused(english, read):
    assert len(english) == 374
    assert all(doc.preamble or doc.operative for doc in read.values())


def test_header_fields_equal_the_markups_in_99_percent_of_files(read):
    wrong = {}
    for f, doc in read.items():
        expected = markup.header(markup.parse(f))
        got = markup.record_header(doc)
        bad = {k: (expected[k], got[k]) for k in expected if expected[k] != got[k]}
        if bad:
            wrong[f.name] = bad
    assert len(wrong) <= len(read) // 100, wrong
    # the one file the plain reading gets wrong is French (in the English folder): its
    # masthead says "Assemblée générale", which the reader knows from the FRBR work IRI
    assert set(wrong) <= {"75_274_F.xml"}


def test_every_paragraph_text_equals_the_markups(read):
    """Chapeaux, points, sub-points, sectional preambles and table rows included: the
    same texts, as many times each, after whitespace is squashed."""
    wrong = {}
    for f, doc in read.items():
        expected = markup.paragraph_texts(markup.parse(f))
        got = markup.record_texts(doc)
        if expected != got:
            wrong[f.name] = (list(expected - got)[:2], list(got - expected)[:2])
    assert wrong == {}


def test_every_export_is_schema_valid_and_reads_back_equal(read):
    invalid, changed = {}, []
    for f, doc in read.items():
        xml = to_akn(doc)
        errors = validate(xml)
        if errors:
            invalid[f.name] = errors[0]
        elif to_json(parse_bytes(xml, f.name)) != to_json(doc):
            changed.append(f.name)
    assert invalid == {}
    assert changed == []


def test_records_are_valid_json_records(read):
    import json
    from importlib import resources

    import jsonschema

    schema = json.loads(
        resources.files("clausewise").joinpath("schema/document.schema.json").read_text()
    )
    validator = jsonschema.Draft202012Validator(schema)
    for f, doc in list(read.items())[::7]:
        errors = list(validator.iter_errors(to_json(doc)))
        assert errors == [], (f.name, errors[0].message)


# -- the other five languages ----------------------------------------------------------------


def parallel(path: Path, lang: str) -> str:
    return re.sub(SUFFIX[lang] + "$", "", path.stem)


def shape(doc) -> tuple[int, int, int]:
    def n(items):
        return sum(1 + n(i.items) for i in items)

    return len(doc.preamble), len(doc.operative), sum(n(p.items) for p in doc.paragraphs)


def test_other_languages_are_read_in_their_language_with_the_english_paragraphs(read):
    """Every file of the five other languages is read (none refused), labelled with the
    language its FRBR expression states, and has as many preambular and operative
    paragraphs and points as the English file in nearly all cases: where they differ,
    the markup differs (a paragraph the Arabic file lacks, a heading the Chinese file
    marks as a preamble)."""
    english = {parallel(f, "en"): doc for f, doc in read.items()}
    for lang in ("fr", "es", "ru", "ar", "zh"):
        files = sorted(AKN.glob(f"*/{lang}/*.xml"))
        same = compared = 0
        for f in files:
            doc = parse_file(f)
            stated = markup.header(markup.parse(f))["language"]
            assert doc.language == stated, f
            assert doc.preamble or doc.operative, f
            twin = english.get(parallel(f, lang))
            if twin is not None and stated == lang:
                compared += 1
                same += shape(doc) == shape(twin)
        assert compared > 330
        # measured: fr 353/353, es 352/352, ru 350/353, ar 339/353, zh 333/351 (the rest
        # differ in the markup itself: tests/test_languages.py lists and checks each)
        assert same / compared >= 0.93, (lang, same, compared)


def test_the_language_folders_hold_their_languages():
    got = {
        lang: parse_file(next(AKN.glob(f"GA-75/{lang}/75_180_*.xml"))).language for lang in SUFFIX
    }
    assert got == {lang: lang for lang in SUFFIX}
    # a French file filed in the English folder is French
    assert parse_file(ga("75_274_F.xml")).language == "fr"


def test_a_file_with_a_tag_left_open_is_read_with_a_warning():
    # the Spanish 75/251 B leaves an <inline> open in its masthead
    doc = parse_file(AKN / "GA-75" / "es" / "75_251_B_S.xml")
    assert doc.number == "75/251 B"
    assert shape(doc)[:2] == shape(parse_file(ga("75_251_B_E.xml")))[:2]
    assert any("recovery" in w for w in doc.warnings)


# -- the header, field for field ---------------------------------------------------------------


def test_masthead_fields_of_a_committee_resolution():
    doc = parse_file(ga("75_180_E.xml"))
    assert (doc.symbol, doc.number, doc.body, doc.session) == ("A/RES/75/180", "75/180", "GA", 75)
    assert doc.title == "Enhancement of international cooperation in the field of human rights"
    assert (doc.dates.issued, doc.dates.adopted) == ("2020-12-28", "2020-12-16")
    assert doc.agenda_items == ("72 (b)",)
    assert (doc.origin, doc.committee) == ("A/75/478/Add.2", "Third Committee")
    assert doc.meeting == "46th plenary meeting"
    assert (doc.distribution, doc.status, doc.doc_type) == ("General", "adopted", "resolution")
    assert (doc.formula, doc.language) == ("The General Assembly,", "en")
    # numbers lose their tab ("\t1."), texts their line breaks and indentation
    assert [p.num for p in doc.operative] == [str(n) for n in range(1, 18)]
    assert all(p.text == " ".join(p.text.split()) for p in doc.paragraphs)


def test_masthead_fields_of_a_council_resolution():
    doc = parse_file(hrc("A_HRC_RES_54_15E.xml"))
    # the Council's masthead names the Assembly first (its parent body), then the Council
    assert (doc.body, doc.session, doc.symbol) == ("HRC", 54, "A/HRC/RES/54/15")
    assert doc.agenda_items == ("3",)
    assert (doc.meeting, doc.dates.adopted) == ("46th meeting", "2023-10-11")
    assert doc.formula == "The Human Rights Council,"


def test_all_agenda_items_are_read():
    # "Agenda items 139 and 151" (the text reader's pattern stops at the first)
    assert parse_file(ga("75_247_E.xml")).agenda_items == ("139", "151")


def test_a_draft_statement_is_a_draft_whatever_the_spelling_of_its_name():
    data = ga("75_180_E.xml").read_bytes()
    for name in ("draftResolution", "resolutionDraft", "draftDecision"):
        doc = parse_bytes(
            data.replace(b'<statement name="resolution">', f'<statement name="{name}">'.encode()),
            "d.xml",
        )
        assert doc.status == "draft", name
        assert doc.doc_type == ("decision" if "ecision" in name else "resolution")


def test_leads_come_from_the_text_by_the_text_readers_grammar():
    doc = parse_file(ga("75_180_E.xml"))
    assert [p.lead for p in doc.preamble[:3]] == ["Reaffirming", "Recalling", "Recalling also"]
    assert [p.lead for p in doc.operative[3:5]] == ["Also reaffirms", "Urges"]
    # and the text reader, given the same paragraphs, finds the same leads
    text = "The General Assembly,\n\n" + "\n\n".join(
        [p.text for p in doc.preamble] + [f"{p.num}.\t{p.text}" for p in doc.operative]
    )
    again = parse_text(text, "75-180.txt")
    assert [p.lead for p in again.paragraphs] == [p.lead for p in doc.paragraphs]


# -- markup shapes -------------------------------------------------------------------------------


def test_footnotes_sit_in_their_paragraph_at_the_marker():
    doc = parse_file(ga("75_180_E.xml"))
    note = doc.footnotes[0]
    assert (note.marker, note.text) == ("1", "A/CONF.157/24 (Part I), chap. III.")
    assert note.paragraph == "preamble__container_1"
    p = doc.paragraph("preamble__container_1")
    at = p.footnotes[0].offset
    assert p.text[:at].endswith("on 25 June 1993,")
    assert p.text[at:].startswith(" for enhancing genuine cooperation")
    # every footnote of the file, each with the paragraph that holds its marker
    assert len(doc.footnotes) == 5
    assert all(doc.paragraph(n.paragraph) is not None for n in doc.footnotes)


def test_a_multi_part_resolution_is_one_record_with_a_section_per_part():
    """A documentCollection (75/101 A and B) is read as the text reader reads the same
    text: one record, the parts as sections A and B, each part's preamble in the
    preamble with its section."""
    doc = parse_file(ga("75_101A-B_E.xml"))
    assert (doc.symbol, doc.number) == ("A/RES/75/101A-B", "75/101")
    parts = [s for s in doc.sections if s.num in ("A", "B")]
    assert [(s.eid, s.heading) for s in parts] == [
        ("sec_A", "Information in the service of humanity"),
        ("sec_B", "United Nations global communications policies and activities"),
    ]
    assert [p.section for p in doc.preamble] == ["sec_A"] * 2 + ["sec_B"] * 10
    assert doc.operative[0].section == "sec_A"
    # part A's points are written as paragraphs of their own: they are its points
    first = doc.operative[0]
    assert [i.num for i in first.items] == ["a", "b", "c", "d", "e", "f"]
    assert [i.num for i in first.items[4].items] == ["i", "ii", "iii", "iv"]
    # three parts whose numbering restarts: each part's paragraph 1 is its own
    budget = parse_file(ga("75_254_E.xml"))
    assert [s.eid for s in budget.sections][:3] == ["sec_A", "sec_B", "sec_C"]
    assert "sec_B__para_1" in {p.eid for p in budget.operative}


def test_sections_of_subheadings_and_their_own_preambles():
    doc = parse_file(ga("75_245_E.xml"))
    assert [(s.eid, s.num) for s in doc.sections] == [
        ("sec_1", None),
        ("sec_A", "A"),
        ("sec_B", "B"),
        ("sec_C", "C"),
        ("sec_D", "D"),
    ]
    assert doc.sections[1].heading == "Base/floor salary scale"
    # crossHeading refersTo="#preamble": a section's preambular paragraph, not dropped
    sectional = [p for p in doc.preamble if p.section]
    assert [(p.section, p.lead) for p in sectional] == [
        ("sec_A", "Recalling"),
        ("sec_B", "Recalling"),
    ]
    assert "sec_D__para_1" in {p.eid for p in doc.operative}
    # a paragraph holding only a subheading is a section, never an empty paragraph
    pension = parse_file(ga("75_246_E.xml"))
    assert all(p.text for p in pension.paragraphs)
    assert "Actuarial matters" in [s.heading for s in pension.sections]


def test_chapeaux_and_sub_points():
    doc = parse_file(ga("75_325_E.xml"))
    p = doc.paragraph("para_4")
    assert p.text.startswith("Decides to establish, at its seventy-sixth and seventy-seventh")
    assert [i.num for i in p.items] == ["a", "b"]
    assert [i.num for i in p.items[0].items] == ["i", "ii"]
    assert p.items[0].items[1].eid == "para_4__list_1__point_a__list_1__point_ii"
    assert p.items[0].items[0].text.startswith("During the seventy-sixth session")


def test_tables_are_text():
    doc = parse_file(ga("75_246_E.xml"))
    rows = [p for p in doc.operative if p.kind == TEXT]
    assert "New post | Chief of Business Transformation and Accountability Unit | P-5 | 1" in [
        r.text for r in rows
    ]
    assert rows[-1].text.startswith("Abbreviations: GS (OL), General Service (Other level)")
    assert all(p.kind == OPERATIVE and p.num for p in doc.operative if p.kind != TEXT and p.lead)


def test_points_of_a_preambular_paragraph():
    doc = parse_file(ga("75_55_E.xml"))
    holder = next(p for p in doc.preamble if p.items)
    assert holder.kind == PREAMBULAR
    assert [i.num for i in holder.items] == ["a", "b", "c", "d", "e"]


def test_a_number_whose_text_is_the_next_paragraph():
    doc = parse_file(hrc("A_HRC_RES_54_35E.xml"))
    assert doc.paragraph("para_1").text.startswith("Urges all States to protect the rights")


# -- text and AKN of one resolution ----------------------------------------------------------------


@pytest.mark.corpus
def test_text_and_akn_of_one_resolution_give_the_same_record(corpus_docs, read):
    """The corpus holds 114 of these resolutions as text, from another source: the AKN
    reader's record and the text reader's agree on kinds, numbers, eIds and the header
    (where they differ, the text reader missed what the markup states: a heading, a
    number, a section D after C)."""
    by_symbol = {doc.symbol: doc for doc in read.values()}
    pairs = [
        (by_symbol[sym], parse_text(text, f, sym, strict=False))
        for f, sym, text in corpus_docs
        if sym in by_symbol
    ]
    assert len(pairs) == 114
    tally: Counter = Counter()
    for a, t in pairs:
        tally["eids"] += [p.eid for p in a.paragraphs] == [p.eid for p in t.paragraphs]
        tally["kinds"] += [(p.kind, p.num) for p in a.paragraphs] == [
            (p.kind, p.num) for p in t.paragraphs
        ]
        tally["points"] += [len(p.items) for p in a.paragraphs] == [
            len(p.items) for p in t.paragraphs
        ]
        for field in ("symbol", "body", "committee", "meeting"):
            tally[field] += getattr(a, field) == getattr(t, field)
        tally["adopted"] += a.dates.adopted == t.dates.adopted
    # measured: eIds, kinds and numbers 108 of 114; points 112; each header field 114
    assert tally["eids"] >= 105 and tally["kinds"] >= 105 and tally["points"] >= 108, tally
    assert min(tally[k] for k in ("symbol", "body", "committee", "meeting", "adopted")) >= 112


# -- export ---------------------------------------------------------------------------------------


def test_export_of_the_uns_file_follows_its_practice():
    source = ga("75_180_E.xml")
    doc = parse_file(source)
    t = etree.fromstring(to_akn(doc))
    # footnotes inline, at their marker in their paragraph: none left over in the preface
    notes = t.xpath("//a:authorialNote", namespaces=NS)
    assert len(notes) == 5
    assert all(n.getparent().tag.endswith("}p") for n in notes)
    assert not t.xpath("//a:container[@name='footnotes']", namespaces=NS)
    assert "" not in t.xpath("//@eId")
    assert t.xpath("//a:FRBRExpression/a:FRBRlanguage/@language", namespaces=NS) == ["eng"]
    assert t.xpath("//a:FRBRExpression/a:FRBRuri/@value", namespaces=NS)[0].endswith(
        "/unga/2020-12-16/75-180/eng@2020-12-28"
    )
    # the masthead in the document's own words: each line is one the UN's file has
    original = " ".join(
        markup.text(p) for p in markup.parse(source).xpath("//a:coverPage/a:p", namespaces=NS)
    )
    lines = [markup.text(p) for p in t.xpath("//a:coverPage/a:p", namespaces=NS)]
    origin = [x for x in lines if x.startswith("[")]
    assert origin == ["[on the report of the Third Committee (A/75/478/Add.2)]"]
    assert all(x in original for x in lines if x not in origin), lines
    assert "Seventy-fifth session" in lines


def test_export_in_another_language_says_so():
    doc = parse_file(AKN / "GA-75" / "fr" / "75_180_F.xml")
    t = etree.fromstring(to_akn(doc))
    assert t.xpath("//a:FRBRExpression/a:FRBRlanguage/@language", namespaces=NS) == ["fra"]
    assert "/fra@" in t.xpath("//a:FRBRExpression/a:FRBRthis/@value", namespaces=NS)[0]
    # no English wording on a French masthead: the values alone
    assert "session" not in " ".join(
        markup.text(p) for p in t.xpath("//a:coverPage/a:p", namespaces=NS)
    )
    assert to_json(parse_bytes(to_akn(doc), "f.xml")) == to_json(doc)


# -- hostile and odd files still get one line ---------------------------------------------------------


@pytest.mark.parametrize(
    "mangle, message",
    [
        (
            lambda b: b.replace(b"<akomaNtoso", b'<!DOCTYPE x [<!ENTITY e "x">]><akomaNtoso', 1),
            "DOCTYPE declaration is refused",
        ),
        (lambda b: b[: len(b) // 2], "not well-formed XML"),
        (
            lambda b: re.sub(
                rb"<mainBody>.*</mainBody>",
                b"",
                re.sub(rb"<preamble>.*</preamble>", b"", b, flags=re.S),
                flags=re.S,
            ),
            "no resolution paragraphs",
        ),
    ],
)
def test_a_damaged_official_file_gets_one_clear_line(tmp_path, mangle, message):
    f = tmp_path / "bad.xml"
    f.write_bytes(mangle(ga("75_180_E.xml").read_bytes()))
    with pytest.raises(InputError, match=message) as exc:
        parse_file(f)
    assert "\n" not in str(exc.value)


def test_the_record_of_a_draft_made_from_official_markup_round_trips():
    doc = replace(parse_file(ga("75_180_E.xml")), status="draft", symbol=None, number=None)
    xml = to_akn(doc)
    assert validate(xml) == []
    assert to_json(parse_bytes(xml, "d.xml")) == to_json(doc)
    t = etree.fromstring(xml)
    assert "0001-01-01" not in xml.decode()
    assert t.xpath("//a:FRBRWork/a:FRBRnumber/@value", namespaces=NS)[0].startswith("75-draft-")


def test_a_body_in_parts_chapters_or_other_containers_is_walked():
    # AKN lets a main body hold parts (mainBody/part): a heading, then its paragraphs
    data = ga("75_180_E.xml").read_bytes()
    data = data.replace(
        b"<mainBody>", b'<mainBody><part eId="part_1"><num>I</num><heading>General</heading>', 1
    ).replace(b"</mainBody>", b"</part></mainBody>", 1)
    doc = parse_bytes(data, "parts.xml")
    assert [(s.eid, s.num, s.heading) for s in doc.sections] == [("sec_I", "I", "General")]
    assert len(doc.operative) == 17
    assert {p.section for p in doc.operative} == {"sec_I"}
    assert validate(to_akn(doc)) == []
