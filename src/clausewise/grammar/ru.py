"""Russian: the words of resolutions as the UN's Russian versions write them.

Paragraphs open in lower case, the preamble with a verbal adverb ("ссылаясь", "рассмотрев")
or "будучи" and a short participle ("будучи обеспокоена"), the operative part with a
present-tense verb ("просит"); manner goes before the verb ("с удовлетворением отмечает").
Verbs as "lemma: verbal adverb / 3rd person", the English lemma first.
"""

from __future__ import annotations

import re

CODE = "ru"
NAME = "русский"

VERBS = """
accept: принимая / принимает
acknowledge: признавая / признает
acknowledge: констатируя / констатирует
adopt: утверждая / утверждает
affirm: заявляя / заявляет
agree: соглашаясь / соглашается
allocate: ассигнуя / ассигнует
appeal: обращаясь / обращается
appoint: назначая / назначает
appreciate: высоко оценивая / высоко оценивает
approve: одобряя / одобряет
authorize: уполномочивая / уполномочивает
authorize: разрешая / разрешает
call: призывая / призывает
commend: воздавая должное / воздает должное
commend: отдавая должное / отдает должное
condemn: осуждая / осуждает
confirm: подтверждая / подтверждает
consider: считая / считает
consider: рассмотрев / -
continue: продолжая / продолжает
decide: постановляя / постановляет
decide: решив / решает
declare: объявляя / объявляет
declare: провозглашая / провозглашает
demand: требуя / требует
deplore: выражая сожаление / выражает сожаление
determine: определяя / определяет
emphasize: особо отмечая / особо отмечает
emphasize: особо подчеркивая / особо подчеркивает
emphasize: акцентируя / акцентирует
encourage: рекомендуя / рекомендует
encourage: поощряя / поощряет
encourage: высказываясь / высказывается
endorse: поддерживая / поддерживает
examine: изучив / изучает
express: выражая / выражает
guide: руководствуясь / руководствуется
highlight: особо указывая / особо указывает
invite: предлагая / предлагает
look: ожидая / ожидает
mindful: памятуя / -
note: отмечая / отмечает
note: указывая / указывает
pay: воздавая / воздает
proclaim: провозглашая / провозглашает
reaffirm: вновь подтверждая / вновь подтверждает
recall: ссылаясь / ссылается
recall: напоминая / напоминает
recognize: признавая / признает
recognize: учитывая / учитывает
recognize: сознавая / сознает
recognize: осознавая / осознает
recommend: рекомендуя / рекомендует
regret: сожалея / сожалеет
reiterate: вновь заявляя / вновь заявляет
reject: отвергая / отвергает
renew: возобновляя / возобновляет
request: прося / просит
request: поручая / поручает
seek: стремясь / стремится
stress: подчеркивая / подчеркивает
support: поддерживая / поддерживает
reiterate: повторяя / повторяет
express: испытывая / испытывает
share: разделяя / разделяет
commit: обязуясь / обязуется
oppose: возражая / возражает
appreciate: давая высокую оценку / дает высокую оценку
urge: настоятельно призывая / настоятельно призывает
welcome: приветствуя / приветствует
wish: желая / желает
grant: удовлетворяя / удовлетворяет
"""

NEEDS = """
take: принимая / принимает | к сведению; во внимание
underline: обращая, уделяя / обращает, уделяет | особое внимание; внимание
support: выступая / выступает | за; в поддержку; против
concerned: будучи / - | ADJ; преисполнена решимости; преисполнен решимости; исполнена решимости
"""

ADJECTIVES = """
concerned: обеспокоен озабочен встревожен
convinced: убежден
guided: вдохновлен
alarmed: потрясен
determined: преисполнен
committed: привержен
aware: осведомлен
encouraged: воодушевлен
disappointed: разочарован
outraged: возмущен
gratified: удовлетворен
"""

PRE = """
также; далее; вновь; еще раз; снова
глубоко; серьезно; решительно; твердо; настоятельно; особо; высоко; торжественно; убедительно
самым решительным образом; самым настоятельным образом; в частности; в этой связи; неизменно
углубленно; полностью; искренне; категорически; безоговорочно; крайне; по-прежнему
надлежащим образом; также особо
"""
POST = """
также; далее; вновь; еще раз
"""

