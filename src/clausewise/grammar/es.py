"""Spanish: the words of resolutions as the UN's Spanish versions write them.

Verbs as "lemma: gerund / 3rd person" (Recordando / Recuerda), the English lemma first;
adjectives in the masculine singular, their agreement generated ("Preocupada" for the
Assembly, "Preocupado" for the Council).
"""

from __future__ import annotations

import re
from functools import cache

CODE = "es"
CAPITAL = True  # a lead opens with a capital letter
NAME = "español"

VERBS = """
accept: aceptando / acepta
acknowledge: reconociendo / reconoce
adopt: adoptando, aprobando / adopta, aprueba
affirm: afirmando / afirma
agree: conviniendo / conviene
allocate: asignando / asigna
appeal: haciendo un llamamiento / hace un llamamiento
appoint: nombrando / nombra
appreciate: apreciando, valorando / aprecia, valora
authorize: autorizando / autoriza
call: exhortando / exhorta
call: pidiendo / pide
celebrate: celebrando / celebra
commemorate: conmemorando / conmemora
commend: encomiando / encomia
commend: felicitando / felicita
commend: elogiando / elogia
commit: comprometiéndose / se compromete
concur: coincidiendo / coincide
condemn: condenando / condena
confirm: confirmando / confirma
consider: considerando / considera
consider: estimando / estima
consider: creyendo / cree
continue: continuando, siguiendo / continúa, sigue
decide: decidiendo / decide
decide: resolviendo / resuelve
declare: declarando / declara
demand: exigiendo / exige
deplore: deplorando / deplora
determine: determinando / determina
emphasize: poniendo de relieve / pone de relieve
emphasize: recalcando / recalca
encourage: alentando, animando / alienta, anima
endorse: haciendo suyas, haciendo suyo, haciendo suya, haciendo suyos / hace suyas, hace suyo, hace suya, hace suyos
endorse: respaldando / respalda
express: expresando / expresa
express: manifestando / manifiesta
guide: guiándose / se guía
highlight: resaltando / resalta
invite: invitando / invita
look: aguardando / aguarda
note: observando / observa
note: haciendo notar / hace notar
note: señalando / señala
note: constatando / constata
pay: rindiendo homenaje / rinde homenaje
proclaim: proclamando / proclama
promote: promoviendo / promueve
propose: proponiendo / propone
reaffirm: reafirmando / reafirma
reaffirm: reconfirmando / reconfirma
recall: recordando / recuerda
recall: haciendo referencia / hace referencia
recognize: reconociendo / reconoce
recommend: recomendando / recomienda
regret: lamentando / lamenta
reiterate: reiterando / reitera
reject: rechazando / rechaza
renew: renovando / renueva
request: solicitando / solicita
request: pidiendo / pide
resolve: resolviendo / resuelve
review: examinando / examina
share: compartiendo / comparte
stress: destacando / destaca
stress: subrayando / subraya
strengthen: reforzando / refuerza
suggest: sugiriendo / sugiere
support: apoyando / apoya
take: teniendo en cuenta / tiene en cuenta
thank: agradeciendo / agradece
understand: comprendiendo / comprende
urge: instando / insta
welcome: acogiendo con beneplácito / acoge con beneplácito
welcome: acogiendo con agrado / acoge con agrado
welcome: acogiendo con satisfacción / acoge con satisfacción
welcome: acogiendo con aprecio / acoge con aprecio
welcome: acogiendo favorablemente / acoge favorablemente
welcome: saludando / saluda
wish: deseando / desea
honour: honrando / honra
respect: respetando / respeta
promise: prometiendo / promete
pay: prestando / presta
appropriate: consignando / consigna
review: revisando / revisa
oppose: oponiéndose / se opone
stress: haciendo hincapié / hace hincapié
"""

