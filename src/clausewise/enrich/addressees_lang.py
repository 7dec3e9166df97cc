"""Whom a French or Spanish clause asks: the actors a phrase names (known ones by their
English names, from the language's table in `clausewise.grammar.fr`/`es`, others as
written), the one a pronoun stands for ("et le prie de", "y lo alienta a"), and those named
by what is asked of them rather than as addressees ("la coopération entre X et Y", "los
esfuerzos de X", "l’application, par X, de"). One job, split from `mandates_lang`, which
reads what each clause asks."""

from __future__ import annotations

import re

from ..model import Addressee, Document
from .words_lang import Words


def addressees(w: Words, phrase: str, doc: Document) -> list[Addressee]:
    """The actors named in `phrase`, known ones by their English names, others as written."""
    found: list[tuple[int, Addressee]] = []
    rest = _WITH.sub(",", ADVERBIAL.sub(",", phrase))
    for pattern, who in w.actors:
        for m in pattern.finditer(rest):
            if _INSIDE.search(rest[: m.start()]):
                continue  # "l’Envoyée du Secrétaire général pour les technologies": another
            found.append((m.start(), who))
            rest = rest[: m.start()] + "\x00" * (m.end() - m.start()) + rest[m.end() :]
    for m in re.finditer(r"[^\x00,;]+", rest):
        if m.start() and rest[m.start() - 1] == "\x00" and _COMPLEMENT.match(m.group()):
            continue  # "les États parties [à la Convention]": of the actor before, not one
        for at, part in _joined(m.group()):
            piece = re.sub(r"^\W+|\W+$", "", part)
            piece = re.sub(ARTICLES, "", piece).strip()
            piece = re.sub(
                r"\s+(?:pour|para|afin|de|d[’']|del|des|du|de\s+(?:los|las|la))$", "", piece
            )
            piece = re.sub(_DANGLING, "", piece)  # "el Gobierno y la [Oficina ...]"
            if piece.count("(") > piece.count(")"):
                piece += ")"  # "(ONU-Hábitat), en particular": the name's own bracket
            # an actor's noun, or a proper name ("Israël", "la Federación de Rusia")
            if (ACTOR.search(piece) or piece[:1].isupper()) and not _ASIDE.match(piece):
                found.append((m.start() + at, Addressee(piece, kind_of(piece))))
    if not found:
        # whom the verb asks, named by no actor's noun ("los órganos establecidos por la
        # Convención", "les initiatives des médias"): the phrase itself, as English keeps it
        first = next((x for x in rest.split(",") if x.strip(" \x00")), "")
        piece = re.sub(ARTICLES, "", re.sub(r"^\W+|\W+$", "", first)).strip()
        piece = re.sub(r"\s+(?:pour|para|afin|de|d[’'])$", "", piece)
        if (
            piece
            and not _ASIDE.match(piece)
            and not NOT_ACTOR.match(piece)
            and len(piece.split()) <= 12
        ):
            found.append((0, Addressee(piece, kind_of(piece))))
    out: list[Addressee] = []
    for _, a in sorted(found, key=lambda x: x[0]):
        if a not in out:
            out.append(a)
    return out


_AND = re.compile(
    r"\s+(?:y|e|et|ainsi\s+que|así\s+como)\s+(?=(?:(?:el|la|los|las|le|les|l[’']|au|aux|al|a\s+la|"
    r"a\s+los|a\s+las|à\s+la|à\s+l[’'])\s*)?[^\W\d_])",
    re.I,
)


def _joined(piece: str) -> list[tuple[int, str]]:
    """ "l’Organisation des Nations Unies et l’Association des nations de l’Asie du Sud-Est":
    two actors, each named by an actor's noun; not "la Oficina ... contra la Droga y el Delito"."""
    out, start = [], 0
    for m in _AND.finditer(piece):
        left, right = piece[start : m.start()], piece[m.end() :]
        nxt = _AND.search(right)
        right = right[: nxt.start()] if nxt else right
        named = ACTOR.search(left) or ARTICLES.sub("", left.strip())[:1].isupper()
        head = ARTICLES.sub("", right.strip())
        # (not "... con Discapacidad y Otras Personas"; an acronym is a name: "l’EIIL")
        if named and (ACTOR.match(head) or re.match(r"[A-Z]{3,}\b", head)):
            out.append((start, left))
            start = m.end()
    out.append((start, piece[start:]))
    return out


