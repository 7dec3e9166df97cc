"""Mandates in the resolutions' other languages: who is asked to do what, by when, read in
the words of the language (French and Spanish so far: `clausewise.grammar.fr`/`es` hold
the words, this module the reading), the way `clausewise.enrich.mandates` reads English:

- a paragraph is cut into clauses where another operative verb begins (", et prie",
  "; alienta"), the verbs known by the language's lead grammar (lower case mid-sentence);
- a clause whose verb asks for action (its English lemma in `mandates.TYPES`: "Prie" and
  "Solicita" request, "Invite"/"Invita" invite, "Demande aux États"/"Exhorta a" call) gives
  one mandate per action: after the addressees, "de présenter ...", "à envisager ...",
  "que presente ...", and each ", et de ..." / "; que ..." after it; or one per point when
  the addressees end with a colon;
- the points under a chapeau that only opens them are one mandate each ("Exhorta a ... a
  que:", "de prendre les mesures ci-après :"); an ask restated by its noun ("Réitère son
  appel aux États", "Reitera su invitación a") is the noun's verb; the subject of a
  that-clause in the subjunctive is asked ("Solicita que el Consejo ... considere"); a verb
  with its pronoun ("et le prie de", "y lo alienta a") asks the one named before;
- actions are cut where English cuts its infinitives (", et de", and a bare " et de" /
  " y que" after an action with words of its own, not inside a purpose; in Spanish, which
  seldom repeats "que", a list of verbs in the subjunctive: "a que proporcionen ...,
  apoyen ... y fortalezcan": `actions_lang`);
- "Décide de rester saisi" and "Décide d’inscrire à l’ordre du jour provisoire de sa
  soixante-seizième session" are the body's own agenda, as in English; a decision done
  when adopted ("Décide de répartir", "Decide aprobar") asks nothing;
- the due session from the ordinal words ("à sa soixante-seizième session", "en su
  septuagésimo sexto período de sesiones"), with its years; report_to the body when a
  report is asked for by then; addressees by the language's names of the actors, kept in
  English ("Secretary-General") so that the six versions name one actor alike.

A mandate's place is its paragraph's eId, the same in every version: the k-th mandate of
paragraph `para_15` is one mandate across the languages (`versions.mandate_ids`); how many
actions a clause holds differs by language, so a version is paired with its English by
`mandates_align.beside`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from ..grammar import Language, language
from ..grammar.engine import OPERATIVE
from ..lexicon import Lead
from ..model import Addressee, Document, Due, Item, Mandate, Paragraph
from .actions_lang import actions, depth_ok
from .addressees import BODY_NAMES, body_itself
from .clauses import SPLIT_LEMMAS, TYPES
from .sessions import session_years

SUPPORTED = ("fr", "es")


@dataclass(frozen=True)
class _Words:
    """A language's mandate words, compiled."""

    lang: Language
    action: re.Pattern
    next_action: re.Pattern
    gap: re.Pattern
    call_names: re.Pattern
    remain: re.Pattern
    cont: re.Pattern
    decide_acts: re.Pattern
    due: re.Pattern
    report: re.Pattern
    actors: tuple[tuple[re.Pattern, Addressee], ...]
    joined: re.Pattern
    purpose: re.Pattern
    governed: re.Pattern
    delivery: re.Pattern
    light: frozenset[str]
    bare_content: int  # words an action needs before a bare "et de" / "y que" cuts
    next_verb: re.Pattern | None  # a further action's bare verb ("y proporcione"), group "verb"
    verb_purpose: re.Pattern  # after it a bare verb goes on with the purpose ("para que puedan")
    clitic: re.Pattern
    self_executing: re.Pattern
    restated: re.Pattern  # group "noun": a restated ask's noun, a key of `restated_type`
    restated_type: dict[str, str]


@cache
def _words(code: str) -> _Words:
    lang = language(code)
    mod = lang.module
    actors = []
    for line in mod.ADDRESSEES.strip().splitlines():
        name, _, rest = line.partition("=")
        english, _, kind = rest.partition("|")
        # (an apostrophe either way, a hyphen or a non-breaking one: "Haut‑Commissariat")
        words = [re.escape(w).replace("’", "[’']").replace(r"\-", "[-‑]") for w in name.split()]
        pattern = re.compile(r"\b" + r"\s+".join(words) + r"\b", re.I)
        actors.append((pattern, Addressee(english.strip(), kind.strip())))
    actors.sort(key=lambda x: len(x[0].pattern), reverse=True)
    return _Words(
        lang=lang,
        action=re.compile(mod.ACTION_MARK, re.I),
        next_action=re.compile(mod.NEXT_ACTION, re.I),
        gap=re.compile(mod.CLAUSE_GAP, re.I),
        call_names=re.compile(mod.CALL_NAMES, re.I),
        remain=re.compile(mod.REMAIN_SEIZED, re.I),
        cont=re.compile(mod.CONTINUE, re.I),
        decide_acts=re.compile(mod.DECIDE_ACTS, re.I),
        due=re.compile(mod.DUE, re.I),
        report=re.compile(mod.REPORT, re.I),
        actors=tuple(actors),
        joined=re.compile(mod.JOINED, re.I),
        purpose=re.compile(mod.PURPOSE, re.I),
        governed=re.compile(mod.GOVERNED, re.I),
        delivery=re.compile(mod.DELIVERY, re.I),
        light=frozenset(mod.LIGHT.split()),
        bare_content=mod.BARE_CONTENT,
        next_verb=re.compile(mod.NEXT_VERB, re.I) if hasattr(mod, "NEXT_VERB") else None,
        verb_purpose=re.compile(getattr(mod, "VERB_PURPOSE", mod.PURPOSE), re.I),
        clitic=re.compile(mod.CLITIC_LEAD, re.I),
        self_executing=re.compile(mod.SELF_EXECUTING, re.I),
        restated=re.compile(
            mod.RESTATED_OPEN + r"(?P<noun>" + "|".join(mod.RESTATED) + r")(?:e?s)?\b", re.I
        ),
        restated_type={k: v for k, v in mod.RESTATED.items()},
    )


def _lead(w: _Words, text: str) -> Lead | None:
    """The operative verb opening `text`, capital or not (a clause mid-sentence)."""
    g = w.lang.leads
    assert g is not None
    if g.capital and text[:1].islower():
        text = text[:1].upper() + text[1:]
    return g.match(text)


