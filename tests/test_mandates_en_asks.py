"""English asks the French and Spanish translators both wrote with named actors (issue 18's
mandate bar): restated asks, "appeals to", pronouns for actors named before, and asks made
of actors named in a noun ("cooperation among X", "progress by X", "the participation of X").
Real paragraphs of the UN's own English AKN files in ../shared/akn."""

from __future__ import annotations

from functools import cache

import pytest

from clausewise import parse_file
from clausewise.enrich.clauses import clauses
from clausewise.enrich.mandates import mandates

from .conftest import SHARED

AKN = SHARED / "akn"


@cache
def _doc(path: str):
    f = AKN / path
    if not f.exists():
        pytest.skip(f"the UN's AKN files are not at {AKN} (set CLAUSEWISE_SHARED)")
    return parse_file(f)


def _asks(path: str, eid: str):
    return [m for m in mandates(_doc(path)) if m.paragraph == eid]


def _names(m) -> list[str]:
    return [a.name for a in m.addressees]


def test_appeals_to_names_the_addressees_not_an_infinitive():
    # "Appeals to trade unions and non-governmental organizations, as well as individuals, to
    # continue their efforts ..., and also appeals to the media to disseminate information"
    first, second = _asks("GA-75/en/75_103_E.xml", "para_14")
    assert _names(first) == ["trade unions", "non-governmental organizations", "individuals"]
    assert first.action.startswith("to continue their efforts")
    assert _names(second) == ["media"] and second.action.startswith("to disseminate")


def test_restated_call_to_names_the_addressees():
    # "Reiterates the call to the General Assembly, the Economic and Social Council and their
    # subsidiary bodies to monitor the full implementation of the Declaration of Barbados ..."
    (m,) = _asks("GA-75/en/75_215_E.xml", "para_3")
    assert m.type == "call"
    assert _names(m)[:2] == ["General Assembly", "Economic and Social Council"]
    assert m.action.startswith("to monitor the full implementation")


def test_restated_request_made_in_an_earlier_resolution():
    # "Reiterates its request, made in paragraph 40 of its resolution 68/268, that the
    # Secretary-General submit to the General Assembly at its seventy-seventh session a report"
    (m,) = _asks("GA-75/en/75_174_E.xml", "para_9")
    assert m.type == "request" and _names(m) == ["Secretary-General"]
    assert m.action.startswith("submit") and m.due is not None and m.due.session == 77


def test_restated_request_made_to_the_secretary_general():
    # "Reiterates its request, made to the Secretary-General in its resolution 73/188, taking
    # into consideration the strategic plan ..., to continue his efforts to mobilize ..."
    (m,) = _asks("GA-75/en/75_197_E.xml", "para_21")
    assert _names(m) == ["Secretary-General"]
    assert m.action.startswith("to continue his efforts to mobilize")


def test_request_of_another_body_reaffirmed():
    # "Reaffirms the request of the Human Rights Council that the Office of the United Nations
    # High Commissioner for Human Rights organize a workshop on ..."
    (m,) = _asks("GA-75/en/75_181_E.xml", "para_30")
    assert _names(m) == ["Office of the United Nations High Commissioner for Human Rights"]
    assert m.action.startswith("organize a workshop")


def test_it_is_the_body_the_clause_before_commends():
    # "Commends the Economic and Social Council for its debate on this question, and requests
    # it to continue to consider and intensify its cooperation with the Special Committee"
    (m,) = _asks("GA-75/en/75_104_E.xml", "para_21")
    assert _names(m) == ["Economic and Social Council"]
    assert m.action.startswith("to continue to consider")


def test_them_are_the_actors_whose_cooperation_is_welcomed():
    # "Welcomes the progress towards enhancing cooperation between the United Nations and the
    # Pacific Islands Forum and its associated institutions, and urges them to continue ..."
    (m,) = _asks("GA-75/en/A_RES_75_288_E.xml", "para_11")
    assert _names(m)[:2] == ["United Nations", "Pacific Islands Forum"]
    assert m.type == "urge" and m.action.startswith("to continue to strengthen")