MANNER = """
с удовлетворением; с признательностью; с обеспокоенностью; с озабоченностью; с тревогой
с интересом; с сожалением; с благодарностью; с одобрением; с беспокойством; c удовлетворением
с уважением; c озабоченностью; c обеспокоенностью; c признательностью
с глубокой обеспокоенностью; с большой обеспокоенностью; с серьезной обеспокоенностью
"""
MANNER_PREPS = "с c"
MANNER_MODS = "глубокой большой серьезной особой растущей глубоким большим серьезным особым"
MANNER_NOUNS = """
уважением удовлетворением признательностью обеспокоенностью озабоченностью тревогой интересом сожалением
благодарностью одобрением беспокойством
"""

OBJECTS = """
обеспокоенность; озабоченность; признательность; сожаление; удовлетворение; тревогу; благодарность
глубокую обеспокоенность; серьезную обеспокоенность; глубокую озабоченность; серьезную озабоченность
свою признательность; свою благодарность; свою обеспокоенность; свою озабоченность; свою поддержку
свою приверженность; свою глубокую обеспокоенность; свою серьезную обеспокоенность
глубокое сожаление; свое глубокое сожаление; о своей поддержке; о своей приверженности
с призывом; с просьбой; свою надежду; серьезную обеспокоенность; глубокую озабоченность
"""

FORMULAS = {
    "GA": "Генеральная Ассамблея",
    "HRC": "Совет по правам человека",
    "SC": "Совет Безопасности",
    "ECOSOC": "Экономический и Социальный Совет",
}
BODIES = {
    "Генеральная Ассамблея": "GA",
    "Генеральной Ассамблеей": "GA",
    "Совет по правам человека": "HRC",
    "Советом по правам человека": "HRC",
    "Совет Безопасности": "SC",
    "Экономический и Социальный Совет": "ECOSOC",
}
FORMULA_END = ","
MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
DATE = r"(?P<d>\d{1,2})\s+(?P<m>MONTH)\s+(?P<y>\d{4})(?:\s+года)?"

_UNITS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
    "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
    "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16,
    "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30,
    "сороков": 40, "пятидесят": 50, "шестидесят": 60, "семидесят": 70, "восьмидесят": 80,
    "девяност": 90, "сот": 100,
}  # fmt: skip
_TENS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
}  # fmt: skip
_ENDINGS = (
    "ая",
    "ой",
    "ую",
    "ий",
    "ый",
    "ое",
    "ого",
    "ому",
    "ом",
    "ей",
    "ья",
    "ьей",
    "ью",
    "ье",
    "ьего",
    "ьем",
)


def ordinal(words: str) -> int | None:
    """ "семьдесят пятая" -> 75, "семьдесят третьей" -> 73, "пятьдесят четвертой" -> 54."""
    parts = [p for p in re.split(r"[-\s]+", words.strip().lower()) if p]
    if not parts:
        return None
    total = 0
    if len(parts) == 2:
        if parts[0] not in _TENS:
            return None
        total = _TENS[parts[0]]
        parts = parts[1:]
    if len(parts) != 1:
        return None
    word = parts[0].replace("ё", "е")
    for end in sorted(_ENDINGS, key=len, reverse=True):
        if word.endswith(end) and word[: -len(end)] in _UNITS:
            value = _UNITS[word[: -len(end)]]
            return total + value if (total == 0 or value < 10) else None
    return None


def agree(adjective: str) -> list[str]:
    """Short participles: обеспокоен (the Council), обеспокоена (the Assembly), обеспокоены."""
    return [adjective, adjective + "а", adjective + "ы", adjective + "о"]


