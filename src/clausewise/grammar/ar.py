"""Arabic: the words of resolutions as the UN's Arabic versions write them.

A preambular paragraph opens with "وإذ" (or "إذ") and a verb in the imperfect ("وإذ تشير" —
recalling), with "وقد" and the perfect ("وقد نظرت" — having considered), or with a verbal
noun ("واقتناعا منها" — convinced); an operative paragraph with the verb alone ("تطلب").
The Assembly is feminine ("تشير"), the Councils masculine ("يشير"): verbs are listed in the
feminine and their masculine made by the prefix. Words are compared without vowel marks,
elongation or alef forms (`engine.fold`), so "تسلّم" and "تسلم" are one.
"""

from __future__ import annotations

import re

CODE = "ar"
NAME = "العربية"

# lemma: feminine imperfect(s)
_VERBS = """
accept: تقبل
acknowledge: تعترف تقر
adopt: تعتمد
affirm: تؤكد
agree: توافق
allocate: تخصص
appeal: تناشد
appoint: تعين
appreciate: تقدر تثمن
approve: توافق تقر
authorize: تأذن
call: تهيب تدعو
commend: تثني تشيد
commit: تلتزم
concur: تتفق
condemn: تدين تشجب
consider: ترى تعتبر
continue: تواصل
decide: تقرر
declare: تعلن
demand: تطالب
deplore: تأسف
emphasize: تشدد تبرز
encourage: تشجع
endorse: تؤيد
express: تعرب
guide: تسترشد
highlight: تسلط
invite: تدعو
look: تتطلع
note: تلاحظ تنوه
recall: تشير تذكر
recognize: تسلم تدرك تعي
recommend: توصي
reaffirm: تؤكد
regret: تأسف
reiterate: تكرر
reject: ترفض
renew: تجدد
request: تطلب
stress: تؤكد تشدد
support: تدعم تساند
urge: تحث
welcome: ترحب
believe: تؤمن
propose: تقترح
allocate: ترصد
believe: تعتقد
endorse: تزكي
respect: تحترم
know: تعلم
determine: تحدد
"""

# Heads with complements: lemma: feminine imperfect | complements
_NEEDS = """
take: تحيط | علما; علما مع التقدير
bear: تضع | في اعتبارها; في اعتباره; في الاعتبار
bear: تأخذ | في اعتبارها; في اعتباره; في الاعتبار
reaffirm: تعيد | تأكيد; التأكيد
reiterate: تكرر | تأكيد; التأكيد
concerned: يساورها | القلق; بالغ القلق; القلق البالغ; شديد القلق; القلق الشديد; قلق بالغ; القلق العميق; كغيرها بالغ القلق
concerned: يساوره | القلق; بالغ القلق; القلق البالغ; شديد القلق; قلق شديد; قلق بالغ; انزعاج بالغ
draw: توجه | الانتباه
highlight: تسلط | الضوء
draw: توجه | نظر
alarmed: يثير | جزعها; جزعه; جزعها وقلقها; جزعه وقلقه
bear: تولي | الاعتبار الواجب; الاعتبار
bear: تضع | في الحسبان
concerned: تشعر | بالقلق; ببالغ القلق; بالجزع; ببالغ الجزع والقلق
"""

# "وقد نظرت" (having considered): the perfect, feminine then masculine
_PERFECT = """
consider: نظرت نظر
examine: درست درس
review: استعرضت استعرض
receive: تلقت تلقى تسلمت تسلم
hear: استمعت استمع أصغت أصغى
note: أحاطت أحاط
"""

# "واقتناعا منها" (convinced): verbal nouns of the preamble, with or without "منها"/"منه"
_NOUNS = """
convinced: اقتناعا
conscious: إدراكا وعيا
determined: تصميما
desirous: رغبة
appreciate: تقديرا
committed: التزاما
recognize: اعترافا تسليما
believe: اعتقادا
"""


def _masculine(verb: str) -> str:
    return "ي" + verb[1:] if verb.startswith("ت") else verb


def _both(verbs: list[str]) -> list[str]:
    return [f for v in verbs for f in dict.fromkeys((v, _masculine(v)))]