def clauses(w: _Words, text: str, finite: bool = False) -> list[tuple[int, int, Lead, int]]:
    """(start, end, lead, clitic) of each clause: `clitic` is the length of an object pronoun
    before the verb ("et le prie de", "y lo alienta a"), whose addressee is named before.
    `finite`: no ask by its participle (in a point, "tout en exhortant" is the point's own
    actor's, not the resolution's)."""
    first = _lead(w, text)
    if first is not None and first.kind != OPERATIVE:
        return []
    # (a paragraph opening with a verb the grammar does not know, "Se propose d’envisager
    # ... et invite ses grandes commissions à", still has the clauses after it)
    found: list[tuple[int, int, Lead, int]] = [(0, 0, first, 0)] if first else []
    split = _SPLIT
    for m in w.gap.finditer(text, first.end if first else 0):
        at = m.end()
        if at >= len(text) or not text[at].islower() or not depth_ok(text, at):
            continue
        pronoun = w.clitic.match(text, at)
        skip = pronoun.end() - at if pronoun else 0
        lead = _lead(w, text[at + skip :])
        if lead is None and skip:
            continue
        if lead is None and not skip:
            continue
        # (", tout en invitant les États Membres à", "tout en priant instamment": an ask by
        # its participle, as English "while inviting")
        participle = lead.kind != OPERATIVE or bool(
            re.search(r"(?i)tout\s+en\s+$", text[m.start() : at])
        )
        after = re.sub(_ARTICLES, "", text[at + lead.end :].lstrip())
        if participle and finite:
            continue
        since = found[-1][1] if found else 0
        if participle and _REPORTED.search(text, since, m.start()):
            # "... du communiqué ..., qui exige notamment ... et qui adopte la feuille de route
            # ..., demandant à la communauté internationale de": the communiqué's call,
            # reported, not the body's (as English "which inter alia demanded ..., calling upon")
            continue
        if participle and lead.lemma in TYPES and not skip and _head(after, w):
            found.append((m.start(), at, lead, skip))
            continue
        if lead.kind != OPERATIVE or lead.lemma not in split:
            continue
        if not skip and found and re.fullmatch(r"\s*(?:et|y|e)\s*", text[m.start() : at]):
            prev_start, prev_at, prev_lead, prev_skip = found[-1]
            blank = not text[prev_at + prev_skip + prev_lead.end : m.start()].strip()
            if blank and prev_lead.lemma in TYPES:
                continue  # "encourage et appuie tous les efforts": two verbs, one object
            if w.lang.code == "fr" and _PURPOSE_THAT.search(text, prev_at, m.start()):
                # "afin qu’il rende mieux compte ... et garantisse ainsi davantage la
                # transparence et encourage tous les États Membres à": the purpose's verb
                continue
        if skip and lead.lemma not in TYPES:
            continue  # "la note": a pronoun before a verb that asks nothing is no clause here
        found.append((m.start(), at, lead, skip))
    return [
        (at, found[i + 1][0] if i + 1 < len(found) else len(text), lead, skip)
        for i, (_, at, lead, skip) in enumerate(found)
    ]


# a relative clause that reports what another body said or did: "qui exige notamment",
# "en el que, entre otras cosas, se exigía"
_REPORTED = re.compile(
    r"(?i)\b(?:qui|où|dans\s+(?:lequel|laquelle)|en\s+(?:el|la)\s+que|que)\s+(?:,[^,;]{1,80},\s*)?"
    r"(?:notamment\s+|entre\s+otras\s+cosas,?\s+|se\s+)?(?:exige|exigeait|demande|demandait|"
    r"adopte|adoptait|souligne|prie|exhorte|engage|invite|appelle|encourage|recommande|décide|"
    r"exigía|pedía|instaba|solicitaba|exhortaba|alentaba|invitaba|aprobaba|subrayaba)\b"
)
# a clause of purpose with a pronoun for subject, whose verbs after "et" go on being its own:
# "afin qu’il rende ... et garantisse ... et encourage" (in French, where "encourage" is the
# subjunctive too; but "pour que les travaux ... soient de qualité et prie le Secrétaire
# général de" is the body's own ask again)
_PURPOSE_THAT = re.compile(
    r"(?i)\b(?:afin|pour|de\s+sorte|de\s+manière|de\s+façon)\s+qu[’'](?:il|elle)s?\b"
)
# verbs that restate an earlier ask by its noun ("Réitère son appel", "Reafirma su solicitud")
_RESTATING = ("reiterate", "renew", "reaffirm", "recall")
# what a restated ask was for, when it names no addressee: "tendant à ce que", "de que"
_ABOUT = re.compile(r"(?i)\b(?:(?:tendant|visant)\s+à\s+ce\s+|de\s+)(?=qu(?:e\b|[’']))")
# its own ask recalled by its verb: "Rappelle qu’elle a invité", "Recuerda que ha solicitado"
_RECALLED = re.compile(
    r"\s*(?:qu[’'](?:elle|il)\s+a\s+|que\s+(?:ha\s+|había\s+)?)(?:(?:déjà|instamment|ya)\s+)?"
    r"(?P<v>invité|demandé|prié|engagé|encouragé|exhorté|solicitado|invitado|alentado|exhortado|"
    r"instado|pedido|solicitó|invitó|alentó|exhortó|instó|pidió)\s+",
    re.I,
)
_RECALLED_VERB = {
    "invit": "invite", "deman": "call", "prié": "request", "engag": "encourage",
    "encou": "encourage", "exhor": "urge", "solic": "request", "alent": "encourage",
    "insta": "urge", "instó": "urge", "pedid": "request", "pidió": "request",
}  # fmt: skip
# where it was made: "les dispositions du paragraphe 76 de sa résolution 74/252, dans lequel
# elle a prié le Secrétaire général de", "en el que solicitó al Secretario General que"
_RECALLED_IN = re.compile(
    r"^[^;]{0,200}?,\s*(?:dans\s+(?:lequel|laquelle|lesquels|lesquelles)|où|en\s+(?:el|la|los|las)\s+"
    r"que)\s+(?:elle\s+a\s+|se\s+)?(?:(?:déjà|instamment|también)\s+)?(?P<v>invité|demandé|prié|"
    r"engagé|encouragé|exhorté|solicitó|invitó|alentó|exhortó|instó|pidió|solicitaba|invitaba|"
    r"alentaba|exhortaba|instaba|pedía)\s+",
    re.I,
)
_RECALLED_VERB.update({"solic": "request", "pedía": "request"})
# its own ask recalled in the passive: "Rappelle que la Directrice exécutive ... a été invitée"
_RECALLED_PASSIVE = re.compile(
    r"(?i)^\s*que\s+(?P<who>[^,;]{1,150}?)\s+(?:a|ont)\s+été\s+(?P<v>invité|prié|engagé|"
    r"encouragé|exhorté)e?s?\b"
)
# its own ask recalled: "Recuerda su invitación al Secretario General", "Rappelle sa demande"
_OWN = r"(?i)\s*(?:\w+\s+)?(?:su|sus|son|sa|ses)\s"
# who made a restated call, before what it is for: "lancé par le Secrétaire général ... en
# faveur de"
_AGENT_FIRST = re.compile(
    r"(?i)\s*(?:par|por)\s+[^;]{1,200}?\s+(?=en\s+faveur|en\s+favor|a\s+favor)"
)
# whom a thing asked for names as its doer: "un cessez-le-feu ... par toutes les parties"
_BY = re.compile(
    r"\b(?:par|por)\s+(?P<who>(?:(?:toutes|todas|tous|todos)\s+)?(?:les|las|los|le|la|el|l[’'])\s*"
    r"[^,;]{1,80}?)(?=[,;]|\s+(?:sin|sans|y|et|en|dans|pour|para)\b|$)",
    re.I,
)


# operative verbs that end the clause before them (", et souligne", "; alienta"): those
# English cuts at (`clauses.SPLIT_LEMMAS`, "supports" among them), and "prône", which asks
# as English "invites" does
_SPLIT = SPLIT_LEMMAS | {"support", "advocate"}