# an aside naming those the addressees are to work with, not addressees: "le Secrétariat,
# agissant en consultation avec les États Membres,", "con el apoyo de ONU-Agua, los ..."
_WITH = re.compile(
    r"(?i)(?:^|,)\s*(?:agissant\s+(?:en\s+consultation|en\s+coopération|en\s+collaboration|avec)|"
    r"actuando\s+(?:en\s+consulta|en\s+cooperación|en\s+colaboración|con)|en\s+consultation\s+avec|"
    r"en\s+consulta\s+con|avec\s+l[’']appui|con\s+el\s+apoyo)[^,;]*(?=[,;]|$)"
)
_COMPLEMENT = re.compile(r"(?i)\s*(?:à|a|en|de|du|des|del|au|aux|para|pour|sur|sobre)\b")
_DANGLING = re.compile(
    r"(?i)\s+(?:y|e|et|ou|o)(?:\s+(?:la|le|el|les|los|las|l[’']|au|aux|al|a\s+la|à\s+la))?\s*$"
)


# what a verb may encourage that is no one ("les efforts visant à", "la utilización continua")
NOT_ACTOR = re.compile(
    r"^(?:(?:una|un|une)\s+)?(?:(?:todos|todas|tous|toutes)\s+(?:los|las|les)\s+|\w+\s+)?(?:efforts?|esfuerzos?|mesures|medidas|initiatives|iniciativas|utilisation|"
    r"utilización|uso|recherche|búsqueda|activités|actividades|travaux|labor|trabajos?|"
    r"collaboration|colaboración|coopération|cooperación|dialogue|diálogo|action|acción|"
    r"poursuite|continuación|mise|elaboración|élaboration|participation|participación|"
    r"examen|adoption|aprobación|création|creación|promotion|promoción|renforcement|"
    r"fortalecimiento|recours|establecimiento|application|aplicación|intégration|integración|"
    r"investissement|inversión|parachèvement|finalización|implementación|ejecución|"
    r"coordination|coordinación|échanges?|intercambios?|politiques?|políticas|formulation|"
    r"formulación|adopción|celebración|tenue|realización|réalisation|processus|proceso|"
    r"poursuite|ratification|ratificación|progrès|progresos|contributions|contribuciones|"
    r"gestiones|interacción|interaction|concertation)\b",
    re.I,
)
ARTICLES = re.compile(
    r"^(?:(?:y\s+compris|incluid[oa]s?|dont|entre\s+ell[oa]s|et|y|e|ou|o|à|a|aux|au|al|les|la|le|"
    r"l[’']|los|las|el|de|des|du|del|ainsi\s+que|"
    r"así\s+como)\b\s*)+",
    re.I,
)
# nouns that name actors, in French and Spanish ("toutes les parties concernées", "los
# Gobiernos", "las organizaciones regionales"): a piece without one names no one ("les
# efforts nationaux", "cet égard")
ACTOR = re.compile(
    r"\b(?:États?|Estados?|gouvernements?|gobiernos?|pays|países|parties|partes|acteurs?|actores?|"
    r"partenaires?|asociados?|organisations?|organizaciones?|organismes?|organismos?|"
    r"institutions?|instituciones?|organes|órganos?|entités?|entidades?|secteur|sector|société|sociedad|"
    r"communauté|comunidad|donateurs?|donantes?|membres?|miembros?|experts?|expertos?|"
    r"mécanismes?|mecanismos?|Rapporteu\w+|Relator\w*|Comité|Conseil|Consejo|Commission|"
    r"Comisión|Groupes?|Grupos?|Secréta\w+|Secretar\w+|Présidence|Presidencia|Président\w*|President\w*|Bureau|Oficina|"
    r"Fonds|Fondo|Programme|Programa|agences?|Misión|Mission|Représentant\w*|Representante\w*|"
    r"Envoyé\w*|Enviado\w*|autorités|autoridades|parlements?|parlamentos?|"
    r"Organisation|Organización|Directeur|Directrice|Director\w*|Coordonnateur|Coordinador\w*|"
    r"Haut-Commissa\w+|Alt[oa]\s+Comisionad\w+|Conférence|Conferencia|Assemblée|Asamblea|"
    r"Tribunal|Cour|Corte|Union|Unión|Banque|Banco|entreprises?|empresas?|médias|medios|"
    r"Puissances?|Potencias?|territoires?|territorios?|Forces?|Fuerzas?|Opération|Operación|"
    r"Département|Departamento|Division|División|Institut|Instituto|Université|Universidad|"
    r"Centre|Centro|Office|Équipe|Equipo|Coordonnat\w+|Agence|Organismo|"
    r"jeunes|jóvenes|femmes|mujeres|personnes|personas|peuples|pueblos|défenseurs|defensores|"
    r"instances|instancias|Naciones\s+Unidas|INTERPOL|Association|Asociación|régimen|régime|"
    r"reunión|réunion|participants|participantes|dirigeants|dirigentes|créanciers|acreedores|"
    r"débiteurs|deudores|intervenants|interesados|prestataires|agentes|chefs|jefes|responsables|"
    r"combattants|combatientes|colons|colonos|líderes|titulaires|titulares|juges|jueces|"
    r"alianzas|partenariats|auteurs|coauteurs|patrocinadores|délégations|delegaciones|lados)\b",
    re.I,
)
# a known actor's name inside another's: "l’Envoyée du Secrétaire général", "la Oficina
# Regional del Alto Comisionado"
_INSIDE = re.compile(
    r"(?-i:[A-ZÀ-Ý])[^\W\d_]+\s+(?:(?!(?:et|y|e|ou|o)\s)(?-i:[a-zà-ÿ])[^\W\d_]+\s+)?"
    r"(?:du|de\s+la|de\s+l[’']|des|del|de\s+los|de\s+las|de)\s*$"
)
# adverbials between the verb and its addressees: "Demande de nouveau à cet égard au ..."
ADVERBIAL = re.compile(
    r"\b(?:à\s+cet\s+égard|de\s+nouveau|en\s+outre|également|instamment|vivement|aussi|"
    r"a\s+este\s+respecto|nuevamente|también|además|encarecidamente|una\s+vez\s+más|"
    r"en\s+(?:este|ese)\s+(?:sentido|contexto)|a\s+ese\s+respecto|dans\s+ce\s+contexte|"
    r"à\s+ce\s+propos|de\s+ses\s+vœux|donc|partant|par\s+consiguiente|por\s+ende|"
    r"encore\s+une\s+fois|en\s+conséquence|par\s+conséquent|dès\s+lors)\b",
    re.I,
)
_ASIDE = re.compile(
    r"^(?:à\s+cet\s+égard|en\s+particulier|notamment|selon\s+qu|a\s+este\s+respecto|en\s+"
    r"particular|entre\s+otr|según\s+proceda|le\s+cas\s+échéant|dans\b|selon\b|conformément|"
    r"compte\s+tenu|afin\b|en\s+vue|de\s+conformidad|con\s+arreglo|en\s+consonancia|"
    r"teniendo\b|dentro\b|sous\b|sans\b|sin\b|en\s+application|en\s+coopération|"
    r"en\s+colaboración|en\s+cumplimiento)",
    re.I,
)