SESSION = r"(?P<ord>[а-яё]+(?:\s+[а-яё]+)?)\s+(?:специальн\w+\s+|чрезвычайн\w+\s+)?сесси[яиюей]"
MEETING = r"(?P<n>\d{1,4})\s?[-‑–]\s?[еeм]\s+(?:\([^)]{1,30}\)\s+)?(?:пленарное\s+)?заседание"
ADOPTED = r"Резолюция,?\s+принятая\s+(?P<body>.+?)\s+(?P<date>\d.+)$"
AGENDA = r"Пункты?\s+(?P<items>.+?)\s+повестки дня"
DISTRIBUTION = {"general": "General", "limited": "Limited", "restricted": "Restricted"}
ORIGIN = r"^\[\s*по докладу (?P<by>.+?)\s*\((?P<syms>.+)\)\s*\]$"
COMMITTEES = {
    "Первый комитет": "First Committee",
    "Второй комитет": "Second Committee",
    "Третий комитет": "Third Committee",
    "Четвертый комитет": "Fourth Committee",
    "Пятый комитет": "Fifth Committee",
    "Шестой комитет": "Sixth Committee",
    "Первого комитета": "First Committee",
    "Второго комитета": "Second Committee",
    "Третьего комитета": "Third Committee",
    "Четвертого комитета": "Fourth Committee",
    "Пятого комитета": "Fifth Committee",
    "Шестого комитета": "Sixth Committee",
    "Комитет по специальным политическим вопросам и вопросам деколонизации": (
        "Special Political and Decolonization Committee"
    ),
    "Комитета по специальным политическим вопросам и вопросам деколонизации": (
        "Special Political and Decolonization Committee"
    ),
}
ANNEX = r"^Приложени[ея](?:\s+([IVXLC]{1,6}|\d{1,2}|[A-ZА-Я]))?\W{0,3}$"
DRAFT = r"проект (?:резолюции|решения)"