NEEDS = """
take: tomando / toma | nota; en consideración; conocimiento
bear: teniendo / tiene | presente; presentes; en cuenta; en consideración
consider: habiendo / - | examinado; considerado; estudiado; recibido; escuchado; tomado nota; adoptado; decidido; examinado también
consider: partiendo / - | de
express: mostrándose, declarándose / se muestra, se declara | ADJ
recognize: siendo / es | ADJ
concerned: siguiendo / sigue | ADJ
concerned: viéndose / se ve | ADJ
appeal: haciendo / hace | un llamamiento; un encarecido llamamiento; un firme llamamiento; un llamamiento urgente
"""

ADJECTIVES = """
mindful: consciente conocedor
concerned: preocupado inquieto
convinced: convencido persuadido
guided: guiado inspirado
alarmed: alarmado
determined: decidido resuelto determinado
committed: comprometido
encouraged: alentado
disappointed: decepcionado
desirous: deseoso
outraged: indignado
shocked: consternado
gratified: satisfecho complacido
saddened: entristecido
"""

PRE = """
también; además; asimismo; igualmente; nuevamente; de nuevo; una vez más; otra vez
profundamente; gravemente; seriamente; sumamente; muy; firmemente; enérgicamente; encarecidamente
vivamente; particularmente; especialmente; sinceramente; plenamente; decididamente; resueltamente
solemnemente; fuertemente; en particular; por otra parte; finalmente; debidamente
"""

MANNER = """
con aprecio; con preocupación; con satisfacción; con reconocimiento; con interés; con pesar
con gratitud; con beneplácito; con inquietud; con alarma; con agrado; con tristeza
"""
MANNER_PREPS = "con"
MANNER_ARTICLES = "una un"
MANNER_MODS = "gran profunda grave seria honda especial suma creciente particular profundo sincero"
MANNER_NOUNS = """
aprecio preocupación satisfacción reconocimiento interés pesar gratitud beneplácito inquietud
alarma agrado tristeza consternación indignación
"""

OBJECTS = """
preocupación; su preocupación; su profunda preocupación; su grave preocupación; gran preocupación
grave preocupación; profunda preocupación; seria preocupación; su seria preocupación
reconocimiento; su reconocimiento; aprecio; su aprecio; su gratitud; gratitud; su satisfacción
su apoyo; su compromiso; su adhesión; su solidaridad; su firme compromiso; su exhortación
su invitación; su petición; la solicitud; su condena; su profundo pesar; su pesar; su agradecimiento
sus condolencias; su determinación; su convicción; su esperanza; su inquietud
"""

FORMULAS = {
    "GA": "La Asamblea General",
    "HRC": "El Consejo de Derechos Humanos",
    "SC": "El Consejo de Seguridad",
    "ECOSOC": "El Consejo Económico y Social",
}
BODIES = {
    "Asamblea General": "GA",
    "Consejo de Derechos Humanos": "HRC",
    "Consejo de Seguridad": "SC",
    "Consejo Económico y Social": "ECOSOC",
}
FORMULA_ARTICLE = True  # the formula is not the masthead's name: "L’Assemblée générale"
FORMULA_END = ","
MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
# "16 de diciembre de 2020"
DATE = r"(?P<d>\d{1,2})\s+de\s+(?P<m>MONTH)\s+de\s+(?P<y>\d{4})"

_UNITS = {
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
    "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
    "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
    "noveno": 9, "novena": 9,
}  # fmt: skip
_TENS = {
    "décimo": 10, "décima": 10, "vigésimo": 20, "vigésima": 20, "trigésimo": 30,
    "trigésima": 30, "cuadragésimo": 40, "cuadragésima": 40, "quincuagésimo": 50,
    "quincuagésima": 50, "sexagésimo": 60, "sexagésima": 60, "septuagésimo": 70,
    "septuagésima": 70, "octogésimo": 80, "octogésima": 80, "nonagésimo": 90,
    "nonagésima": 90, "centésimo": 100, "centésima": 100, "undécimo": 11, "duodécimo": 12,
}  # fmt: skip


def ordinal(words: str) -> int | None:
    """ "septuagésimo quinto" -> 75, "quincuagésimo cuarto" -> 54, "décimo" -> 10."""
    parts = [p for p in re.split(r"[-\s]+", words.strip().lower()) if p]
    if not parts:
        return None
    total = 0
    for k, p in enumerate(parts):
        if p in _TENS and k == 0:
            total += _TENS[p]
        elif p in _UNITS and k == len(parts) - 1:
            total += _UNITS[p]
        else:
            return None
    return total


