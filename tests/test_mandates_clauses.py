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


# -- second round (branch clauses-rtl): what the clause readers got wrong beside the English --


def test_a_russian_ask_after_therefore_opens_a_clause():
    # "..., и поэтому рекомендует Управлению Верховного комиссара поддерживать ..." (English
    # "and therefore encourages the Office of the High Commissioner to support")
    (m,) = _at("GA-75/ru/75_164_R.xml", "para_17")
    assert m.type == "encouragement" and m.text.startswith("рекомендует Управлению")
    assert [a.name for a in m.addressees] == [
        "Office of the United Nations High Commissioner for Human Rights"
    ]


def test_a_russian_ask_of_no_one_after_an_adverb_is_no_mandate():
    # "призывает немедленно положить конец этим нарушениям" (English "calls for an immediate
    # end"), "призывает своевременно созвать международную конференцию" ("Calls for the timely
    # convening"): how, then what, and no one named
    assert _at("HRC-54/ru/A_HRC_RES_54_20R.xml", "para_1") == []
    assert _at("GA-75/ru/75_22_R.xml", "para_3") == []


def test_a_russian_demand_of_a_thing_in_the_genitive_asks_no_one():
    # "требует в этой связи немедленного освобождения всех лиц" (English "Demands ... the
    # immediate release of all persons")
    assert _at("GA-75/ru/75_193_R.xml", "para_50") == []
    # but "призывает учреждения-доноры и международные финансовые учреждения производить ..."
    # ("учреждения" ends as "освобождения" does, but is whom the call is to)
    (m,) = _at("GA-75/ru/75_239_R.xml", "para_16")
    assert m.type == "call" and m.text.startswith("призывает учреждения-доноры")


def test_a_russian_commendation_to_someones_attention_asks_nothing():
    # "предлагает вниманию правительства ... выводы и рекомендации выездной миссии" (English
    # "Commends the conclusions ... to the Government ... for appropriate action")
    assert _at("GA-75/ru/75_114_R.xml", "para_13") == []


def test_a_russian_decision_not_to_approve_is_done_on_adoption():
    # "постановляет не утверждать создание одной новой должности" ("Decides not to approve")
    assert _at("GA-75/ru/75_252_R.xml", "para_47") == []


def test_a_russian_ask_that_goes_on_asks_for_cooperation_between_the_parties_named():
    # "и продолжает призывать к развитию сотрудничества в этом отношении между Советом Европы
    # и Организацией Объединенных Наций" (English "continues to encourage further cooperation
    # between the Council of Europe and the United Nations")
    (m,) = _at("GA-75/ru/75_264_R.xml", "para_25")
    assert (m.type, m.verb) == ("call", "продолжает призывать")


def test_cooperation_between_sectors_or_regions_asks_no_one():
    # "призывает активизировать сотрудничество между государственным и частным секторами"
    # (English "Encourages closer public-private sector collaboration"), "تشجع على مواصلة
    # التعاون فيما بين بلدان الجنوب" ("Encourages continued South-South cooperation")
    assert _at("GA-75/ru/75_206_R.xml", "para_21") == []
    assert _at("GA-75/ar/75_234_A.xml", "para_4") == []


def test_an_arabic_request_that_names_no_one_it_is_made_to_asks_no_one():
    # "وتطلب أن يتم تزويد جميع بعثات حفظ السلام بالموارد الكافية" (English "requests that all
    # peacekeeping missions be provided with adequate resources")
    assert _at("GA-75/ar/A_RES_75_297_A.xml", "para_22") == []
    # but "وتطلب أيضا في هذا الصدد إلى الأمين العام" names him after an aside, and "تكرر طلبها
    # الوارد في الفقرة 40 ... أن يقدم الأمين العام" restates where the request was made
    assert [m.verb for m in _at("GA-75/ar/75_100_A.xml", "para_5")] == ["تطلب", "وتطلب أيضا"]
    (m,) = _at("GA-75/ar/75_174_A.xml", "para_9")
    assert m.type == "request"


def test_a_chinese_ask_after_therefore_or_in_this_regard_opens_a_clause():
    # "，因此请特别委员会每年至少派遣一个视察团" (English "and therefore requests the Special
    # Committee"), "，并在此方面鼓励秘书长继续与东道国政府进行协商"
    (m,) = _at("GA-75/zh/75_122_C.xml", "para_10")
    assert m.type == "request" and m.text.startswith("请特别委员会")
    (m,) = _at("GA-75/zh/75_125_C.xml", "para_12")
    assert m.type == "encouragement" and m.addressees[0].name == "Secretary-General"