def test_cooperation_among_actors_asks_them_to_cooperate():
    # "Encourages cooperation among State organs, international organizations and civil
    # society in support of programmes and projects aimed at combating the illicit traffic"
    (m,) = _asks("GA-75/en/75_56_E.xml", "para_6")
    assert "civil society" in _names(m) and "international organizations" in _names(m)
    assert m.action.startswith("cooperation")


def test_exchanges_between_two_named_offices():
    # "Invites increased cooperation and exchanges between the Independent Permanent
    # Commission on Human Rights of the Organization of Islamic Cooperation and the Office of
    # the United Nations High Commissioner for Human Rights"
    (m,) = _asks("GA-75/en/75_16_E.xml", "para_8")
    assert m.type == "invitation"
    assert "Office of the United Nations High Commissioner for Human Rights" in _names(m)
    assert len(m.addressees) == 2


def test_funding_by_donors():
    # "Also calls for the full and timely funding by donors of the Agency's emergency,
    # recovery and reconstruction programmes as set out in its appeals and response plans"
    (m,) = _asks("GA-75/en/75_94_E.xml", "para_19")
    assert _names(m) == ["donors"] and m.type == "call"
    assert m.action.startswith("the full and timely funding")


def test_participation_of_states_in_negotiations():
    # "Urges the participation of all interested States in multilateral negotiations on arms
    # regulation, non-proliferation and disarmament ..."
    (m,) = _asks("GA-75/en/75_47_E.xml", "para_3")
    assert _names(m) == ["States"]
    assert m.action.startswith("the participation in multilateral negotiations")


def test_to_be_represented_is_an_action():
    # "Invites Member States and all observers of the General Assembly to be represented at the
    # highest possible level"
    (m,) = _asks("GA-75/en/75_283_E.xml", "para_5")
    assert _names(m)[0] == "Member States"
    assert m.action == "to be represented at the highest possible level"


def test_new_actor_nouns_and_lists():
    # "Encourages men and boys to take an active part and to become strategic partners ..."
    men = _asks("GA-75/en/75_160_E.xml", "para_19")
    assert [_names(m) for m in men] == [["men and boys"], ["men and boys"]]
    # "Invites the funds, programmes and specialized agencies of the United Nations system to
    # cooperate with the Black Sea Economic Cooperation Organization ..."
    (un,) = _asks("GA-75/en/75_12_E.xml", "para_32")
    assert _names(un) == ["United Nations system"]
    assert un.action.startswith("to cooperate with the Black Sea")


def test_an_act_or_a_passive_asks_no_one_named_in_it():
    # "encourages the continued incorporation into this mechanism of experts from developing
    # countries that are prone to natural disasters": the experts are not asked
    assert _asks("GA-75/en/75_124_E.xml", "para_42") == []
    # "Calls for the appropriate international monitoring bodies to be granted access to
    # detainees ...": they are to be let in, by someone the text does not name
    assert _asks("GA-75/en/75_193_E.xml", "para_49") == []


def test_neither_to_after_an_opening_verb_the_lexicon_does_not_know():
    # "Strongly objects to the extraterritorial nature of those measures ..., and in this
    # context calls upon all Member States neither to recognize those measures nor to apply
    # them, as well as to take administrative or legislative measures ..."
    first, second = _asks("GA-75/en/75_181_E.xml", "para_5")
    assert _names(first) == _names(second) == ["Member States"]
    assert first.action == "neither to recognize those measures nor to apply them"
    assert second.action.startswith("to take administrative or legislative measures")


def test_recommended_for_adoption_by_the_conference():
    # "Recommends the provisional agenda set forth in annex I to the present resolution for
    # adoption by the Conference"
    (m,) = _asks("GA-75/en/75_212_E.xml", "para_11")
    assert m.type == "recommendation" and _names(m) == ["Conference"]
    assert m.action.startswith("the provisional agenda set forth in annex I")


def test_them_after_a_list_is_the_list_not_the_last_name():
    # "Expresses its appreciation to the Member States, the United Nations and other
    # international and regional organizations, civil society and ... non-governmental
    # organizations, which ... as discussed in the report of the Secretary-General ..., and
    # encourages them once again to continue to apply those recommendations"
    (m,) = _asks("GA-75/en/75_61_E.xml", "para_1")
    assert _names(m)[:2] == ["Member States", "United Nations"]
    assert "Secretary-General" not in _names(m)