def agree(adjective: str) -> list[str]:
    a = adjective
    if a.endswith("o"):
        return [a, a[:-1] + "a", a + "s", a[:-1] + "as"]
    if a.endswith("or"):
        return [a, a + "a", a + "es", a + "as"]
    return [a, a + "s"]


SESSION = r"(?P<ord>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+período\s+(?:extraordinario\s+)?de\s+sesiones"
MEETING = (
    r"(?:(?P<n>\d{1,4})\s?(?:a|ª|°|º)\.?\s+sesión(?:\s+plenaria)?|[^\W\d_]+\s+sesión\s+plenaria)"
)
ADOPTED = r"Resolución aprobada por (?:la |el )(?P<body>.+?) el (?P<date>.+)$"
AGENDA = r"Temas?\s+(?P<items>.+?)\s+del programa"
DISTRIBUTION = {"general": "General", "limitada": "Limited", "reservada": "Restricted"}
ORIGIN = r"^\[\s*sobre la base del informe de la (?P<by>.+?)\s*\((?P<syms>.+)\)\s*\]$"
COMMITTEES = {
    "Primera Comisión": "First Committee",
    "Segunda Comisión": "Second Committee",
    "Tercera Comisión": "Third Committee",
    "Cuarta Comisión": "Fourth Committee",
    "Quinta Comisión": "Fifth Committee",
    "Sexta Comisión": "Sixth Committee",
    "Comisión Política Especial y de Descolonización": (
        "Special Political and Decolonization Committee"
    ),
}
ANNEX = r"^Anexos?(?:\s+([IVXLC]{1,6}|\d{1,2}|[A-Z]))?\W{0,3}$"
DRAFT = r"proyecto de (?:resolución|decisión)"

