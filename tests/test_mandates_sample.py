"""Mandate extraction on paragraphs of the hand-checked samples (docs/mandate-sample.md)
that were wrong when drawn: each test is one fix."""

from __future__ import annotations

import pytest

from clausewise import parse_text
from clausewise.enrich.mandates import mandates
from clausewise.model import Addressee

pytestmark = pytest.mark.corpus


def _of(corpus_docs, name, eid):
    f, sym, text = next(d for d in corpus_docs if d[0] == name)
    doc = parse_text(text, f, sym, strict=False)
    return [m for m in mandates(doc) if m.paragraph == eid or m.paragraph.startswith(eid + "__")]


def _who(m):
    return [a.name for a in m.addressees]


def test_mission_tasks_after_a_dash_belong_to_the_list_before(corpus_docs):
    # "Decides that the mandate of MINUSCA shall include the following priority tasks:"
    # (a) (i)-(iii), then unnumbered paragraphs "– to ensure ...", the last holding items
    opened = _of(corpus_docs, "S_RES_2709(2023)", "para_36")
    assert opened and all(_who(m) == ["MINUSCA"] for m in opened)
    tail = _of(corpus_docs, "S_RES_2709(2023)", "para_u6")
    assert len(tail) == 18 and all(_who(m) == ["MINUSCA"] for m in tail)
    assert tail[0].action.startswith("to support the CAR authorities")


def test_mission_tasks_under_a_heading_line(corpus_docs):
    # "Decides that MONUSCO shall have the following mandate ...:" then "Stabilization and
    # peace consolidation" (l) ... (t)
    tasks = _of(corpus_docs, "S_RES_1925(2010)", "para_u2")
    assert len(tasks) == 9 and all(_who(m) == ["MONUSCO"] for m in tasks)


def test_subject_after_a_subordinate_clause(corpus_docs):
    # "that, where an item ... is sold ... to Somalia ..., the State shall notify the Committee"
    (m,) = _of(corpus_docs, "S_RES_2551(2020)", "para_27")
    assert _who(m) == ["State"]


def test_bare_further_report_is_a_second_action(corpus_docs):
    review, report = _of(corpus_docs, "S_RES_2409(2018)", "para_60")
    assert review.due is not None and review.due.date_to == "2018-09-30"
    assert report.action.startswith("further report to the Council every three months")
    assert report.recurrence == "every three months"


def test_another_organizations_member_states(corpus_docs):
    (m,) = _of(corpus_docs, "S_RES_2748(2024)", "para_2")
    assert m.addressees == (Addressee("Member States of the African Union", "member_states"),)


def test_a_date_is_no_collaborator(corpus_docs):
    _, request = _of(corpus_docs, "S_RES_2758(2024)", "para_2")
    assert [a.name for a in request.with_] == ["Committee"]


def test_supports_starts_a_clause_after_a_comma(corpus_docs):
    # "urges the signatory States ... to strengthen their collaboration ..., fully supports
    # the Special Envoy ... in fulfilling his mandate to ... and to promote peace"
    (m,) = _of(corpus_docs, "S_RES_2556(2020)", "para_14")
    assert _who(m) == ["signatory States"]
    assert "fully supports" not in m.action


def test_definitions_and_namings_are_not_mandates(corpus_docs):
    # "Decides that acts or activities indicating that an individual ... is associated with
    # ISIL ... include: (a) ..."; "decides that ... 24 December should be designated ..."
    assert _of(corpus_docs, "S_RES_2368(2017)", "para_2") == []
    assert _of(corpus_docs, "A_RES_79_243", "para_12") == []


def test_another_actors_listed_tasks_stay_its_own(corpus_docs):
    # "Decides that the Conference shall: ... (g) Invite Member States ... to provide ..."
    ms = _of(corpus_docs, "A_RES_78_128", "para_4")
    assert len(ms) == 10 and all(_who(m) == ["Conference"] for m in ms)


def test_united_nations_agencies_funds_and_programmes_is_one_actor(corpus_docs):
    ms = _of(corpus_docs, "A_HRC_RES_45_22", "para_7")
    assert len(ms) == 3
    assert _who(ms[0]) == [
        "Secretary-General",
        "United Nations human rights mechanisms",
        "United Nations agencies, funds and programmes",
    ]