def _build() -> tuple[str, str, str]:
    verbs, needs, any_ = [], [], []
    for line in _VERBS.strip().splitlines():
        lemma, words = line.split(":")
        forms = _both(words.split())
        pre = [p + " " + f for f in forms for p in ("وإذ", "إذ", "و إذ")]
        verbs.append(f"{lemma}: {', '.join(pre)} / {', '.join(forms + ['و' + f for f in forms])}")
    for line in _NEEDS.strip().splitlines():
        head, comps = line.split("|")
        lemma, words = head.split(":")
        forms = _both(words.split())
        pre = [p + " " + f for f in forms for p in ("وإذ", "إذ")]
        needs.append(f"{lemma}: {', '.join(pre)} / {', '.join(forms)} | {comps}")
    for line in _PERFECT.strip().splitlines():
        lemma, words = line.split(":")
        pre = [p + " " + f for f in words.split() for p in ("وقد", "قد")]
        verbs.append(f"{lemma}: {', '.join(pre)} / -")
    for line in _NOUNS.strip().splitlines():
        lemma, words = line.split(":")
        pre = [p + f for f in words.split() for p in ("و", "")]
        verbs.append(f"{lemma}: {', '.join(pre)} / -")
    return "\n".join(verbs), "\n".join(needs), "\n".join(any_)


VERBS, NEEDS, _ = _build()

PRE = """
وإذ لا تزال; وإذ لا يزال; وإذ تظل; وإذ يظل; إذ لا تزال
"""

# "وإذ هي على بينة" (aware), "وإذ هي مقتنعة" (convinced): a pronoun and a predicate
ANY = """
aware: وإذ هي على بينة
convinced: وإذ هي مقتنعة, وإذ هو مقتنع
"""
POST = """
أيضا; كذلك; من جديد; مجددا; مرة أخرى; بقوة; بشدة; بوجه خاص; بصفة خاصة; منها; منه
منها أيضا; منها كذلك
"""
MANNER = """
مع التقدير; مع القلق; مع بالغ القلق; مع القلق الشديد; مع القلق البالغ; مع القلق المتجدد
بقلق; بقلق بالغ; بالغ القلق; بقلق شديد; بارتياح; مع الارتياح; باهتمام; مع الاهتمام; بتقدير
مع الأسف; بأسف; مع الامتنان; بامتنان; مع الترحيب; مع الانزعاج; بانزعاج
"""

OBJECTS = """
عن القلق; عن قلقها; عن قلقه; عن بالغ القلق; عن بالغ قلقها; عن بالغ قلقه; عن قلقها البالغ
عن قلقه البالغ; عن قلقها الشديد; عن قلقه الشديد; عن قلقه العميق; عن قلقها العميق
عن تقديرها; عن تقديره; عن امتنانها; عن امتنانه; عن ارتياحها; عن ارتياحه; عن تأييدها; عن تأييده
عن دعمها; عن دعمه; عن تضامنها; عن تضامنه; عن أسفها; عن أسفه; عن استيائه; عن استيائها
عن جزعه; عن الجزع; عن بالغ استيائه; عن استيائه الشديد; عن شكرها; عن شكره; عن التزامها
عن التزامه; عن القلق البالغ; عن تعازيها; عن تعازيه
"""

FORMULAS = {
    "GA": "إن الجمعية العامة",
    "HRC": "إن مجلس حقوق الإنسان",
    "SC": "إن مجلس الأمن",
    "ECOSOC": "إن المجلس الاقتصادي والاجتماعي",
}
BODIES = {
    "الجمعية العامة": "GA",
    "مجلس حقوق الإنسان": "HRC",
    "مجلس الأمن": "SC",
    "المجلس الاقتصادي والاجتماعي": "ECOSOC",
}
FORMULA_ARTICLE = True  # the formula is not the masthead's name: "L’Assemblée générale"
FORMULA_END = "[،,]"
# "16 كانون الأول/ديسمبر 2020": the Levantine and the Egyptian month names, both written
MONTHS = """كانون_الثاني/يناير شباط/فبراير آذار/مارس نيسان/أبريل أيار/مايو حزيران/يونيه
تموز/يوليه آب/أغسطس أيلول/سبتمبر تشرين_الأول/أكتوبر تشرين_الثاني/نوفمبر كانون_الأول/ديسمبر"""
DATE = r"(?P<d>\d{1,2})\s+(?P<m>MONTH)\s+(?P<y>\d{4})"

