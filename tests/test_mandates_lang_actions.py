"""How many actions a French or Spanish clause holds, cut where the English reading cuts its
infinitives (`clausewise.enrich.actions_lang.actions`), on the UN's own parallel AKN files:
each paragraph here gives as many mandates as its English version."""

from __future__ import annotations

import pytest

from clausewise import parse_file
from clausewise.grammar import language

from .conftest import SHARED

AKN = SHARED / "akn"
SUFFIX = {"en": "E", "fr": "F", "es": "S"}


def _found(lang: str, path: str, eid: str):
    from clausewise.enrich.mandates import mandates

    files = sorted(AKN.glob(path.format(lang=lang, s=SUFFIX[lang])))
    if not files:
        pytest.skip(f"the UN's AKN files are not at {AKN} (set CLAUSEWISE_SHARED)")
    return [m for m in mandates(parse_file(files[0])) if m.paragraph.split("__")[0] == eid]


def _actions(lang: str, path: str, eid: str) -> list[str]:
    return [m.action for m in _found(lang, path, eid)]


def test_spanish_subjunctives_listed_without_que_are_one_action_each():
    """ "Solicita a la Potencia administradora que, en cooperación con el Gobierno del
    Territorio, continúe transfiriendo tierras ..., siga reconociendo ... y adopte todas las
    medidas necesarias": English "to continue ..., to continue to recognize ... and to take",
    three; Spanish says "que" once. The first verb comes after the aside."""
    acts = _actions("es", "GA-75/{lang}/75_113_{s}.xml", "para_7")
    assert [a[:12] for a in acts] == ["que, en coop", "siga reconoc", "adopte todas"]
    assert len(_found("en", "GA-75/{lang}/75_113_{s}.xml", "para_7")) == 3
    # "a que brinden su cooperación ..., le faciliten toda la información ... y consideren"
    acts = _actions("es", "GA-75/{lang}/75_178_{s}.xml", "para_18")
    assert [a.split()[:2] for a in acts] == [
        ["a", "que"],
        ["le", "faciliten"],
        ["consideren", "la"],
    ]


def test_a_bare_spanish_verb_with_no_list_before_goes_on_with_its_action():
    """ "a que tengan en cuenta las consecuencias ... cuando diseñen y pongan en práctica
    estrategias": one action (English "to consider ... when designing and implementing");
    "a que promueva, apoye y posibilite la participación": three verbs of one object."""
    assert len(_found("es", "GA-75/{lang}/75_124_{s}.xml", "para_44")) == 1
    acts = _actions("es", "GA-75/{lang}/75_191_{s}.xml", "para_20")
    assert any("a que promueva, apoye y posibilite" in a for a in acts)
    # and a list of three does cut (the test fails without the reading of subjunctives)
    assert len(_found("es", "GA-75/{lang}/75_178_{s}.xml", "para_18")) == 3


def test_spanish_que_repeated_after_an_aside_opens_another_action():
    """ "que siga examinando la cuestión de Santa Elena y que en su septuagésimo sexto período
    de sesiones la informe al respecto" and "y que, a este respecto, evite las deficiencias":
    English "and to report thereon", "and in this regard to avoid"."""
    acts = _actions("es", "GA-75/{lang}/75_117_{s}.xml", "para_13")
    assert [a[:20] for a in acts] == ["que siga examinando ", "que en su septuagési"]
    acts = _actions("es", "GA-75/{lang}/A_RES_75_298*{s}.xml", "para_37")
    assert len(acts) == 3 and acts[1].startswith("que, a este respecto, evite")


def test_spanish_para_is_what_for_not_a_purpose_that_goes_on():
    """ "a elaborar métodos ..., a formular indicadores adicionales para medir eficazmente los
    avances ... y a fomentar el intercambio": English "to develop ..., to formulate ... to
    measure ... and to promote", three; "para" is English's bare "to", not "in order to"."""
    acts = _actions("es", "GA-75/{lang}/75_160_{s}.xml", "para_23")
    assert [a.split()[1] for a in acts] == ["elaborar", "formular", "fomentar"]
    acts = _actions("es", "GA-75/{lang}/A_RES_75_309*{s}.xml", "para_15")
    assert len(acts) == 2 and acts[1].startswith("a que alienten a los líderes")