def test_a_chinese_ask_of_what_is_to_be_done_asks_no_one():
    # "敦促有效执行《仙台宣言》" (English "Urges the effective implementation"), "鼓励尽可能派最
    # 高级别代表出席会议" ("Encourages participation at the highest possible level")
    assert _at("GA-75/zh/75_216_C.xml", "para_2") == []
    assert _at("GA-75/zh/75_212_C.xml", "para_10") == []


def test_a_chinese_ask_names_whom_it_asks_after_what_qualifies_them():
    # "邀请在武装冲突中使用过贫铀武器弹药的会员国 ... 提供" (English "Invites Member States that
    # have used armaments and ammunitions containing depleted uranium ... to provide")
    (m,) = _at("GA-75/zh/75_42_C.xml", "para_6")
    assert m.type == "invitation"
    # "请有效落实《德班宣言和行动纲领》政府间工作组继续": a body named after a text
    (m,) = _at("HRC-54/zh/A_HRC_RES_54_25C.xml", "para_7")
    assert m.type == "request"
    # "敦促根据《宪章》第十九条的规定请求豁免的所有会员国提交": a title is passed whole ...
    (m,) = _at("GA-75/zh/75_2_C.xml", "para_4")
    assert m.type == "urge"
    # ... and what is inside one names no one: "呼吁全面执行《联合国关于在发生严重干旱和/或荒漠化的
    # 国家特别是在非洲防治荒漠化的公约》" (English "calls for the full implementation of")
    assert _at("GA-75/zh/75_179_C.xml", "para_19") == []


def test_an_arabic_ask_after_therefore_or_in_this_regard():
    # "ولذلك تشجع مفوضية شؤون اللاجئين على دعم ..." (English "and therefore encourages the
    # Office of the High Commissioner to support"), "وفي هذا الصدد تحث كذلك الدول الأعضاء على"
    (m,) = _at("GA-75/ar/75_164_A.xml", "para_17")
    assert m.type == "encouragement" and m.verb == "ولذلك تشجع"
    (m,) = _at("GA-75/ar/75_216_A.xml", "para_4")
    assert m.type == "urge" and [a.name for a in m.addressees] == ["Member States"]


def test_an_arabic_verb_with_its_object_as_a_suffix_asks_the_one_named_before():
    # "ترحب بالجهود التي يبذلها الأمين العام ...، وتشجعه في هذا الصدد على تعزيز كفاءة خدمات
    # المؤتمرات" (English "and in this regard encourages the Secretary-General to enhance")
    (m,) = _at("GA-75/ar/75_244_A.xml", "para_24")
    assert (m.type, m.verb) == ("encouragement", "وتشجعه")
    assert [a.name for a in m.addressees] == ["Secretary-General"]
    # "ويشجعهما على مواصلة تعاونهما" (the Working Group and the Committee: "هما", two)
    (m,) = _at("HRC-54/ar/A_HRC_RES_54_14A.xml", "para_7")
    assert m.type == "encouragement" and m.verb == "ويشجعهما"
    # "تدعو منظومة الأمم المتحدة، بما في ذلك ... ومبعوثو الأمين العام ...، وتحثهم على النظر":
    # "هم", more than one, is those invited, not the Secretary-General whose envoys they are
    _, m = _at("GA-75/ar/75_308_A.xml", "para_8")
    assert m.type == "urge" and m.verb == "وتحثهم"
    assert [a.name for a in m.addressees] == ["specialized agencies"]


def test_chinese_contributions_invited_of_whoever_gives_ask_no_one():
    # "邀请各方向该部队自愿捐助现金以及秘书长可以接受的服务和用品" (English "Invites voluntary
    # contributions to the Force"): "各方" here is whoever gives, not a party named
    assert _at("GA-75/zh/A_RES_75_299_C.xml", "para_53") == []


