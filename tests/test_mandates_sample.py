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


# -- the fifth sample ---------------------------------------------------------------------


def test_a_declarations_paragraph_may_open_with_a_sentence_no_lead_starts(corpus_docs):
    # "We are concerned about ... We encourage the international community to consider ..."
    (m,) = _of(corpus_docs, "E_FFDF_2021_3", "sec_7__para_65")
    assert _who(m) == ["international community"]


def test_regional_commissions_and_bilateral_donors_are_actors(corpus_docs):
    reviews, reports = _of(corpus_docs, "A_RES_79_233", "annex_1__para_327")
    assert _who(reviews) == _who(reports) == ["regional commissions"]
    (m,) = _of(corpus_docs, "TD_442", "annex_4__para_13")
    assert _who(m) == ["bilateral and multilateral donors"]


def test_actors_named_after_by_or_from(corpus_docs):
    efforts, assistance = _of(corpus_docs, "S_RES_2272(2016)", "para_10")
    assert _who(efforts) == ["troop- and police-contributing countries"]
    assert efforts.action.startswith("efforts to deliver robust sexual exploitation")
    assert _who(assistance) == ["Member States", "multilateral partners"]
    (update,) = _of(corpus_docs, "S_RES_2710(2023)", "para_12")
    assert _who(update) == ["African Union", "FGS"]


def test_what_a_relative_clause_names_is_not_asked(corpus_docs):
    (m,) = _of(corpus_docs, "A_HRC_RES_49_12", "para_1")
    assert _who(m) == ["States", "regional integration organizations"]


def test_parties_to_a_treaty_are_one_actor(corpus_docs):
    ms = _of(corpus_docs, "A_RES_79_207", "para_8")
    assert len(ms) == 3 and all(_who(m) == ["parties to the Convention"] for m in ms)


def test_a_debate_is_not_an_addressee(corpus_docs):
    (m,) = _of(corpus_docs, "A_HRC_RES_43_23", "para_12")
    assert _who(m) == ["Human Rights Council"]
    assert m.due is not None and m.due.session == 49


def test_necessary_governs_the_infinitive_after_it(corpus_docs):
    # "to provide the Office ... with all the resources necessary to deliver ... and to
    # implement the present resolution": one ask
    assert len(_of(corpus_docs, "A_HRC_RES_54_30", "para_3")) == 1


def test_a_day_without_a_year_is_the_next_such_day(corpus_docs):
    _, report = _of(corpus_docs, "S_RES_2592(2021)", "para_17")
    assert report.due is not None and report.due.date_to == "2021-11-15"
    assert report.recurrence == "every 90 days"


def test_stock_asides_do_not_cut_the_action(corpus_docs):
    (m,) = _of(corpus_docs, "A_HRC_RES_37_6", "para_9")
    assert _who(m) == ["mechanisms of the Human Rights Council"]
    assert m.action.startswith("to continue to consider the issue of the role of good governance")


# -- from the hand check of fifty statuses (docs/registry-check.md) ---------------------------


def test_frequency_is_not_read_from_a_name_or_a_purpose(corpus_docs):
    # "the National Commission for the Universal Periodic Review"
    (m,) = _of(corpus_docs, "A_HRC_RES_48_20", "para_37")
    assert m.recurrence is None
    # "... to ensure that the Office ... can respond to the requests ... in its annual appeals"
    m = _of(corpus_docs, "A_HRC_RES_57_32", "para_5")[0]
    assert m.recurrence is None


def test_a_date_after_until_ends_a_period(corpus_docs):
    # "to support ATMIS until the end of security transition by 31 December 2024"
    _, support = _of(corpus_docs, "S_RES_2687(2023)", "para_37")
    assert support.dues == ()


def test_an_officer_of_a_session_is_asked_in_that_session(corpus_docs):
    # "We also request the President of the General Assembly at its seventieth session to
    # follow up ..."
    _, follow_up = _of(corpus_docs, "A_RES_68_3", "annex_1__para_10")
    assert follow_up.due is not None and follow_up.due.session == 70