def test_a_bare_french_et_de_after_a_few_words_is_one_action():
    """ "de prendre des mesures et de soutenir les programmes visant à lutter contre la
    dénutrition": English "to take measures and support programmes", one action."""
    (m,) = _found("fr", "HRC-54/{lang}/A_HRC_RES_54_16{s}.xml", "para_3")
    assert m.action.startswith("de prendre des mesures et de soutenir les programmes")
    assert len(_found("en", "HRC-54/{lang}/A_HRC_RES_54_16{s}.xml", "para_3")) == 1


def test_the_delivery_of_what_an_action_made_is_no_action_of_its_own():
    """ "d’établir un rapport de synthèse sur la réunion-débat et de le lui présenter à sa
    soixantième session": English "to prepare a summary report ... and to submit it", one."""
    (m,) = _found("fr", "HRC-54/{lang}/A_HRC_RES_54_22{s}.xml", "para_14")
    assert "et de le lui présenter à sa soixantième session" in m.action
    assert len(_found("en", "HRC-54/{lang}/A_HRC_RES_54_22{s}.xml", "para_14")) == 1


@pytest.mark.parametrize(
    "word,form",
    [
        ("proporcione", "sg"),
        ("fortalezcan", "pl"),  # fortalecer: -er, its subjunctive in -a
        ("fortalecen", None),  # ... and its indicative in -e, a relative clause's verb
        ("apoyen", "pl"),  # apoyar: -ar, its subjunctive in -e
        ("apoyan", None),
        ("incluida", None),  # a participle of incluir, not its subjunctive "incluya"
        ("sean", None),  # an auxiliary goes on with the verb before
        ("medida", None),
    ],
)
def test_a_spanish_subjunctive_by_its_verbs_class(word, form):
    assert language("es").module.subjunctive(word) == form


@pytest.mark.parametrize("lang", ("fr", "es"))
def test_a_long_chapeau_of_the_following_measures_gives_one_mandate_per_point(lang):
    """ "d’envisager d’adopter les mesures relatives à la transplantation d’organes énoncées
    ci-après, conformément aux principes ... :" (and "las siguientes medidas en relación con
    ..., de conformidad con ...:"), then nine points: nine mandates, as in English."""
    found = _found(lang, "GA-75/{lang}/75_195_{s}.xml", "para_3")
    assert len(found) == 9 and found[8].paragraph == "para_3__list_1__point_i"


def test_points_after_inter_alia_are_mandates_and_points_that_say_by_what_means_are_not():
    """ "Exhorta a todos los Estados a que, con arreglo a sus obligaciones ..., entre otras
    cosas:" (English "inter alia:"), four points: four mandates; "a que intensifique su
    colaboración con los mecanismos ... por los siguientes medios:" (English "to deepen its
    engagement ... by:"): one."""
    assert len(_found("es", "GA-75/{lang}/75_22_{s}.xml", "para_13")) == 4
    (m,) = _found("es", "GA-75/{lang}/75_191_{s}.xml", "para_28")
    assert m.action.startswith("a que intensifique su colaboración")


def test_a_spanish_que_with_a_verb_in_the_indicative_is_a_relative_clause():
    """ "a que asistan a la 18ª Reunión de los Estados Partes ..., que se celebrará en Ginebra
    ..., y a que participen": two actions, as English "to attend ..., to be held in Geneva ...,
    and to participate"; "el Protocolo ..., que complementa la Convención" is no action."""
    acts = _actions("es", "GA-75/{lang}/75_52_{s}.xml", "para_9")
    assert [a[:14] for a in acts] == ["a que asistan ", "a que particip"]
    assert len(_found("en", "GA-75/{lang}/75_52_{s}.xml", "para_9")) == 2
    acts = _actions("es", "GA-75/{lang}/75_196_{s}.xml", "para_39")
    assert not any(a.startswith("que complementa") for a in acts)
    assert language("es").module.indicative("complementa")
    assert not language("es").module.indicative("complemente")