# -- mandates: who is asked to do what, by when (clausewise.enrich.mandates_lang) ------------------
# "Solicita al Secretario General que presente", "Invita a los Estados a que consideren",
# "Exhorta a los Estados a adoptar"
ACTION_MARK = r"\bque\b\s*|\ba\s+que\b\s*|\ba\s+(?=(?-i:[a-záéíóúñ]+)(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b)"
# a second action: ", y que incluya", "; a que", " y a adoptar" (bare "y": cut only when the
# first action has words of its own, as in English)
_ASIDE_OPEN = (
    r"(?:(?:a\s+este\s+respecto|a\s+tal\s+fin|según\s+proceda|cuando\s+proceda|en\s+particular|"
    r"entre\s+otras\s+cosas|además|asimismo|también)\s*,?\s*)?"
)
NEXT_ACTION = (
    rf"(?:[,;]\s*(?:[ye]\b\s*,?\s*|así\s+como\s+)?|\s+[ye]\b\s*,?\s*){_ASIDE_OPEN}"
    r"(?=(?:que|a\s+que)\s+(?:le\s+|les\s+|lo\s+|la\s+|se\s+|no\s+)?[^\W\d_]+(?:e|en|a|an)\b"
    r"|a\s+[^\W\d_]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b)"
    # "y que, a este respecto, evite", "y que en su septuagésimo sexto período de sesiones la
    # informe": after "y" or ";" only (", que, de otro modo," is a relative clause)
    rf"|(?:(?:[,;]\s*|\s+)[ye]\b\s*,?\s*|;\s*){_ASIDE_OPEN}(?=(?:a\s+)?que\s*(?:,|en\s+su\b))"
)
JOINED = r"^\s*(?:;|,?\s*(?:[ye]|así\s+como)\b)"
# after these a further "y que" / "y a que" goes on with the purpose ("a fin de que ... y
# que"); not after "para", which says what for as English's bare "to" does ("a que sigan
# promoviendo la reconciliación para hacer realidad la paz ... y a que alienten", English "to
# further promote reconciliation to help ensure ... and to encourage": paragraphs agreeing
# 7231 -> 7252 of 8138)
PURPOSE = (
    r"\b(?:a\s+fin\s+de|con\s+miras\s+a|con\s+el\s+(?:fin|objeto)\s+de|de\s+(?:modo|"
    r"manera|forma)\s+que)\s"
)
GOVERNED = (
    r"\b(?:esfuerzos?|medidas|medios|capacidad(?:es)?|posibilidad(?:es)?|necesidad|estrategias|"
    r"planes|políticas|iniciativas|programas|compromisos?|necesari[oa]s?|formas|maneras)\s+"
    r"(?:para|de|a)\s+[^\W\d_]+(?:ar|er|ir)\b[^,;]*$"
)
# the delivery of what the action before made, no action of its own (as English "to prepare
# a report and to submit it"): "y lo presente", "y que presente el informe", "y le transmita
# sus conclusiones"
DELIVERY = (
    r"\s*(?:(?:a\s+)?que\s+)?(?:(?:lo|la|los|las)\s+|(?:se|le|les)\s+(?:lo|la|los|las)\s+)"
    r"(?:presente|presenten|someta|sometan|transmita|transmitan|distribuya|distribuyan|difunda|"
    r"difundan)\b|\s*(?:(?:a\s+)?que\s+)?(?:le\s+|les\s+)?(?:presente|presenten|someta|sometan|"
    r"transmita|transmitan|distribuya|distribuyan)\s+(?:el\s+informe|ese\s+informe|los\s+"
    r"resultados|el\s+resumen)\b"
)
LIGHT = "que a y e no se le les lo la los las seguir continuar"
# content words an action needs before a bare " y que" starts another (Spanish repeats "que"
# about as seldom as English repeats "to": 2, as English; 3 or more agree less)
BARE_CONTENT = 2
CLITIC_LEAD = r"(?:los|las|les|lo|la|le)\s+(?=[^\W\d_])"
SELF_EXECUTING = (
    r"^\s*(?:\w+\s+)?(?:aprobar|adoptar|hacer\s+suy[oa]s?|respaldar|proclamar|declarar|designar|"
    r"tomar\s+nota|acoger|elegir|admitir|otorgar|conceder|aceptar|confirmar|enmendar|modificar|"
    r"cambiar\s+el\s+nombre|reafirmar|recordar|observar|conmemorar|reconocer|expresar|agradecer|"
    r"sumarse|adherirse|apoyar|revisar|consignar|prorratear|acreditar|asignar|abrir)\b"
)
# ("e" before an i: "e invita"; an adverbial between "y" and the verb: "y a este respecto
# exhorta", "y en este sentido alienta")
CLAUSE_GAP = (
    r"(?:[,;:]\s+(?:[ye]\s+|así\s+como\s+)?|\s+[ye]\s+|\s+por\s+lo\s+que\s+|\s+al\s+tiempo\s+que\s+)(?:(?:a\s+(?:este|ese|tal)\s+(?:respecto|"
    r"efecto|fin)|a\s+(?:estos|esos|tales)\s+(?:fines|efectos)|en\s+(?:este|ese)\s+(?:sentido|"
    r"contexto)|por\s+(?:ende|consiguiente|lo\s+tanto|ello)|al\s+respecto|por\s+otra\s+parte|"
    r"por\s+lo\s+que|al\s+tiempo\s+que)"
    r"\s*,?\s+)?"
)
CALL_NAMES = (
    r"^\s*(?:,[^,;]{1,200},\s*)?(?:encarecidamente\s+|nuevamente\s+|también\s+|además\s+"
    r"|una\s+vez\s+más\s+|\w+mente\s+)*a(?:l)?\b"
)
# an ask restated by its noun: "Reitera su exhortación a", "reitera su petición al
# Secretario General de que", "Reitera su invitación a": the verb the noun stands for (its
# English lemma)
RESTATED = {
    "exhortación": "call", "llamamiento": "call", "petición": "request", "solicitud": "request",
    "invitación": "invite", "aliento": "encourage", "exigencia": "demand",
}  # fmt: skip
RESTATED_OPEN = r"^\s*(?:\w+\s+)?(?:su|sus|la|el)\s+(?:\w+\s+)?"
REMAIN_SEIZED = r"^\s*(?:\w+\s+)?seguir\s+ocupándose"
CONTINUE = (
    r"^\s*(?:\w+\s+)?(?:seguir\s+examinando|continuar\s+(?:el\s+)?examen|incluir\s+en\s+el\s+"
    r"programa|examinar\s+(?:la\s+cuestión|esta\s+cuestión)|incluir\s+(?:el\s+tema|la\s+cuestión))"
)
DECIDE_ACTS = r"^\s*(?:,[^;]{1,250}?,\s*)?(?:\w+\s+)?(?:que[\s,]|[^\W\d_]+(?:ar|er|ir)(?:se)?\b)"
DUE = (
    r"\ben\s+(?:su|el)\s+(?P<ord>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+período\s+(?:extraordinario\s+)?de"
    r"\s+sesiones\b"
)
REPORT = r"\binform\w*|\bpresent\w+|\bpresente\b"
ADDRESSEES = """
Secretario General = Secretary-General | secretariat
Alto Comisionado de las Naciones Unidas para los Derechos Humanos = United Nations High Commissioner for Human Rights | secretariat
Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos = Office of the United Nations High Commissioner for Human Rights | secretariat
Alta Comisionada de las Naciones Unidas para los Derechos Humanos = United Nations High Commissioner for Human Rights | secretariat
Alto Comisionado de las Naciones Unidas para los Refugiados = United Nations High Commissioner for Refugees | un_system
Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados = Office of the United Nations High Commissioner for Refugees | un_system
Oficina del Alto Comisionado = Office of the United Nations High Commissioner for Human Rights | secretariat
Alto Comisionado = United Nations High Commissioner for Human Rights | secretariat
Secretaría = Secretariat | secretariat
Departamento de Comunicación Global = Department of Global Communications | secretariat
Presidencia de la Asamblea General = President of the General Assembly | presiding_officer
Presidente de la Asamblea General = President of the General Assembly | presiding_officer
Presidencia del Consejo de Derechos Humanos = President of the Human Rights Council | presiding_officer
todos los Estados partes = States parties | member_states
Estados partes = States parties | member_states
todos los Estados Miembros = Member States | member_states
Estados Miembros = Member States | member_states
todos los Estados = States | member_states
los Estados = States | member_states
Estados = States | member_states
Gobiernos = Governments | member_states
sistema de las Naciones Unidas para el desarrollo = United Nations development system | un_system
Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura = United Nations Educational, Scientific and Cultural Organization | un_system
sistema de las Naciones Unidas = United Nations system | un_system
organismos especializados = specialized agencies | un_system
organizaciones no gubernamentales = non-governmental organizations | non_state
sociedad civil = civil society | non_state
sector privado = private sector | non_state
"""