def antecedent(
    w: Words, text: str, dative: bool = False, singular: bool = False
) -> list[Addressee]:
    """The last actor named in `text`, for a pronoun after it ("Note les efforts fournis par
    les autorités de la République démocratique du Congo ..., les encourage à"); for a
    pronoun of the one spoken to ("y le solicita", "et lui demande"), the last one spoken to
    ("la solicitud que hizo al Secretario General ..."); else the last name ("la
    transformación de la Crónica ONU ..., y la alienta")."""
    spoken_to = list(_TO.finditer(text)) if dative else []
    for m in reversed(spoken_to):  # (one of the actors the language knows first)
        known = [who for p, who in w.actors if p.match(text, m.end())]
        if known:
            return known[:1]
    for m in reversed(spoken_to):
        if ACTOR.match(text, m.end()):
            return _named_at(text, m.end())
    listed = _last_list(w, text) if not singular and not dative else []
    if listed:
        return listed
    known = _known_actors(w, text)
    nouns = list(ACTOR.finditer(text))
    if not nouns and not known:
        names = [m for m in _NAME.finditer(text) if m.start() > 0]
        return [Addressee(names[-1].group(), kind_of(names[-1].group()))] if names else []
    latest = max(
        ((m.start(), who) for p, who in w.actors for m in p.finditer(text)),
        key=lambda x: x[0],
        default=None,
    )
    known = [latest[1]] if latest else []  # (the one named last, not first named)
    if not nouns:
        return known
    # (a name before a common noun: "la Puissance administrante a facilité ... sur le
    # territoire ..., et l’encourage à")
    named = [m for m in nouns if m.group()[:1].isupper()] if singular else []
    last = named[-1] if named else nouns[-1]
    if known and _known_at(w, text) >= last.start():
        return known
    return _named_at(text, last.start())


