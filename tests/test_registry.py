"""The mandate registry over real libraries: ids, due dates and statuses on the seeds; the
lifecycle of real series from the corpus (fulfilled, recurring, renewed, reported,
superseded); duplicates; and incremental upkeep that gives what a rebuild gives."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from clausewise import parse_text
from clausewise.library import Library
from clausewise.model import Due
from clausewise.registry import item_json
from clausewise.registry import store as registry_store
from clausewise.registry.derive import mandate_ids, split_id

from .conftest import SEEDS


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    path = tmp_path_factory.mktemp("reg") / "library.sqlite"
    with Library(path) as lib:
        lib.add_paths([SEEDS])
        yield lib


def _doc(corpus_docs, name):
    f, sym, text = next(d for d in corpus_docs if d[0] == name)
    return parse_text(text, f, sym, strict=False)


def _library(path, corpus_docs, names) -> Library:
    lib = Library(path)
    for name in names:
        lib.add_document(_doc(corpus_docs, name), name, sync=False)
    lib.registry.sync()
    return lib


def _snapshot(conn: sqlite3.Connection):
    return registry_store.snapshot(conn)


# -- the seeds --------------------------------------------------------------------------------


def test_ids_are_document_paragraph_and_ordinal(seeds):
    ids = [it.entry.id for it in seeds.registry.items(today=date(2020, 1, 1))]
    assert "A_RES_72_169:para_15:1" in ids and "A_RES_72_169:para_15:2" in ids
    assert split_id("A_RES_72_169:para_15__list_1__point_a:2") == (
        "A_RES_72_169",
        "para_15__list_1__point_a",
        2,
    )
    # the same text parsed again gives the same ids
    again = [m for _, m in seeds.mandates("A_RES_72_169")]
    assert mandate_ids("A_RES_72_169", again) == [i for i in ids if i.startswith("A_RES_72_169:")]


def test_72_169_op17_is_due_at_the_seventy_third_session(seeds):
    """The issue's first line: "continue its consideration ... at its seventy-third session"
    is due GA 73, 2018-09 to 2019-09, and its status follows the day asked about."""
    reg = seeds.registry
    it = reg.item("A_RES_72_169:para_17:1", today=date(2018, 1, 1))
    assert it.entry.mandate.dues == (Due("GA", 73, 2018, 2019, "2018-09-18", "2019-09-17"),)
    assert it.status.value == "pending"
    assert reg.item("A_RES_72_169:para_17:1", today=date(2019, 1, 1)).status.value == "due"
    late = reg.item("A_RES_72_169:para_17:1", today=date(2020, 1, 1)).status
    assert late.value == "overdue" and "GA 73" in late.reason
    j = item_json(it)
    assert j["due"] == [
        {
            "body": "GA",
            "session": 73,
            "year_from": 2018,
            "year_to": 2019,
            "date_from": "2018-09-18",
            "date_to": "2019-09-17",
        }
    ]
    assert j["source"] == {
        "symbol": "A/RES/72/169",
        "eid": "para_17",
        "doc": "A_RES_72_169",
        "title": "Enhancement of international cooperation in the field of human rights",
        "body": "GA",
        "session": 72,
        "date": "2017-12-19",
    }
    assert j["addressees"] == [{"name": "General Assembly", "role": "body_itself"}]


def test_seed_004_dues_at_hrc_46_and_49_with_real_days(seeds):
    """004 is a draft whose adopted text the library lacks: it stays in the registry."""
    items = {
        it.entry.mandate.paragraph + ":" + it.entry.mandate.kind: it
        for it in seeds.registry.items(today=date(2021, 3, 1))
    }
    meeting = items["para_8:meeting"]
    assert meeting.entry.mandate.due == Due("HRC", 46, 2021, 2021, "2021-02-22", "2021-03-24")
    assert meeting.status.value == "due"  # the forty-sixth session sits on 1 March 2021
    report = items["para_9:report"]
    assert report.entry.mandate.due == Due("HRC", 49, 2022, 2022, "2022-02-28", "2022-04-01")
    assert report.status.value == "pending"


def test_a_draft_leaves_the_registry_once_its_adopted_text_is_in(seeds):
    draft = next(d for d in seeds.documents() if d.status == "draft" and d.session == 72)
    assert draft.adopted_as == "A_RES_72_169"
    assert not [
        it for it in seeds.registry.items(today=date(2020, 1, 1)) if it.entry.doc == draft.id
    ]


def test_unknown_status_and_id_are_refused(seeds):
    with pytest.raises(ValueError, match="unknown status"):
        seeds.registry.items(today=date(2020, 1, 1), status="late")
    with pytest.raises(LookupError):
        seeds.registry.item("A_RES_72_169:para_99:1", today=date(2020, 1, 1))


# -- series from the corpus ---------------------------------------------------------------------

POVERTY = ["A_RES_73_163", "A_RES_75_175", "A_RES_77_223", "A_RES_79_178"]


@pytest.fixture(scope="module")
def poverty(tmp_path_factory, corpus_docs):
    lib = _library(tmp_path_factory.mktemp("poverty") / "l.sqlite", corpus_docs, POVERTY)
    yield lib
    lib.close()


@pytest.mark.corpus
def test_each_continue_consideration_is_fulfilled_by_the_next_text(poverty):
    """ "Human rights and extreme poverty" (GA, every two years): each text's "decides to
    consider the question further at its Nth session" is fulfilled by the text adopted at
    that session, which is its evidence."""
    items = poverty.registry.items(today=date(2025, 6, 1))
    consider = {
        it.entry.doc: it for it in items if it.entry.mandate.type == "continue_consideration"
    }
    for earlier, later in zip(POVERTY, POVERTY[1:], strict=False):
        it = consider[earlier]
        assert it.status.value == "fulfilled", earlier
        (ev,) = it.status.evidence
        assert (ev.type, ev.doc) == ("held", later)
        assert it.entry.mandate.due.session == int(later.split("_")[2])
    # the last one's session (GA 81) is still to come
    assert consider["A_RES_79_178"].status.value == "pending"


@pytest.mark.corpus
def test_the_same_ask_at_every_other_session_is_recurring_biennial(poverty):
    it = poverty.registry.item("A_RES_73_163:para_20:1", today=date(2025, 6, 1))
    assert it.entry.mandate.action == "to disseminate the guiding principles"
    assert it.status.value == "recurring"
    assert [e.doc for e in it.status.evidence if e.type == "repeated"] == POVERTY[1:]
    assert it.frequency.inferred == "biennial"
    assert it.frequency.reason == "asked at GA sessions 73, 75, 77, 79: every 2 sessions"
    assert it.frequency.explicit is None


@pytest.mark.corpus
def test_adding_one_document_updates_only_what_it_touches(tmp_path, corpus_docs):
    names = ["A_RES_73_163", "A_RES_75_175", "A_RES_79_178", "S_RES_2402(2018)"]
    lib = _library(tmp_path / "l.sqlite", corpus_docs, names)
    conn = lib.conn
    before = dict(conn.execute("SELECT id, rowid FROM registry_mandates").fetchall())
    lib.add_document(_doc(corpus_docs, "A_RES_77_223"), "A_RES_77_223", sync=False)
    assert lib.registry.sync() == 1  # one document derived, not the library
    after = dict(conn.execute("SELECT id, rowid FROM registry_mandates").fetchall())
    # the other documents' mandates were not rewritten
    assert all(after[k] == v for k, v in before.items())
    # 77/223 is now the evidence that 75/175's "at its seventy-seventh session" was met
    it = lib.registry.item("A_RES_75_175:para_26:1", today=date(2025, 6, 1))
    assert [(e.type, e.doc) for e in it.evidence] == [("held", "A_RES_77_223")]
    incremental = _snapshot(conn)
    assert lib.registry.sync(rebuild=True) == 5
    assert _snapshot(conn) == incremental
    lib.close()


@pytest.mark.corpus
def test_deleting_a_document_takes_its_evidence_away(tmp_path, corpus_docs):
    lib = _library(tmp_path / "l.sqlite", corpus_docs, POVERTY[:3])
    assert (
        lib.registry.item("A_RES_73_163:para_23:1", today=date(2025, 6, 1)).status.value
        == "fulfilled"
    )
    lib.delete("A_RES_75_175")
    it = lib.registry.item("A_RES_73_163:para_23:1", today=date(2025, 6, 1))
    assert it.status.value == "overdue" and it.evidence == ()
    kept = _snapshot(lib.conn)
    lib.registry.sync(rebuild=True)
    assert _snapshot(lib.conn) == kept
    lib.close()


@pytest.mark.corpus
def test_an_extended_mandate_is_renewed_with_the_words_that_extend_it(tmp_path, corpus_docs):
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["A_HRC_RES_44_13", "A_HRC_RES_53_10"])
    it = lib.registry.item("A_HRC_RES_44_13:para_2:1", today=date(2025, 6, 1))
    m = it.entry.mandate
    assert m.kind == "mandate" and m.duration_years == 3.0
    assert m.ends.session == 53  # three years from the forty-fourth session: three a year
    assert m.review_clause.kind == "sunset"
    assert it.status.value == "renewed"
    (ev,) = it.status.evidence
    assert (ev.type, ev.doc, ev.eid) == ("extended", "A_HRC_RES_53_10", "para_2")
    assert ev.text.startswith("Decides to extend, for a period of three years, the mandate")
    lib.close()


@pytest.mark.corpus
def test_a_report_noted_by_the_next_text_fulfils_the_request(tmp_path, corpus_docs):
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["A_RES_77_189", "A_RES_79_149"])
    it = lib.registry.item("A_RES_77_189:para_36:1", today=date(2025, 6, 1))
    assert it.entry.mandate.kind == "report"
    reported = [e for e in it.evidence if e.type == "reported"]
    assert [(e.doc, e.eid) for e in reported] == [("A_RES_79_149", "para_1")]
    assert "report of the Secretary-General" in reported[0].text
    # and 79/149 asks again for the eighty-first session: recurring, every two sessions
    assert it.status.value == "recurring"
    assert it.frequency.inferred == "biennial"
    lib.close()


@pytest.mark.corpus
def test_a_replaced_paragraph_is_superseded_and_no_other(tmp_path, corpus_docs):
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["S_RES_1970(2011)", "S_RES_1973(2011)"])
    items = lib.registry.items(today=date(2025, 6, 1))
    superseded = {it.entry.id for it in items if it.status.value == "superseded"}
    assert superseded == {"S_RES_1970(2011):para_11:1"}
    ev = lib.registry.item("S_RES_1970(2011):para_11:1", today=date(2025, 6, 1)).status.evidence[0]
    assert ev.symbol == "S/RES/1973(2011)" and "shall be replaced" in ev.text
    lib.close()


@pytest.mark.corpus
def test_the_same_ask_by_two_bodies_is_a_duplicate(tmp_path, corpus_docs):
    """The Human Rights Council and the General Assembly ask States the same thing about
    unilateral coercive measures; one series asking again is not a duplicate."""
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["A_HRC_RES_37_21", "A_RES_78_202"])
    hrc = lib.registry.item("A_HRC_RES_37_21:para_13:1", today=date(2025, 6, 1))
    assert hrc.duplicates == ("A_RES_78_202:para_19:1",)
    ga = lib.registry.item("A_RES_78_202:para_19:1", today=date(2025, 6, 1))
    assert ga.duplicates == ("A_HRC_RES_37_21:para_13:1",)
    lib.close()
    series = _library(tmp_path / "s.sqlite", corpus_docs, POVERTY[:2])
    assert not any(it.duplicates for it in series.registry.items(today=date(2025, 6, 1)))
    series.close()


# -- from the hand check of fifty statuses (docs/registry-check.md) ---------------------------

TODAY = date(2025, 6, 1)


@pytest.mark.corpus
def test_a_state_and_its_government_are_one_addressee(tmp_path, corpus_docs):
    """A/HRC/RES/43/26 urges 'the Government of Myanmar' to report to the Court; 46/21 urges
    'Myanmar' to do the same: a repeat."""
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["A_HRC_RES_43_26", "A_HRC_RES_46_21"])
    it = lib.registry.item("A_HRC_RES_43_26:para_3:4", today=TODAY)
    assert it.status.value == "recurring"
    assert [(e.type, e.symbol, e.eid) for e in it.evidence] == [
        ("repeated", "A/HRC/RES/46/21", "para_10")
    ]
    lib.close()


@pytest.mark.corpus
def test_untitled_texts_go_on_with_the_texts_they_cite(tmp_path, corpus_docs):
    """Security Council resolutions carry no title in the corpus: S/RES/2402 (2018) cites
    2342 (2017) and makes the same call again."""
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["S_RES_2342(2017)", "S_RES_2402(2018)"])
    it = lib.registry.item("S_RES_2342(2017):para_10:1", today=TODAY)
    assert it.status.value == "recurring"
    assert it.evidence[0].symbol == "S/RES/2402(2018)" and it.evidence[0].eid == "para_10"
    assert lib.registry.item("S_RES_2342(2017):para_2:1", today=TODAY).status.value == "renewed"
    assert not any(x.duplicates for x in lib.registry.items(today=TODAY))
    lib.close()


@pytest.mark.corpus
def test_the_next_meeting_scheduled_shows_this_one_held(tmp_path, corpus_docs):
    """43/23: a debate 'will be held at its forty-ninth session'; 49/12, adopted then,
    schedules 'its next annual interactive debate' for the fifty-second."""
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["A_HRC_RES_43_23", "A_HRC_RES_49_12"])
    it = lib.registry.item("A_HRC_RES_43_23:para_12:1", today=TODAY)
    assert it.entry.mandate.kind == "meeting"
    assert it.status.value == "fulfilled"
    assert (it.evidence[0].type, it.evidence[0].eid) == ("held", "para_16")
    lib.close()


@pytest.mark.corpus
def test_the_closest_repeat_is_quoted(tmp_path, corpus_docs):
    lib = _library(tmp_path / "l.sqlite", corpus_docs, ["A_RES_74_18", "A_RES_77_118"])
    it = lib.registry.item("A_RES_74_18:para_218:1", today=TODAY)
    assert [(e.type, e.eid) for e in it.evidence] == [("repeated", "para_230")]
    lib.close()


def test_the_registry_dates_a_text_by_its_symbols_year():
    from clausewise.registry.derive import doc_date

    assert doc_date("S/RES/2075(2012)", "2075-01-01") == "2012-01-01"
    assert doc_date("A/RES/118/(II)", "2063-09-01") is None  # a misread session
    assert doc_date("A/RES/73/163", "2018-12-17") == "2018-12-17"
