"""Which operative paragraphs ask whom, in French and Spanish (issue 18's mandate bar): on the
UN's own files in ../shared/akn, each a paragraph the reading got wrong before: an ask it
missed (now read, with whom it asks) or a thing it read as an actor (now left)."""

from __future__ import annotations

from functools import cache

import pytest

from clausewise import parse_file
from clausewise.enrich.mandates import mandates

from .conftest import SHARED

AKN = SHARED / "akn"
SUFFIX = {"fr": "F", "es": "S"}


@cache
def _doc(lang: str, name: str):
    # ("75_152_S.xml", "A_RES_75_297_S.xml", but "A_HRC_RES_54_2S.xml")
    (path,) = [
        p
        for p in AKN.glob(f"*/{lang}/{name}*.xml")
        if p.stem in (f"{name}_{SUFFIX[lang]}", f"{name}{SUFFIX[lang]}")
    ]
    return parse_file(path)


def asks(lang: str, name: str, eid: str):
    """The mandates of operative paragraph `eid` of resolution `name` in `lang`."""
    return [m for m in mandates(_doc(lang, name)) if m.paragraph.split("__")[0] == eid]


def whom(lang: str, name: str, eid: str) -> list[str]:
    found = asks(lang, name, eid)
    assert found, (lang, name, eid)
    return [a.name for a in found[0].addressees]


# -- asks the reading missed ------------------------------------------------------------------


def test_a_clause_after_an_adverbial_is_read():
    # "..., y a ese respecto exhorta a los Estados Miembros a que promuevan"
    (m,) = asks("es", "75_152", "para_26")
    assert m.type == "call" and [a.name for a in m.addressees] == ["Member States"]
    # "..., y a este respecto reitera la solicitud que formuló al Secretario General para que"
    assert whom("es", "A_RES_75_297", "para_13") == ["Secretary-General"]


def test_a_clause_after_por_lo_que_or_tout_en():
    # "..., por lo que invita a todas las partes interesadas pertinentes a que presten"
    assert whom("es", "75_219", "para_39") == ["todas las partes interesadas pertinentes"]
    # "..., tout en invitant les États Membres à prendre des mesures", as English "while
    # simultaneously inviting Member States to take measures"
    (m,) = asks("fr", "75_229", "para_13")
    assert (m.type, m.addressees[0].name) == ("invitation", "Member States")


def test_an_ask_by_its_participle_mid_sentence():
    # "Prend note du rôle ... de l’Agence ..., engageant l’Agence à continuer d’aider", as
    # English "encouraging the Agency to continue"
    assert whom("fr", "75_221", "para_2") == ["Agence"]
    assert whom("es", "75_221", "para_2") == ["Agencia"]


def test_the_clauses_after_a_verb_the_grammar_does_not_know():
    # "Se propose d’envisager ... et invite ses grandes commissions ainsi que le Conseil
    # économique et social et ses organes subsidiaires à faire de même"
    (m,) = asks("fr", "75_325", "para_17")
    assert m.type == "invitation" and m.addressees[0].name.startswith("ses grandes commissions")


def test_the_subject_of_a_that_clause_after_a_que_is_asked():
    # "Alienta a que las Naciones Unidas y la Asociación de Naciones de Asia Sudoriental
    # cooperen": two actors, not one
    assert whom("es", "75_15", "para_12") == [
        "Naciones Unidas",
        "Asociación de Naciones de Asia Sudoriental",
    ]


@pytest.mark.parametrize(
    "lang,name,eid,who",
    [
        # "Recommande que, conformément à son mandat, le Comité ... formule": an aside first
        ("fr", "75_243", "para_8", "Comité du programme et de la coordination"),
        # "Demande que le Conseil exécutif de l’Organisation pour l’interdiction des armes
        # chimiques envisage des procédures": a verb in the singular after a lower-case word
        ("fr", "75_193", "para_10", "Conseil exécutif de l’Organisation pour l’interdiction"),
        # "Exige que el régimen sirio ponga fin"
        ("es", "75_193", "para_35", "régimen sirio"),
        # "Exige une fois de plus qu’en application des résolutions ..., Israël se retire"
        ("fr", "75_24", "para_6", "Israël"),
        # "Recommande également que la Conférence du désarmement poursuive activement"
        ("fr", "75_34", "para_5", "Conférence du désarmement"),
    ],
)
def test_a_that_clause_with_an_aside_a_singular_verb_or_a_pronoun(lang, name, eid, who):
    assert whom(lang, name, eid)[0].startswith(who)


