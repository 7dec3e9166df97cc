"""French: the words of resolutions as the UN's French versions write them.

Verbs are listed as "lemma: participle 3rd-person" (Rappelant / Rappelle: preambular /
operative), the English lemma first so that every language names a verb alike; adjectives
in the masculine singular, their agreement generated ("Consciente" for the Assembly,
"Conscient" for the Council).
"""

from __future__ import annotations

import re

CODE = "fr"
CAPITAL = True  # a lead opens with a capital letter
NAME = "français"

VERBS = """
accept: acceptant / accepte
acknowledge: reconnaissant / reconnaît
adopt: adoptant / adopte
affirm: affirmant / affirme
agree: convenant / convient
allocate: allouant / alloue
applaud: applaudissant / applaudit
appeal: appelant / appelle
appoint: nommant / nomme
appreciate: appréciant / apprécie
approve: approuvant / approuve
authorize: autorisant / autorise
call: demandant / demande
call: appelant / appelle
commend: félicitant / félicite
commend: saluant / salue
condemn: condamnant / condamne
confirm: confirmant / confirme
consider: considérant / considère
consider: estimant / estime
continue: continuant / continue
decide: décidant / décide
declare: déclarant / déclare
demand: exigeant / exige
deplore: déplorant / déplore
designate: désignant / désigne
determine: - / détermine
emphasize: insistant / insiste
encourage: encourageant / encourage
encourage: engageant / engage
encourage: préconisant / préconise
endorse: souscrivant / souscrit
endorse: entérinant / entérine
establish: créant / crée
establish: établissant / établit
examine: examinant / examine
express: exprimant / exprime
express: remerciant / remercie
follow: suivant / suit
guide: - / guide
hail: - / -
highlight: mettant / met
invite: invitant / invite
look: attendant / attend
mark: marquant / marque
measure: mesurant / mesure
note: notant / note
note: constatant / constate
note: observant / observe
open: ouvrant / ouvre
pay: rendant / rend
praise: louant / loue
proclaim: proclamant / proclame
promote: promouvant / promeut
recall: rappelant / rappelle
recall: se référant / se réfère
recognize: reconnaissant / reconnaît
recognize: sachant / sait
recommend: recommandant / recommande
reaffirm: réaffirmant / réaffirme
reaffirm: redisant / redit
regret: regrettant / regrette
reiterate: réitérant / réitère
reject: rejetant / rejette
renew: renouvelant / renouvelle
request: priant / prie
request: sollicitant / sollicite
resolve: résolvant / résout
respect: respectant / respecte
stress: soulignant / souligne
support: appuyant / appuie
support: soutenant / soutient
take: prenant / prend
take: tenant / tient
thank: remerciant / remercie
transmit: transmettant / transmet
urge: exhortant / exhorte
urge: priant instamment / prie instamment
welcome: accueillant / accueille
welcome: se félicitant / se félicite
welcome: saluant / salue
welcome: se réjouissant / se réjouit
wish: souhaitant / souhaite
commit: s’engageant / s’engage
concerned: s’inquiétant / s’inquiète
underline: insistant / insiste
fear: craignant / craint
submit: soumettant / soumet
guide: s’inspirant / s’inspire
know: connaissant / connaît
propose: proposant / propose
note: relevant / relève
consider: jugeant / juge
denounce: dénonçant / dénonce
associate: s’associant / s’associe
understand: comprenant / comprend
indicate: indiquant / indique
indicate: signalant / signale
advocate: prônant / prône
oppose: s’élevant / s’élève
realize: se rendant / se rend
urge: engageant / engage
encourage: incitant / incite
"""

