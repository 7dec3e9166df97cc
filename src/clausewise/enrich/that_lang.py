"""The that-clauses of French and Spanish asks ("Recommande que les États Membres adoptent",
"Solicita que el Consejo Ejecutivo considere", "alienta a que participen todas las partes"):
where the subject ends and the verb in the subjunctive begins, and whom an ask with no
subject before its verb names. One job, split from `mandates_lang`."""

from __future__ import annotations

import re

from ..model import Addressee, Document
from .addressees_lang import (
    ACTOR,
    AGENT,
    OF,
    PARTICIPLE,
    actor_head,
    addressees,
    is_named,
    nominal_actors,
)
from .words_lang import Words

THAT = re.compile(
    r"^\s*(?:,[^,;]{1,200},\s*)?(?:[^\W\d_]+ment[e]?\s+)?(?:de\s+|para\s+|pour\s+|a\s+)?"
    r"(?:que(?=[\s,])\s*|qu[’'])"
)
# an aside right after "que": "Recommande que, conformément à son mandat, le Comité ...
# formule", "demande que, dans leurs décisions et mesures, les États Membres accordent"
_THAT_ASIDE = re.compile(r"\s*,\s*(?-i:[a-zàâçéèêëîïôûùüÿñóíúá])[^,;:]{1,250},\s*")
# what follows a verb of the subjunctive in the singular, the verb not a noun or adjective of
# the subject: an article, a preposition, an adverb ("envisage des procédures", "poursuive
# activement", "ponga fin")
_AFTER_VERB = re.compile(
    r"(?:des|les|la|le|l[’']|un|une|du|de|d[’']|à|au|aux|son|sa|ses|leur|leurs|tout|toute|"
    r"toutes|tous|los|las|el|lo|una|al|del|a|en|con|su|sus|todo|toda|todos|todas|sin|fin|"
    r"[^\W\d_]+ment[e]?)\b",
    re.I,
)
# the subjunctive in the singular of the verbs most often asked for, irregular or
# ambiguous: "que el régimen sirio ponga fin", "qu’Israël cesse"
_SUBJUNCTIVE_WORDS = """ponga haga siga tenga cese deje cumpla vele preste fasse prenne mette tienne
    cesse veille poursuive continúe prosiga"""
_SUBJUNCTIVE = frozenset(_SUBJUNCTIVE_WORDS.split())
# a verb of the subjunctive before its subject: "que prosiga", "a que continúe", "que haya"
_INVERTED = re.compile(
    r"(?-i:[a-záéíóúñ]+)(?:a|e|an|en|ga|gan|ya|yan)$|haya|hayan|(?:pro)?siga|continúe|aumente|"
    r"mejore|se"
)
# verbs of a that-clause that ask no one to act: being, having
_NOT_ASKED = frozenset(("soit", "soient", "sea", "sean", "aient", "ait", "tengan", "tenga"))
# a pronoun between the subject and its verb: "que Israel se retire", "qu’Israël s’abstienne"
_PRONOUNS = frozenset(("se", "s", "lui", "nous"))
# words that end like a verb of the subjunctive and are none ("de", "la", "le Président")
_NOT_VERB_WORDS = """de la le une que ce cette entre comme contre notre votre leur sobre este esta ese esa
    nombre parte base mediante durante conforme pobreza una cada toda todo otra entre dentro
    frente parte respecte mesure sorte manière ocupante ocupant presente présente suivante
    misma mismo propia propio para hacia desde contra celle elle quelle laquelle"""
_NOT_VERB = frozenset(_NOT_VERB_WORDS.split())
_NOT_PLURAL_WORDS = """origen imagen examen régimen orden crimen joven volumen dictamen margen resumen
    président compétent pertinent récent différent permanent excellent agent urgent parent
    patient accident incident client adolescent continent précédent équivalent océan
    syrien palestinien israélien iranien ukrainien européen libyen tunisien algérien égyptien
    indien italien chrétien quotidien ancien afghan soudanais yéménite cambodgien haïtien
    colombien vénézuélien nicaraguayen bélarussien arménien azerbaïdjanais géorgien iraquien
    jordanien libanais mauritanien nigérien malien tchadien centrafricain congolais"""