def test_an_adjective_in_ien_is_no_verb():
    # "exige que le régime syrien et l’EIIL renoncent": "syrien" ends like "-ent"/"-en" verbs
    assert whom("fr", "75_193", "para_5") == ["régime syrien", "EIIL"]


def test_a_relative_pronoun_asks_the_one_named_before():
    # "Tient compte du rôle ... que joue le Conseil des droits de l’homme, qu’elle encourage à"
    assert whom("fr", "75_237", "para_36") == ["Conseil des droits de l’homme"]
    # "Salue les efforts des créanciers, qu’elle invite à faire preuve"
    (m,) = asks("fr", "75_205", "para_16")
    assert m.type == "invitation" and m.addressees[0].name == "créanciers"


def test_a_pronoun_asks_the_one_spoken_to_or_named_before():
    # "Recuerda la solicitud que hizo al Secretario General ... que ayudaría a la Conferencia
    # de Revisión ..., y le solicita de nuevo": the one spoken to, not the last one named
    assert whom("es", "75_89", "para_60") == ["Secretary-General"]
    # "Prend acte du rapport du Secrétaire général, et prie ce dernier de lui présenter"
    assert whom("fr", "75_198", "para_120") == ["Secretary-General"]
    # "la transformación de la Crónica ONU ..., y la alienta a que continúe"
    assert whom("es", "75_101A-B", "para_124") == ["Crónica ONU"]
    # "... et leur demande donc de prendre toutes les mesures voulues"
    assert whom("fr", "75_65", "para_4") == ["States"]


def test_a_that_clause_whose_subject_is_left_out():
    # "Toma nota del informe del Secretario General y solicita que en su septuagésimo sexto
    # período de sesiones le presente un informe", as "requests that he submit"
    (m,) = asks("es", "75_198", "para_120")
    assert m.addressees[0].name == "Secretary-General" and m.due.session == 76


def test_an_adverb_before_the_infinitive_or_the_addressees():
    # "Engage les États Membres à mieux prendre la mesure"
    assert whom("fr", "75_48", "para_4") == ["Member States"]
    # "et demande encore une fois aux États de s’acquitter scrupuleusement"
    assert whom("fr", "75_89", "para_79") == ["States"]


def test_a_restated_ask_in_the_plural():
    # "Reitera sus solicitudes al Secretario General de que, con el apoyo de ..., prepare"
    assert whom("es", "75_212", "para_26") == ["Secretary-General"]
    # "Reitera sus solicitudes anteriores a la Relatora Especial para que considere"
    (m,) = asks("es", "75_237", "para_26")
    assert m.type == "request" and [a.name for a in m.addressees] == ["Relatora Especial"]


def test_a_wish_that_names_who_is_to_act_encourages_them():
    # "Souhaite que les États, les institutions financières internationales et ...
    # apportent", as English "Encourages States, international financial institutions"
    (m,) = asks("fr", "75_89", "para_232")
    assert m.type == "encouragement" and m.addressees[0].name == "States"
    # "Souhaite que l’Accord ... fasse l’objet de nouvelles ratifications": no one
    assert asks("fr", "75_89", "para_157") == []


def test_the_cooperation_asked_for_names_whom_it_asks():
    """ "Alienta a que prosiga la cooperación, cuando proceda, entre las Naciones Unidas y el
    Consejo de Europa", as the French "Encourage l’Organisation des Nations Unies et le
    Conseil de l’Europe à renforcer leur coopération"."""
    assert whom("es", "75_264", "para_10") == ["Naciones Unidas", "Consejo de Europa"]
    # (the refugees' High Commissioner is not the one for human rights)
    assert whom("es", "75_264", "para_19")[:2] == [
        "Office of the United Nations High Commissioner for Refugees",
        "Consejo de Europa",
    ]