# -- mandates read as clauses (clausewise.enrich.mandates_clauses) ------------------------------
# where another operative verb may begin mid-sentence: ", и просит", "; призывает", " и
# рекомендует", ", а также предлагает"
CLAUSE_GAP = (
    r"(?:[,;:]\s+(?:и\s+|а\s+также\s+)?|\s+и\s+)"
    # (a "therefore" between the joiner and the verb: "..., и поэтому рекомендует Управлению",
    # "и в связи с этим самым настоятельным образом призывает государства", "и с этой целью
    # просит Департамент", "и в этом контексте призывает все государства-члены")
    r"(?:(?:поэтому|в\s+связи\s+с\s+этим|соответственно|с\s+этой\s+целью|в\s+этом\s+контексте)"
    r"\s+)?"
)
# the body's own session: "на своей семьдесят шестой сессии", "Совету на его пятьдесят седьмой
# сессии", "к своей семьдесят седьмой сессии"
DUE = r"\b(?:на|к)\s+(?:своей|ее|её|его)\s+(?P<ord>[а-яё]+(?:\s+[а-яё]+)?)\s+сесси"
REPORT = r"\bдоклад|\bотч[её]т|\bинформаци"
# what a decision says when it keeps the matter or puts it on the agenda (the body's own agenda)
REMAIN_SEIZED = (
    r"^\s*(?:\w+\s+)?(?:продолжать|оставаться)\s+(?:активно\s+)?заниматься\s+(?:этим|данным)"
)
CONTINUE = (
    r"^\s*(?:\w+\s+)?(?:продолжить\s+(?:рассмотрение|изучение)|рассмотреть\s+(?:этот|данный)\s+вопрос|"
    r"включить\s+в\s+предварительную\s+повестку|вернуться\s+к\s+рассмотрению\s+(?:этого|данного)\s+вопроса|"
    r"рассмотреть\s+на\s+своей)"
)
# decisions done when adopted: approving, proclaiming, appropriating, apportioning ...
SELF_EXECUTING = (
    r"^\s*(?:\w+\s+)?(?:не\s+(?:утверждать|учреждать|одобрять)|утвердить|одобрить|принять(?!\s+меры)|провозгласить|объявить|назначить|"
    r"избрать|предоставить|подтвердить|изменить|переименовать|вновь\s+подтвердить|отметить|"
    r"ассигновать|(?:пропорционально\s+)?распределить|начислить|пересмотреть|признать|выразить|"
    r"поблагодарить|присоединиться|поддержать|приветствовать|учредить\s+должность)\b"
    # (after an aside of sums: "постановляет, с учетом суммы ..., уже распределенной ...,
    # пропорционально распределить")
    r"|^[^;]*,\s+(?:пропорционально\s+)?(?:распределить|ассигновать)\b"
)
# an ask that names no one: the verb goes straight on with what is to be done ("призывает
# поощрять ...", "рекомендует продолжать ...") or with what it is for ("призывает к
# прекращению ...", "высказывается за ..."), not "к тому, чтобы государства ..."
NO_ONE = (
    r"^\s*(?:(?:в\s+этой\s+связи|в\s+этом\s+контексте|также|далее|вновь|впредь|и\s+далее|"
    r"и\s+дальше|срочно|безотлагательно|незамедлительно|еще\s+более|"
    # (how it is to be done, before what: "призывает немедленно прекратить", "как можно скорее
    # созвать", "рекомендует по возможности включать", "полностью выполнить", "шире
    # использовать"; "обращается с призывом предотвратить")
    r"как\s+можно\s+скорее|по\s+возможности|в\s+полной\s+мере|полностью|шире|и\s+впредь|"
    r"в\s+соответствующих\s+случаях|сообразно\s+обстоятельствам|при\s+необходимости|"
    r"с\s+призывом|[а-яё]{4,}(?:нно|вно|льно|тно|чно|ерно|дно))\s*,?\s+)*"
    r"(?:(?!(?:печать|путь|сеть|треть|пять|мать|власти|части|сети|области)\b)[а-яё]+(?:[аяеиоуыю]ть|ти|чь)(?:ся|сь)?\b|"
    r"(?:к|ко|за)\s+(?!тому,?\s+чтобы)|"
    # (or with what is to be done, as a noun: "поощряет усилия по ...", "принятие во внимание")
    r"(?:(?:все|всех|дальнейшие|[а-яё-]+(?:ую|ые))\s+)*"
    r"(?:усили\w+|принятие|развитие|сотрудничество|использование|продолжение|осуществление|"
    r"проведение|создание|укрепление|расширение|участие|инициативы|работу|деятельность|меры|"
    r"процесс|вниманию|разработку)\b|"
    # ("требует немедленного освобождения": what is demanded, in the genitive, of no one named)
    # (not the actors so spelt: "призывает учреждения, фонды и программы")
    r"(?:[а-яё]+(?:ого|его)\s+)?(?!учреждени|подразделени|управлени|объединени|отделени)"
    r"[а-яё]+(?:ения|ания|тия)\b)"
)
# an ask put as "that ..." ("настоятельно призывает к тому, чтобы при их выполнении
# учитывались ...", "чтобы при ... было"): one whose subject is not named first (a preposition
# or a verb follows "чтобы") asks someone only if it names them
THAT = (
    r"^\s*(?:\S+\s+)?(?:к\s+тому,?\s+)?чтобы\s+(?:при|в|во|на|по|для|с|со|было|были|был|была|"
    r"[а-яё]+(?:лись|лось|лась|лся|ли|ло|ла|л))\b"
)
# cooperation between named parties ("рекомендует продолжать сотрудничество между
# Департаментом и структурами ...") asks them, as English "Encourages cooperation between"
# (not between sectors or fields: "между государственным и частным секторами", "между наукой и
# политикой" name no one, English "public-private collaboration", "science-policy interface")
BETWEEN = r"\bмежду\s+(?!государственным\s+и\s+частным|наукой)"
# what "supports" asks when it is the doers' efforts, initiatives or cooperation it supports
# ("поддерживает дальнейшие усилия государств-участников", "приветствует и поддерживает тесное
# сотрудничество между ...": English "supports further efforts by", "welcomes and encourages the
# close collaboration among"), read only where the doers are named (`mandates_clauses`)
SUPPORTED = (
    r"^\s*(?:(?:все|всех|дальнейшие|продолжающиеся|[а-яё-]+(?:ую|ое|ие|ые))\s+)*"
    r"(?:усилия|инициатив\w*|сотрудничество|работу)\b"
)
# what an asking verb offers, not asks: "предлагает вниманию правительства ... выводы" (English
# "Commends ... to the Government ... for appropriate action")
NOT_ASKING = r"^\s*вниманию\b"
# an ask that goes on: "продолжает призывать", "и продолжает поощрять" (English "continues to
# encourage"): the infinitive's lemma
CONTINUED = {
    r"(?:и\s+)?(?:впредь\s+)?настоятельно\s+призывать": "urge",
    r"(?:и\s+)?(?:впредь\s+)?призывать": "call",
    r"(?:и\s+)?(?:впредь\s+)?поощрять": "encourage",
    r"(?:и\s+)?(?:впредь\s+)?рекомендовать": "encourage",
    r"(?:и\s+)?(?:впредь\s+)?просить": "request",
    r"(?:и\s+)?(?:впредь\s+)?предлагать": "invite",
    # (read as "поддерживает" is: an ask only of the doers named, `SUPPORTED`)
    r"(?:и\s+)?(?:впредь\s+)?поддерживать": "support",
}
# ("обращается к Генеральному секретарю с просьбой": an appeal names whom it asks with "к")
NO_ONE_LEMMAS = "call invite encourage urge recommend request demand authorize"
# the actors a clause may ask, in the case forms the texts use, as the English reading names them
# (each from a word's start: "правительств" is not in "неправительственным")
MANDATE_ACTORS = r"""
\bГенеральн\w+\s+секретар\w+ = Secretary-General | secretariat
\bУправлени\w+\s+Верховного\s+комиссара\s+Организации\s+Объединенных\s+Наций\s+по\s+правам\s+человека = Office of the United Nations High Commissioner for Human Rights | secretariat
\bВерховн\w+\s+комиссар\w*\s+Организации\s+Объединенных\s+Наций\s+по\s+правам\s+человека = United Nations High Commissioner for Human Rights | secretariat
\bУправлени\w+\s+Верховного\s+комиссара = Office of the United Nations High Commissioner for Human Rights | secretariat
\bВерховн\w+\s+комиссар\w* = United Nations High Commissioner for Human Rights | secretariat
\bСекретариат\w* = Secretariat | secretariat
\bПредседател\w+\s+Генеральной\s+Ассамблеи = President of the General Assembly | presiding_officer
\bПредседател\w+\s+Совета\s+по\s+правам\s+человека = President of the Human Rights Council | presiding_officer
\bгосударств\w*[-‑]член\w* = Member States | member_states
\bгосударств\w* = States | member_states
\bправительств\w* = Governments | member_states
\bсистем\w+\s+Организации\s+Объединенных\s+Наций = United Nations system | un_system
\b(?:учреждени\w+|подразделени\w+|организаци\w+)\s+системы\s+Организации\s+Объединенных\s+Наций = United Nations system | un_system
\bспециализированн\w+\s+учреждени\w+ = specialized agencies | un_system
\bнеправительственн\w+\s+организаци\w+ = non-governmental organizations | non_state
\bгражданск\w+\s+обществ\w* = civil society | non_state
\bчастн\w+\s+сектор\w* = private sector | non_state
\bмеждународн\w+\s+сообществ\w* = international community | member_states
\bсредств\w*\s+массовой\s+информации = media | non_state
"""
# an ask restated by its noun after "вновь подтверждает", "напоминает", "повторяет": "свою
# просьбу к Генеральному секретарю", "свой призыв ко всем государствам" (English
# "Reiterates its request"): the noun's verb asks
RESTATED = {
    r"(?:о\s+)?сво(?:ю|ей)\s+просьб\w*": "request",
    r"(?:о\s+)?сво(?:й|ем)\s+призыв\w*": "call",
    r"(?:о\s+)?сво(?:е|ем)\s+предложени\w*": "invite",
}
# an addressee named by a pronoun ("принимает к сведению доклад Генерального секретаря и просит
# его представить"): the actor named before it
PRONOUN = r"^\s*(?:также\s+|в\s+этой\s+связи\s+)?(?:его|ее|её|их|ему|ей|им)\b"
# a declaration in the first person ("Мы просим Генерального секретаря", "... в киберпространстве.
# Мы призываем Генерального секретаря"): where a sentence opens with "we", and the verb put in
# the third person for the lead grammar ("просим" -> "просит", "призываем" -> "призывает")
WE = r"^\s*(?:и\s+)?[Мм]ы\s+"
WE_GAP = r"(?<=[.!])\s+(?=(?:и\s+)?[Мм]ы\s)"


def third_person(rest: str) -> str:
    """The words after "мы" with the first verb in the third person, of the same length."""
    return re.sub(r"^((?:[а-яё]+\s+){0,2}?[а-яё]+[еи])м\b", r"\1т", rest, count=1)