def test_progress_by_states_and_fisheries_organizations():
    # "... and urges accelerated progress by States and regional fisheries management
    # organizations and arrangements in implementing those paragraphs of the resolution"
    (m,) = _asks("GA-75/en/75_89_E.xml", "para_219")
    assert _names(m) == ["States", "regional fisheries management organizations and arrangements"]
    assert m.action.startswith("accelerated progress")


def test_a_period_granted_is_no_mandate():
    # "Decides to provide Angola, on an exceptional basis, with an additional preparatory
    # period of three years before its effective date of graduation": done on adoption
    assert _asks("GA-75/en/75_259_E.xml", "para_2") == []


def test_cooperation_between_named_actors_keeps_its_own_infinitive_only():
    # "... welcomes and encourages the cooperation between relevant United Nations agencies
    # and special procedures of the Human Rights Council, including the Special Rapporteur on
    # the right to privacy ...": "to privacy" is no action of theirs
    (m,) = _asks("GA-75/en/75_264_E.xml", "para_26")
    assert _names(m)[:2] == ["United Nations system", "special procedures"]
    assert m.action == "the cooperation"


def test_resolves_that_decides():
    # "Resolves that the Secretary-General shall report to the Advisory Committee and to the
    # General Assembly at its seventy-seventh session all commitments made ..."
    (m,) = _asks("GA-75/en/75_255_E.xml", "para_2")
    assert m.type == "decision" and _names(m) == ["Secretary-General"]
    assert m.due is not None and m.due.session == 77


def test_resolves_to_and_an_election_decided():
    # "Resolves to strengthen the coherence and consistency of multilateral financial ...
    # institutions and platforms and to increase cooperation ..." (translations: "Décide de")
    found = _asks("GA-75/en/75_204_E.xml", "para_11")
    assert [m.type for m in found][:1] == ["decision"]
    assert found[0].action.startswith("to strengthen the coherence")
    # "Also decides that the Conference shall elect ... 13 Vice-Presidents, one of whom shall
    # be designated as Rapporteur-General": the election is to come; no day is being named
    (m,) = _asks("GA-75/en/75_212_E.xml", "para_5")
    assert m.type == "decision" and _names(m) == ["Conference"]


def test_a_call_reported_from_another_bodys_communique_is_not_the_councils():
    # "Also welcomes the communiqué issued by the African Union Peace and Security Council
    # ..., which inter alia demanded ...; and adopted the African Union Roadmap ..., calling
    # upon the international community to support its implementation"
    assert _asks("HRC-54/en/A_HRC_RES_54_2E.xml", "para_13") == []


# -- third pass: the rest of the asks both translations name ---------------------------------


def test_an_ask_recalled_by_its_noun():
    # "Recalls its request to the five regional groups to nominate a candidate ..."
    (m,) = _asks("HRC-54/en/A_HRC_RES_54_27E.xml", "para_23")
    assert m.type == "request" and _names(m) == ["five regional groups"]
    assert m.action.startswith("to nominate a candidate")
    # "Recalls its invitation to the Secretary-General, with the support of ..., to convene"
    (m,) = _asks("GA-75/en/75_221_E.xml", "para_31")
    assert m.type == "invitation" and _names(m) == ["Secretary-General"]
    assert m.action.startswith("to convene a high-level dialogue")
    # "Recalls the invitation to parties to the Convention to legally recognize rights ..."
    (m,) = _asks("GA-75/en/75_218_E.xml", "para_19")
    assert _names(m) == ["parties to the Convention"]
    # "Recalls the request of the Commission on Human Rights, in its resolution 2005/5, that
    # the Special Rapporteur continue to reflect ..." (the translations: "Rappelle que, dans
    # sa résolution 2005/5, la Commission ... a prié"): a reminder of another's ask
    assert _asks("GA-75/en/75_169_E.xml", "para_62") == []