# -- citations (clausewise.enrich.cites_lang) -------------------------------------------------------
CITE_KEYWORD = r"\b(?P<kw>[Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones))\s+"
CITE_KIND = {"resoluci": "resolution", "decisi": "decision"}
CITE_AND = r"(?:\s*,\s*(?:y\s+)?|\s+y\s+|\s+así\s+como\s+|\s*;\s*)"
CITE_DATE = r",?\s+de\s+(?=\d)"
CITE_ITS = r"\b(?:su|sus)\s+(?:propias?\s+|anteriores?\s+|recientes?\s+)?$"
CITE_BODIES = [
    (r"Subcomisión", "SUBCOM"),
    (r"Consejo de Seguridad", "SC"),
    (r"Consejo de Derechos Humanos", "HRC"),
    (r"Comisión de Derechos Humanos", "CHR"),
    (r"Consejo Económico y Social", "ECOSOC"),
    (r"Asamblea General", "GA"),
]

# -- actions without a repeated "que" (clausewise.enrich.mandates_lang) ----------------------------
# "a que proporcionen ..., apoyen ... y fortalezcan ...": Spanish seldom repeats "que" where
# English repeats "to"; a further action is a verb in the subjunctive after ", ", " y ", "; "
# (an aside or an object pronoun may come between: "y, a este respecto, evite", "y les preste")
NEXT_VERB = (
    rf"(?:[,;]\s*(?:[ye]\b\s*,?\s*|así\s+como\s+)?|\s+[ye]\b\s*,?\s*){_ASIDE_OPEN}"
    r"(?:(?:se|le|les|lo|la|los|las|no|también|además)\s+)*(?P<verb>[^\W\d_]+)\b"
)

