"""Property test: any record the model can hold exports to schema-valid AKN and reads back
equal, with footnotes, citations and sections in awkward places."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausewise import parse_bytes
from clausewise.export.akn import to_akn, validate
from clausewise.model import (
    OPERATIVE,
    PREAMBULAR,
    TEXT,
    Annex,
    Citation,
    Dates,
    Document,
    Footnote,
    FootnoteRef,
    Item,
    Paragraph,
    Section,
    Sponsor,
    Where,
    to_json,
)

# XML 1.0 cannot hold control characters, surrogates or U+FFFE/U+FFFF: the parser never
# produces them, so neither does this strategy
words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn")) | st.sampled_from(" \t"),
    max_size=40,
)
opt_words = st.none() | words
markers = st.sampled_from(["1", "2", "3", "*", "**", "a"])
dates = st.dates().map(lambda d: d.isoformat())


@st.composite
def refs(draw, text):
    offs = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)))
    return tuple(FootnoteRef(draw(markers), o) for o in offs)


@st.composite
def items(draw, prefix, depth=0):
    out = []
    for k in range(draw(st.integers(0, 3 if depth == 0 else 2))):
        eid = f"{prefix}__list_1__point_{k}"
        text = draw(words)
        sub = draw(items(eid, depth + 1)) if depth < 1 else ()
        out.append(Item(eid, draw(words), text, sub, draw(refs(text))))
    return tuple(out)


@st.composite
def paragraphs(draw, prefix, kinds, sections):
    out = []
    for k in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(kinds))
        eid = f"{prefix}{k + 1}"
        text = draw(words)
        out.append(
            Paragraph(
                eid=eid,
                kind=kind,
                num=draw(st.none() | st.integers(1, 99).map(str)),
                lead=draw(opt_words),
                text=text,
                items=draw(items(eid)),
                footnotes=draw(refs(text)),
                section=draw(st.none() | st.sampled_from(sections)) if sections else None,
            )
        )
    return tuple(out)


@st.composite
def documents(draw):
    sec_ids = [f"sec_{k}" for k in range(draw(st.integers(0, 3)))]
    sections = tuple(Section(s, draw(opt_words), draw(opt_words)) for s in sec_ids)
    preamble = draw(paragraphs("preamble__container_", [PREAMBULAR], sec_ids))
    operative = draw(paragraphs("para_", [OPERATIVE, TEXT], sec_ids))
    annexes = []
    for a in range(draw(st.integers(0, 2))):
        aid = f"annex_{a + 1}"
        asecs = [f"{aid}__sec_{k}" for k in range(draw(st.integers(0, 2)))]
        annexes.append(
            Annex(
                eid=aid,
                num=draw(st.none() | st.sampled_from(["I", "II"])),
                heading=draw(words),
                title=draw(opt_words),
                formula=draw(opt_words),
                paragraphs=draw(paragraphs(f"{aid}__para_", [PREAMBULAR, OPERATIVE, TEXT], asecs)),
                sections=tuple(Section(s, draw(opt_words), draw(opt_words)) for s in asecs),
            )
        )
    every = list(preamble) + list(operative) + [p for a in annexes for p in a.paragraphs]
    homes = [None, "header"] + [p.eid for p in every]
    footnotes = tuple(
        Footnote(draw(markers), draw(words), draw(st.sampled_from(homes)))
        for _ in range(draw(st.integers(0, 4)))
    )
    sponsors = tuple(
        Sponsor(draw(words), draw(st.none() | markers), draw(st.none() | words))
        for _ in range(draw(st.integers(0, 3)))
    )
    if not (preamble or operative or annexes):
        operative = (Paragraph("para_1", OPERATIVE, "1", "Decides", "Decides."),)
    return Document(
        body=draw(st.sampled_from([None, "GA", "HRC", "SC", "ECOSOC", "UNCTAD"])),
        session=draw(st.none() | st.integers(1, 120)),
        status=draw(st.sampled_from(["draft", "adopted"])),
        title=draw(opt_words),
        number=draw(st.none() | st.sampled_from(["72/169", "2417 (2018)", "217 A (III)"])),
        symbol=draw(st.none() | st.sampled_from(["A/RES/72/169", "A/HRC/43/L.23"])),
        doc_type=draw(st.sampled_from(["resolution", "decision", "statement", "other"])),
        agenda_items=tuple(draw(st.lists(words, max_size=2))),
        distribution=draw(opt_words),
        dates=Dates(draw(st.none() | dates), draw(st.none() | dates)),
        sponsors=sponsors,
        origin=draw(st.none() | st.sampled_from(["A/72/439/Add.2", "A/HRC/43/L.23 and Corr.1"])),
        committee=draw(opt_words),
        meeting=draw(opt_words),
        formula=draw(opt_words),
        preamble=preamble,
        operative=operative,
        sections=sections,
        annexes=tuple(annexes),
        footnotes=footnotes,
        warnings=tuple(draw(st.lists(words, max_size=2))),
    )


@st.composite
def cited(draw):
    doc = draw(documents())
    spans = []
    for p in doc.all_paragraphs():
        n = len(p.text)
        for _ in range(draw(st.integers(0, 2))):
            s = draw(st.integers(0, n))
            e = draw(st.integers(s, n))
            spans.append(
                Citation(
                    p.text[s:e],
                    draw(st.none() | st.just("A/RES/70/1")),
                    "x",
                    None,
                    Where(p.eid, s, e),
                )
            )
    for f in doc.footnotes:
        if f.paragraph and f.text:
            spans.append(
                Citation(
                    f.text, "E/RES/2019/1", "x", None, Where(f.paragraph, 0, len(f.text), f.marker)
                )
            )
    return doc, spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cited())
def test_any_record_exports_valid_and_reads_back_equal(case):
    doc, citations = case
    xml = to_akn(doc, citations)
    assert validate(xml) == []
    assert to_json(parse_bytes(xml, "p.xml")) == to_json(doc)