def test_a_call_for_the_inclusion_of_the_territory():
    # "Reiterates its call for the inclusion of the Territory in regional programmes of the
    # United Nations Development Programme" ("que le territoire ... puisse participer")
    (m,) = _asks("GA-75/en/75_120_E.xml", "para_9")
    assert m.type == "call" and _names(m) == ["Territory"]


def test_cooperation_between_actors_past_an_aside_or_with_no_action():
    # "Encourages further cooperation, where appropriate, between the United Nations and the
    # Council of Europe through their mechanisms on the prevention of torture ..."
    (m,) = _asks("GA-75/en/75_264_E.xml", "para_10")
    assert _names(m) == ["United Nations", "Council of Europe"]
    # "Encourages further dialogue between the United Nations and the International Criminal
    # Court, and welcomes ...": actors and no infinitive
    (m,) = _asks("GA-75/en/75_3_E.xml", "para_20")
    assert _names(m) == ["United Nations", "International Criminal Court"]
    # "Encourages, in that context, continued cooperation and dialogue in the interaction
    # among the Working Group, Member States and other relevant stakeholders, ..."
    (m,) = _asks("HRC-54/en/A_HRC_RES_54_3E.xml", "para_16")
    assert _names(m) == ["Working Group", "Member States", "stakeholders"]


def test_collaborative_efforts_relations_and_a_meeting_between_actors():
    # "Also encourages further cooperation and collaborative efforts between the United
    # Nations and the Association of Southeast Asian Nations on addressing ..."
    (m,) = _asks("GA-75/en/75_15_E.xml", "para_24")
    assert _names(m) == ["United Nations", "Association of Southeast Asian Nations"]
    # "... encourages further improved relations and enhanced engagement between Afghanistan
    # and its neighbours, ..."
    assert any(
        _names(m) == ["Afghanistan", "neighbours"] for m in _asks("GA-75/en/75_90_E.xml", "para_61")
    )
    # "Encourages the scheduling of the next meeting between the Secretary-General and
    # Pacific Islands Forum leaders for September 2021": they are to meet (the translations
    # write "Encourage le Secrétaire général et les dirigeants du Forum ... à tenir")
    (m,) = _asks("GA-75/en/A_RES_75_288_E.xml", "para_1")
    assert _names(m) == ["Secretary-General", "Pacific Islands Forum leaders"]


def test_cooperation_between_actors_for_a_list_of_items():
    # "Encourages increased cooperation between the United Nations and INTERPOL to assist
    # Member States ... in effectively using the following resources ...:" (a) ... (e)
    doc = _doc("GA-75/en/75_10_E.xml")
    found = [m for m in mandates(doc) if m.paragraph.startswith("para_13__")]
    assert len(found) == 5
    assert all(_names(m) == ["United Nations", "INTERPOL"] for m in found)


def test_partnership_of_an_actor_in_a_network():
    # "Also encourages continued partnership of the United Nations in the Association of
    # Southeast Asian Nations Smart Cities Network, which is part of ..."
    (m,) = _asks("GA-75/en/75_15_E.xml", "para_17")
    assert _names(m) == ["United Nations"]


def test_the_use_or_implementation_of_a_thing_by_actors_named_far_after_it():
    # "Encourages the use of and engagement with forums and expertise available within
    # relevant United Nations bodies, such as the Commission ..., by all relevant stakeholders
    # to promote global digital cooperation"
    (m,) = _asks("GA-75/en/75_202_E.xml", "para_31")
    assert _names(m) == ["stakeholders"]
    # "calls for the full implementation of the Convention on the Rights of the Child, its
    # Optional Protocol ... and its Optional Protocol on the involvement of children in armed
    # conflict by all States parties, as well as of ..."
    (m,) = _asks("GA-75/en/75_90_E.xml", "para_35")
    assert m.type == "call" and _names(m) == ["States parties"]
    # "Calls for the prompt implementation of the memorandum of understanding signed by the
    # Office of the United Nations High Commissioner for Refugees and the United Nations
    # Development Programme with the Government of Myanmar ...": who signed is not who is asked
    assert _asks("GA-75/en/75_238_E.xml", "para_17") == []