def test_who_is_asked_may_be_said_by_a_relative_clause():
    # "encourage les États qui sont en mesure de le faire à l’alimenter": not "de le faire"
    (m,) = asks("fr", "75_241", "para_21")
    assert m.addressees[0].name == "States" and m.action.startswith("à l’alimenter")


def test_its_own_ask_recalled_by_its_verb():
    # "Rappelle qu’elle a invité les Parties à la Convention à reconnaître juridiquement",
    # as "Recuerda su invitación a las partes en la Convención a reconocer"
    found = asks("fr", "75_218", "para_19")
    assert found and {m.type for m in found} == {"invitation"}
    assert found[0].addressees[0].name == "Parties à la Convention"
    assert whom("es", "75_218", "para_19") == ["partes en la Convención"]


def test_two_actors_asked_to_work_together_are_two():
    # "demande à la Fédération mondiale et au Département de la communication globale de
    # continuer à collaborer"; "pide que continúe la colaboración entre la Federación Mundial
    # y el Departamento de Comunicación Global"
    assert whom("fr", "75_101A-B", "para_128") == [
        "Fédération mondiale",
        "Department of Global Communications",
    ]
    assert whom("es", "75_101A-B", "para_128") == [
        "Federación Mundial",
        "Department of Global Communications",
    ]


def test_a_restated_ask_for_what_another_is_to_do_asks_that_one():
    """ "Réaffirme la demande du Conseil des droits de l’homme tendant à ce que le
    Haut-Commissariat ... organise": the one asked is the Office, not the Council."""
    office = "Office of the United Nations High Commissioner for Human Rights"
    assert whom("fr", "75_181", "para_30") == [office]
    assert whom("es", "75_181", "para_30") == [office]
    # "Reitera su solicitud, formulada en el párrafo 40 de su resolución 68/268, de que el
    # Secretario General presente a la Asamblea"
    assert whom("es", "75_174", "para_9") == ["Secretary-General"]


def test_a_restated_ask_past_an_adverbial():
    # "reafirma a este respecto su solicitud de que el Secretario General asegure"
    found = asks("es", "75_101A-B", "para_35")
    assert found[0].type == "request" and found[0].addressees[0].name == "Secretary-General"


def test_a_call_for_a_thing_by_all_parties_asks_them():
    # "Reitera su llamamiento en favor de la declaración de un alto el fuego ... por todas
    # las partes"
    assert whom("es", "A_HRC_RES_54_2", "para_8") == ["todas las partes"]


def test_a_known_actor_written_with_a_non_breaking_hyphen():
    # "Encourage le Gouvernement et le Haut‑Commissariat à renforcer leur coopération"
    assert whom("fr", "A_HRC_RES_54_36", "para_5") == [
        "Gouvernement",
        "Office of the United Nations High Commissioner for Human Rights",
    ]


def test_those_to_be_worked_with_are_not_asked():
    # "prie le Secrétariat, agissant en consultation avec les États Membres, notamment par
    # l’intermédiaire du groupe de travail ... de la Réunion des États parties, d’aider"
    assert whom("fr", "75_239", "para_104") == ["Secretariat"]
    # "Gouvernement centrafricain, agissant avec l’appui de la communauté internationale"
    assert whom("fr", "A_HRC_RES_54_31", "para_22") == ["Gouvernement centrafricain"]


def test_an_actor_named_inside_anothers_name_is_not_read_apart():
    # "engage l’Envoyée du Secrétaire général pour les technologies à soutenir"
    assert whom("fr", "A_RES_75_316-2111345", "para_13") == [
        "Envoyée du Secrétaire général pour les technologies"
    ]