# what joins the actors of a list: ", ", " et les ", " y la "
_LIST_GAP = re.compile(
    r"(?:\s+(?:pour|para|de|du|des|del)\s+[^,;]{0,40}?)?\s*(?:,|,?\s+(?:et|y|e|ainsi\s+que|así\s+"
    r"como))\s+(?:(?:les|la|le|los|las|el|des|du|l[’'])\s*)?",
    re.I,
)


def _last_list(w: Words, text: str) -> list[Addressee]:
    """The list of actors named last before a plural pronoun, when the last named is one: the
    pronoun's antecedent is the whole list, not its last name."""
    spans: dict[int, tuple[int, Addressee]] = {}
    for p, who in w.actors:
        for m in p.finditer(text):
            spans[m.start()] = (m.end(), who)
    for m in ACTOR.finditer(text):
        if not any(a <= m.start() < e for a, (e, _) in spans.items()):
            (named,) = _named_at(text, m.start())
            spans[m.start()] = (m.start() + len(named.name), named)
    runs: list[list[tuple[int, int, Addressee]]] = []
    for start in sorted(spans):
        end, who = spans[start]
        if runs and _LIST_GAP.fullmatch(text, runs[-1][-1][1], start):
            runs[-1].append((start, end, who))
        elif not runs or start >= runs[-1][-1][1]:
            runs.append([(start, end, who)])
    # (only a list named last: "le Programme des Nations Unies pour le développement et le
    # Conseil de l’Europe ..., ainsi que leur fructueuse coopération, les encourage à"; an
    # actor's noun after the list may be the antecedent as well as the list)
    return [who for _, _, who in runs[-1]] if runs and len(runs[-1]) >= 2 else []


def _named_at(text: str, at: int) -> list[Addressee]:
    tail = re.match(
        r"[^,;:]*?(?=\s+(?:pour|para|à|a|afin|qui|que|en|dans|sur|et|y)\b|[,;:]|$)", text[at:]
    )
    name = tail.group() if tail else text[at:].split()[0]
    return [Addressee(name, kind_of(name))]


# whom something is addressed to: "al Secretario General", "au Secrétaire général"
_TO = re.compile(r"\b(?:(?:al|a\s+la|a\s+los|a\s+las|au|aux|à\s+la)\s+|à\s+l[’']\s*)", re.I)
# a proper name: "la Crónica ONU", "le Corps commun d’inspection"
_NAME = re.compile(
    r"(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:\s+(?:(?:de|del|des|du|la|las|los|le|l[’'])\s*)?(?-i:[A-ZÀ-Ý])[^\W\d_]+)*"
)


def _known_at(w: Words, text: str) -> int:
    return max((m.start() for p, _ in w.actors for m in p.finditer(text)), default=-1)


def _known_actors(w: Words, text: str) -> list[Addressee]:
    """The actors of the language's list named in `text`, in their order."""
    found = sorted(
        ((m.start(), who) for pattern, who in w.actors for m in pattern.finditer(text)),
        key=lambda x: x[0],
    )
    out: list[Addressee] = []
    for _, who in found:
        if who not in out:
            out.append(who)
    return out


