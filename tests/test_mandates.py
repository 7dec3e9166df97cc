"""Mandates: the issue's "Must hold" lines on the seeds, session years, and the shapes of
real corpus paragraphs (items, several actions, report_to, recurrence)."""

from __future__ import annotations

import pytest

from clausewise import parse_text
from clausewise.enrich.mandates import _declaration, clauses, is_secretariat, mandates
from clausewise.enrich.sessions import session_years
from clausewise.model import Addressee, Due


def _of(doc, eid):
    return [m for m in mandates(doc) if m.paragraph == eid]


def test_001_operative_15_meeting_and_presidents_consultations(seed001):
    meeting, consult = _of(seed001, "para_15")
    assert meeting.type == "decision"
    assert meeting.addressees == (Addressee("General Assembly", "body_itself"),)
    assert "one plenary meeting" in meeting.action
    assert meeting.due == Due("GA", 73, 2018, 2019, "2018-09-18", "2019-09-17")
    assert consult.type == "request"
    assert consult.verb == "requests"
    assert consult.addressees == (
        Addressee("President of the General Assembly", "presiding_officer"),
    )
    assert "consultations with Member States" in consult.action
    assert "modalities" in consult.action


def test_001_operative_16_secretary_general_with_high_commissioner(seed001):
    (m,) = _of(seed001, "para_16")
    assert m.addressees == (Addressee("Secretary-General", "secretariat"),)
    assert m.with_ == (
        Addressee("United Nations High Commissioner for Human Rights", "secretariat"),
    )
    assert m.action.startswith(
        "to consult States and intergovernmental and non-governmental organizations"
    )
    assert m.text.startswith("Requests the Secretary-General, in collaboration with")


def test_001_operative_17_continues_consideration(seed001):
    (m,) = _of(seed001, "para_17")
    assert m.type == "continue_consideration"
    assert m.due == Due("GA", 73, 2018, 2019, "2018-09-18", "2019-09-17")


def test_004_operative_8_two_hour_meeting_presided_by_president(seed004):
    meeting = _of(seed004, "para_8")[0]
    assert meeting.type == "decision"
    assert meeting.addressees == (Addressee("Human Rights Council", "body_itself"),)
    assert meeting.action.startswith("to convene at its forty-sixth session a meeting")
    assert "duration of two hours" in meeting.text
    assert meeting.due == Due("HRC", 46, 2021, 2021, "2021-02-22", "2021-03-24")
    assert Addressee("President of the Human Rights Council", "presiding_officer") in meeting.with_


def test_004_operative_9_resources_then_summary_report(seed004):
    resources, report = _of(seed004, "para_9")
    hc = (Addressee("United Nations High Commissioner for Human Rights", "secretariat"),)
    assert resources.addressees == hc and report.addressees == hc
    assert "all necessary resources" in resources.action
    assert resources.due is None
    assert report.action.startswith("to prepare a summary report on the meeting")
    assert report.due == Due("HRC", 49, 2022, 2022, "2022-02-28", "2022-04-01")
    assert report.report_to == "Human Rights Council"
    assert report.recurrence == "one-off"


def test_004_operative_10_remains_seized(seed004):
    (m,) = _of(seed004, "para_10")
    assert m.type == "remain_seized"
    assert m.addressees == (Addressee("Human Rights Council", "body_itself"),)


def test_secretariat_filter_on_001(seed001):
    picked = [m for m in mandates(seed001) if is_secretariat(m)]
    assert [(m.paragraph, m.addressees[0].name) for m in picked] == [
        ("para_15", "President of the General Assembly"),
        ("para_16", "Secretary-General"),
    ]
    # "Urges States" is a mandate, but not the Secretariat's
    urges = [m for m in mandates(seed001) if m.verb == "Urges"]
    assert urges and not any(is_secretariat(m) for m in urges)
    (p13,) = [m for m in urges if m.paragraph == "para_13"]
    assert Addressee("States", "member_states") in p13.addressees


def test_several_mandates_in_one_paragraph(seed001, seed004):
    assert len(_of(seed001, "para_12")) == 2  # calls upon States ..., and encourages NGOs
    assert [m.type for m in _of(seed001, "para_12")] == ["call", "encouragement"]
    assert len(_of(seed004, "para_9")) == 2


def test_statements_are_not_mandates(seed001):
    # "Reaffirms", "Recognizes", "Emphasizes" ... ask nobody to do anything
    assert not [m for m in mandates(seed001) if m.paragraph in {f"para_{i}" for i in range(1, 5)}]


def test_clauses_cut_at_verbs_not_at_nouns():
    text = (
        "Decides to devote one meeting to the question, and requests the President to "
        "conduct consultations, taking into account the requests of Member States;"
    )
    assert [lead.text for _, _, lead in clauses(text)] == ["Decides", "requests"]


def test_session_years():
    assert session_years("GA", 73) == (2018, 2019)
    assert session_years("GA", 1) == (1946, 1947)
    assert session_years("HRC", 1) == (2006, 2006)
    assert session_years("HRC", 43) == (2020, 2020)
    assert session_years("HRC", 46) == (2021, 2021)
    assert session_years("HRC", 49) == (2022, 2022)
    assert session_years("HRC", 58) == (2025, 2025)
    assert session_years("HRC", 999) == (None, None)
    assert session_years("ECOSOC", 5) == (None, None)