def test_demands_once_more_that():
    # "Demands once more that Israel withdraw from all the occupied Syrian Golan ..."
    (m,) = _asks("GA-75/en/75_24_E.xml", "para_6")
    assert m.type == "demand" and _names(m) == ["Israel"]
    assert m.action.startswith("withdraw from all the occupied Syrian Golan")


def test_those_that_have_not_yet_ratified_are_of_the_actors_named_before():
    # "Expresses its appreciation to the nuclear-weapon States that have signed the Protocols
    # ..., and calls upon those that have not yet ratified the Protocols ... to do so"
    (m,) = _asks("GA-75/en/75_30_E.xml", "para_4")
    assert m.type == "call" and _names(m) == ["nuclear-weapon States"]


def test_it_is_the_last_one_the_clause_before_names():
    # "Notes with appreciation the performance plan ..., as well as the intention of the Unit
    # to make a comprehensive midpoint assessment in 2024, and encourages it to report ..."
    found = _asks("GA-75/en/75_270_E.xml", "para_10")
    assert [_names(m) for m in found] == [["Unit"], ["Unit"]]
    assert found[0].action.startswith("to report on the progress")


def test_recommended_for_adoption_by_a_meeting():
    # "Recommends the provisional agenda set forth in annex I ... for adoption by the
    # international meeting"
    (m,) = _asks("GA-75/en/75_326_E.xml", "para_17")
    assert m.type == "recommendation" and _names(m) == ["international meeting"]


def test_an_asking_participle_after_an_adverb():
    # "..., while simultaneously inviting Member States to take measures to protect ..."
    (m,) = _asks("GA-75/en/75_229_E.xml", "para_13")
    assert m.type == "invitation" and _names(m) == ["Member States"]


def test_continued_efforts_urged_after_their_efforts_were_commended():
    # "Also commends the Government of Afghanistan for ... its efforts to reach fiscal
    # sustainability, notes the challenges ahead, and urges that continued efforts be made to
    # meet revenue targets" ("lui demande instamment de poursuivre ses efforts")
    (m,) = _asks("GA-75/en/75_90_E.xml", "para_51")
    assert m.type == "urge" and _names(m) == ["Government of Afghanistan"]
    assert m.action.startswith("to meet revenue targets")


def test_international_support_asks_the_international_community():
    # "... and encourages international support for Member States, according to national
    # circumstances and priorities, to voluntarily develop practical tools ..."
    (m,) = _asks("GA-75/en/75_207_E.xml", "para_25")
    assert _names(m) == ["international community"]


def test_a_restated_request_to_an_infinitive_names_no_one():
    # "Reiterates its request to present annual reports to the programme country Governments
    # ..." ("Demande de nouveau que soient présentés ...", "que se presenten")
    assert _asks("GA-75/en/75_233_E.xml", "para_76") == []


def test_a_possessive_names_its_owner_and_initiatives_by_the_media_ask_the_media():
    # "encourages the Agency’s efforts to contribute to a coordinated and sustained response"
    (m,) = _asks("GA-75/en/75_94_E.xml", "para_33")
    assert _names(m) == ["Agency"]
    # "Welcomes and encourages initiatives by the media to promote tolerance ..."
    (m,) = _asks("GA-75/en/75_188_E.xml", "para_15")
    assert _names(m) == ["media"]
    # "Encourages further progress with regard to the creation of a World Bank multi-donor
    # trust fund, ...": a thing encouraged, the fund no actor (translations: impersonal)
    assert _asks("GA-75/en/75_94_E.xml", "para_24") == []


def test_a_that_clause_with_a_pronoun_asks_the_one_named_before():
    # "Takes note of the report of the Secretary-General, and requests that he submit to the
    # General Assembly at its seventy-sixth session a report ..." ("prie ce dernier de lui
    # présenter", "solicita que ... le presente", "并请秘书长 ... 提交")
    (m,) = _asks("GA-75/en/75_198_E.xml", "para_120")
    assert _names(m) == ["Secretary-General"] and m.type == "request"
    assert m.action.startswith("submit to the General Assembly") and m.due.session == 76


