"""Every "must hold" line of the parser issue, on the three seed documents."""

from __future__ import annotations


def ops(doc):
    return {p.num: p for p in doc.operative}


def test_000_header(seed000):
    d = seed000
    assert (d.body, d.session, d.status) == ("GA", 72, "draft")
    assert d.agenda_items == ("72 (b)",)
    assert d.dates.issued == "2017-10-30"
    assert d.dates.adopted is None
    assert d.distribution == "Limited"
    assert d.symbol is None  # no symbol appears in the text
    assert d.committee == "Third Committee"
    assert d.title == "Enhancement of international cooperation in the field of human rights"
    assert [s.name for s in d.sponsors] == ["China", "Cuba"]
    cuba = d.sponsors[1]
    assert cuba.marker == "*"
    assert "on behalf of" in cuba.note.lower()
    assert "Movement of Non-Aligned Countries" in cuba.note
    assert d.sponsors[0].note is None


def test_000_paragraphs_and_footnotes(seed000):
    d = seed000
    assert len(d.preamble) == 14
    assert len(d.operative) == 16
    assert [p.num for p in d.operative] == [str(n) for n in range(1, 17)]
    assert [f.marker for f in d.footnotes] == ["*", "1", "2", "3", "4", "5"]
    fourth = d.preamble[3]
    assert fourth.lead == "Recalling further"
    assert "held in Geneva from 20 to 24 April 2009, and the political declaration" in fourth.text
    assert fourth.text.endswith("in the field of human rights,")
    # operative 3 is split across a page (its footnotes in between) and must read whole
    assert "welcomes in this regard the holding of conferences" in ops(d)["3"].text
    assert d.footnote("*").paragraph == "header"
    assert d.footnote("4").paragraph == fourth.eid
    assert d.footnote("2").text == "Resolution 55/2."
    assert d.warnings == ()


def test_000_leads(seed000):
    o = ops(seed000)
    assert o["4"].lead == "Also reaffirms"
    assert o["10"].lead == "Also emphasizes"
    assert o["11"].lead == "Further emphasizes"
    assert o["12"].lead == "Calls upon"
    assert o["16"].lead == "Decides"
    assert seed000.preamble[2].lead == "Recalling also"


def test_001_header(seed001):
    d = seed001
    assert (d.body, d.session, d.status) == ("GA", 72, "adopted")
    assert d.number == "72/169"
    assert d.symbol == "A/RES/72/169"  # implied by the number of an adopted GA resolution
    assert d.dates.adopted == "2017-12-19"
    assert d.dates.issued == "2018-01-23"
    assert d.origin == "A/72/439/Add.2"
    assert d.meeting == "73rd plenary meeting"
    assert d.sponsors == ()
    assert d.agenda_items == ("72 (b)",)
    assert d.distribution == "General"


def test_001_paragraphs_and_footnotes(seed001):
    d = seed001
    assert len(d.preamble) == 14
    assert len(d.operative) == 17
    assert len(d.footnotes) == 6
    six = d.footnote("6")
    assert six.text == "Resolution 217 A (III)."
    assert six.paragraph == "para_15"
    p15 = ops(d)["15"]
    assert "seventieth anniversary of the Universal Declaration of Human Rights and of" in p15.text
    assert p15.text.endswith("to determine the modalities for that meeting;")
    # the marker sits right after "Human Rights" in the clean text
    ref6 = next(r for r in p15.footnotes if r.marker == "6")
    assert p15.text[: ref6.offset].endswith("Universal Declaration of Human Rights")
    fourth = d.preamble[3]
    assert (
        "the adoption of the Durban Declaration and Programme of Action, and their role"
        in fourth.text
    )
    assert d.preamble[11].lead == "Emphasizing also"


def test_004_header_and_sponsors(seed004):
    d = seed004
    assert (d.body, d.session, d.status) == ("HRC", 43, "draft")
    assert d.dates.issued == "2020-06-17"
    assert d.agenda_items == ("3",)
    assert d.title == "Promoting mutually beneficial cooperation in the field of human rights"
    assert len(d.sponsors) == 17
    marked = [
        s.name
        for s in d.sponsors
        if s.note and "not a member of the Human Rights Council" in s.note
    ]
    assert len(marked) == 14
    unmarked = {s.name for s in d.sponsors if s.marker is None}
    assert unmarked == {"Pakistan", "Somalia", "Venezuela (Bolivarian Republic of)"}
    assert "Iran (Islamic Republic of)" in marked
    assert "Syrian Arab Republic" in marked


def test_004_paragraphs(seed004):
    d = seed004
    assert len(d.preamble) == 21
    assert len(d.operative) == 10
    ack = [p for p in d.preamble if p.text.startswith("Acknowledging that the approach")]
    assert len(ack) == 1
    assert (
        "which are interlinked and mutually reinforcing, while observing respective mandates and the Charter"
        in ack[0].text
    )
    o = ops(d)
    assert o["10"].lead == "Decides"  # not italicised in the source
    assert o["5"].lead == "Takes note"
    assert d.preamble[0].lead == "Guided by"
    assert d.preamble[6].lead == "Acknowledging"  # not italicised either
    assert any("footnote 1" in w and "para_5" in w for w in d.warnings)
    assert d.footnote("1") is None


def test_text_has_no_markup_left(seed000, seed001, seed004):
    for d in (seed000, seed001, seed004):
        for p in d.all_paragraphs():
            for junk in ("*", "<sup>", "##", "\\", "¹", "⁴", "> "):
                assert junk not in p.text, (p.eid, junk)