# -- things read as actors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "lang,name,eid",
    [
        # "Encourage, dans les situations d’urgence humanitaire, les efforts visant à offrir"
        ("fr", "75_155", "para_10"),
        # "préconise à cet égard la mise en œuvre du plan d’action ... en vue d’aider"
        ("fr", "75_235", "para_22"),
        # "Alienta la formulación, adopción y aplicación ... de medidas"
        ("es", "75_198", "para_35"),
        # "Alienta todos los esfuerzos encaminados a fomentar la capacidad nacional"
        ("es", "75_241", "para_18"),
        # "Demande que soit entreprise de toute urgence une action mondiale ambitieuse"
        ("fr", "75_215", "para_6"),
        # "solicita que se proporcionen recursos suficientes a todas las misiones": no one
        ("es", "A_RES_75_297", "para_22"),
        ("es", "A_HRC_RES_54_26", "para_11"),
        # "Decide de ne pas approuver la création d’un emploi": done when adopted
        ("fr", "75_252", "para_47"),
    ],
)
def test_a_thing_encouraged_or_asked_for_asks_no_one(lang, name, eid):
    assert asks(lang, name, eid) == []


# -- declarations, points, the type of "Prie instamment" ---------------------------------------


def test_a_declaration_asks_in_the_first_person():
    # "Nous prions le Secrétaire général de présenter ...", "Solicitamos al Secretario General
    # que presente ...", as English "We request the Secretary-General to report back"
    (fr,) = asks("fr", "75_1", "para_20")
    (es,) = asks("es", "75_1", "para_20")
    assert fr.type == es.type == "request"
    assert fr.addressees[0].name == es.addressees[0].name == "Secretary-General"
    assert fr.verb == "Nous prions" and fr.text.startswith("Nous prions le Secrétaire")
    # "... la médiation. Nous prions le Secrétaire général d’enrichir encore cette panoplie"
    assert whom("fr", "75_1", "para_9") == ["Secretary-General"]


def test_the_declaration_a_resolution_adopts_is_read():
    # annex: "Nous prions l’Office des Nations Unies contre la drogue et le crime de
    # continuer", "Pedimos a la Oficina ... que ... siga", "et nous invitons l’Office à"
    for lang in ("fr", "es"):
        found = asks(lang, "A_RES_S-32_1-2107229", "annex_1")
        assert len(found) >= 20
        assert any(m.paragraph == "annex_1__para_59" for m in found)
    (m,) = [
        m for m in asks("fr", "A_RES_S-32_1-2107229", "annex_1") if m.paragraph == "annex_1__para_2"
    ]
    assert (m.type, m.verb, m.addressees[0].name) == ("invitation", "nous invitons", "Office")


def test_a_point_that_asks_mid_sentence():
    # "(v) la situation des réfugiés ... et, à cet égard, engage vivement tous les États à
    # respecter le principe fondamental de non-refoulement", "insta encarecidamente a todos
    # los Estados a que respeten", as English "strongly urges all States to respect"
    for lang in ("fr", "es"):
        found = asks(lang, "75_190", "para_2")
        assert found[0].paragraph == "para_2__list_1__point_a__list_1__point_v"
        assert found[0].addressees[0].name == "States"


def test_a_participle_in_a_point_is_its_actors_not_the_resolutions():
    # "la nécessité : ... c) d’œuvrer à favoriser ..., tout en exhortant tous les États à
    # élaborer": the Chair-Rapporteur's and the Working Group's need, as English reads it
    assert asks("fr", "75_182", "para_9") == []


def test_prie_instamment_urges():
    # "Prie instamment", "Prie de nouveau instamment": English "Urges", "Again urges"
    (m,) = asks("fr", "75_105", "para_4")
    assert (m.type, m.verb) == ("urge", "Prie instamment")


def test_initiatives_or_efforts_by_actors_ask_them():
    # "encourage les initiatives prises par les médias pour promouvoir", "alienta las
    # iniciativas emprendidas por los medios de comunicación para fomentar", as English
    # "encourages initiatives by the media to promote"
    assert whom("fr", "75_188", "para_15") == ["médias"]
    assert whom("es", "75_188", "para_15") == ["medios de comunicación"]
    # "encourage les efforts constants déployés par tous les acteurs de la société"
    assert whom("fr", "75_188", "para_17")[0] == "tous les acteurs de la société"
    # "Alienta la labor del Gobierno encaminada a promover el estado de derecho"
    assert whom("es", "A_HRC_RES_54_34", "para_8") == ["Gobierno"]
    # "alienta los esfuerzos del Organismo": "del", not "de" + "l Organismo"
    assert whom("es", "75_94", "para_33") == ["Organismo"]


