"""Mandates of Russian, Arabic and Chinese versions read as asking clauses
(`clausewise.enrich.mandates_clauses`), on the UN's own files in ../shared/akn."""

from __future__ import annotations

from functools import cache

import pytest

from clausewise import parse_file
from clausewise.enrich.mandates import mandates
from clausewise.enrich.mandates_align import beside

from .conftest import SHARED
from .test_languages import library  # noqa: F401  (the six versions of 75/180-186, both backends)

AKN = SHARED / "akn"


@cache
def _read(path: str):
    doc = parse_file(AKN / path)
    return doc, mandates(doc)


def _at(path: str, eid: str):
    return [m for m in _read(path)[1] if m.paragraph.split("__")[0] == eid]


def test_a_russian_request_to_the_secretary_general_with_its_due_session():
    (m,) = _at("GA-75/ru/75_105_R.xml", "para_5")
    assert (m.type, m.verb) == ("request", "просит")
    assert [a.name for a in m.addressees] == ["Secretary-General"]
    assert (m.due.body, m.due.session, m.due.year_from) == ("GA", 76, 2021)
    assert m.report_to == "General Assembly"
    assert m.action.startswith("Генерального секретаря представить Генеральной Ассамблее")


def test_a_russian_clause_that_asks_mid_sentence():
    # "принимает к сведению доклад Генерального секретаря и просит его представить ...":
    # the noting asks nothing, the request after " и " does
    (m,) = _at("GA-75/ru/75_198_R.xml", "para_120")
    assert (m.type, m.verb) == ("request", "просит")
    assert m.text.startswith("просит его представить Генеральной Ассамблее")
    assert [a.name for a in m.addressees] == ["Secretary-General"]  # "его": the one named before
    assert m.due.session == 76


def test_an_arabic_request_after_a_comma_and_its_due_session():
    # "تحيط علما بتقرير الأمين العام، وتطلب إليه أن يقدم إلى الجمعية العامة في دورتها السادسة
    # والسبعين": the clause opens at "وتطلب"
    (m,) = _at("GA-75/ar/75_198_A.xml", "para_120")
    assert (m.type, m.verb) == ("request", "وتطلب")
    assert m.text.startswith("وتطلب إليه أن يقدم")
    assert [a.name for a in m.addressees] == ["Secretary-General"]  # "إليه": named before
    assert m.due.session == 76


def test_an_arabic_request_names_its_addressees_in_english():
    (m,) = _at("GA-75/ar/75_180_A.xml", "para_16")
    assert m.verb == "تطلب"
    assert [a.name for a in m.addressees][:2] == [
        "Secretary-General",
        "United Nations High Commissioner for Human Rights",
    ]


def test_a_chinese_decision_done_on_adoption_asks_nothing_and_one_to_remain_seized():
    # "决定宣布2022年为国际玻璃年" (Decides to proclaim 2022 the International Year of Glass)
    assert _at("GA-75/zh/75_279_C.xml", "para_1") == []
    assert _read("GA-75/zh/75_279_C.xml")[0].operative[0].text.startswith("决定宣布")
    # "决定继续处理此事。" (Decides to remain seized of the matter)
    (m,) = _at("HRC-54/zh/A_HRC_RES_54_30C.xml", "para_4")
    assert m.type == "remain_seized"
    assert m.addressees[0].name == "Human Rights Council"


def test_a_chinese_request_with_its_due_session():
    (m,) = _at("GA-75/zh/75_105_C.xml", "para_5")
    assert m.type == "request" and m.verb.endswith("请")
    assert m.addressees[0].name == "Secretary-General"
    assert m.due.session == 76


def test_an_ask_of_no_one_is_no_mandate_but_one_of_cooperation_between_parties_is():
    # "призывает срочно принять меры по обеспечению безопасности ..." (English "Calls for
    # urgent measures to ensure the safety ..."): a call for something, of no one
    doc, _ = _read("GA-75/ru/75_98_R.xml")
    p = next(p for p in doc.operative if p.eid == "para_4")
    assert p.text.startswith("призывает срочно принять меры")
    assert _at("GA-75/ru/75_98_R.xml", "para_4") == []
    # "призывает к расширению сотрудничества между Организацией Черноморского экономического
    # сотрудничества и международными финансовыми учреждениями" asks the parties, as English
    # "Calls for greater cooperation between ..." is read
    (m,) = _at("GA-75/ru/75_12_R.xml", "para_13")
    assert m.type == "call" and m.action.startswith("к расширению сотрудничества между")


def test_beside_the_english_each_version_asks_in_the_same_paragraphs():
    """Resolutions 75/180-186 in the three languages: read beside the English, as many
    mandates as the English reading (the corpus-wide figures are in docs/design.md)."""
    same = total = 0
    for path in sorted(AKN.glob("GA-75/en/75_18[0-6]_E.xml")):
        english = mandates(parse_file(path))
        for lang, s in (("ru", "R"), ("ar", "A"), ("zh", "C")):
            twin = path.parent.parent / lang / path.name.replace("_E.xml", f"_{s}.xml")
            if not twin.exists():
                continue
            total += 1
            same += len(beside(english, mandates(parse_file(twin)))) == len(english)
    assert total >= 18
    assert same / total >= 0.6


def test_the_registry_shows_a_mandate_with_its_russian_arabic_and_chinese_wording(library):  # noqa: F811
    from datetime import date

    from clausewise.web import data

    library.registry.sync()
    item = data.registry_item(library, "A_RES_75_180:para_16:1", date(2021, 1, 1))
    assert item["wording"]["en"] == item["text"]
    assert item["wording"]["ru"].startswith("просит, чтобы Генеральный секретарь")
    assert item["wording"]["ar"].startswith("تطلب إلى الأمين العام")
    assert item["wording"]["zh"].startswith("请秘书长")


def test_an_arabic_decision_is_the_assemblys_own_act_or_another_bodys_task():
    # "تقرر أن تقسّم فيما بين الدول الأعضاء مبلغا ..." (the Assembly apportions: done when
    # adopted; the vowel mark on "تقسّم" is read past)
    assert _at("GA-75/ar/75_249_A.xml", "para_14") == []
    # "تقرر أيضا أن ينتخب المؤتمر ... أعضاء المكتب" (the Conference, masculine, is to elect: a
    # decision asking it, as English "decides that the Conference shall elect")
    (m,) = _at("GA-75/ar/75_212_A.xml", "para_5")
    assert m.type == "decision"


@pytest.mark.parametrize("path", ("GA-75/ru/75_180_R.xml", "GA-75/zh/75_180_C.xml"))
def test_the_longer_of_two_overlapping_names_is_read(path):
    # "неправительственным организациям", "非政府组织": non-governmental organizations, not
    # the Governments ("правительств", "政府") inside them
    twelve = _at(path, "para_12")
    named = [a.name for m in twelve for a in m.addressees]
    assert "non-governmental organizations" in named and "Governments" not in named


def test_a_chinese_decision_to_continue_consideration_at_a_session():
    # "决定在大会第七十六届会议上继续审议这个问题" (English "Decides to continue its
    # consideration of the question at its seventy-sixth session")
    (m,) = _at("GA-75/zh/75_180_C.xml", "para_17")
    assert m.type == "continue_consideration" and m.due.session == 76