# Heads that are no lead without one of their complements ("Prend note", "Tenant compte",
# "Ayant examiné", "Se déclare préoccupée"): lemma, forms, the complements.
NEEDS = """
take: prenant / prend | note; acte; en considération; en compte; bonne note
take: tenant / tient | compte; dûment compte
bear: ayant / - | à l’esprit
bear: gardant / garde | à l’esprit
consider: ayant / - | examiné; étudié; entendu; pris note; pris acte; reçu; considéré; adopté; décidé; également examiné; aussi examiné
pay: rendant / rend | hommage
call: lançant / lance | un appel; un appel pressant
endorse: faisant / fait | siennes; sienne; sien; siens
express: se déclarant, se disant / se déclare, se dit | ADJ
recognize: étant / est | ADJ
concerned: demeurant, restant / demeure, reste | ADJ
thank: sachant / sait | gré
look: attendant / attend | avec intérêt
recognize: ayant / a | conscience; connaissance; présentes à l’esprit; présent à l’esprit
consider: ayant / - | écouté; examiné
note: faisant / fait | observer; part de sa satisfaction; part de sa préoccupation; part
draw: attirant / attire | l’attention
draw: appelant / appelle | l’attention
stress: mettant / met | l’accent
realize: se rendant / se rend | compte
express: se déclarant / se déclare | favorable; résolument favorable; fermement opposée; opposée; opposé
"""

# Predicative adjectives (masculine singular): "Consciente", "Profondément préoccupée".
ADJECTIVES = """
mindful: conscient
concerned: préoccupé inquiet soucieux
convinced: convaincu persuadé
guided: guidé inspiré
alarmed: alarmé
determined: résolu déterminé décidé
aware: informé
encouraged: encouragé
disappointed: déçu
outraged: indigné scandalisé
shocked: choqué consterné
gratified: satisfait
saddened: attristé
desirous: désireux
"""

PRE = """
également; aussi; en outre; de plus; par ailleurs; de nouveau; à nouveau; encore; une fois encore; une nouvelle fois
profondément; vivement; gravement; sérieusement; fermement; énergiquement; vigoureusement; fortement
extrêmement; très; particulièrement; tout particulièrement; sincèrement; pleinement; résolument
instamment; solennellement; chaleureusement; toujours; enfin; dûment; favorablement; en particulier
une fois de plus; de même; avec force; une fois encore
"""

POST = (
    PRE
    + """
de nouveau instamment
"""
)

MANNER = """
avec satisfaction; avec préoccupation; avec inquiétude; avec intérêt; avec gratitude
avec appréciation; avec regret; avec consternation; avec une vive préoccupation
"""
MANNER_PREPS = "avec"
MANNER_ARTICLES = "une un"
MANNER_MODS = (
    "vive profonde grande grave sérieuse extrême particulière croissante réelle vif profond grand"
)
MANNER_NOUNS = """
satisfaction préoccupation inquiétude intérêt gratitude appréciation regret consternation
alarme tristesse reconnaissance approbation indignation sympathie
"""

# The object a lead may take in: "Exprime sa vive préoccupation", "Réaffirmant son attachement".
OBJECTS = """
sa préoccupation; sa vive préoccupation; sa profonde préoccupation; sa grave préoccupation
sa gratitude; sa reconnaissance; sa satisfaction; son appréciation; son soutien; son appui
son attachement; sa volonté; sa solidarité; son inquiétude; sa profonde inquiétude; sa vive inquiétude
ses remerciements; ses condoléances; son engagement; sa détermination; sa conviction; son espoir
sa préoccupation grandissante; sa consternation; ses regrets; son regret
"""

FORMULAS = {
    "GA": "L’Assemblée générale",
    "HRC": "Le Conseil des droits de l’homme",
    "SC": "Le Conseil de sécurité",
    "ECOSOC": "Le Conseil économique et social",
}
BODIES = {
    "Assemblée générale": "GA",
    "Conseil des droits de l’homme": "HRC",
    "Conseil de sécurité": "SC",
    "Conseil économique et social": "ECOSOC",
}
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
# "16 décembre 2020", "1er juillet 2021"
DATE = r"(?P<d>\d{1,2})(?:er)?\s+(?P<m>MONTH)\s+(?P<y>\d{4})"

_CARDINAL = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100,
}  # fmt: skip
_ORDINAL = {
    "premier": 1, "première": 1, "unième": 1, "deuxième": 2, "second": 2, "seconde": 2,
    "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
    "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16, "vingtième": 20,
    "trentième": 30, "quarantième": 40, "cinquantième": 50, "soixantième": 60, "centième": 100,
}  # fmt: skip