def test_a_continued_encouragement_after_in_this_sense():
    # "Reaffirms the central role ... of national Governments ..., and in this sense continues
    # to encourage national Governments to consult with relevant stakeholders" ("continue
    # d’encourager les gouvernements à consulter", "sigue alentando a los Gobiernos")
    (m,) = _asks("GA-75/en/75_233_E.xml", "para_72")
    assert m.type == "encouragement" and _names(m) == ["Governments"]
    assert m.action.startswith("to consult with relevant stakeholders")


def test_an_initiative_of_named_states_asks_those_states():
    # "Welcomes and encourages the initiative of the States members of the United Nations
    # Standing Advisory Committee on Security Questions in Central Africa to further develop
    # collaboration ..." ("encourage les initiatives des États membres du Comité", "alienta
    # las iniciativas de los Estados miembros del Comité")
    (m,) = _asks("GA-75/en/75_79_E.xml", "para_2")
    assert m.type == "encouragement"
    assert _names(m) == ["States members of the United Nations Standing Advisory Committee"]
    assert "to further develop collaboration" in m.action


def test_proposes_that_named_actors_act_is_an_invitation():
    # "..., and proposes that the Secretary-General, for this purpose, continue to hold regular
    # consultations with the Secretary-General of the Shanghai Cooperation Organization ..."
    # ("invite le Secrétaire général à continuer de tenir", "propone que ... el Secretario
    # General prosiga las consultas")
    (m,) = _asks("GA-75/en/75_268_E.xml", "para_2")
    assert m.type == "invitation" and _names(m) == ["Secretary-General"]
    assert "continue to hold regular consultations" in m.action
    # "Proposes that the specialized agencies, organizations, programmes and funds of the United
    # Nations system cooperate with the Shanghai Cooperation Organization ...": the subject is
    # the whole list, not its first name
    first, _ = _asks("GA-75/en/75_268_E.xml", "para_3")
    assert first.type == "invitation" and _names(first)[0] == "specialized agencies"
    assert first.action.startswith("cooperate with the Shanghai Cooperation Organization")


def test_proposes_that_attention_be_given_by_named_actors():
    # "Proposes that particular attention be given by all relevant actors to enhancing the
    # contribution of the treaty bodies ..." ("Propose que tous les acteurs concernés
    # réfléchissent", "Propone que todos los actores pertinentes presten especial atención")
    (m,) = _asks("HRC-54/en/A_HRC_RES_54_27E.xml", "para_26")
    assert m.type == "invitation" and _names(m) == ["actors"]
    assert m.action.startswith("particular attention be given to enhancing the contribution")


def test_a_declaration_whose_speakers_are_named_once_then_bare_verbs():
    # A/RES/75/284 adopts the Political Declaration on HIV and AIDS: "..., we, Heads of State
    # and Government and representatives of States and Governments assembled ...", then
    # "Request the Secretary-General ... to provide ...", "Decide to convene a high-level
    # meeting on HIV and AIDS in 2026" ("Prions le Secrétaire général", "Solicitamos")
    found = [m for m in mandates(_doc("GA-75/en/75_284_E.xml")) if m.paragraph.startswith("annex")]
    assert [(m.paragraph, m.type) for m in found] == [
        ("annex_1__para_71", "request"),
        ("annex_1__para_71", "request"),
        ("annex_1__para_72", "request"),
        ("annex_1__para_73", "decision"),
    ]
    assert all(_names(m) == ["Secretary-General"] for m in found[:3])


def test_ratifications_development_and_participation_by_named_actors():
    # "encourages further ratifications, acceptances and approvals of that Agreement by States
    # listed in article 9, paragraph 1, thereof" ("encourage les États visés ... à ratifier")
    (m,) = _asks("GA-75/en/75_89_E.xml", "para_155")
    assert m.type == "encouragement" and _names(m) == ["States"]
    assert m.action.startswith("ratifications, acceptances and approvals of that Agreement")
    # "Encourages the development of mechanisms for regulation by the Economic Community of
    # Central African States" ("Encourage la Communauté économique ... à élaborer")
    first = _asks("GA-75/en/75_79_E.xml", "para_21")[0]
    assert _names(first) == ["Economic Community of Central African States"]
    assert first.action == "the development of mechanisms for regulation"
    # "encourages participation by all stakeholders, sectors and ministries at the highest
    # level possible": "sectors" stands beside the actors of the list, and is not one itself
    # (not "businesses and industries of all sizes and sectors", A/RES/74/299)
    (m,) = _asks("GA-75/en/75_216_E.xml", "para_48")
    assert m.type == "encouragement" and _names(m) == ["stakeholders", "ministries"]