# after these a bare verb is the purpose's own ("para que puedan participar ... y presenten")
VERB_PURPOSE = rf"{PURPOSE}|\bpara\s"


def subjunctive(word: str) -> str | None:
    """ "sg" or "pl" for a verb in the present subjunctive, 3rd person ("proporcione",
    "fortalezcan"), else None: the verb's class, from its lemma, tells the subjunctive
    ("apoyen" of apoyar) from the indicative ("fortalecen" of fortalecer)."""
    low = word.lower()
    if not word[:1].islower() or len(low) < 3:
        return None
    lemma = _lemma(low)
    if lemma == low or len(lemma) < 3:
        return None
    ending = {"ar": "e", "er": "a", "ir": "a"}.get(lemma[-2:])
    if ending is None or lemma in _NOT_SUBJUNCTIVE or low == lemma[:-2] + "ida":
        return None  # (a participle: "incluida")
    if low.endswith(ending + "n"):
        return "pl"
    if low.endswith(ending):
        return "sg"
    return None


def indicative(word: str) -> bool:
    """A form of a known verb that is not its subjunctive ("ofrece" of ofrecer, "complementa"
    of complementar): the verb of a relative clause ("que ofrece orientaciones")."""
    low = word.lower()
    lemma = _lemma(low)
    return lemma != low and lemma[-2:] in ("ar", "er", "ir") and subjunctive(word) is None


# auxiliaries: "y sean transparentes", "y hayan cooperado" go on with the verb before (as
# English leaves "be" out of its further actions)
_NOT_SUBJUNCTIVE = frozenset(["ser", "estar", "haber"])


@cache
def _lemma(word: str) -> str:
    import simplemma  # only the mandates need it: imported when first asked

    return simplemma.lemmatize(word, lang="es")


# A declaration speaks in the first person plural ("Solicitamos al Secretario General que",
# "e invitamos a la Oficina a"): its verb in "-amos/-emos/-imos" is read as the resolution's
# own ("Solicita", "invita"); "Nos comprometemos" is the speakers' own commitment
FIRST_PERSON = r"(?<![^\W\d_])(?P<we>(?P<self>[Nn]os\s+))?(?P<verb>[^\W\d_]+(?:amos|emos|imos))\b"
FIRST_PERSON_IRREGULAR = {
    "alentamos": "alienta", "pedimos": "pide", "recomendamos": "recomienda",
    "reconocemos": "reconoce", "acogemos": "acoge", "exigimos": "exige", "decidimos": "decide",
    "sentimos": "siente", "hacemos": "hace", "tenemos": "tiene", "seguimos": "sigue",
}  # fmt: skip


def third_person(verb: str) -> str:
    """ "solicitamos" -> "solicita", "instamos" -> "insta", "alentamos" -> "alienta"."""
    low = verb.lower()
    if low in FIRST_PERSON_IRREGULAR:
        out = FIRST_PERSON_IRREGULAR[low]
    else:
        out = low[:-4] + ("a" if low.endswith("amos") else "e")
    return out[:1].upper() + out[1:] if verb[:1].isupper() else out


# an ask that goes on: "sigue alentando a", "continúa alentando la cooperación", read as
# "alienta a", "alienta la cooperación"
CONTINUED = (
    r"(?<![^\W\d_])(?:[Ss]igue|[Cc]ontinúa)\s+(?P<pronoun>)"
    r"(?P<verb>alentando|invitando|instando|exhortando|pidiendo|solicitando)\b"
)
CONTINUED_VERB = {
    "alentando": "alienta", "invitando": "invita", "instando": "insta",
    "exhortando": "exhorta", "pidiendo": "pide", "solicitando": "solicita",
}  # fmt: skip