def ordinal(words: str) -> int | None:
    """ "soixante-quinzième" -> 75, "quatre-vingt-unième" -> 81, "soixante et onzième" -> 71."""
    parts = [p for p in re.split(r"[-\s]+", words.strip().lower()) if p and p != "et"]
    if not parts or parts[-1] not in _ORDINAL:
        return None
    total = 0
    for k, p in enumerate(parts):
        value = _ORDINAL[p] if k == len(parts) - 1 else _CARDINAL.get(p)
        if value is None:
            return None
        if value == 20 and total % 20 == 4 and k > 0 and parts[k - 1] == "quatre":
            total += 4 * 20 - 4  # quatre-vingt
        else:
            total += value
    return total


def agree(adjective: str) -> list[str]:
    """The four forms of an adjective given in the masculine singular."""
    a = adjective
    if a.endswith("eux"):
        return [a, a[:-1] + "se", a[:-1] + "ses"]
    if a.endswith("et"):  # inquiet, inquiète
        return [a, a[:-2] + "ète", a + "s", a[:-2] + "ètes"]
    if a.endswith("e"):
        return [a, a + "s"]
    return [a, a + "e", a + "s", a + "es"]


FORMULA_ARTICLE = True  # the formula is not the masthead's name: "L’Assemblée générale"
FORMULA_END = ","
SESSION = r"(?P<ord>[\w\-’ ]+?)\s+session"
MEETING = r"(?P<n>\d{1,4})\s?(?:e|ème|re)\s+séance(?:\s+plénière)?"
ADOPTED = r"Résolution adoptée par (?:l’|le |la )(?P<body>.+?) le (?P<date>.+)$"
AGENDA = r"Points?\s+(?P<items>.+?)\s+de l[’']ordre du jour"
DISTRIBUTION = {"générale": "General", "limitée": "Limited", "restreinte": "Restricted"}
ORIGIN = r"^\[\s*sur (?:la base du|le) rapport (?:de la|du) (?P<by>.+?)\s*\((?P<syms>.+)\)\s*\]$"
COMMITTEES = {
    "Première Commission": "First Committee",
    "Deuxième Commission": "Second Committee",
    "Troisième Commission": "Third Committee",
    "Quatrième Commission": "Fourth Committee",
    "Cinquième Commission": "Fifth Committee",
    "Sixième Commission": "Sixth Committee",
    "Commission des questions politiques spéciales et de la décolonisation": (
        "Special Political and Decolonization Committee"
    ),
    "Commission de Politiques spéciales et décolonisation": (
        "Special Political and Decolonization Committee"
    ),
    "Commission des politiques spéciales et de la décolonisation": (
        "Special Political and Decolonization Committee"
    ),
}
ANNEX = r"^Annexes?(?:\s+([IVXLC]{1,6}|\d{1,2}|[A-Z]))?\W{0,3}$"
DRAFT = r"projet de (?:résolution|décision)"