def test_a_thing_in_the_passive_after_they_asks_no_one(corpus_docs):
    # "Recalls the preparation by the Department of Public Information ..., in consultation
    # with ... the specialized agencies ..., of an informational leaflet ..., and requests that
    # they be disseminated as widely as possible": the leaflets, not the agencies
    assert _of(corpus_docs, "E_RES_2022_21", "para_13") == []


def test_a_scale_set_as_follows_is_done_when_adopted(corpus_docs):
    # "Resolves that the scale of assessments ... for 2025, 2026 and 2027 shall be as
    # follows:", "Decides that accountability shall be defined as follows:"
    assert _of(corpus_docs, "A_RES_79_249", "para_12") == []
    assert _of(corpus_docs, "A_RES_64_259", "para_8") == []
    # but a meeting's arrangements "as follows" are still to be carried out
    assert _of(corpus_docs, "A_RES_75_212", "para_9")


def test_texts_are_no_actors_of_coherence_between_them(corpus_docs):
    # "calls for coherence between the Sendai Framework global targets and the monitoring of
    # the Doha Programme of Action": no one asked
    assert _of(corpus_docs, "A_RES_77_164", "para_29") == []
    # "Encourages the deepening of collaboration between the United Nations and the African
    # Union, recalling the African Union Framework for Post-conflict Reconstruction ...": the
    # two organizations, not the Framework
    (m,) = _of(corpus_docs, "A_RES_65_274", "para_19")
    assert _who(m) == ["United Nations", "African Union"]


def test_a_that_clauses_subject_goes_on_through_authorities_and_groups(corpus_docs):
    # "Demands that the Syrian authorities cooperate fully with the Human Rights Council":
    # the Syrian authorities, not "Syrian" with "authorities cooperate" for an action
    m = _of(corpus_docs, "A_HRC_RES_30_10", "para_2")[0]
    assert _who(m) == ["Syrian authorities"] and m.action.startswith("cooperate fully")
    # "Demands that all armed groups cease immediately all forms of violence"
    m = _of(corpus_docs, "S_RES_2409(2018)", "para_20")[0]
    assert _who(m) == ["armed groups"]


def test_two_adjectives_on_one_noun_are_two_actors(corpus_docs):
    # "Urges existing and new donors to ...": the existing donors too, not only the new ones
    m = _of(corpus_docs, "A_RES_72_218", "para_32")[0]
    assert _who(m) == ["existing donors", "new donors"]
    # "... intergovernmental and non-governmental organizations to take all necessary
    # measures": the intergovernmental organizations were folded into the NGOs
    m = _of(corpus_docs, "A_RES_79_173", "para_14")[0]
    assert _who(m) == ["intergovernmental organizations", "non-governmental organizations"]
    # "... and intergovernmental, regional, subregional and non-governmental organizations
    # ..., and invites them to further enhance their efforts": each adjective of the run
    m = _of(corpus_docs, "A_RES_79_154", "para_7")[0]
    assert _who(m)[-4:] == [
        "intergovernmental organizations",
        "regional organizations",
        "subregional organizations",
        "non-governmental organizations",
    ]
    # (but "regional, intergovernmental and civil society organizations" shares no noun with
    # "civil society": no "regional society")
    assert not any(
        "society" in a and "civil" not in a
        for m in _of(corpus_docs, "A_RES_62_141", "para_60")
        for a in _who(m)
    )


def test_those_a_mandate_holder_works_in_dialogue_with_are_not_asked(corpus_docs):
    # "Requests the Special Rapporteur ..., in carrying out the mandate, and through continuous
    # dialogue with Governments, intergovernmental, regional and non-governmental
    # organizations, national human rights institutions and other relevant actors:" (a) ...
    found = _of(corpus_docs, "A_HRC_RES_41_15", "para_18")
    assert found and all(
        _who(m) == ["Special Rapporteur on the human rights of internally displaced persons"]
        for m in found
    )
    assert "Governments" in [a.name for a in found[0].with_]