_NOT_PLURAL_VERB = frozenset(_NOT_PLURAL_WORDS.split())
_NOT_SUBJECT_WORDS = "chaque aucune quelque celle ninguna alguna cualquiera dicha nuestra notre"
_NOT_SUBJECT = _NOT_VERB | frozenset(_NOT_SUBJECT_WORDS.split())


def that_clause(rest: str) -> tuple[str, str] | None:
    """(subject, predicate) of "que X hagan ...", "que le Conseil ... examine ...": the
    verb is the first word after the subject that ends like the present subjunctive, in
    the plural ("-en", "-an", "-ent"), or in the singular ("-e", "-a") after a name or a
    comma ("que el Programa continúe", "que Israel, la Potencia ocupante, coopere")."""
    m = THAT.match(rest)
    if m is None:
        return None
    end = m.end()
    aside = _THAT_ASIDE.match(rest, end)
    if aside:
        end = aside.end()
    if re.match(r"(?i)soi(?:en)?t\b", rest[end:]):
        return None  # "que soient améliorées la coordination ...": a passive asks no one
    first = re.match(r"\s*([^\W\d_]+)", rest[end:])
    if (
        first
        and _INVERTED.match(first.group(1))
        and (len(first.group(1)) > 3 or first.group(1) in ("se", "haya"))
        and first.group(1).lower() not in _NOT_SUBJECT
    ):
        # "a que prosiga la cooperación entre ...", "que continúe la labor": the verb
        # first, its subject after it, a thing asked for as "que se ..."
        predicate = rest[end:]
        return predicate, predicate
    prev = ""
    scan = rest[end : end + 400]
    for t in re.finditer(r"[^\W\d_]+|[,;:]", scan):
        word = t.group()
        if word in ";:":
            return None
        low = word.lower()
        # (not the verb of a relative clause: "los que luchan en apoyo del régimen sirio")
        verb = word[:1].islower() and low not in _NOT_VERB and len(low) > 2 and prev != "que"
        plural = low.endswith(("en", "an", "ent")) and not low.endswith("ment")
        if verb and plural and low not in _NOT_PLURAL_VERB and t.start() > 0:
            break
        singular = verb and low.endswith(("e", "a")) and t.start() > 0
        if singular and (prev[:1].isupper() or prev == "," or prev.lower() in _PRONOUNS):
            break
        if singular and low in _SUBJUNCTIVE or verb and low in ("soit", "soient"):
            break
        if (
            low in ("presente", "présente", "dé")
            and t.start() > 0
            and prev.lower() not in ("la", "el", "le", "las", "los", "les", "que")
        ):
            break  # "que el Secretario General presente a la Asamblea", "dé instrucciones"
        if (
            singular
            and prev[:1].islower()
            and prev.lower() not in _NOT_VERB
            and not re.match(r"(?i)(?:les?|la|l[’']|des?|du|d[’']|un|une|el|los|las|del|al)$", prev)
            and _AFTER_VERB.match(scan, t.end() + 1)
        ):
            break  # "que le Conseil exécutif de ... des armes chimiques envisage des procédures"
        prev = word
    else:
        return None
    passive = low in _NOT_ASKED and not (
        low in ("sea", "sean", "soit", "soient")
        and not re.match(r"(?i)[^\W\d_]+\s+[^\W\d_]+(?:ad|id|é|i|u)[oa]?e?s?\b", scan[t.start() :])
    )  # ("que los Gobiernos sean inclusivos" asks them; "que soient respectés" no one)
    if passive or re.match(
        r"(?i)[^\W\d_]+\s+(?:d[’']être|de\s+ser|à\s+être|siendo|l[’']objet|objeto)\b",
        scan[t.start() :],
    ):
        # "que soient respectés", "que les recommandations continuent d’être mises", "que
        # l’Accord fasse l’objet de nouvelles ratifications", "que les femmes et les filles
        # aient la possibilité": asks no one to act
        return None
    at = end + t.start()
    subject = rest[end:at].strip(" ,")
    if not subject:
        return None
    subject = re.sub(r"\s+(?:se|s[’'])$", "", subject)
    named = ACTOR.search(subject) or re.search(r"\b(?-i:[A-ZÀ-Ý])", subject)
    if re.search(r"(?i)\b(?:se|s[’'])$", rest[end:at].strip()) and not named:
        return None  # "que las futuras actualizaciones del mandato se pongan": a thing, passive
    if re.match(r"(?i)se\b", subject):
        # "Pide que se autorice el acceso de los órganos internacionales ...", as English
        # "Calls for the ... bodies to be granted access": an ask all the same, of whom the
        # predicate names (if anyone)
        predicate = rest[at:]
        return predicate, predicate
    return subject, rest[at:]