# -- mandates: who is asked to do what, by when (clausewise.enrich.mandates_lang) ------------------
# Where a clause's addressees end and its action begins: "Prie le Secrétaire général de
# présenter", "Invite les États à envisager", "Demande aux États qu’ils ..."
_CLITIC = r"(?:(?:ne\s+pas|ne|n[’']|tout|lui|leur|les|la|le|l[’']|en|y|se|s[’']|nous)\s*){0,2}"
# (words ending like an infinitive that are not: "de manière", "à titre", "à savoir")
_INFINITIVE = (
    r"(?!(?:manière|titre|savoir|autre|partir|mesure|meure|ouverture|meurtre|premier|dernier|"
    r"cadre|ordre|nombre|membre|entre|contre|notre|votre|leur|matière|lumière|frontière|"
    r"carrière|pauvre|libre|propre|mer|hier|fer|air|désir|avenir|pouvoir|devoir|espoir)\b)"
    r"[^\W\d_]+(?:er|ir|re|oir|dre)\b"
)
# (an adverb before the infinitive: "Engage les États Membres à mieux prendre la mesure")
_ADVERB = (
    r"(?:(?:mieux|davantage|pleinement|activement|encore|toujours|effectivement|rapidement|"
    r"systématiquement|véritablement|réellement|sérieusement|résolument|immédiatement|dûment|"
    r"efficacement|d[’']urgence|sans\s+tarder|sans\s+délai)\s+)?"
)
ACTION_MARK = (
    rf"\b(?:de\s+|d[’']\s*)(?={_ADVERB}{_CLITIC}{_INFINITIVE})|\bà\s+(?={_ADVERB}{_CLITIC}{_INFINITIVE})"
    r"|(?<!ainsi\s)\bqu(?:e|[’'])\s*"  # (not "ainsi que", which joins addressees)
)
# a second action for the same addressees: ", et de lui présenter", "; de veiller", " et
# d’étudier" (bare "et": cut only when the first action has words of its own, as in English)
NEXT_ACTION = (
    r"(?:[,;]\s*(?:et\s+|ainsi\s+que\s+)?|\s+et\s+)(?:(?:à\s+cet\s+égard|à\s+cette\s+fin|"
    r"selon\s+qu[’']il\s+conviendra|le\s+cas\s+échéant|en\s+particulier|notamment)\s*,\s*)?"
    rf"(?=(?:de|d[’']|à)\s*{_CLITIC}{_INFINITIVE})"
)
# a joined action: "et", "ainsi que" or a semicolon before it (a comma alone may be a purpose)
JOINED = r"^\s*(?:;|,?\s*(?:et|ainsi\s+que)\b)"
# after these an infinitive says what for, not a further action: "pour renforcer ... et de"
PURPOSE = r"\b(?:pour|afin\s+(?:de|d[’'])|en\s+vue\s+(?:de|d[’'])|de\s+(?:manière|façon)\s+à)\s"
# an infinitive governed by a noun: "les moyens de renforcer ... et de ..." goes on with it
GOVERNED = (
    r"\b(?:efforts?|mesures|moyens|capacités?|possibilités?|nécessité|stratégies|plans|politiques|"
    r"initiatives|programmes|engagements?|action|nécessaires?|voies|façons?)\s+(?:visant\s+)?"
    r"(?:pour|de|d[’']|à)\s*[^\W\d_]+(?:er|ir|re)\b[^,;]*$"
)
# the delivery of what the action before made, no action of its own (as English "to prepare
# a report and to submit it"): "et de le lui présenter", "et d’en communiquer les résultats"
DELIVERY = (
    r"\s*(?:de|d[’'])\s*(?:(?:le|la|les|l[’']|en)\s*(?:lui\s+|leur\s+)?|(?:lui|leur)\s+)?"
    r"(?:présenter|soumettre|transmettre|communiquer|diffuser|faire\s+distribuer)\s+"
    r"(?:(?:le|ce|son)\s+rapport|les\s+résultats|(?:le|ce|son)\s+"
    r"résumé)\b|\s*(?:de|d[’'])\s*(?:le|la|les|l[’'])\s*(?:lui\s+|leur\s+)?(?:présenter|"
    r"soumettre|transmettre|communiquer|diffuser)\b"
)
# words that carry no content of their own between two actions
LIGHT = "de d d’ d' à et ne pas continuer poursuivre le la les l l’ l' lui leur se s s’ s' en y"
# content words (not in LIGHT) an action needs before a bare " et de" starts another: French
# repeats "de" where English does not repeat "to" ("de prendre des mesures et de soutenir les
# programmes", "to take measures and support programmes"); 4 agrees best with the English
# cuts on ../shared/akn (scripts/mandates_lang_agreement.py: 2 -> 87.3%, 3 -> 87.7%, 4 -> 87.8%,
# 5 -> 87.8%, 7 -> 87.6% of paragraphs; none at all -> 87.0%)
BARE_CONTENT = 4
# a verb with its object pronoun, mid-sentence: "et le prie de", "l’encourage à"
# (or a relative: "le Conseil des droits de l’homme, qu’elle encourage à", "les efforts des
# créanciers, qu’elle invite à")
CLITIC_LEAD = (
    r"(?:qu[’']\s*(?:elle|il)\s+(?:(?:les|le|la|lui|leur)\s+|l[’']\s*)?|(?:les|le|la|lui|leur)\s+"
    r"|l[’']\s*)(?=[^\W\d_])"
)
# decisions that take effect when adopted ("Décide de répartir ...", "d’ouvrir des crédits")
SELF_EXECUTING = (
    r"^\s*(?:\w+\s+)?(?:de\s+|d[’']\s*)(?:ne\s+pas\s+)?(?:adopter|approuver|entériner|faire\s+sien|proclamer|"
    r"déclarer|désigner|prendre\s+(?:note|acte)|accueillir|élire|admettre|accorder|accepter|"
    r"confirmer|modifier|renommer|réaffirmer|rappeler|noter|ouvrir|répartir|mettre\s+en\s+"
    r"recouvrement|réviser|observer|commémorer|reconnaître|exprimer|remercier|s[’']associer|"
    r"se\s+joindre|appuyer|soutenir|créditer|affecter|porter\s+au\s+crédit)\b"
)
# where a paragraph goes on with another operative verb: ", et prie", "; encourage"
CLAUSE_GAP = (
    r"(?:[,;:]\s+(?:et\s+|ainsi\s+que\s+|tout\s+en\s+)?|\s+et\s+|\s+tout\s+en\s+)(?:(?:à\s+cet\s+égard|dans\s+ce\s+contexte|"
    r"par\s+conséquent|partant|dès\s+lors|donc)\s*,?\s+)?"
)
# a call that names no one ("Demande que ...", "Demande l’arrêt ...") asks nobody
CALL_NAMES = (
    r"^\s*(?:,[^,;]{1,200},\s*)?(?:instamment\s+|de\s+nouveau\s+|également\s+|en\s+outre\s+"
    r"|aussi\s+|de\s+même\s+|une\s+fois\s+(?:de\s+plus\s+|encore\s+)?|\w+ment\s+|avec\s+insistance\s+"
    r"|d[’']urgence\s+|de\s+toute\s+urgence\s+|à\s+cet\s+égard\s+|à\s+nouveau\s+|encore\s+une\s+fois\s+"
    r"|encore\s+|en\s+conséquence\s+|par\s+conséquent\s+|donc\s+|dès\s+lors\s+)*(?:à|aux|au)\b"
)
# an ask restated by its noun: "Réitère son appel aux États", "Renouvelle sa demande au
# Secrétaire général", "Réitère l’invitation qu’elle a adressée à": the verb the noun
# stands for (its English lemma)
RESTATED = {
    "appel": "call", "exhortation": "call", "demande": "request", "requête": "request",
    "invitation": "invite", "encouragement": "encourage", "exigence": "demand",
}  # fmt: skip
RESTATED_OPEN = r"^\s*(?:\w+\s+)?(?:son|sa|ses|l[’']|le|la|les)\s*(?:\w+\s+)?"
REMAIN_SEIZED = r"^\s*(?:\w+\s+)?(?:de\s+)?rester\s+(?:activement\s+)?saisi"
CONTINUE = (
    r"^\s*(?:\w+\s+)?(?:de\s+|d[’']\s*)?(?:poursuivre\s+l[’']examen|examiner\s+(?:la\s+question|"
    r"cette\s+question)|inscrire\s+(?:à|la\s+question|le\s+point|la\s+question))"
)
DECIDE_ACTS = r"^\s*(?:,[^;]{1,250}?,\s*)?(?:\w+\s+)?(?:de\s|d[’']|que[\s,]|qu[’'])"
DUE = r"\b(?:à|lors\s+de)\s+(?:sa|la|leur)\s+(?P<ord>[\w\-’ ]+?)\s+session\b"
REPORT = r"\brapport\w*|\brend\w*\s+compte|\bprésent\w+"
ADDRESSEES = """
Secrétaire général = Secretary-General | secretariat
Secrétaire générale = Secretary-General | secretariat
Haut-Commissaire des Nations Unies aux droits de l’homme = United Nations High Commissioner for Human Rights | secretariat
Haut-Commissariat des Nations Unies aux droits de l’homme = Office of the United Nations High Commissioner for Human Rights | secretariat
Haute-Commissaire des Nations Unies aux droits de l’homme = United Nations High Commissioner for Human Rights | secretariat
Haut-Commissaire des Nations Unies pour les réfugiés = United Nations High Commissioner for Refugees | un_system
Haut-Commissariat des Nations Unies pour les réfugiés = Office of the United Nations High Commissioner for Refugees | un_system
Haut-Commissaire = United Nations High Commissioner for Human Rights | secretariat
Haut-Commissariat = Office of the United Nations High Commissioner for Human Rights | secretariat
Département de la communication globale = Department of Global Communications | secretariat
Secrétariat = Secretariat | secretariat
Président de l’Assemblée générale = President of the General Assembly | presiding_officer
Présidence de l’Assemblée générale = President of the General Assembly | presiding_officer
Président du Conseil des droits de l’homme = President of the Human Rights Council | presiding_officer
tous les États parties = States parties | member_states
États parties = States parties | member_states
tous les États Membres = Member States | member_states
États Membres = Member States | member_states
tous les États = States | member_states
les États = States | member_states
États = States | member_states
gouvernements = Governments | member_states
système des Nations Unies pour le développement = United Nations development system | un_system
Organisation des Nations Unies pour l’éducation, la science et la culture = United Nations Educational, Scientific and Cultural Organization | un_system
organismes des Nations Unies = United Nations system | un_system
système des Nations Unies = United Nations system | un_system
institutions spécialisées = specialized agencies | un_system
organisations non gouvernementales = non-governmental organizations | non_state
société civile = civil society | non_state
secteur privé = private sector | non_state
"""