def addressees(w: _Words, phrase: str, doc: Document) -> list[Addressee]:
    """The actors named in `phrase`, known ones by their English names, others as written."""
    found: list[tuple[int, Addressee]] = []
    rest = _WITH.sub(",", _ADVERBIAL.sub(",", phrase))
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
            piece = re.sub(_ARTICLES, "", piece).strip()
            piece = re.sub(
                r"\s+(?:pour|para|afin|de|d[’']|del|des|du|de\s+(?:los|las|la))$", "", piece
            )
            piece = re.sub(_DANGLING, "", piece)  # "el Gobierno y la [Oficina ...]"
            # an actor's noun, or a proper name ("Israël", "la Federación de Rusia")
            if (_ACTOR.search(piece) or piece[:1].isupper()) and not _ASIDE.match(piece):
                found.append((m.start() + at, Addressee(piece, _kind(piece))))
    if not found:
        # whom the verb asks, named by no actor's noun ("los órganos establecidos por la
        # Convención", "les initiatives des médias"): the phrase itself, as English keeps it
        first = next((x for x in rest.split(",") if x.strip(" \x00")), "")
        piece = re.sub(_ARTICLES, "", re.sub(r"^\W+|\W+$", "", first)).strip()
        piece = re.sub(r"\s+(?:pour|para|afin|de|d[’'])$", "", piece)
        if (
            piece
            and not _ASIDE.match(piece)
            and not _NOT_ACTOR.match(piece)
            and len(piece.split()) <= 12
        ):
            found.append((0, Addressee(piece, _kind(piece))))
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
        named = _ACTOR.search(left) or _ARTICLES.sub("", left.strip())[:1].isupper()
        head = _ARTICLES.sub("", right.strip())
        # (not "... con Discapacidad y Otras Personas"; an acronym is a name: "l’EIIL")
        if named and (_ACTOR.match(head) or re.match(r"[A-Z]{3,}\b", head)):
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
_NOT_ACTOR = re.compile(
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
    r"gestiones)\b",
    re.I,
)
_ARTICLES = re.compile(
    r"^(?:(?:y\s+compris|incluid[oa]s?|dont|entre\s+ell[oa]s|et|y|e|ou|o|à|a|aux|au|al|les|la|le|"
    r"l[’']|los|las|el|de|des|du|del|ainsi\s+que|"
    r"así\s+como)\b\s*)+",
    re.I,
)
# nouns that name actors, in French and Spanish ("toutes les parties concernées", "los
# Gobiernos", "las organizaciones regionales"): a piece without one names no one ("les
# efforts nationaux", "cet égard")
_ACTOR = re.compile(
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
_ADVERBIAL = re.compile(
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


def _antecedent(
    w: _Words, text: str, dative: bool = False, singular: bool = False
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
        if _ACTOR.match(text, m.end()):
            return _named_at(text, m.end())
    listed = _last_list(w, text) if not singular and not dative else []
    if listed:
        return listed
    known = _known_actors(w, text)
    nouns = list(_ACTOR.finditer(text))
    if not nouns and not known:
        names = [m for m in _NAME.finditer(text) if m.start() > 0]
        return [Addressee(names[-1].group(), _kind(names[-1].group()))] if names else []
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


def _last_list(w: _Words, text: str) -> list[Addressee]:
    """The list of actors named last before a plural pronoun, when the last named is one: the
    pronoun's antecedent is the whole list, not its last name."""
    spans: dict[int, tuple[int, Addressee]] = {}
    for p, who in w.actors:
        for m in p.finditer(text):
            spans[m.start()] = (m.end(), who)
    for m in _ACTOR.finditer(text):
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
    return [Addressee(name, _kind(name))]


# whom something is addressed to: "al Secretario General", "au Secrétaire général"
_TO = re.compile(r"\b(?:(?:al|a\s+la|a\s+los|a\s+las|au|aux|à\s+la)\s+|à\s+l[’']\s*)", re.I)
# a proper name: "la Crónica ONU", "le Corps commun d’inspection"
_NAME = re.compile(
    r"(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:\s+(?:(?:de|del|des|du|la|las|los|le|l[’'])\s*)?(?-i:[A-ZÀ-Ý])[^\W\d_]+)*"
)


def _known_at(w: _Words, text: str) -> int:
    return max((m.start() for p, _ in w.actors for m in p.finditer(text)), default=-1)


def _known_actors(w: _Words, text: str) -> list[Addressee]:
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


def _kind(name: str) -> str:
    low = name.lower()
    if any(k in low for k in ("état", "estado", "gouvernement", "gobierno", "pays", "país")):
        return "member_states"
    if any(k in low for k in ("nations unies", "naciones unidas", "rapporteur", "relator")):
        return "un_system"
    return "non_state"


def due_by_ordinal(pattern: re.Pattern, lang: Language, text: str, doc: Document) -> Due | None:
    """The first session `pattern` finds in `text` by its ordinal words (group "ord":
    "soixante-seizième", "septuagésimo sexto", "семьдесят шестой", "第七十六"), with its years."""
    for m in pattern.finditer(text):
        n = lang.ordinal(m.group("ord"))
        if n is None:
            continue
        code = doc.body or "GA"
        y0, y1 = session_years(code, n)
        return Due(code, n, y0, y1)
    return None


def _make(w: _Words, eid, mtype, verb, who, action, text, doc) -> Mandate:
    due = due_by_ordinal(w.due, w.lang, action, doc)
    report_to = None
    if w.report.search(action) and (due or re.search(r"\blui\b|\ble\s+presente", action)):
        code = due.body if due else (doc.body or "GA")
        report_to = BODY_NAMES.get(code, code)
    recurrence = "one-off" if due else None
    if re.search(r"\b(?:chaque\s+année|annuel\w*|cada\s+año|anual\w*)\b", action, re.I):
        recurrence = "annual"
    return Mandate(
        paragraph=eid,
        type=mtype,
        verb=verb,
        addressees=tuple(who),
        with_=(),
        action=_short(action),
        due=due,
        report_to=report_to,
        recurrence=recurrence,
        text=text,
    )


def _short(action: str) -> str:
    action = action.strip().rstrip(";.:,")
    m = re.search(r"[;]", action)
    return action[: m.start()] if m else action


def _leaves(items: tuple[Item, ...]):
    for it in items:
        if it.items:
            yield from _leaves(it.items)
        else:
            yield it


def _clause_mandates(w: _Words, eid, text, items, doc, finite=False) -> list[Mandate]:
    types = TYPES
    out: list[Mandate] = []
    for start, end, lead, skip in clauses(w, text, finite):
        mtype = types.get(lead.lemma)
        if lead.lemma == "request" and re.search(r"(?i)\binstamment\b", lead.text):
            mtype = types.get("urge")  # "Prie de nouveau instamment", English "Again urges"
        # "Souhaite que les États ... apportent une aide", as English "Encourages States to":
        # a wish asks whom its that-clause names (or whose cooperation it wishes for)
        wish = mtype is None and lead.lemma == "wish" and not skip
        if wish:
            mtype = "encouragement"
        clause = text[start:end].strip().rstrip(";.,")
        insist = _INSIST.match(_ADVERBIAL.sub(" ", clause[skip + lead.end :]))
        if insist and lead.text.lower().startswith("insist") and not skip:
            # "insiste à cet égard auprès du Département de la communication globale pour
            # qu’il fasse du multilinguisme ... une priorité", as English "urges the
            # Department ... to mainstream multilingualism"
            who = [a for a in addressees(w, insist.group("who"), doc) if _named(a)]
            if who:
                action = clause[skip + lead.end :][insist.end("who") :].strip()
                out.append(_make(w, eid, types.get("urge"), lead.text, who, action, clause, doc))
            continue
        if mtype is None and lead.lemma == "advocate" and not skip:
            # "prône ... le maintien de la coopération entre les institutions financières
            # internationales, ...", as English "invites continued cooperation among": those
            # whose cooperation it asks for, if it names them (read as a wish is)
            mtype, wish = "encouragement", True
        if (
            mtype is None
            and lead.lemma == "express"
            and _DETERMINED.search(lead.text)
            and not re.search(r"(?i)\b(?:de\s+nouveau|à\s+nouveau)\b", lead.text)
            and re.match(r"(?i)\s*à\s+(?!être\b)", clause[skip + lead.end :])
            and not skip
        ):
            # "se déclare déterminée à œuvrer à la réalisation d’un consensus mondial", as
            # English "resolves to work towards a global consensus": the body's own commitment
            rest = clause[lead.end :].strip()
            out.append(
                _make(w, eid, "decision", lead.text, [body_itself(doc.body)], rest, clause, doc)
            )
            continue
        if mtype is None and lead.lemma == "propose" and not skip:
            # "propose à ses grandes commissions ... d’accroître", "propone que ... el
            # Secretario General prosiga": a proposal to those it names, as English "Invites"
            mtype = types.get("invite")
        if mtype is None and lead.lemma not in _RESTATING:
            continue
        rest = clause[skip + lead.end :]
        shared = re.match(r"(?i)\s*(?:et|y|e)\s+", rest)
        second = _lead(w, rest[shared.end() :]) if shared else None
        if second is not None and second.kind == OPERATIVE:
            rest = rest[shared.end() + second.end :]  # "encourage et appuie tous les efforts"
            thing = _QUANTIFIERS.sub("", _object(rest))
            if not _NOT_ACTOR.match(thing) and not _head(thing, w):
                continue  # "Encourage et soutient l’entrepreneuriat féminin": no one asked
        if skip:
            # "..., et le prie de ...": the one named before, by the last clause that asked,
            # else the last actor named
            m = _action_mark(w, rest)
            pronoun = text[start : start + skip].strip().lower()
            dative = pronoun in ({"le", "les"} if w.lang.code == "es" else {"lui", "leur"})
            singular = pronoun in ("le", "la", "lo", "l’", "l'", "lui")
            who = (
                list(out[-1].addressees) if out else _antecedent(w, text[:start], dative, singular)
            )
            if m is not None and who and not _ADVERBIAL.sub("", rest[: m.start()]).strip(" ,"):
                for act in actions(w, rest[m.start() :]):
                    out.append(_make(w, eid, mtype, lead.text, who, act, clause, doc))
            continue
        last = end >= len(text.rstrip())
        verb = lead.text
        if lead.lemma in _RESTATING and not w.restated.match(rest):
            # "reafirma a este respecto su solicitud de que": past the adverbial
            plain = _ADVERBIAL.sub(" ", rest)
            if w.restated.match(plain):
                rest = plain
        restated = w.restated.match(rest) if lead.lemma in _RESTATING else None
        own = restated and re.match(r"(?i)\s*(?:a|al|à|au|aux)\s", rest[restated.end() :])
        if restated and lead.lemma == "recall" and not re.match(_OWN, rest) and not own:
            # ("Recuerda la invitación a la Directora Ejecutiva ... a que facilite": addressed
            # to someone and made by no one named, its own, as English "Recalls the invitation
            # to")
            restated = None  # "Recuerda la solicitud que la Comisión formuló": not its own ask
        recalled = _RECALLED.match(rest) if lead.lemma == "recall" and not restated else None
        if not restated and not recalled and lead.lemma in _RESTATING:
            # "Réaffirme les dispositions du paragraphe 76 de sa résolution 74/252, dans lequel
            # elle a prié le Secrétaire général de": its own ask, recalled where it was made
            recalled = _RECALLED_IN.search(rest)
        if recalled and recalled.re is _RECALLED_IN:
            mtype = types.get(_RECALLED_VERB[recalled.group("v").lower()[:5]])
            verb = clause[: skip + lead.end + recalled.end()].strip()
            rest = rest[recalled.end() :]
        elif recalled:
            # "Rappelle qu’elle a invité les Parties à la Convention à reconnaître": its own
            # ask recalled, as "Recuerda su invitación a las partes en la Convención a"
            mtype = types.get(_RECALLED_VERB[recalled.group("v").lower()[:5]])
            verb = clause[: skip + lead.end + recalled.end()].strip()
            rest = rest[recalled.end() :]
        passive = _RECALLED_PASSIVE.match(rest) if lead.lemma == "recall" else None
        if passive and not restated and not recalled:
            # "Rappelle que la Directrice exécutive du Programme des Nations Unies pour
            # l’environnement a été invitée, en sa qualité de ..., à faciliter", as English
            # "Recalls the invitation to the Executive Director ... to facilitate"
            who = [a for a in addressees(w, passive.group("who"), doc) if _named(a)]
            after = rest[passive.end() :]
            m = _action_mark(w, after)
            if who and m is not None:
                mtype = types.get(_RECALLED_VERB[passive.group("v").lower()[:5]])
                for act in actions(w, after[m.start() :]):
                    out.append(_make(w, eid, mtype, verb, who, act, clause, doc))
            continue
        if mtype is None and not restated:
            continue
        if lead.lemma == "recall" and not restated and not recalled:
            continue
        if restated:  # "Réitère son appel aux États de ...": the ask restated is the mandate
            noun = restated.group("noun").lower()
            mtype = types.get(w.restated_type.get(noun, ""))
            verb = f"{lead.text} {restated.group().strip()}"
            rest = rest[restated.end() :]
            # (and what names it: "qu’elle a adressée", "que formuló", "adressées", "formulada")
            rest = re.sub(
                r"^\s*(?:(?:anteriores|antérieures?|précédentes?|reiteradas)\s+)?(?:qu[’'e]\s*"
                r"(?:elle|il)\s+a\s+\w+|que\s+(?:ha\s+)?\w+|[^\W\d_]+(?:ée?s?|ad[oa]s?)\b)?",
                "",
                rest,
            )
            about = _ABOUT.search(rest)
            if about and not re.search(r"(?i)\b(?:à|au|aux|al|a)\s", rest[: about.start()]):
                # "Réaffirme la demande du Conseil des droits de l’homme tendant à ce que le
                # Haut-Commissariat organise", "Reitera su solicitud, formulada en el párrafo
                # 40 ..., de que el Secretario General presente": the that-clause's subject
                rest = rest[about.end() :]
            agent = _AGENT_FIRST.match(rest)
            if agent:
                # "réitère l’appel lancé par le Secrétaire général ... en faveur d’un mouvement
                # de solidarité ...": another's call for a thing, as English "recalls the
                # Secretary-General's call for a ... response"
                rest = rest[agent.end() :]
            if re.match(r"(?i)\s*(?:en\s+faveur|en\s+favor|a\s+favor)", rest):
                # "Réitère son appel en faveur d’un cessez-le-feu immédiat et complet par toutes
                # les parties": a thing asked for, of whom it names ("all parties"), if anyone
                by = _BY.search(rest)
                head = by.group("who") if by else ""
                actor = _ACTOR.match(_QUANTIFIERS.sub("", head))  # (not "par les Afghans")
                who = [a for a in addressees(w, head, doc) if _named(a)] if actor else []
                if who:
                    out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
                continue
            if mtype is None:
                continue
        if (
            lead.lemma == "call"
            and not w.call_names.match(rest)
            and not _named_subject(rest)
            and not _nominal(w, rest, doc)
        ):
            continue  # "Demande l’arrêt ...", "Pide que se ...": a call that names no one
        if mtype == "decision":
            out.extend(_decision(w, eid, verb, clause, rest, items if last else (), doc))
            continue
        elided = _ELIDED.match(rest)
        if elided and mtype in ("request", "call", "urge", "invitation", "encouragement"):
            # "Toma nota del informe del Secretario General y solicita que en su septuagésimo
            # sexto período de sesiones le presente un informe": the one named before
            who = _antecedent(w, text[:start])
            if who:
                action = rest.lstrip()[3:].strip()  # (with its session: "en su ... le presente")
                out.append(_make(w, eid, mtype, verb, who, action, clause, doc))
                continue
        names = _ACTOR.search(rest) or any(p.search(rest) for p, _ in w.actors)
        chapeau_only = last and rest.rstrip().endswith(":") and not names
        listed = _points_asked(w, items, doc) if chapeau_only else []
        if listed and mtype in ("request", "call", "urge", "invitation", "encouragement"):
            # "Encourage également, afin de faciliter les dialogues ... : a) Les États dotés
            # d’armes nucléaires à énoncer ...", "Alienta también a que, ...: a) Los Estados
            # poseedores de armas nucleares expliquen ...": each point names whom it asks, as
            # English "Also encourages ..., the following: (a) Nuclear-weapon States to"
            for it, who, action in listed:
                out.append(_make(w, it.eid, mtype, verb, who, action, it.text, doc))
            continue
        chapeau = _THAT.match(rest) if last and items and rest.rstrip().endswith(":") else None
        if chapeau and mtype in ("request", "call", "urge", "invitation", "encouragement"):
            # "Demande instamment que tous les pays, les organismes des Nations Unies ... et
            # tous les autres acteurs intéressés, réaffirmant ..., jugeant ... : a)
            # Coopèrent ...": the that-clause's subject, before its participles, is asked
            # one mandate per point, as English "Urges all countries ... :"
            subject = re.split(
                r",\s*(?:[^\W\d_]+ant|[^\W\d_]+ando|[^\W\d_]+endo)\b", rest[chapeau.end() :]
            )[0]
            head = _head(subject, w)
            who = [a for a in addressees(w, head, doc) if _named(a)] if head else []
            for it in _leaves(items) if who else ():
                out.append(_make(w, it.eid, mtype, verb, who, it.text, it.text, doc))
            if who:
                continue
        that = _that_clause(rest)
        if that is not None and (mtype != "call" or _ACTOR.search(that[0])):
            # "Recommande que les États Membres adoptent ...", "Solicita que el Consejo
            # Ejecutivo ... considere ...", "pide que la Oficina ... siga": the subject of the
            # that-clause is asked
            impersonal = that[0] is that[1]  # "que se ...": no one named as its subject
            # (of an impersonal ask, only those whose cooperation is asked for are asked:
            # "Alienta a que prosiga la cooperación entre las Naciones Unidas y el Consejo
            # de Europa", as "Encourages further cooperation between ..."; "Solicita que se
            # proporcionen recursos ... a la secretaría" asks no one)
            action = that[1]
            if impersonal:
                who, action = _impersonal_asked(w, that[0], doc)
            else:
                # (none for "que las contribuciones prometidas por los donantes se desembolsen")
                head = _head(that[0], w)
                who = [a for a in addressees(w, head, doc) if _named(a)] if head else []
            if who:
                out.append(_make(w, eid, mtype, verb, who, action, clause, doc))
                continue
            if impersonal:
                continue
        if that is None and _THAT.match(_ADVERBIAL.sub(" ", rest).lstrip(" ,")):
            # "Demande de nouveau que la coopération entre l’Organisation des Nations Unies et
            # le Conseil de l’Europe soit renforcée", "que soient améliorées la coordination
            # et la cohérence entre les mécanismes actuels": a passive asks those whose
            # cooperation it asks for, as "Pide que se fortalezca la cooperación entre"
            who = _nominal(w, rest, doc)
            if who:
                out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
            continue
        if wish:
            who = _nominal(w, rest, doc)  # "Souhaite voir se renforcer la coopération entre"
            if who:
                out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
            continue
        inverted = _INFINITIVE_FIRST.match(rest)
        if inverted:
            # "Invita a contribuir a los Gobiernos, los titulares de mandatos ...": the action
            # before whom it asks, as English "Invites the contributions of Governments"
            who = [a for a in addressees(w, rest[inverted.end() :], doc) if _named(a)]
            if who:
                out.append(_make(w, eid, mtype, verb, who, inverted.group("act"), clause, doc))
                continue
        m = _action_mark(w, rest, mtype in ("invitation", "encouragement", "urge"))
        if m is not None and last and items and _chapeau(rest[m.end() :]):
            # a chapeau: "Exhorta a los Estados a que:", "Demande aux États de prendre les
            # mesures ci-après :" (a) ... (b) ...: one mandate per point, as in English
            who = addressees(w, rest[: m.start()], doc)
            for it in _leaves(items) if who else ():
                out.append(_make(w, it.eid, mtype, verb, who, it.text, it.text, doc))
            if who:
                continue
        if m is None:
            if _NOT_ACTOR.match(_object(rest)):
                # "Alienta también la colaboración entre las Naciones Unidas y el Centro ..."
                who = _nominal(w, rest, doc)
                if who:
                    out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
                continue
            if last and items and rest.rstrip().endswith(":"):
                who = addressees(w, rest.rstrip(" :"), doc)
                for it in _leaves(items) if who else ():
                    out.append(_make(w, it.eid, mtype, verb, who, it.text, it.text, doc))
            continue
        if _NOT_ACTOR.match(_object(rest[: m.start()])):
            # "Encourage la mise en œuvre du plan ... visant à": a thing, not an actor (but
            # "Alienta la cooperación entre X y Y para": X and Y, as English reads them)
            who = _nominal(w, rest, doc)
            if who:
                out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
            continue
        if _DEMONSTRATIVE.match(rest[: m.start()]):
            who = _antecedent(w, text[:start])  # "et prie ce dernier de", "engage celui-ci à"
        else:
            who = addressees(w, rest[: m.start()], doc)
        if not who and not _ADVERBIAL.sub("", rest[: m.start()]).strip(" ,"):
            # "recommande de poursuivre l’action en faveur du dialogue entre les médias de
            # toutes cultures": no addressee, those whose dialogue it asks for
            who = [a for a in _nominal(w, rest, doc) if _BETWEEN.search(rest)]
            if who:
                out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
            continue
        if not who:
            continue
        for act in actions(w, rest[m.start() :]):
            out.append(_make(w, eid, mtype, verb, who, act, clause, doc))
    return out


# the body's resolve ("Se déclare déterminée", "résolue"), as English "Resolves to" (not
# restated, "se dit de nouveau résolue à", as English "reiterates its commitment to")
_DETERMINED = re.compile(r"(?i)\b(?:déterminée?s?|résolue?s?)$")


def _points_asked(w: _Words, items, doc: Document) -> list[tuple[Item, list[Addressee], str]]:
    """(point, whom it asks, action) for each point under a chapeau when every one opens
    with those it asks ("Les États dotés d’armes nucléaires à énoncer", "Todos los Estados
    entablen un diálogo"); [] otherwise."""
    out = []
    for it in _leaves(items):
        text = it.text
        if w.lang.code == "es":
            that = _that_clause("que " + text)
            head = _head(that[0], w) if that and that[0] is not that[1] else None
            action = that[1].strip() if that else ""
        else:
            m = _action_mark(w, text, True)
            head = _head(text[: m.start()], w) if m is not None and m.start() else None
            action = text[m.start() :].strip() if m is not None else ""
        bare = _QUANTIFIERS.sub("", head or "")
        actor = _ACTOR.match(bare) or any(p.match(bare) for p, _ in w.actors)
        who = [a for a in addressees(w, head, doc) if _named(a)] if head and actor else []
        if not who:
            return []  # ("Concevoir et mettre en œuvre ...": a point that names no one)
        out.append((it, who, action))
    return out


# whom it insists with, that they act: "insiste auprès du Département ... pour qu’il fasse"
_INSIST = re.compile(
    r"^\s*auprès\s+(?P<who>(?:des|du|de\s+la|de\s+l[’']|de)\s*[^;:]{1,150}?)\s+pour\s+qu"
)
# an action before the addressees: "Invita a contribuir a los Gobiernos"
_INFINITIVE_FIRST = re.compile(
    r"^\s*a\s+(?P<act>(?-i:[a-záéíóúñ]+)(?:ar|er|ir))\s+(?=a\s+(?:los|las|la|el|todos|todas)\b|al\b)",
    re.I,
)


# who is asked, said by a relative clause that holds words like an action's: "les États qui
# sont en mesure de le faire", "los Estados que estén en condiciones de hacerlo"
_WHO_CAN = re.compile(
    r"\b(?:(?:qui\s+(?:sont|seraient)\s+)?en\s+mesure\s+de\s+le\s+faire|qui\s+(?:le\s+)?(?:peuvent|"
    r"souhaitent)|qui\s+ne\s+l[’']ont\s+pas\s+encore\s+fait|que\s+(?:estén|están)\s+en\s+"
    r"condiciones\s+de\s+hacerlo|que\s+(?:puedan|lo\s+deseen|deseen)(?:\s+hacerlo)?|"
    r"que\s+(?:aún|todavía)\s+no\s+lo\s+(?:hayan|han)\s+hecho|que\s+no\s+lo\s+(?:hayan|han)\s+hecho)\b",
    re.I,
)


def _action_mark(w: _Words, rest: str, governs_a: bool = False) -> re.Match | None:
    """Where the addressees end and the action begins, past a relative clause of theirs.
    `governs_a`: the verb asks "a que" ("Invita a X a que", "Alienta", "Insta"), so a bare
    "que" before a later "a que" is a relative's ("los principales patrocinadores de los
    proyectos de resolución que se sometan a la consideración ... a que tengan en cuenta")."""
    masked = _WHO_CAN.sub(lambda m: "_" * len(m.group()), rest)
    found = [m for m in w.action.finditer(masked) if depth_ok(rest, m.start())]
    if (
        found
        and re.match(r"(?i)que\b", found[0].group())
        and (
            governs_a
            or re.search(r"(?i)\b(?:los|las|el|la|aquellos|aquellas)\s*$", rest[: found[0].start()])
        )
    ):
        # "exhorta a los que aún no han ratificado los Protocolos ... a que lo hagan": the
        # "que" of a relative, the action at "a que"
        later = [m for m in found[1:] if re.match(r"(?i)a\s+que\b", m.group())]
        if later and ";" not in rest[found[0].start() : later[0].start()]:
            return later[0]
    return found[0] if found else None


# a that-clause whose subject is the one named before, left out: "solicita que en su
# septuagésimo sexto período de sesiones le presente un informe"
_ELIDED = re.compile(
    r"(?i)\s*que\s+(?:,[^,;]{1,120},\s*|en\s+su\s+[^,;]{1,80}?período\s+de\s+sesiones\s+)?"
    r"(?:le|les)\s+(?=(?:presente|presenten|informe|informen|transmita|dé|haga)\b)"
)


# the one named before, by a demonstrative: "prie ce dernier de", "engage celui-ci à"
_DEMONSTRATIVE = re.compile(
    r"(?i)^\s*(?:ce\s+dernier|cette\s+dernière|ces\s+derni[eè]r(?:e)?s|celui-ci|celle-ci|ceux-ci|"
    r"celles-ci|este\s+último|esta\s+última|estos\s+últimos|estas\s+últimas|éste|ésta)\s*,?\s*$"
)


# what a chapeau says of its points: "les mesures suivantes :", "ci-après", "las siguientes
# medidas", or nothing at all ("a que, con el apoyo de ...:", "d’agir ... pour :")
_FOLLOWING = re.compile(
    r"\b(?:(?:suivant\w*|ci-après|ci-dessous|siguientes?|a\s+continuación)\b[^;]{0,400}|"
    r"(?:pour|para)\s*):\s*$",
    re.I,
)
# the means of one action, as English "to end obstetric fistula within a decade by:" (one
# mandate): "mediante las acciones siguientes:", "por los siguientes medios:"
_BY_MEANS = re.compile(
    r"\b(?:mediante|por\s+(?:los\s+siguientes\s+)?medios|par\s+les\s+moyens|au\s+moyen)\b"
    r"[^;]{0,120}:\s*$",
    re.I,
)


def _chapeau(action: str) -> bool:
    """An action that only opens the points under it."""
    a = action.rstrip()
    if not a.endswith(":") or _BY_MEANS.search(a):
        return False
    bare = re.sub(r"^\s*,[^;]*?(?:,\s*|$)", "", a.rstrip(" :")).strip()
    # "a que, con arreglo a sus obligaciones ..., entre otras cosas:" (English "inter alia:")
    bare = re.sub(r"^(?:entre\s+otras\s+cosas|notamment|entre\s+autres|inter\s+alia)$", "", bare)
    return not bare or bool(_FOLLOWING.search(a))


_THAT = re.compile(
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


def _that_clause(rest: str) -> tuple[str, str] | None:
    """(subject, predicate) of "que X hagan ...", "que le Conseil ... examine ...": the
    verb is the first word after the subject that ends like the present subjunctive, in
    the plural ("-en", "-an", "-ent"), or in the singular ("-e", "-a") after a name or a
    comma ("que el Programa continúe", "que Israel, la Potencia ocupante, coopere")."""
    m = _THAT.match(rest)
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
    named = _ACTOR.search(subject) or re.search(r"\b(?-i:[A-ZÀ-Ý])", subject)
    if re.search(r"(?i)\b(?:se|s[’'])$", rest[end:at].strip()) and not named:
        return None  # "que las futuras actualizaciones del mandato se pongan": a thing, passive
    if re.match(r"(?i)se\b", subject):
        # "Pide que se autorice el acceso de los órganos internacionales ...", as English
        # "Calls for the ... bodies to be granted access": an ask all the same, of whom the
        # predicate names (if anyone)
        predicate = rest[at:]
        return predicate, predicate
    return subject, rest[at:]


def _object(phrase: str) -> str:
    """What a verb governs, without the adverbials and asides before it ("Encourage, dans les
    situations d’urgence humanitaire, les efforts", "préconise à cet égard la mise en œuvre")."""
    phrase = _ADVERBIAL.sub(" ", phrase)
    phrase = re.sub(r"^\s*,[^,;]{1,250},", " ", phrase)
    return re.sub(_ARTICLES, "", phrase.strip(" ,"))


# actors named by the cooperation asked of them: "la cooperación entre las Naciones Unidas y
# el Consejo de Europa", "la coopération entre l’Organisation et INTERPOL"
_BETWEEN = re.compile(
    r"\b(?-i:cooperación|colaboración|coordinación|diálogo|interacción|intercambios?|consultas|"
    r"coopération|collaboration|coordination|dialogue|interaction|échanges|concertation)\b"
    r"[^,;:()]{0,40}?(?:,[^,;:()]{1,40},(?:(?:\s+con\s+respecto\s+a|\s+sur|\s+on)[^,;:()]{0,60}?)?)?\s*\b(?:entre|among|qu[’']entretiennent|que\s+mantienen)\s+(?P<who>[^;:]{1,300}?)(?=\s+(?:"
    r"(?:para|pour)\s+(?!(?:los|las|el|la|les|le|l[’'])\s*(?:(?-i:[A-Z])|réfugiés|développement|"
    r"environnement|enfance|alimentation|éducation|desarrollo|medio\s+ambiente|infancia|"
    r"refugiados))|a\s+fin|con\s+miras|"
    r"en\s+(?:el|la|los|las|lo|materia|apoyo|relación|esferas?|ámbitos?)|sobre|mediante|"
    r"por\s+conducto|con\s+(?:el|la|miras|respecto)|dentro|afin|en\s+vue|dans|sur|par\s+"
    r"l|au\s+service|en\s+matière|aux\s+fins|à\s+l|en\s+ce\s+qui|cuando|lorsque|a\s+nivel|"
    r"au\s+niveau|de\s+(?:modo|manera|façon)|a\s+través|así\s+como|ainsi\s+que|[ye]\s+a\s+que|"
    r"et\s+à|soi(?:en)?t|sea|sean)\b|[;:.]|$)",
    re.I,
)


_QUANTIFIERS = re.compile(
    r"^(?:(?:ensemble\s+des|ensemble\s+du|todos|todas|tous|toutes|tout|toute|ambos|ambas|les|los|"
    r"las|la|le|l[’']|el|des|"
    r"ces|estos|estas|esos|esas|sus|ses|leurs|sa|son|su|cada|chaque|dichos?|dichas?|deux|dos)"
    r"\b\s*)+",
    re.I,
)


def _head(subject: str, w: _Words | None = None) -> str | None:
    """A subject whose head names an actor ("les acteurs du développement", "la Puissance
    occupante", "el régimen sirio"), without an aside before it; None for a thing of theirs
    ("las contribuciones prometidas por los donantes", "el juicio")."""
    subject = subject.strip(" ,")
    head = _QUANTIFIERS.sub("", subject)
    if head[:1].islower() and not _ACTOR.match(head) and "," in head:
        # "qu’en application des résolutions pertinentes du Conseil de sécurité, Israël"
        subject = subject.split(",", 1)[1].strip()
        head = _QUANTIFIERS.sub("", subject)
    known = w is not None and any(p.match(head) for p, _ in w.actors)
    return subject if head[:1].isupper() or _ACTOR.match(head) or known else None


def _named(a: Addressee) -> bool:
    return bool(a.name[:1].isupper() or _ACTOR.search(a.name))


# actors named by the efforts asked of them: "Alienta los esfuerzos de todos los Estados
# partes por elaborar", "la participación de los Estados en un diálogo", "Pide la plena
# cooperación de Israel con", "por parte de los Estados", as English "efforts by all States"
_OF = re.compile(
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
_AGENT = re.compile(
    r"^(?P<thing>[^;:()]{0,120}?)(?:,\s*|\s+)"
    r"(?:par|por(?:\s+parte(?=\s+de))?)\s+(?:de\s+|d[’']\s*)?"
    r"(?P<who>(?:(?:tous|toutes|todos|todas)\s+)?(?:les|los|las|la|le|l[’']|el)\s*[^,;:()]{1,120}?)"
    r"(?=\s+(?:(?:pour|para)\s+(?!(?:la|le|l[’']|el|les|los|las)\s*(?-i:[A-Z]))|afin|con\s+miras|en\s+vue|avec|dans|sur|sobre|[ye]t?\s+(?:a|à)\s|y\s+(?:pide|alienta|"
    r"exhorta|insta|solicita|invita|observa|acoge))\b|[,;:.]|$)",
    re.I,
)


# (not the nouns in "-ité", "-auté": "des capacités par l’Organisation")
_PARTICIPLE = re.compile(
    r"(?i)(?:(?<!it)(?<!ut)(?:é|ée|és|ées)|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites|ado|ada|ados|"
    r"adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha)$"
)
_CONTINUED_USE = re.compile(r"(?i)\bcontinu(?:e|ée|és|ées|ado|ada|ados|adas)$")


def _agent(thing: str) -> re.Match | None:
    m = _AGENT.match(thing) if _NOT_ACTOR.match(thing) else None
    if m is None:
        return None
    before = m.group("thing")
    # ("l’utilisation continue par le Département": an adjective, not a participle)
    return None if _PARTICIPLE.search(before) and not _CONTINUED_USE.search(before) else m


def _nominal(w: _Words, text: str, doc: Document) -> list[Addressee]:
    thing = _QUANTIFIERS.sub("", _object(text))  # (efforts: what the verb governs)
    m = _AMONG_THEMSELVES.search(text) or _BETWEEN.search(text) or _OF.match(thing) or _agent(thing)
    if m is None:
        return []
    head = _head(m.group("who"), w)
    return [a for a in addressees(w, head, doc) if _named(a)] if head else []


# a subject after its verb: "a que participen en ellas todas las partes interesadas"
_POSTVERBAL = re.compile(
    r"(?i)^\s*(?-i:[a-záéíóúñ]+)(?:en|an)\s+(?:en\s+(?:ellas?|ellos?|él)\s+|activamente\s+|"
    r"plenamente\s+)?(?P<who>(?:todos|todas)\s+(?:los|las)\s+[^,;:]+?|(?:los|las)\s+[^,;:]+?)"
    r"(?=[,;:]|\s+(?:en|a|al|con|para|de|y)\b|$)"
)
# a second that-clause, its subject named: "a que se ponga fin a la impunidad y a que las
# autoridades afganas investiguen"
_AND_THAT = re.compile(r"(?i)\s(?:y|e|et)\s+(?:a\s+)?(?=que\s|qu[’'])")


def _impersonal_asked(w: _Words, predicate: str, doc: Document) -> tuple[list[Addressee], str]:
    """(whom, action) of an ask whose that-clause names no subject before its verb: those
    whose cooperation it asks for ("a que prosiga la cooperación entre las Naciones Unidas y
    el Consejo de Europa"), the doer of the thing it asks for ("a que aumente el número de
    ratificaciones ... por parte de los Estados"), a subject after the verb ("a que participen
    en ellas todas las partes interesadas") or that of a second that-clause ("a que se ponga
    fin a la impunidad y a que las autoridades afganas investiguen"); none for "Solicita que
    se proporcionen recursos ... a la secretaría"."""
    who = _nominal(w, predicate, doc)
    if who:
        return who, predicate
    core = re.sub(r"(?i)^\s*(?:se\s+)?[^\W\d_]+\s+", "", predicate)  # (past its verb)
    found = _AGENT.match(core) or _POSTVERBAL.match(predicate) or _OF.match(core)
    head = _head(found.group("who"), w) if found else None
    if head and not _PARTICIPLE.search(found.groupdict().get("thing") or ""):
        who = [a for a in addressees(w, head, doc) if _named(a)]
        if who:
            return who, predicate
    second = _AND_THAT.search(predicate)
    that = _that_clause(predicate[second.end() :]) if second else None
    if that is not None and that[0] is not that[1]:
        head = _head(that[0], w)
        who = [a for a in addressees(w, head, doc) if _named(a)] if head else []
        if who:
            return who, that[1]
    return [], predicate


def _named_subject(rest: str) -> bool:
    """ "Demande ... que tous les États ... deviennent parties": a call whose that-clause
    names who is to act."""
    m = re.search(r"\bque\s*,?\s+(.{1,80})", rest)
    return bool(m and _ACTOR.search(m.group(1)))


def _decision(w: _Words, eid, verb, clause, rest, items, doc) -> list[Mandate]:
    itself = [body_itself(doc.body)]
    if w.remain.match(rest):
        return [_make(w, eid, "remain_seized", verb, itself, rest, clause, doc)]
    if w.cont.match(rest):
        return [_make(w, eid, "continue_consideration", verb, itself, rest, clause, doc)]
    listed = bool(items) and rest.rstrip().endswith(":")
    if not w.decide_acts.match(rest) and not listed:
        return []
    if w.self_executing.match(_without_aside(rest)) and not listed:
        return []  # "Décide de répartir ...", "Decide aprobar ...": done when adopted
    if listed:
        return [
            _make(w, it.eid, "decision", verb, itself, it.text, it.text, doc)
            for it in _leaves(items)
            if not _own_clause(w, it.text)
        ]
    return [_make(w, eid, "decision", verb, itself, rest.strip(), clause, doc)]


def _without_aside(rest: str) -> str:
    """ "Décide, sous réserve ..., de répartir" -> " de répartir"."""
    m = re.match(r"^\s*(?:\w+\s+)?,[^;]{1,250}?,\s*", rest)
    return " " + rest[m.end() :] if m else rest


def _own_clause(w: _Words, text: str) -> bool:
    lead = _lead(w, text)
    return bool(lead and lead.kind == OPERATIVE)


def _first_person(w: _Words, text: str) -> tuple[str, dict[str, str]] | None:
    """A declaration's paragraph in the first person plural ("Nous prions le Secrétaire
    général de", "Solicitamos al Secretario General que", "... e invitamos a la Oficina a")
    with each of its verbs that is a lead put in the resolution's third person ("Prie",
    "invita"), and what each stands for as written; None unless the paragraph opens so."""
    mod = w.lang.module
    pattern = re.compile(mod.FIRST_PERSON)
    if pattern.match(text) is None:
        return None
    out, said, at = [], {}, 0
    for m in pattern.finditer(text):
        verb = mod.third_person(m.group("verb"))
        if m.group("self"):
            verb = ("s’" if w.lang.code == "fr" and verb[:1] in "aeéiou" else "se ") + verb
            if m.start() == 0:
                verb = verb[:1].upper() + verb[1:]
        lead = _lead(w, verb + " x")
        if lead is None or not lead.text.lower().startswith(verb.lower()):
            continue
        before = text[at : m.start()]
        if m.start() and re.search(r"\.\s+$", before):
            # (a new sentence, "... la médiation. Nous prions le Secrétaire général de", is
            # another clause: "...; prie")
            before, verb = re.sub(r"\.(\s+)$", r";\1", before), verb[:1].lower() + verb[1:]
        out.append(before + verb)
        said[verb.split()[-1].lower()] = m.group().strip()
        at = m.end()
    return "".join(out) + text[at:], said


def _continued(w: _Words, text: str, said: dict[str, str]) -> str:
    """ "continue d’encourager les États à", "sigue alentando a": the ask that goes on, read
    as its verb ("encourage les États à", "alienta a"); `said` takes what each stands for."""
    mod = w.lang.module

    def plain(m: re.Match) -> str:
        verb = mod.CONTINUED_VERB[m.group("verb").lower()]
        if m.group()[:1].isupper() and not m.group("pronoun"):
            verb = verb[:1].upper() + verb[1:]
        said[verb.lower()] = m.group()
        return (m.group("pronoun") or "") + verb

    return re.sub(mod.CONTINUED, plain, text)


def _spoken(m: Mandate, original: str, said: dict[str, str]) -> Mandate:
    """A mandate read from a rewritten paragraph (first person, an ask that goes on), with its
    words as written."""
    words = m.verb.split()
    first = said.get(words[-1].lower() if words[0].lower() in ("se", "s’") else words[0].lower())
    verb = " ".join([first, *words[1:]]) if first else m.verb
    return replace(m, verb=verb, text=original)


def _paragraph(w: _Words, p: Paragraph, doc: Document) -> list[Mandate]:
    spoken = _first_person(w, p.text)
    said = spoken[1] if spoken else {}
    text = _continued(w, spoken[0] if spoken else p.text, said)
    if said and not spoken:
        spoken = (text, said)
    out = _clause_mandates(w, p.eid, text, p.items, doc)
    if spoken:
        out = [_spoken(m, p.text, spoken[1]) for m in out]
    taken = {m.paragraph for m in out}  # (points read as a chapeau's actions)
    for it in _leaves(p.items):
        if _own_clause(w, it.text):
            out.extend(_clause_mandates(w, it.eid, it.text, (), doc))
        elif it.eid not in taken:
            # a point that asks mid-sentence: "(v) la situation des réfugiés ... et, à cet
            # égard, engage vivement tous les États à", as English reads it
            out.extend(_clause_mandates(w, it.eid, it.text, (), doc, finite=True))
    return out


def _declaration(w: _Words, paragraphs: tuple[Paragraph, ...]) -> bool:
    """An annex in the first person plural: a declaration the body adopts (as English reads
    "We request ...")."""
    pattern = re.compile(w.lang.module.FIRST_PERSON)
    we = sum(1 for p in paragraphs if pattern.match(p.text))
    return len(paragraphs) >= 3 and we * 3 >= len(paragraphs)


def mandates(doc: Document) -> list[Mandate]:
    """Every mandate in the operative part of `doc`, a text in French or Spanish, then in the
    political declarations it adopts."""
    w = _words(doc.language or "")
    out: list[Mandate] = []
    for p in doc.operative:
        out.extend(_paragraph(w, p, doc))
    for annex in doc.annexes:
        if _declaration(w, annex.paragraphs):
            for p in annex.paragraphs:
                out.extend(_paragraph(w, p, doc))
    return out