def kind_of(name: str) -> str:
    low = name.lower()
    if any(k in low for k in ("état", "estado", "gouvernement", "gobierno", "pays", "país")):
        return "member_states"
    if any(k in low for k in ("nations unies", "naciones unidas", "rapporteur", "relator")):
        return "un_system"
    return "non_state"


def object_of(phrase: str) -> str:
    """What a verb governs, without the adverbials and asides before it ("Encourage, dans les
    situations d’urgence humanitaire, les efforts", "préconise à cet égard la mise en œuvre")."""
    phrase = ADVERBIAL.sub(" ", phrase)
    phrase = re.sub(r"^\s*,[^,;]{1,250},", " ", phrase)
    return re.sub(ARTICLES, "", phrase.strip(" ,"))


# actors named by the cooperation asked of them: "la cooperación entre las Naciones Unidas y
# el Consejo de Europa", "la coopération entre l’Organisation et INTERPOL"
BETWEEN = re.compile(
    r"\b(?-i:cooperación|colaboración|coordinación|diálogo|interacción|intercambios?|consultas|"
    r"coopération|collaboration|coordination|dialogue|interaction|échanges|concertation)\b"
    r"[^,;:()]{0,60}?(?:,[^,;:()]{1,40},(?:(?:\s+con\s+respecto\s+a|\s+sur|\s+on)[^,;:()]{0,60}?)?)?\s*\b(?:entre|among|qu[’']entretiennent|que\s+mantienen)\s+(?P<who>[^;:]{1,300}?)(?=\s+(?:"
    r"(?:para|pour)\s+(?!(?:los|las|el|la|les|le|l[’'])\s*(?:(?-i:[A-Z])|réfugiés|développement|"
    r"environnement|enfance|alimentation|éducation|desarrollo|medio\s+ambiente|infancia|"
    r"refugiados))|a\s+fin|con\s+miras|"
    r"en\s+(?:el|la|los|las|lo|materia|apoyo|relación|esferas?|ámbitos?|esas?|esos?|estas?|estos?|ese|este)|sobre|mediante|"
    r"por\s+conducto|con\s+(?:el|la|miras|respecto)|dentro|afin|en\s+vue|dans|sur|par\s+"
    r"l|au\s+service|en\s+matière|aux\s+fins|à\s+l|en\s+ce\s+qui|cuando|lorsque|a\s+nivel|"
    r"au\s+niveau|de\s+(?:modo|manera|façon)|a\s+través|así\s+como|ainsi\s+que|[ye]\s+a\s+que|"
    r"et\s+à|soi(?:en)?t|sea|sean)\b|[;:.]|$)",
    re.I,
)


QUANTIFIERS = re.compile(
    r"^(?:(?:ensemble\s+des|ensemble\s+du|todos|todas|tous|toutes|tout|toute|ambos|ambas|les|los|"
    r"las|la|le|l[’']|el|des|"
    r"ces|estos|estas|esos|esas|sus|ses|leurs|sa|son|su|cada|chaque|dichos?|dichas?|deux|dos)"
    r"\b\s*)+",
    re.I,
)


def actor_head(subject: str, w: Words | None = None) -> str | None:
    """A subject whose head names an actor ("les acteurs du développement", "la Puissance
    occupante", "el régimen sirio"), without an aside before it; None for a thing of theirs
    ("las contribuciones prometidas por los donantes", "el juicio")."""
    subject = subject.strip(" ,")
    head = QUANTIFIERS.sub("", subject)
    if head[:1].islower() and not ACTOR.match(head) and "," in head:
        # "qu’en application des résolutions pertinentes du Conseil de sécurité, Israël"
        subject = subject.split(",", 1)[1].strip()
        head = QUANTIFIERS.sub("", subject)
    known = w is not None and any(p.match(head) for p, _ in w.actors)
    return subject if head[:1].isupper() or ACTOR.match(head) or known else None


def is_named(a: Addressee) -> bool:
    return bool(a.name[:1].isupper() or ACTOR.search(a.name))


