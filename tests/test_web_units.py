"""The web layer's pure parts, on the seeds: text pieces (leads, footnote markers, citation
links), the document view, paragraph labels, search snippets, the iCalendar file."""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar

from clausewise.model import Addressee, Citation, Due, Mandate, Where
from clausewise.web.ics import calendar, ga_opening
from clausewise.web.labels import para_label
from clausewise.web.markup import Span, pieces
from clausewise.web.snippet import parts
from clausewise.web.view import document_view


def test_pieces_cut_at_lead_markers_and_spans():
    text = "Recalling its resolution 70/1 of 25 September 2015, and more"
    ps = pieces(
        text, "Recalling", [(29, "1"), (len(text), "*")], [Span(10, 29, "/d/x", "A/RES/70/1")]
    )
    assert [p.text for p in ps if not p.marker] == [
        "Recalling",
        " ",
        "its resolution 70/1",
        " of 25 September 2015, and more",
    ]
    assert ps[0].lead and not ps[1].lead
    assert ps[2].span.href == "/d/x"
    assert [p.marker for p in ps if p.marker] == ["1", "*"]
    assert ps[3].marker == "1" and ps[-1].marker == "*"  # markers sit at their offsets
    assert "".join(p.text for p in ps) == text


def test_pieces_drop_overlapping_and_out_of_range_spans():
    ps = pieces(
        "abcdefghij",
        None,
        [(99, "2")],
        [Span(0, 5, "a", "A"), Span(3, 8, "b", "B"), Span(8, 50, "c", "C")],
    )
    assert [(p.text, p.span and p.span.href) for p in ps if not p.marker] == [
        ("abcde", "a"),
        ("fghij", None),
    ]
    assert ps[-1].marker == "2"


def test_document_view_puts_footnotes_under_their_paragraph(seed001):
    cite = Citation(
        "resolution 55/2", "A/RES/55/2", "resolution", None, Where("preamble__container_3", 0, 5)
    )
    note_cite = Citation(
        "Resolution 217 A (III)",
        "A/RES/217(III)A",
        "resolution",
        None,
        Where("para_15", 0, 10, footnote="6"),
    )
    m = Mandate(
        "para_15",
        "decision",
        "Decides",
        (Addressee("General Assembly", "body_itself"),),
        (),
        "to devote one plenary meeting",
        Due("GA", 73, 2018, 2019),
        None,
        "one-off",
        "Decides to devote ...",
    )
    view = document_view(
        seed001,
        [cite, note_cite],
        [m],
        link=lambda s: "/documents/X" if s == "A/RES/55/2" else None,
    )
    by = {v.eid: v for v in view}
    assert [f.marker for f in by["preamble__container_3"].footnotes] == ["2", "3"]
    assert by["preamble__container_3"].pieces[0].span.href == "/documents/X"
    p15 = by["para_15"]
    assert p15.num == "15" and p15.mandates == [m]
    assert [f.marker for f in p15.footnotes] == ["6"]
    assert p15.footnotes[0].pieces[0].span.title == "A/RES/217(III)A"
    # not in the library: linked to the UN's resolver
    assert p15.footnotes[0].pieces[0].span.href == "https://undocs.org/en/A/RES/217(III)A"
    assert not by["para_16"].mandates
    assert len(view) == len(seed001.preamble) + len(seed001.operative)


def test_labels():
    assert para_label("preamble__container_12") == "preambular 12"
    assert para_label("para_15", "15") == "operative 15"
    assert para_label("para_3__list_1__point_b") == "operative 3 (b)"


def test_snippet_parts_are_unescaped_for_the_template_to_escape():
    assert parts("dialogue among <b>religions</b> &amp; <b>&lt;x&gt;</b>") == [
        ("dialogue among ", False),
        ("religions", True),
        (" & ", False),
        ("<x>", True),
    ]


def test_ga_opening_days_match_the_real_sessions():
    # 72nd, 73rd, 75th sessions (third-week rule) and 78th, 79th (second week since 2023)
    assert ga_opening(2017) == date(2017, 9, 12)
    assert ga_opening(2018) == date(2018, 9, 18)
    assert ga_opening(2020) == date(2020, 9, 15)
    assert ga_opening(2023) == date(2023, 9, 5)
    assert ga_opening(2024) == date(2024, 9, 10)


def test_calendar_is_valid_ical_with_one_event_per_due_mandate():
    who = (Addressee("Secretary-General", "secretariat"),)
    due = Mandate(
        "para_16",
        "request",
        "Requests",
        who,
        (),
        "to consult States",
        Due("GA", 73, 2018, 2019),
        "General Assembly",
        None,
        "Requests ...",
    )
    undated = Mandate(
        "para_3", "request", "Urges", (), (), "to cooperate", None, None, None, "Urges ..."
    )
    doc = {"id": "A_RES_72_169", "symbol": "A/RES/72/169"}
    ics = calendar([(doc, due), (doc, undated)], "http://localhost:8000/", now=datetime(2026, 1, 1))
    cal = Calendar.from_ical(ics)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    ev = events[0]
    assert ev.decoded("dtstart") == date(2018, 9, 18)
    assert "Secretary-General" in str(ev["summary"])
    assert str(ev["url"]) == "http://localhost:8000/documents/A_RES_72_169#para_16"
    assert b"\r\n" in ics and ics.startswith(b"BEGIN:VCALENDAR")
    # same mandate, same UID: a calendar that re-imports the file updates, not duplicates
    again = Calendar.from_ical(calendar([(doc, due)], "http://localhost:8000/"))
    assert str(next(iter(again.walk("VEVENT")))["uid"]) == str(ev["uid"])


def test_fragment_cache_keeps_a_view_per_generation(seed000, seed001):
    from clausewise.web.data import FragmentCache

    cache = FragmentCache(size=1)
    first = cache.get("a", "b", 1, seed000, seed001)
    assert "also" in first and cache.get("a", "b", 1, None, None) is first  # kept, not redone
    assert cache.get("b", "a", 1, seed001, seed000) != first  # another pair evicts it
    again = cache.get("a", "b", 2, seed000, seed001)  # the library changed: made afresh
    assert again == first and again is not first