def test_a_chinese_decision_made_before_is_no_new_ask():
    # "重申按照其关于...的第71/222号决议，决定在大会第七十七届会议期间审查行动十年执行情况"
    # (English "Reaffirms its decision ... to review"), "再次决定...召开" ("Renews its
    # decision ... to convene"), "决定不核准" ("Decides not to approve"): done or decided before
    assert _at("GA-75/zh/75_212_C.xml", "para_1") == []
    assert _at("GA-75/zh/75_241_C.xml", "para_8") == []
    assert _at("GA-75/zh/75_252_C.xml", "para_47") == []
    # but "回顾其第74/263号决议第八节第16段，决定养恤金联委会..." recalls, then decides anew
    (m,) = _at("GA-75/zh/75_246_C.xml", "para_18")
    assert m.type == "decision"


@pytest.mark.parametrize(
    "path,verb",
    (
        ("GA-75/ru/75_1_R.xml", "Мы призываем"),
        ("GA-75/ar/75_1_A.xml", "ونحن ندعو"),
        ("GA-75/zh/75_1_C.xml", "我们呼吁"),
    ),
)
def test_a_declarations_ask_in_the_first_person_mid_paragraph(path, verb):
    # the 75th-anniversary declaration, para 9: "... in cyberspace. We call upon the
    # Secretary-General to enhance this toolbox" ("Мы призываем Генерального секретаря
    # усовершенствовать", "ونحن ندعو الأمين العام إلى تعزيز", "我们呼吁秘书长加强"), and para 20
    # "We request the Secretary-General to report back"
    (m,) = _at(path, "para_9")
    assert (m.type, m.verb) == ("call", verb)
    assert [a.name for a in m.addressees] == ["Secretary-General"]
    (m,) = _at(path, "para_20")
    assert m.type == "request"
    # (a call in the first person for a thing is still of no one: "我们再次呼吁对联合国三个主要
    # 机构进行改革", English "We reiterate our call for reform")
    assert _at(path, "para_14") == []


def test_a_chinese_call_for_something_to_be_done_to_a_thing_asks_no_one():
    # "呼吁对联合国地雷行动处在这方面作出的努力予以支持" (English "Calls ... for support for the
    # efforts of the Mine Action Service")
    assert _at("GA-75/zh/75_236_C.xml", "para_10") == []


def test_a_russian_ask_after_to_this_end_opens_a_clause():
    # "..., и с этой целью настоятельно призывает все государства принимать эффективные
    # национальные меры" (English "and to this end urges all States to implement")
    (m,) = _at("GA-75/ru/75_64_R.xml", "para_8")
    assert m.type == "urge" and [a.name for a in m.addressees] == ["States"]


def test_russian_support_of_the_doers_efforts_asks_them():
    # "поддерживает дальнейшие усилия государств-участников и Технического секретариата"
    # (English "supports further efforts by both States parties and the Technical Secretariat")
    (m,) = _at("GA-75/ru/75_55_R.xml", "para_20")
    assert (m.type, m.verb) == ("encouragement", "поддерживает")
    assert m.addressees[0].name == "States"
    # "поддерживает усилия международного сообщества" ("Supports efforts by the international
    # community"), a known actor now
    (m,) = _at("GA-75/ru/75_68_R.xml", "para_6")
    assert [a.name for a in m.addressees] == ["international community"]
    # "приветствует и продолжает поддерживать тесное сотрудничество между этими двумя
    # организациями" ("Welcomes and continues to encourage the close cooperation between")
    (m,) = _at("GA-75/ru/75_264_R.xml", "para_28")
    assert (m.type, m.verb) == ("encouragement", "продолжает поддерживать")
    # but efforts of those not named as actors stay support ("поддерживает усилия стран
    # Карибского бассейна", English "Supports the efforts of the Caribbean countries")
    assert _at("GA-75/ru/75_214_R.xml", "para_14") == []


def test_two_russian_verbs_of_one_object_are_one_clause():
    # "... и поощряет и поддерживает все усилия правительства по дальнейшему осуществлению"
    # (English "and encourages and supports all efforts of the Government"): the ask's clause,
    # not an empty "поощряет и"
    (m,) = _at("GA-75/ru/75_90_R.xml", "para_58")
    assert m.verb == "поощряет" and m.text.startswith("поощряет и поддерживает все усилия")


def test_an_arabic_encouragement_of_a_thing_to_be_done_asks_no_one():
    # "تشجع مزيدا من التصديق على اتفاق مصائد الأسماك في جنوب المحيط الهندي" (English "Encourages
    # further ratifications of ... the Southern Indian Ocean Fisheries Agreement"), "تشجع استحداث
    # تدابير بديلة" ("Encourages the development ... of alternative measures")
    assert _at("GA-75/ar/75_89_A.xml", "para_157") == []
    assert _at("GA-75/ar/75_198_A.xml", "para_35") == []
    # but the efforts someone makes name them: "وتشجع جميع الجهود التي تبذلها أفغانستان"
    # (English "encourages and supports all efforts of the Government")
    assert [m.type for m in _at("GA-75/ar/75_90_A.xml", "para_58")] == ["encouragement"]