def test_a_passive_asks_those_whose_cooperation_it_asks_for():
    # "Demande de nouveau que la coopération entre l’Organisation des Nations Unies et le
    # Conseil de l’Europe soit renforcée", as English "Reiterates its call for the
    # reinforcement of cooperation between the United Nations and the Council of Europe"
    assert whom("fr", "75_264", "para_3") == [
        "Organisation des Nations Unies",
        "Conseil de l’Europe",
    ]
    # "Demande que soient améliorées la coordination et la cohérence entre les mécanismes
    # actuels, notamment ..."
    assert whom("fr", "A_RES_75_316-2111345", "para_18")[0] == "mécanismes actuels"


def test_a_that_clause_opening_points_asks_its_subject():
    # "Demande instamment que tous les pays, les organismes des Nations Unies ... et tous les
    # autres acteurs intéressés, réaffirmant ..., jugeant ... : a) Coopèrent ...", as
    # English "Urges all countries, organizations of the United Nations system ... :"
    found = asks("fr", "75_101A-B", "para_u1")
    assert len(found) == 9 and found[0].paragraph == "para_u1__list_1__point_a"
    assert [a.name for a in found[0].addressees][0] == "tous les pays"


def test_its_own_ask_recalled_where_it_was_made():
    # "Réaffirme les dispositions du paragraphe 76 de sa résolution 74/252, dans lequel elle
    # a prié le Secrétaire général de donner des renseignements", as English "Reiterates its
    # request in paragraph 76 of its resolution 74/252 that the Secretary-General provide"
    (m,) = asks("fr", "75_244", "para_79")
    assert (m.type, m.addressees[0].name) == ("request", "Secretary-General")
    assert m.action.startswith("de donner des renseignements")


def test_contributions_invited_ask_those_named():
    # "Sollicite les contributions des gouvernements, des titulaires de mandat ...", "Invita a
    # contribuir a los Gobiernos, los titulares de mandatos ...", as English "Invites the
    # contributions of Governments, relevant special procedure mandate holders ..."
    assert whom("fr", "A_HRC_RES_54_11", "para_4")[0] == "Governments"
    assert whom("es", "A_HRC_RES_54_11", "para_4")[0] == "Governments"
    # "alienta la participación constructiva de todas las partes interesadas en avanzar"
    assert whom("es", "75_115", "para_31") == ["todas las partes interesadas"]


def test_insisting_with_or_proposing_to_an_actor_asks_it():
    # "insiste à cet égard auprès du Département de la communication globale pour qu’il
    # fasse du multilinguisme ... une priorité", as English "urges the Department of Global
    # Communications ... to mainstream multilingualism"
    (m,) = asks("fr", "75_101A-B", "para_116")
    assert (m.type, m.addressees[0].name) == ("urge", "Department of Global Communications")
    # "Se propose et propose à ses grandes commissions ... d’accroître les synergies", as
    # English "Invites the General Assembly and its Main Committees ... to strengthen"
    (m,) = asks("fr", "75_325", "para_39")
    assert m.type == "invitation" and m.addressees[0].name.startswith("ses grandes commissions")
    # "y propone que, con este fin, el Secretario General prosiga las consultas" (French:
    # "invite le Secrétaire général à continuer de tenir ... des consultations")
    assert whom("es", "75_268", "para_2") == ["Secretary-General"]


def test_the_relative_before_a_que_is_the_addressees():
    # "Invita a los principales patrocinadores de los proyectos de resolución que se sometan a
    # la consideración de las delegaciones a que tengan en cuenta": the action is "a que
    # tengan", the "que se sometan" a relative of the sponsors
    (m,) = asks("es", "75_325", "para_18")
    assert m.action.startswith("a que tengan en cuenta")
    # "Invite les auteurs principaux des projets de résolution qui sont soumis à l’examen des
    # délégations à prendre en considération": authors are actors
    (m,) = asks("fr", "75_325", "para_18")
    assert m.addressees[0].name.startswith("auteurs principaux")