# actors named by the efforts asked of them: "Alienta los esfuerzos de todos los Estados
# partes por elaborar", "la participación de los Estados en un diálogo", "Pide la plena
# cooperación de Israel con", "por parte de los Estados", as English "efforts by all States"
OF = re.compile(
    r"(?:(?-i:plena|pleine|mayor|plus\s+grande)\s+)?(?:(?-i:esfuerzos|participación|cooperación|colaboración|contribuciones|compromiso|"
    r"efforts|participation|coopération|collaboration|contributions|engagement|initiatives|"
    r"iniciativas|labor|gestiones)\s+(?:(?-i:plena|pleine|activa|active|continua|continue|constantes?|"
    r"continuas|constants|soutenus|sostenidas|constructiva|constructive)\s+)?(?:(?:des|del|du|de|desde)\b|d[’']|(?-i:[a-zàâçéèêëîïôûù]+(?:ées|és|"
    r"ises|adas|idas))\s+(?:par|por))|por\s+parte\s+"
    r"(?:de|del)|de\s+la\s+part\s+(?:de|des|du|d[’']))\s*(?P<who>[^,;:()]{1,150}?)(?=\s+(?:por|para|"
    r"con|en|a|à|pour|avec|dans|afin|sur|visant|encaminad\w+|destinad\w+|que|qui|y|et)\b|[,;:.]|$)",
    re.I,
)


# actors whose cooperation among themselves is asked for: "la coordination et la cohésion des
# entités des Nations Unies entre elles et avec les parties prenantes"
_AMONG_THEMSELVES = re.compile(
    r"\b(?-i:coordination|coopération|collaboration|cohésion|coordinación|cooperación|"
    r"colaboración|coherencia)\b[^,;:]{0,40}?\b(?:des|du|de\s+la|de\s+l[’']|de\s+los|de\s+las|"
    r"del)\s*(?P<who>[^,;:]{1,80}?)\s+entre\s+(?:elles|eux|ellos|ellas|sí)\b",
    re.I,
)


# (not the agent of a participle: "la politique nationale ... élaborée par le Gouvernement",
# "comme prévu par le Programme")
# whom a thing asked for names as its doer after it: "l’application sans réserve et
# transparente, par tous les créanciers bilatéraux officiels, de l’Initiative", "la
# elaboración de mecanismos de regulación por la Comunidad Económica ...", as English "the
# full and transparent implementation by all official bilateral creditors"
AGENT = re.compile(
    r"^(?P<thing>[^;:()]{0,120}?)(?:,\s*|\s+)"
    r"(?:par|por(?:\s+parte(?=\s+de))?)\s+(?:de\s+|d[’']\s*)?"
    r"(?P<who>(?:(?:tous|toutes|todos|todas)\s+)?(?:les|los|las|la|le|l[’']|el)\s*[^,;:()]{1,120}?)"
    r"(?=\s+(?:(?:pour|para)\s+(?!(?:la|le|l[’']|el|les|los|las)\s*(?-i:[A-Z]))|afin|con\s+miras|en\s+vue|avec|dans|sur|sobre|[ye]t?\s+(?:a|à)\s|y\s+(?:pide|alienta|"
    r"exhorta|insta|solicita|invita|observa|acoge))\b|[,;:.]|$)",
    re.I,
)


# (not the nouns in "-ité", "-auté": "des capacités par l’Organisation")
PARTICIPLE = re.compile(
    r"(?i)(?:(?<!it)(?<!ut)(?:é|ée|és|ées)|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites|ado|ada|ados|"
    r"adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha)$"
)
_CONTINUED_USE = re.compile(r"(?i)\bcontinu(?:e|ée|és|ées|ado|ada|ados|adas)$")


def _agent(thing: str) -> re.Match | None:
    m = AGENT.match(thing) if NOT_ACTOR.match(thing) else None
    if m is None:
        return None
    before = m.group("thing")
    # ("l’utilisation continue par le Département": an adjective, not a participle)
    return None if PARTICIPLE.search(before) and not _CONTINUED_USE.search(before) else m


def nominal_actors(w: Words, text: str, doc: Document) -> list[Addressee]:
    thing = QUANTIFIERS.sub("", object_of(text))  # (efforts: what the verb governs)
    m = _AMONG_THEMSELVES.search(text) or BETWEEN.search(text) or OF.match(thing) or _agent(thing)
    if m is None:
        return []
    head = actor_head(m.group("who"), w)
    return [a for a in addressees(w, head, doc) if is_named(a)] if head else []