def test_between_is_read_with_the_words_after_it_whole():
    # "تحث على تكثيف التعاون الدولي، بما في ذلك التعاون بين بلدان الشمال وبلدان الجنوب" (English
    # "Urges intensified international cooperation, including North-South"): regions, not
    # parties, though "بلدان الجنوب" falls past the first hundred characters
    assert _at("GA-75/ar/75_156_A.xml", "para_15") == []


def test_an_arabic_ask_after_a_comma_alone():
    # "وإذ تسلّم بأن توافر بيانات ... مهم للغاية ...، تطلب إلى الأمين العام أن يقدم" (English
    # "and, recognizing that ... data are critical ..., requests the Secretary-General to
    # provide an update"): no "و" before the verb after the participial clause
    (m,) = _at("GA-75/ar/75_154_A.xml", "para_34")
    assert (m.type, m.verb) == ("request", "تطلب")
    assert [a.name for a in m.addressees] == ["Secretary-General"]
    # "في دورتها الثامنة والسبعين، معلومات": the ordinal ends at the comma
    assert m.due.session == 78


def test_chinese_asks_that_go_on_or_share_their_object_with_a_welcome():
    # "欢迎并鼓励媒体采取主动举措" (English "Welcomes and encourages initiatives by the media"): the
    # second verb asks, with no comma before it
    (m,) = _at("GA-75/zh/75_188_C.xml", "para_15")
    assert (m.type, m.verb) == ("encouragement", "鼓励")
    # "因此继续鼓励国家政府与...相关利益攸关方协商" ("and therefore continues to encourage national
    # Governments to consult")
    (m,) = _at("GA-75/zh/75_233_C.xml", "para_72")
    assert (m.type, m.verb) == ("encouragement", "继续鼓励")
    # "因此又请秘书长继续向海法司分配适当和足够资源" opening a paragraph ("Therefore also requests")
    (m,) = _at("GA-75/zh/75_239_C.xml", "para_97")
    assert m.type == "request" and m.addressees[0].name == "Secretary-General"
    # but levels are no one: "欢迎并鼓励地方、国家、区域和国际各级加强...对话" ("Welcomes and
    # encourages the various initiatives at the local, national ... levels")
    assert _at("GA-75/zh/75_101A-B_C.xml", "para_84") == []


def test_arabic_asks_with_an_adverb_after_the_suffix_or_of_the_efforts_someone_makes():
    # "وتشجعها مرة أخرى على مواصلة تنفيذ تلك التوصيات" (English "and again encourages them to
    # continue"): the grammar reads "مرة أخرى" after the verb the suffix is stripped from
    (m,) = _at("GA-75/ar/75_61_A.xml", "para_1")
    assert (m.type, m.verb) == ("encouragement", "وتشجعها مرة أخرى")
    # "ولهذه الغاية تشجع الدول الأعضاء على النظر" ("to this end, encourages Member States")
    assert [m.verb for m in _at("GA-75/ar/75_198_A.xml", "para_15")] == ["ولهذه الغاية تشجع"]
    # "وتشجع الجهود التي تبذلها الوكالة من أجل الإسهام" ("encourages the efforts of the Agency
    # to contribute"): the efforts someone makes name them
    (m,) = _at("GA-75/ar/75_94_A.xml", "para_33")
    assert m.type == "encouragement"


def test_a_chinese_call_for_what_is_to_be_done_names_no_one():
    # "呼吁缔结一项关于...的国际法律文书" (English "Calls for the conclusion of an international
    # legal instrument"), "呼吁审查核理论" ("Calls for a review of nuclear doctrines")
    assert _at("GA-75/zh/75_63_C.xml", "para_18") == []
    assert _at("GA-75/zh/75_57_C.xml", "para_1") == []
    # but a name that opens with such a word is whom it asks: "请紧急救济协调员继续努力"
    # ("Requests the Emergency Relief Coordinator to continue")
    assert _at("GA-75/zh/75_127_C.xml", "para_2")[0].text.startswith("请紧急救济协调员继续努力")