def test_efforts_between_the_two_sides_are_asked_of_them():
    # "also calls for efforts between the two sides for the further release of prisoners and
    # detainees" ("demande que les deux parties prennent des mesures")
    found = _asks("GA-75/en/75_98_E.xml", "para_8")
    (m,) = [m for m in found if "release of prisoners" in m.action]
    assert m.type == "call" and _names(m) == ["two sides"]
    # "Urges the Palestinian and Israeli sides, as agreed between them, to deal with ...": one
    # actor, not two
    (m,) = _asks("GA-75/en/75_95_E.xml", "para_5")
    assert _names(m) == ["Palestinian and Israeli sides"]


def test_their_continuation_is_asked_of_the_actors_welcomed_before():
    # "Welcomes the contributions by the signatory States to the work of the Preparatory
    # Commission ..., and encourages their continuation" ("les encourage à poursuivre")
    (m,) = _asks("GA-75/en/75_87_E.xml", "para_2")
    assert m.type == "encouragement" and _names(m) == ["signatory States"]


def test_points_that_name_their_own_actors_under_an_ask_of_the_following():
    # "Also encourages, for the purpose of facilitating future-oriented dialogues ..., the
    # following:" (a) Nuclear-weapon States to clearly set out ...; (b) All States to conduct
    # dialogue ...; (c) All States to conduct candid dialogue ...
    found = [m for m in mandates(_doc("GA-75/en/75_71_E.xml")) if m.paragraph.startswith("para_4_")]
    assert [m.paragraph.rsplit("_", 1)[-1] for m in found] == ["a", "b", "c"]
    assert [_names(m) for m in found] == [["Nuclear-weapon States"], ["States"], ["States"]]
    assert all(m.type == "encouragement" for m in found)
    assert found[1].action.startswith("to conduct dialogue regarding the possible impacts")


def test_a_later_that_clause_in_the_passive_asks_its_agent():
    # "..., and urges an end to impunity, and that the harassment of and attacks on journalists
    # be investigated by Afghan authorities and that those responsible be brought to justice"
    # ("demande instamment aux autorités afghanes ... d'enquêter")
    (m,) = _asks("GA-75/en/75_90_E.xml", "para_31")
    assert m.type == "urge" and _names(m) == ["Afghan authorities"]
    assert m.action.startswith("the harassment of and attacks on journalists be investigated")
    # not a that-clause of a participle: "..., while recognizing that rule of law activities
    # must be anchored in a national context and that States have different national
    # experiences ..." asks nothing of States
    found = _asks("GA-75/en/A_RES_75_291_E.xml", "para_99")
    assert [_names(m) for m in found] == [["United Nations system"]]


def test_an_ask_reported_in_a_that_clause_is_not_the_bodys():
    # "Notes that the Secretary-General of the World Tourism Organization, in his report,
    # invites Member States ... to mainstream biodiversity conservation ...": his invitation
    assert _asks("GA-75/en/75_229_E.xml", "para_7") == []
    # "Notes with concern that only 80 per cent of the author departments reached ...,
    # reiterates its request to the Secretary-General to enforce ...": the Assembly's own
    found = _asks("GA-75/en/75_244_E.xml", "para_77")
    assert [m.type for m in found][:2] == ["request", "request"]
    assert _names(found[0]) == ["Secretary-General"]