def test_a_plural_pronoun_after_a_list_is_the_list():
    # "le Programme des Nations Unies pour le développement et le Conseil de l’Europe ...,
    # ainsi que leur fructueuse coopération, les encourage à approfondir cette coopération":
    # both, not the Council named last
    assert whom("fr", "75_264", "para_23") == ["Programme des Nations Unies", "Conseil de l’Europe"]


def test_an_ask_that_goes_on():
    # "continue de les encourager à poursuivre cette coopération", "continue d’encourager
    # l’Organisation des Nations Unies pour l’éducation ... à poursuivre", "sigue alentando a
    # la Organización ... a que prosigan", as English "continues to encourage"
    (m,) = asks("fr", "75_264", "para_28")
    assert m.verb == "continue de les encourager" and m.type == "encouragement"
    assert [a.name for a in m.addressees] == [
        "Organisation des Nations Unies",
        "Conseil de l’Europe",
    ]
    assert whom("fr", "75_264", "para_33")[0] == whom("es", "75_264", "para_33")[0]
    (m,) = asks("es", "75_233", "para_72")
    assert (m.verb, m.addressees[0].name) == ("sigue alentando", "Governments")
    assert m.text.startswith("Reafirma el papel central")


def test_an_action_with_no_addressee_asks_those_whose_dialogue_it_asks_for():
    # "recommande de poursuivre l’action en faveur du dialogue entre les médias de toutes
    # cultures et civilisations", as "alienta a que se siga promoviendo el diálogo entre los
    # medios" and English "encourages the further promotion of dialogue among the media"
    assert whom("fr", "75_26", "para_13")[0].startswith("médias")


def test_cooperation_among_themselves_asks_them():
    # "Demande que la coordination et la cohésion des entités des Nations Unies entre elles et
    # avec les parties prenantes ... soient améliorées", as English "Calls for greater
    # coordination and coherence among United Nations entities"
    assert whom("fr", "75_196", "para_15") == ["entités des Nations Unies"]


def test_its_own_invitation_recalled_without_its_possessive():
    # "Recuerda la invitación a la Directora Ejecutiva del Programa ... a que facilite" and
    # "Rappelle que la Directrice exécutive du Programme ... a été invitée, en sa qualité de
    # ..., à faciliter", as English "Recalls the invitation to the Executive Director"
    (es,) = asks("es", "75_219", "para_12")
    (fr,) = asks("fr", "75_219", "para_12")
    assert es.type == fr.type == "invitation"
    assert fr.addressees[0].name.startswith("Directrice exécutive du Programme")
    assert fr.action.startswith("à faciliter la contribution")


# -- session 5: the French reader's last errors against the English ---------------------------


def test_another_bodys_call_restated_asks_no_one():
    # "réitère l’appel lancé par le Secrétaire général ... en faveur d’un mouvement de
    # solidarité ..., qui permettrait d’aider les pays en développement", as English "recalls
    # the United Nations Secretary-General's call for a ... response": no mandate (it read the
    # Secretary-General and a piece of the response as addressees)
    assert asks("fr", "75_230", "para_7") == []


def test_a_call_reported_in_a_communique_is_not_the_bodys():
    # "Se félicite également du communiqué ..., qui exige notamment des parties belligérantes
    # ... et qui adopte la feuille de route ..., demandant à la communauté internationale de
    # soutenir sa mise en œuvre": the communiqué's call, as English "which inter alia
    # demanded ..., calling upon the international community"
    assert asks("fr", "A_HRC_RES_54_2", "para_13") == []
    assert asks("es", "A_HRC_RES_54_2", "para_13") == []