def _corpus_doc(corpus_docs, name):
    f, sym, text = next(d for d in corpus_docs if d[0] == name)
    return parse_text(text, f, sym, strict=False)


@pytest.mark.corpus
def test_corpus_counts_and_kinds(corpus_docs):
    """Every mandate over a tenth of the corpus is well formed."""
    n = 0
    kinds = {
        "secretariat",
        "body_itself",
        "presiding_officer",
        "member_states",
        "un_system",
        "non_state",
    }
    for f, sym, text in corpus_docs[::10]:
        doc = parse_text(text, f, sym, strict=False)
        eids = {p.eid for p in doc.operative} | {
            p.eid for a in doc.annexes if _declaration(a) for p in a.paragraphs
        }
        for m in mandates(doc):
            n += 1
            assert any(m.paragraph == e or m.paragraph.startswith(e + "__") for e in eids)
            assert m.addressees and all(a.kind in kinds for a in m.addressees)
            assert m.action and m.text
            if m.due and m.due.body == "GA" and m.due.session:
                assert m.due.year_from == 1945 + m.due.session
    assert n > 2000


def _mandates_of(corpus_docs, name, eid):
    doc = _corpus_doc(corpus_docs, name)
    return [m for m in mandates(doc) if m.paragraph == eid or m.paragraph.startswith(eid + "__")]


@pytest.mark.corpus
def test_items_carry_the_decision_to_the_subject(corpus_docs):
    """ "... and decides that the Panel shall carry out the following tasks: (a) Assist ..." """
    ms = _mandates_of(corpus_docs, "S_RES_2206(2015)", "para_18")
    assert [m.paragraph for m in ms[:2]] == ["para_18", "para_18"]  # two requests to the SG
    tasks = [m for m in ms if "__point_" in m.paragraph]
    assert len(tasks) == 5
    assert all(m.addressees == (Addressee("Panel", "un_system"),) for m in tasks)
    assert tasks[0].action.startswith("Assist the Committee")


@pytest.mark.corpus
def test_report_then_due_session(corpus_docs):
    review, report = _mandates_of(corpus_docs, "A_RES_63_250", "sec_VI__para_4")
    assert review.action == "to review the current performance appraisal system"
    assert Addressee("staff", "secretariat") in review.with_  # "in consultation with staff"
    assert report.due == Due("GA", 65, 2010, 2011, "2010-09-14", "2011-09-13")
    assert report.report_to == "General Assembly"


@pytest.mark.corpus
def test_due_at_another_bodys_session(corpus_docs):
    (m,) = _mandates_of(corpus_docs, "A_RES_56_253", "para_5")
    assert m.due == Due("Committee for Programme and Coordination", 42, None, None)


@pytest.mark.corpus
def test_year_named_session_and_every_n_days(corpus_docs):
    (ecosoc,) = _mandates_of(corpus_docs, "E_RES_2024_18", "para_31")
    assert ecosoc.due == Due("ECOSOC", None, 2025, 2025, "2024-07-01", "2025-07-31")
    assert ecosoc.report_to == "Economic and Social Council"
    (sc,) = _mandates_of(corpus_docs, "S_RES_2051(2012)", "para_18")
    assert sc.recurrence == "every 60 days"


@pytest.mark.corpus
def test_second_clause_addresses_someone_else(corpus_docs):
    sg, chair, dialogue = _mandates_of(corpus_docs, "A_RES_71_192", "para_48")
    assert sg.addressees == (Addressee("Secretary-General", "secretariat"),)
    assert chair.type == "invitation"
    assert chair.addressees == (Addressee("Chair-Rapporteur of the Working Group", "un_system"),)
    assert chair.action == "to present an oral report"
    # "... and to engage in an interactive dialogue with the Assembly at its seventy-second
    # session": the session ends the list, and is the oral report's too
    assert chair.due == dialogue.due == Due("GA", 72, 2017, 2018, "2017-09-12", "2018-09-18")


@pytest.mark.pdfs
def test_political_declaration_mandates(pdf_dir):
    """A/RES/73/3 adopts a declaration whose paragraphs 49, 52 and 53 ask for action."""
    from clausewise import parse_file

    doc = parse_file(pdf_dir / "A_RES_73_3.pdf")
    got = {(m.paragraph, m.verb, m.addressees[0].name) for m in mandates(doc)}
    assert ("annex_1__para_53", "Also request", "Secretary-General") in got
    assert ("annex_1__para_52", "Request", "Secretary-General") in got
    assert any(p == "annex_1__para_49" and "World Health Organization" in who for p, _, who in got)
    (m53,) = [m for m in mandates(doc) if m.paragraph == "annex_1__para_53"]
    assert m53.action.startswith("to provide a progress report in 2020")


def test_rules_in_an_annex_are_not_mandates():
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\n1.\tAdopts the rules annexed.\n\n"
        "Annex\n\nRules of procedure\n\n1.\tRequests the Secretary-General to keep records.\n"
    )
    doc = parse_text(text)
    assert [m.paragraph for m in mandates(doc)] == []