def test_a_bare_encourage_misspelt_for_encourages_after_a_stating_clause():
    # "... notes legislative steps taken by certain countries to prevent these activities and
    # encourage all Governments to take action, as appropriate, and, furthermore, takes note
    # ..." (later years print "encourages"; "et engage tous les gouvernements")
    (m,) = _asks("GA-75/en/75_205_E.xml", "para_26")
    assert m.type == "encouragement" and _names(m) == ["Governments"]
    assert m.action == "to take action, as appropriate"
    # but a bare verb in a list of infinitives is no clause: "Notes with appreciation United
    # Nations Public Service Day, held annually on 23 June to celebrate ..., recognize the work
    # of public servants and encourage young people to pursue careers in the public sector"
    # (A/HRC/RES/52/8, ../shared/corpus): the Day's purposes, not the Council's ask
    text = (
        "Notes with appreciation United Nations Public Service Day, held annually on 23 June "
        "to celebrate the value and virtue of public service to the community, highlight the "
        "contribution of public service in the development process, recognize the work of "
        "public servants and encourage young people to pursue careers in the public sector;"
    )
    assert [lead.lemma for _, _, lead in clauses(text)] == ["note"]


def test_an_exchange_among_named_actors_is_asked_of_them():
    # "encourages further improvement of the mutual exchange of information, on a voluntary
    # basis, on borrowing and lending among all creditors and borrowers" ("engage tous les
    # créanciers et emprunteurs à continuer d'améliorer ... les échanges d'informations")
    found = _asks("GA-75/en/75_205_E.xml", "para_10")
    (m,) = [m for m in found if "exchange of information" in m.action]
    assert m.type == "encouragement" and _names(m) == ["creditors", "borrowers"]


def test_supports_efforts_yet_to_be_made_by_named_actors_encourages_them():
    # "supports further efforts by both States parties and the Technical Secretariat to promote
    # a high level of readiness ..." ("encourage les États parties et le Secrétariat technique
    # à redoubler d'efforts")
    (m,) = _asks("GA-75/en/75_55_E.xml", "para_20")
    assert m.type == "encouragement" and _names(m) == ["States parties", "Technical Secretariat"]
    # "Supports efforts by the international community, in the light of emerging developments,
    # towards safeguarding ..." ("Encourage la communauté internationale ... à continuer")
    (m,) = _asks("GA-75/en/75_68_E.xml", "para_6")
    assert m.type == "encouragement" and _names(m) == ["international community"]
    # but "Supports the efforts of Ukraine to maintain ... ties with its citizens in Crimea":
    # efforts made, supported ("Appuie les efforts déployés par l'Ukraine")
    assert _asks("GA-75/en/75_192_E.xml", "para_11") == []


def test_asks_of_the_doers_named_after_by():
    # "Supports and encourages the continued use by the Department of Global Communications of
    # Portuguese, Kiswahili, ...": the Department, not "the Department ... of Portuguese"
    # ("l’utilisation continue par le Département de la communication globale")
    (m,) = _asks("GA-75/en/75_101A-B_E.xml", "para_39")
    assert m.type == "encouragement" and _names(m) == ["Department of Global Communications"]
    # "calls for its effective implementation, including through technical cooperation and
    # capacity-building, by the United Nations and the international community"
    (m,) = _asks("GA-75/en/75_158_E.xml", "para_8")
    assert _names(m) == ["United Nations", "international community"]
    # "Encourages further studies, including by the Food and Agriculture Organization of the
    # United Nations, on the impacts of underwater noise" ("incluso por parte de la FAO")
    (m,) = _asks("GA-75/en/75_89_E.xml", "para_222")
    assert _names(m) == ["Food and Agriculture Organization of the United Nations"]
    # "Encourages the process of developing a national strategy ... by the Ministry responsible
    # for persons with disabilities" ("Alienta al Ministerio ... a que ... impulse el proceso")
    (m,) = _asks("HRC-54/en/A_HRC_RES_54_34E.xml", "para_27")
    assert _names(m) == ["Ministry"]


def test_points_whose_actors_are_qualified_after_the_chapeau_the_following():
    # "Encourages the following, inter alia, as joint courses of action:" (a) All States, in
    # particular the nuclear-weapon States, to ... (b) All States possessing nuclear weapons
    # to take actions ...: one mandate a point, each asked of the States
    found = [m for m in mandates(_doc("GA-75/en/75_71_E.xml")) if m.paragraph.startswith("para_3_")]
    assert [m.paragraph[-1] for m in found] == list("abcdef")
    assert {a.name for m in found for a in m.addressees} == {"States"}