# a subject after its verb: "a que participen en ellas todas las partes interesadas"
_POSTVERBAL = re.compile(
    r"(?i)^\s*(?-i:[a-záéíóúñ]+)(?:en|an)\s+(?:en\s+(?:ellas?|ellos?|él)\s+|activamente\s+|"
    r"plenamente\s+)?(?P<who>(?:todos|todas)\s+(?:los|las)\s+[^,;:]+?|(?:los|las)\s+[^,;:]+?)"
    r"(?=[,;:]|\s+(?:en|a|al|con|para|de|y)\b|$)"
)
# a second that-clause, its subject named: "a que se ponga fin a la impunidad y a que las
# autoridades afganas investiguen"
_AND_THAT = re.compile(r"(?i)\s(?:y|e|et)\s+(?:a\s+)?(?=que\s|qu[’'])")


def impersonal_asked(w: Words, predicate: str, doc: Document) -> tuple[list[Addressee], str]:
    """(whom, action) of an ask whose that-clause names no subject before its verb: those
    whose cooperation it asks for ("a que prosiga la cooperación entre las Naciones Unidas y
    el Consejo de Europa"), the doer of the thing it asks for ("a que aumente el número de
    ratificaciones ... por parte de los Estados"), a subject after the verb ("a que participen
    en ellas todas las partes interesadas") or that of a second that-clause ("a que se ponga
    fin a la impunidad y a que las autoridades afganas investiguen"); none for "Solicita que
    se proporcionen recursos ... a la secretaría"."""
    who = nominal_actors(w, predicate, doc)
    if who:
        return who, predicate
    core = re.sub(r"(?i)^\s*(?:se\s+)?[^\W\d_]+\s+", "", predicate)  # (past its verb)
    found = AGENT.match(core) or _POSTVERBAL.match(predicate) or OF.match(core)
    head = actor_head(found.group("who"), w) if found else None
    if head and not PARTICIPLE.search(found.groupdict().get("thing") or ""):
        who = [a for a in addressees(w, head, doc) if is_named(a)]
        if who:
            return who, predicate
    second = _AND_THAT.search(predicate)
    that = that_clause(predicate[second.end() :]) if second else None
    if that is not None and that[0] is not that[1]:
        head = actor_head(that[0], w)
        who = [a for a in addressees(w, head, doc) if is_named(a)] if head else []
        if who:
            return who, that[1]
    return [], predicate


def named_subject(rest: str) -> bool:
    """ "Demande ... que tous les États ... deviennent parties": a call whose that-clause
    names who is to act."""
    m = re.search(r"\bque\s*,?\s+(.{1,80})", rest)
    return bool(m and ACTOR.search(m.group(1)))