def test_the_body_declaring_itself_determined_decides():
    # "se déclare déterminée à œuvrer à la réalisation d’un consensus mondial", as English
    # "resolves to work towards a global consensus"; restated ("se dit de nouveau résolue à
    # accroître l’aide pour le commerce", English "reiterates its commitment") it is not
    (m,) = asks("fr", "75_205", "para_23")
    assert (m.type, m.addressees[0].kind) == ("decision", "body_itself")
    assert m.action.startswith("à œuvrer à la réalisation d’un consensus mondial")
    assert "decision" not in {m.type for m in asks("fr", "75_227", "para_15")}


def test_advocating_cooperation_among_named_actors_asks_them():
    # "prône à cet égard le maintien de la coopération entre les institutions financières
    # internationales, ...", as English "invites continued ongoing cooperation among the
    # international financial institutions"
    assert whom("fr", "75_205", "para_29")[0] == "institutions financières internationales"


def test_a_thing_asked_of_its_doer_named_after_it():
    # "recommande l’application sans réserve et transparente, par tous les créanciers
    # bilatéraux officiels, de l’Initiative", as English "recommends the full and transparent
    # implementation by all official bilateral creditors"; "Alienta la elaboración de
    # mecanismos de regulación por la Comunidad Económica de los Estados de África Central"
    assert whom("fr", "75_204", "para_5") == ["tous les créanciers bilatéraux officiels"]
    assert whom("es", "75_79", "para_21") == [
        "Comunidad Económica de los Estados de África Central"
    ]
    # (not the agent of a participle: "la mise en œuvre du mémorandum d’accord signé par le
    # Haut-Commissariat", "comme prévu par le Programme des Nations Unies")
    assert asks("fr", "75_238", "para_17") == []
    assert asks("fr", "75_124", "para_50")[0].type == "invitation"  # (its "invite les États")


def test_an_ask_inside_a_clause_of_purpose_is_the_purposes():
    # "demande que le portail ... soit encore amélioré afin qu’il rende mieux compte ... et
    # garantisse ainsi davantage la transparence et encourage tous les États Membres à verser
    # des contributions": the portal would encourage them, as in English ("in order to ensure
    # further transparency and encourage all Member States")
    assert asks("fr", "75_233", "para_68") == []
    # but "pour que les travaux de traduction ... soient de la plus haute qualité et prie le
    # Secrétaire général de l’informer" is the body's own request
    assert whom("fr", "75_244", "para_109") == ["Secretary-General"]


def test_two_verbs_share_the_actors_object():
    # "encourage et appuie tous les efforts déployés par le Gouvernement pour continuer à
    # mettre en œuvre le Protocole", as English "encourages and supports all efforts of the
    # Government for further implementation"; "alienta y apoya todas las gestiones del Gobierno"
    (fr,) = asks("fr", "75_90", "para_58")
    assert (fr.type, fr.addressees[0].name) == ("encouragement", "Gouvernement")
    assert whom("es", "75_90", "para_58") == ["Gobierno"]
    # "salue et encourage la coopération qu’entretiennent les organismes compétents des
    # Nations Unies et les titulaires de mandat ...", English "welcomes and encourages the
    # cooperation between relevant United Nations agencies and special procedures"
    assert whom("fr", "75_264", "para_26")[0] == "organismes compétents des Nations Unies"
    # ("Encourage et soutient l’entrepreneuriat féminin": a thing, no one asked)
    assert asks("fr", "75_211", "para_21") == []


def test_points_that_name_whom_they_ask_under_a_bare_chapeau():
    # "Encourage également, afin de faciliter les dialogues ... : a) Les États dotés d’armes
    # nucléaires à énoncer ... b) Tous les États à engager un dialogue ...", "Alienta también a
    # que, ...: a) Los Estados poseedores de armas nucleares expliquen ...": one mandate a
    # point, as English "Also encourages ..., the following: (a) Nuclear-weapon States to"
    for lang in ("fr", "es"):
        found = asks(lang, "75_71", "para_4")
        assert [m.paragraph.rsplit("_", 1)[-1] for m in found] == ["a", "b", "c"]
        assert {m.type for m in found} == {"encouragement"}
        assert {a.name for m in found for a in m.addressees} == {"States"}
    # (points that open with a verb name no one: "a) Concevoir et mettre en œuvre des
    # politiques" under "Exhorte les États à ... :" are the States' actions)
    assert {a.name for m in asks("fr", "75_161", "para_6") for a in m.addressees} == {"States"}