# -- citations (clausewise.enrich.cites_lang) -------------------------------------------------------
CITE_KEYWORD = r"\b(?P<kw>[Rr]ésolutions?|[Dd]écisions?)\s+"
CITE_KIND = {"résolution": "resolution", "décision": "decision"}
CITE_AND = r"(?:\s*,\s*(?:et\s+)?|\s+et\s+|\s+ainsi\s+que\s+|\s*;\s*)"
CITE_DATE = r",?\s+(?:du|en\s+date\s+du)\s+"
CITE_ITS = r"\b(?:sa|ses|leur|leurs)\s+(?:propres?\s+|précédentes?\s+|récentes?\s+)?$"
CITE_BODIES = [
    (r"Sous-Commission", "SUBCOM"),
    (r"Conseil de sécurité", "SC"),
    (r"Conseil des droits de l[’']homme", "HRC"),
    (r"Commission des droits de l[’']homme", "CHR"),
    (r"Conseil économique et social", "ECOSOC"),
    (r"Assemblée générale", "GA"),
]

# A declaration speaks in the first person plural ("Nous prions le Secrétaire général de",
# "et nous invitons l’Office à"): its verb in "-ons" after "nous" is read as the resolution's
# own ("Prie", "invite"); "nous nous engageons" is the speakers' own commitment ("s’engage")
FIRST_PERSON = r"(?<![^\W\d_])(?P<we>[Nn]ous\s+(?P<self>nous\s+)?)(?P<verb>[^\W\d_]+ons)\b"
FIRST_PERSON_IRREGULAR = {
    "appelons": "appelle", "reconnaissons": "reconnaît", "prenons": "prend",
    "soutenons": "soutient", "réaffirmons": "réaffirme", "réitérons": "réitère",
    "rappelons": "rappelle", "renouvelons": "renouvelle", "rejetons": "rejette",
}  # fmt: skip


def third_person(verb: str) -> str:
    """ "prions" -> "prie", "engageons" -> "engage", "invitons" -> "invite"."""
    low = verb.lower()
    if low in FIRST_PERSON_IRREGULAR:
        out = FIRST_PERSON_IRREGULAR[low]
    else:
        out = verb[:-3].lower()
        out = out if out.endswith("e") else out + "e"
    return out[:1].upper() + out[1:] if verb[:1].isupper() else out


# an ask that goes on: "continue d’encourager les États à", "continue de les encourager à",
# read as "encourage les États à", "les encourage à" (group "verb": the infinitive's stem)
CONTINUED = (
    r"(?<![^\W\d_])[Cc]ontinue\s+(?:de\s+|d[’']\s*)(?P<pronoun>(?:les|le|la|lui|leur)\s+|l[’']\s*)?"
    r"(?P<verb>encourag|invit|pri|demand|exhort|engag)er\b"
)
CONTINUED_VERB = {
    "encourag": "encourage", "invit": "invite", "pri": "prie", "demand": "demande",
    "exhort": "exhorte", "engag": "engage",
}  # fmt: skip