_UNITS = {
    "الأول": 1, "الأولى": 1, "الحادي": 1, "الحادية": 1, "الثاني": 2, "الثانية": 2,
    "الثالث": 3, "الثالثة": 3, "الرابع": 4, "الرابعة": 4, "الخامس": 5, "الخامسة": 5,
    "السادس": 6, "السادسة": 6, "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8,
    "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10,
}  # fmt: skip
_TENS = {
    "العشرون": 20, "العشرين": 20, "الثلاثون": 30, "الثلاثين": 30, "الأربعون": 40,
    "الأربعين": 40, "الخمسون": 50, "الخمسين": 50, "الستون": 60, "الستين": 60,
    "السبعون": 70, "السبعين": 70, "الثمانون": 80, "الثمانين": 80, "التسعون": 90,
    "التسعين": 90,
}  # fmt: skip


def ordinal(words: str) -> int | None:
    """ "الخامسة والسبعون" -> 75, "الرابعة والخمسين" -> 54, "الثالثة عشرة" -> 13."""
    parts = words.split()
    if len(parts) == 1:
        return _UNITS.get(parts[0]) or _TENS.get(parts[0])
    if len(parts) == 2 and parts[1].startswith("و") and parts[0] in _UNITS:
        tens = _TENS.get(parts[1][1:])
        return _UNITS[parts[0]] + tens if tens else None
    if len(parts) == 2 and parts[1] in ("عشر", "عشرة") and parts[0] in _UNITS:
        return 10 + _UNITS[parts[0]]
    return None


SESSION = r"(?:ال)?دورة\s+(?:الاستثنائية\s+)?(?:ال)?(?P<ord>\S+(?:\s+و\S+|\s+عشرة?)?)"
MEETING = r"الجلسة\s+(?:العامة\s+)?(?:\(المستأنفة\)\s+)?(?P<n>\d{1,4})"
ADOPTED = r"قرار اتخذ(?:ته|ه)\s+(?P<body>.+?)\s+في\s+(?P<date>.+)$"
AGENDA = r"(?:البند|البنود)\s+(?P<items>.+?)\s+من جدول الأعمال"
DISTRIBUTION = {"general": "General", "limited": "Limited", "restricted": "Restricted"}
ORIGIN = r"^\[\s*بناء على تقرير (?P<by>.+?)\s*\((?P<syms>.+)\)\s*\]$"
COMMITTEES = {
    "اللجنة الأولى": "First Committee",
    "اللجنة الثانية": "Second Committee",
    "اللجنة الثالثة": "Third Committee",
    "اللجنة الرابعة": "Fourth Committee",
    "اللجنة الخامسة": "Fifth Committee",
    "اللجنة السادسة": "Sixth Committee",
    "لجنة المسائل السياسية الخاصة وإنهاء الاستعمار": "Special Political and Decolonization Committee",
}
ANNEX = r"^(?:ال)?مرفق(?:ات)?(?:\s+\S+)?\W{0,3}$"
DRAFT = r"مشروع (?:قرار|مقرر)"