def test_an_impersonal_ask_names_its_doer_its_subject_after_the_verb_or_a_second_subject():
    # "alienta a que aumente el número de ratificaciones ... de dicho Acuerdo por parte de los
    # Estados que se enumeran en su artículo 9", English "encourages further ratifications ...
    # by States listed in article 9"
    assert whom("es", "75_89", "para_155") == ["States"]
    # "Alienta la realización de nuevos estudios, incluso por parte de la Organización de las
    # Naciones Unidas para la Alimentación y la Agricultura" (the whole name, past its "para")
    assert whom("es", "75_89", "para_222") == [
        "Organización de las Naciones Unidas para la Alimentación y la Agricultura"
    ]
    # "alienta a que participen en ellas todas las partes interesadas, todos los sectores y
    # todos los ministerios", English "encourages participation by all stakeholders"
    assert whom("es", "75_216", "para_48")[0] == "todas las partes interesadas"
    # "e insta a que se ponga fin a la impunidad y a que las autoridades afganas investiguen
    # el acoso", English "urges ... that the harassment ... be investigated by Afghan
    # authorities"
    (m,) = asks("es", "75_90", "para_31")
    assert (m.type, m.addressees[0].name) == ("urge", "autoridades afganas")
    assert m.action.startswith("investiguen el acoso")
    # "pide también que se desplieguen esfuerzos desde ambos lados", English "also calls for
    # efforts between the two sides"
    assert whom("es", "75_98", "para_8") == ["ambos lados"]
    # "alienta a que se siga mejorando el intercambio de información, con carácter
    # voluntario, con respecto a la toma y el otorgamiento de préstamos entre todos los
    # acreedores y prestatarios", English "... on borrowing and lending among all creditors
    # and borrowers"
    assert whom("es", "75_205", "para_10") == ["todos los acreedores y prestatarios"]


def test_cooperation_between_actors_past_its_field_and_names_with_their_brackets():
    # "pide que aumente la cooperación en materia de gobernanza urbana sostenible entre el
    # Consejo de Europa y el Programa de las Naciones Unidas para los Asentamientos Humanos
    # (ONU-Hábitat), en particular", as English "calls for enhanced cooperation between the
    # Council of Europe and the United Nations Human Settlements Programme (UN-Habitat)"
    assert whom("es", "75_264", "para_23") == [
        "Consejo de Europa",
        "Programa de las Naciones Unidas para los Asentamientos Humanos (ONU-Hábitat)",
    ]
    assert whom("fr", "A_HRC_RES_54_4", "para_6") == ["Expert(e) indépendant(e)"]


def test_interaction_between_actors_asks_them():
    # "y alienta mayor interacción entre todos los órganos competentes de las Naciones Unidas
    # y el Consejo de Europa en esas importantes esferas", as English "encourages greater
    # interaction between all relevant United Nations and Council of Europe bodies"
    assert whom("es", "75_264", "para_16") == [
        "todos los órganos competentes de las Naciones Unidas",
        "Consejo de Europa",
    ]


def test_an_invitation_another_makes_in_a_that_clause_is_reported():
    # "Hace notar que el Secretario General de la Organización Mundial del Turismo, en su
    # informe, invita a los Estados Miembros ... a que incorporen", as English "Notes that the
    # Secretary-General of the World Tourism Organization, in his report, invites"
    assert asks("es", "75_229", "para_7") == []
    # (but "Constate que la Puissance administrante a facilité ..., et l’encourage à" asks it)
    assert whom("fr", "75_115", "para_14") == ["Puissance administrante"]


def test_contributions_named_before_by_a_demonstrative():
    # "Acoge con beneplácito las contribuciones de los Estados signatarios ..., y alienta a que
    # sigan realizándose esas contribuciones", as English "encourages their continuation"
    assert whom("es", "75_87", "para_2") == ["States"]