# -- mandates read as clauses (clausewise.enrich.mandates_clauses) ------------------------------
# where another operative verb may begin mid-sentence: "، وتطلب إلى", "؛ وتهيب", " وتشجع"
# (the verb takes "و" as a prefix, which the lead grammar reads with it)
CLAUSE_GAP = (
    r"(?:[,،;؛:]\s*|\s+)(?=و)"
    # (or a verb after a comma alone: "وإذ تسلم بأن ... مهم للغاية ...، تطلب إلى الأمين العام",
    # a "recognizing" clause, then the ask)
    r"|[،;؛]\s*(?=[تي])"
)
# the body's own session: "في دورتها السادسة والسبعين", "في دورته السابعة والخمسين"
# (the ordinal ends before a comma: "في دورتها الثامنة والسبعين، معلومات")
DUE = r"(?:في|خلال|إلى|قبل)\s+دورت(?:ها|ه)\s+(?P<ord>[^\s،,]+(?:\s+و[^\s،,]+|\s+عشرة?)?)"
REPORT = r"تقرير|إحاطة|معلومات"
REMAIN_SEIZED = (
    r"^\s*(?:\S+\s+)?(?:أن\s+)?(?:[تي]بقي|إبقاء|[تي]ظل)\s+(?:هذه\s+)?(?:المسألة|البند)\s+قيد"
)
CONTINUE = (
    r"^\s*(?:\S+\s+)?(?:مواصلة\s+النظر|أن\s+[تي]واصل\s+النظر|أن\s+[تي]درج\s+في\s+جدول\s+الأعمال\s+المؤقت|"
    r"إدراج\s+(?:هذا\s+البند\s+)?في\s+جدول\s+الأعمال\s+المؤقت|أن\s+[تي]نظر\s+(?:في\s+هذه\s+المسألة|خلال|في\s+دورت))"
)
# (a verb's prefix says whose act it is: "أن تنتخب" the Assembly (feminine), "أن ينتخب المؤتمر"
# another, masculine, body, which is asked: "[تي]" below is the body's own prefix, `OWN`)
OWN = {"GA": "ت", "HRC": "ي", "SC": "ي", "ECOSOC": "ي"}
SELF_EXECUTING = (
    r"^\s*(?:\S+\s+)?(?:أن\s+)?(?:[تي]عتمد|اعتماد|[تي]قسم|تقسيم|[تي]علن|إعلان|[تي]وافق|الموافقة|"
    r"[تي]حيط\s+علما|[تي]قر|إقرار|[تي]عين|تعيين|[تي]نتخب|انتخاب|[تي]منح|منح|[تي]ؤكد|تأكيد|"
    r"[تي]عدل|تعديل|[تي]رصد|رصد|[تي]خصص|تخصيص|[تي]أذن\s+بالدخول|[تي]ؤيد|تأييد|[تي]رحب|"
    r"[تي]عرب|[تي]شكر|[تي]سمي|تسمية)(?=\s|$)"
)
# an ask that names no one: "تدعو إلى تكثيف الجهود" (calls for), "تحث على التعجيل" (urges), "تشجع
# على تعبئة الموارد" (encourages): the verb goes straight on with its preposition (a request
# names its addressee with one: "تطلب إلى الأمين العام", so requests are not read so)
NO_ONE = (
    r"^\s*(?:(?:أيضا|كذلك|مجددا|من\s+جديد|في\s+هذا\s+الصدد|بقوة|بشدة)\s+)*(?:(?:إلى|على)\s|"
    # (or with what is to be done: "تشجع الجهود الرامية إلى", "توصي باتخاذ تدابير")
    # (not the efforts someone makes: "تشجع الجهود التي تبذلها الوكالة", English "encourages
    # the efforts of the Agency")
    r"(?:الجهود(?!\s+(?:المتواصلة\s+)?التي\s+[تي]بذل)|الجهد|مواصلة|استمرار|زيادة|تعزيز|اتخاذ|"
    r"المبادرات|التعاون|بذل)\s|"
    # (more of what is to be done, never whom: "تشجع التنفيذ الكامل لاتفاق", "تشجع استحداث تدابير",
    # "تشجع مزيدا من التصديق", "تشجع تبادل المعرفة", "تشجع جميع الجهود", "تشجع المساعي الجارية")
    r"(?:التنفيذ|استحداث|تبادل|البحوث|المساعي|العمل\s+على|الاستثمارات|مزيدا\s+من|"
    # (but not the efforts someone makes: "تشجع جميع الجهود التي تبذلها أفغانستان")
    r"(?:جميع|تلك|هذه)\s+الجهود(?!\s+التي\s+[تي]بذل))\s|"
    r"ب(?:اتخاذ|مواصلة|تكريس|زيادة|تعزيز|بذل)\s)"
)
# cooperation between named parties ("تشجع على استمرار التعاون بين إدارة التواصل العالمي
# واليونسكو") asks them, as English "Encourages cooperation between"
# (not between regions or sectors: "التعاون بين بلدان الشمال والجنوب", "فيما بين بلدان الجنوب",
# "بين القطاعين العام والخاص", "بين العلوم والسياسات": English "North-South cooperation",
# "public-private collaboration" name no one)
BETWEEN = (
    r"(?:^|\s)(?:بين|فيما\s+بين)\s+(?!بلدان\s+(?:الشمال|الجنوب)|الشمال|الجنوب|القطاعين|العلوم|"
    r"المناطق|الجنسين)"
)
NO_ONE_LEMMAS = "call invite encourage urge appeal recommend"
MANDATE_ACTORS = r"""
الأمين\s+العام = Secretary-General | secretariat
مفوضية\s+الأمم\s+المتحدة\s+السامية\s+لحقوق\s+الإنسان = Office of the United Nations High Commissioner for Human Rights | secretariat
مفوض(?:ة)?\s+الأمم\s+المتحدة\s+السامي(?:ة)?\s+لحقوق\s+الإنسان = United Nations High Commissioner for Human Rights | secretariat
المفوضية\s+السامية = Office of the United Nations High Commissioner for Human Rights | secretariat
المفوض(?:ة)?\s+السامي(?:ة)? = United Nations High Commissioner for Human Rights | secretariat
الأمانة\s+العامة = Secretariat | secretariat
رئيس(?:ة)?\s+الجمعية\s+العامة = President of the General Assembly | presiding_officer
رئيس(?:ة)?\s+مجلس\s+حقوق\s+الإنسان = President of the Human Rights Council | presiding_officer
الدول\s+الأعضاء = Member States | member_states
الدول\b = States | member_states
الحكومات\b = Governments | member_states
منظومة\s+الأمم\s+المتحدة = United Nations system | un_system
الوكالات\s+المتخصصة = specialized agencies | un_system
المنظمات\s+غير\s+الحكومية = non-governmental organizations | non_state
المجتمع\s+المدني = civil society | non_state
القطاع\s+الخاص = private sector | non_state
"""
# an ask restated by its noun after "تكرر", "تكرر تأكيد", "تجدد", "تشير إلى": "طلبها إلى الأمين
# العام" (its request to), "دعوتها الدول" (its call upon): the noun's verb asks
_AGAIN = r"(?:(?:تأكيد|أيضا|كذلك|في\s+هذا\s+الصدد|على)\s+)*"
RESTATED = {
    _AGAIN + r"(?:طلب(?:ها|ه)|الطلب)": "request",
    _AGAIN + r"(?:(?:دعوت|نداء|مناشدت)(?:ها|ه)|الدعوة|دعوة|النداء)": "call",
    _AGAIN + r"تشجيع(?:ها|ه)": "encourage",
    _AGAIN + r"حث(?:ها|ه)": "urge",
}
# an addressee named by a pronoun ("تحيط علما بتقرير الأمين العام، وتطلب إليه أن يقدم"): the
# actor named before it
PRONOUN = r"^\s*(?:أيضا\s+|كذلك\s+)?(?:إليه|إليها|إليهم|إليهما)(?=\s|$)"
# a request that names no one it is made to: it goes straight on with what is to be done
# ("تطلب تزويد جميع بعثات حفظ السلام بالموارد", "تطلب أن يتم تزويد": English "Requests that all
# peacekeeping missions be provided"), not with "إلى" (to), "من" (of), "أن" and a subject or
# where the request was made ("تكرر طلبها الوارد في الفقرة 40 ... أن يقدم الأمين العام")
UNADDRESSED = (
    # (the asides before it are skipped whole: "وتطلب في هذا الصدد إلى")
    r"^\s*(?:(?:أيضا|كذلك|مجددا|من\s+جديد|في\s+هذا\s+(?:الصدد|السياق)|على\s+وجه\s+الاستعجال|"
    r"بقوة|بشدة)\s+)*+"
    r"(?:أن\s+يتم\s|(?!إلى|إلي|من\s|منه|منها|منهم|أن\s|بأن\s|ب|ل|في\s|على\s|الوارد|الذي|السابق|الموجه)[\u0621-\u064a])"
)
# words between the joiner and the verb ("ولذلك تشجع مفوضية", "ومن ثم يشجع الدول", "وفي هذا الصدد
# تحث كذلك الدول"): therefore, in this regard
LEAD_PREFIX = (
    r"^\s*و?(?:لذلك|من\s+ثم|بالتالي|في\s+هذا\s+الصدد|في\s+هذا\s+السياق|عليه|لهذه\s+الغاية|"
    r"بالإضافة\s+إلى\s+ذلك)\s*،?\s+"
)
# a verb with its object as a suffix ("وتشجعها على", "وتدعوهم إلى", "ويشجعهما على"): the
# pronoun is whom it asks, the actor named before
ATTACHED = r"^(\S+?)(هما|هم|ها|ه)(?=[\s،,]|$)"
# a declaration in the first person ("وإننا نطلب إلى الأمين العام", "ونحن ندعو"): the verb's
# prefix "ن" (we) read as "ت" (she, the Assembly) for the lead grammar
WE = r"^\s*(?:و?إننا|و?نحن|و?إنا)\s+"
WE_GAP = r"(?<=[.])\s*(?=(?:و?إننا|و?نحن|و?إنا)\s)"


def third_person(rest: str) -> str:
    """The words after "إننا" with the verb's "ن" put as "ت", of the same length."""
    return re.sub(r"^(و?)ن", r"\1ت", rest, count=1)
