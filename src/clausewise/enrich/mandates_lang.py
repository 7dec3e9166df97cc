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
  English ("Secretary-General") so that the six versions name one actor alike
  (`addressees_lang`); the subject of a that-clause (`that_lang`).

A mandate's place is its paragraph's eId, the same in every version: the k-th mandate of
paragraph `para_15` is one mandate across the languages (`versions.mandate_ids`); how many
actions a clause holds differs by language, so a version is paired with its English by
`mandates_align.beside`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..grammar import Language
from ..grammar.engine import OPERATIVE
from ..lexicon import Lead
from ..model import Addressee, Document, Due, Item, Mandate, Paragraph, leaves
from .actions_lang import actions, depth_ok
from .addressees import BODY_NAMES, body_itself
from .addressees_lang import (
    ACTOR,
    ADVERBIAL,
    ARTICLES,
    BETWEEN,
    NOT_ACTOR,
    OF,
    QUANTIFIERS,
    actor_head,
    addressees,
    antecedent,
    is_named,
    nominal_actors,
    object_of,
)
from .clauses import SPLIT_LEMMAS, TYPES
from .sessions import session_years
from .that_lang import THAT, impersonal_asked, named_subject, that_clause
from .words_lang import Words, verb_lead, words_for

SUPPORTED = ("fr", "es")


def clauses(w: Words, text: str, finite: bool = False) -> list[tuple[int, int, Lead, int]]:
    """(start, end, lead, clitic) of each clause: `clitic` is the length of an object pronoun
    before the verb ("et le prie de", "y lo alienta a"), whose addressee is named before.
    `finite`: no ask by its participle (in a point, "tout en exhortant" is the point's own
    actor's, not the resolution's)."""
    first = verb_lead(w, text)
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
        lead = verb_lead(w, text[at + skip :])
        if lead is None and skip:
            continue
        if lead is None and not skip:
            continue
        # (", tout en invitant les États Membres à", "tout en priant instamment": an ask by
        # its participle, as English "while inviting")
        participle = lead.kind != OPERATIVE or bool(
            re.search(r"(?i)tout\s+en\s+$", text[m.start() : at])
        )
        after = re.sub(ARTICLES, "", text[at + lead.end :].lstrip())
        if participle and finite:
            continue
        since = found[-1][1] if found else 0
        if participle and _REPORTED.search(text, since, m.start()):
            # "... du communiqué ..., qui exige notamment ... et qui adopte la feuille de route
            # ..., demandant à la communauté internationale de": the communiqué's call,
            # reported, not the body's (as English "which inter alia demanded ..., calling upon")
            continue
        if found and found[-1][2].lemma not in TYPES:
            prev_start, prev_at, prev_lead, prev_skip = found[-1]
            if _THAT_SUBJECT.match(text, prev_at + prev_skip + prev_lead.end, m.start()):
                # "Hace notar que el Secretario General de la Organización Mundial del Turismo,
                # en su informe, invita a los Estados Miembros a": the subject of the
                # that-clause invites, reported, not the body (as English "Notes that the
                # Secretary-General ..., in his report, invites")
                continue
        if participle and lead.lemma in TYPES and not skip and actor_head(after, w):
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
# a that-clause's subject, a name, and at most an aside after it, all that stands before a
# verb: "que el Secretario General de la Organización Mundial del Turismo, en su informe,"
_CAP = r"(?-i:[A-ZÁÉÍÓÚÀ-Ý])[^\W\d_]*"
_THAT_SUBJECT = re.compile(
    r"(?i)\s*(?:que|qu[’'])\s*(?:el|la|los|las|le|les|l[’'])\s*" + _CAP + r"(?:\s+(?:(?:de|del|des|"
    r"du|la|las|los|le|l[’']|pour|para|y|et)\s*)*" + _CAP + r")*\s*(?:,\s*(?:en|dans)\s+(?:su|sus|"
    r"son|sa|ses)\s+[^\W\d_]+\s*)?$"
)
# a thing named before, by a demonstrative: "esas contribuciones", "ces efforts"
_THESE = re.compile(
    r"(?i)\b(?:esas?|esos?|estas?|estos?|dichas?|dichos?|ces|cette)\s+(?P<noun>contribuciones|"
    r"esfuerzos|actividades|iniciativas|gestiones|labor|cooperación|contributions|efforts|"
    r"activités|initiatives|coopération)\b"
)


def _doers_before(w: Words, noun: str, text: str, doc: Document) -> list[Addressee]:
    """The actors whose `noun` (efforts, contributions ...) `text` names last ("las
    contribuciones de los Estados signatarios")."""
    found = [m for m in OF.finditer(text) if noun.lower() in m.group().lower()]
    head = actor_head(found[-1].group("who"), w) if found else None
    return [a for a in addressees(w, head, doc) if is_named(a)] if head else []


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


def _make(w: Words, eid, mtype, verb, who, action, text, doc) -> Mandate:
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


def _clause_mandates(w: Words, eid, text, items, doc, finite=False) -> list[Mandate]:
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
        insist = _INSIST.match(ADVERBIAL.sub(" ", clause[skip + lead.end :]))
        if insist and lead.text.lower().startswith("insist") and not skip:
            # "insiste à cet égard auprès du Département de la communication globale pour
            # qu’il fasse du multilinguisme ... une priorité", as English "urges the
            # Department ... to mainstream multilingualism"
            who = [a for a in addressees(w, insist.group("who"), doc) if is_named(a)]
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
        second = verb_lead(w, rest[shared.end() :]) if shared else None
        if second is not None and second.kind == OPERATIVE:
            rest = rest[shared.end() + second.end :]  # "encourage et appuie tous les efforts"
            thing = QUANTIFIERS.sub("", object_of(rest))
            if not NOT_ACTOR.match(thing) and not actor_head(thing, w):
                continue  # "Encourage et soutient l’entrepreneuriat féminin": no one asked
        if skip:
            # "..., et le prie de ...": the one named before, by the last clause that asked,
            # else the last actor named
            m = _action_mark(w, rest)
            pronoun = text[start : start + skip].strip().lower()
            dative = pronoun in ({"le", "les"} if w.lang.code == "es" else {"lui", "leur"})
            singular = pronoun in ("le", "la", "lo", "l’", "l'", "lui")
            who = list(out[-1].addressees) if out else antecedent(w, text[:start], dative, singular)
            if m is not None and who and not ADVERBIAL.sub("", rest[: m.start()]).strip(" ,"):
                for act in actions(w, rest[m.start() :]):
                    out.append(_make(w, eid, mtype, lead.text, who, act, clause, doc))
            continue
        last = end >= len(text.rstrip())
        verb = lead.text
        if lead.lemma in _RESTATING and not w.restated.match(rest):
            # "reafirma a este respecto su solicitud de que": past the adverbial
            plain = ADVERBIAL.sub(" ", rest)
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
            who = [a for a in addressees(w, passive.group("who"), doc) if is_named(a)]
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
                actor = ACTOR.match(QUANTIFIERS.sub("", head))  # (not "par les Afghans")
                who = [a for a in addressees(w, head, doc) if is_named(a)] if actor else []
                if who:
                    out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
                continue
            if mtype is None:
                continue
        if (
            lead.lemma == "call"
            and not w.call_names.match(rest)
            and not named_subject(rest)
            and not nominal_actors(w, rest, doc)
        ):
            continue  # "Demande l’arrêt ...", "Pide que se ...": a call that names no one
        if mtype == "decision":
            out.extend(_decision(w, eid, verb, clause, rest, items if last else (), doc))
            continue
        elided = _ELIDED.match(rest)
        if elided and mtype in ("request", "call", "urge", "invitation", "encouragement"):
            # "Toma nota del informe del Secretario General y solicita que en su septuagésimo
            # sexto período de sesiones le presente un informe": the one named before
            who = antecedent(w, text[:start])
            if who:
                action = rest.lstrip()[3:].strip()  # (with its session: "en su ... le presente")
                out.append(_make(w, eid, mtype, verb, who, action, clause, doc))
                continue
        names = ACTOR.search(rest) or any(p.search(rest) for p, _ in w.actors)
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
        chapeau = THAT.match(rest) if last and items and rest.rstrip().endswith(":") else None
        if chapeau and mtype in ("request", "call", "urge", "invitation", "encouragement"):
            # "Demande instamment que tous les pays, les organismes des Nations Unies ... et
            # tous les autres acteurs intéressés, réaffirmant ..., jugeant ... : a)
            # Coopèrent ...": the that-clause's subject, before its participles, is asked
            # one mandate per point, as English "Urges all countries ... :"
            subject = re.split(
                r",\s*(?:[^\W\d_]+ant|[^\W\d_]+ando|[^\W\d_]+endo)\b", rest[chapeau.end() :]
            )[0]
            head = actor_head(subject, w)
            who = [a for a in addressees(w, head, doc) if is_named(a)] if head else []
            for it in leaves(items) if who else ():
                out.append(_make(w, it.eid, mtype, verb, who, it.text, it.text, doc))
            if who:
                continue
        that = that_clause(rest)
        if that is not None and (mtype != "call" or ACTOR.search(that[0])):
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
                who, action = impersonal_asked(w, that[0], doc)
                these = _THESE.search(that[0])
                if not who and these:
                    # "Acoge con beneplácito las contribuciones de los Estados signatarios ...
                    # y alienta a que sigan realizándose esas contribuciones", as English
                    # "encourages their continuation": whose contributions were named before
                    who = _doers_before(w, these.group("noun"), text[:start], doc)
            else:
                # (none for "que las contribuciones prometidas por los donantes se desembolsen")
                head = actor_head(that[0], w)
                who = [a for a in addressees(w, head, doc) if is_named(a)] if head else []
            if who:
                out.append(_make(w, eid, mtype, verb, who, action, clause, doc))
                continue
            if impersonal:
                continue
        if that is None and THAT.match(ADVERBIAL.sub(" ", rest).lstrip(" ,")):
            # "Demande de nouveau que la coopération entre l’Organisation des Nations Unies et
            # le Conseil de l’Europe soit renforcée", "que soient améliorées la coordination
            # et la cohérence entre les mécanismes actuels": a passive asks those whose
            # cooperation it asks for, as "Pide que se fortalezca la cooperación entre"
            who = nominal_actors(w, rest, doc)
            if who:
                out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
            continue
        if wish:
            who = nominal_actors(w, rest, doc)  # "Souhaite voir se renforcer la coopération entre"
            if who:
                out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
            continue
        inverted = _INFINITIVE_FIRST.match(rest)
        if inverted:
            # "Invita a contribuir a los Gobiernos, los titulares de mandatos ...": the action
            # before whom it asks, as English "Invites the contributions of Governments"
            who = [a for a in addressees(w, rest[inverted.end() :], doc) if is_named(a)]
            if who:
                out.append(_make(w, eid, mtype, verb, who, inverted.group("act"), clause, doc))
                continue
        m = _action_mark(w, rest, mtype in ("invitation", "encouragement", "urge"))
        if m is not None and last and items and _chapeau(rest[m.end() :]):
            # a chapeau: "Exhorta a los Estados a que:", "Demande aux États de prendre les
            # mesures ci-après :" (a) ... (b) ...: one mandate per point, as in English
            who = addressees(w, rest[: m.start()], doc)
            for it in leaves(items) if who else ():
                out.append(_make(w, it.eid, mtype, verb, who, it.text, it.text, doc))
            if who:
                continue
        if m is None:
            if NOT_ACTOR.match(object_of(rest)):
                # "Alienta también la colaboración entre las Naciones Unidas y el Centro ..."
                who = nominal_actors(w, rest, doc)
                if who:
                    out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
                continue
            if last and items and rest.rstrip().endswith(":"):
                who = addressees(w, rest.rstrip(" :"), doc)
                for it in leaves(items) if who else ():
                    out.append(_make(w, it.eid, mtype, verb, who, it.text, it.text, doc))
            continue
        if NOT_ACTOR.match(object_of(rest[: m.start()])):
            # "Encourage la mise en œuvre du plan ... visant à": a thing, not an actor (but
            # "Alienta la cooperación entre X y Y para": X and Y, as English reads them)
            who = nominal_actors(w, rest, doc)
            if who:
                out.append(_make(w, eid, mtype, verb, who, rest.strip(), clause, doc))
            continue
        if _DEMONSTRATIVE.match(rest[: m.start()]):
            who = antecedent(w, text[:start])  # "et prie ce dernier de", "engage celui-ci à"
        else:
            who = addressees(w, rest[: m.start()], doc)
        if not who and not ADVERBIAL.sub("", rest[: m.start()]).strip(" ,"):
            # "recommande de poursuivre l’action en faveur du dialogue entre les médias de
            # toutes cultures": no addressee, those whose dialogue it asks for
            who = [a for a in nominal_actors(w, rest, doc) if BETWEEN.search(rest)]
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


def _points_asked(w: Words, items, doc: Document) -> list[tuple[Item, list[Addressee], str]]:
    """(point, whom it asks, action) for each point under a chapeau when every one opens
    with those it asks ("Les États dotés d’armes nucléaires à énoncer", "Todos los Estados
    entablen un diálogo"); [] otherwise."""
    out = []
    for it in leaves(items):
        text = it.text
        if w.lang.code == "es":
            that = that_clause("que " + text)
            head = actor_head(that[0], w) if that and that[0] is not that[1] else None
            action = that[1].strip() if that else ""
        else:
            m = _action_mark(w, text, True)
            head = actor_head(text[: m.start()], w) if m is not None and m.start() else None
            action = text[m.start() :].strip() if m is not None else ""
        bare = QUANTIFIERS.sub("", head or "")
        actor = ACTOR.match(bare) or any(p.match(bare) for p, _ in w.actors)
        who = [a for a in addressees(w, head, doc) if is_named(a)] if head and actor else []
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


def _action_mark(w: Words, rest: str, governs_a: bool = False) -> re.Match | None:
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


def _decision(w: Words, eid, verb, clause, rest, items, doc) -> list[Mandate]:
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
            for it in leaves(items)
            if not _own_clause(w, it.text)
        ]
    return [_make(w, eid, "decision", verb, itself, rest.strip(), clause, doc)]


def _without_aside(rest: str) -> str:
    """ "Décide, sous réserve ..., de répartir" -> " de répartir"."""
    m = re.match(r"^\s*(?:\w+\s+)?,[^;]{1,250}?,\s*", rest)
    return " " + rest[m.end() :] if m else rest


def _own_clause(w: Words, text: str) -> bool:
    lead = verb_lead(w, text)
    return bool(lead and lead.kind == OPERATIVE)


def _first_person(w: Words, text: str) -> tuple[str, dict[str, str]] | None:
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
        lead = verb_lead(w, verb + " x")
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


def _continued(w: Words, text: str, said: dict[str, str]) -> str:
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


def _paragraph(w: Words, p: Paragraph, doc: Document) -> list[Mandate]:
    spoken = _first_person(w, p.text)
    said = spoken[1] if spoken else {}
    text = _continued(w, spoken[0] if spoken else p.text, said)
    if said and not spoken:
        spoken = (text, said)
    out = _clause_mandates(w, p.eid, text, p.items, doc)
    if spoken:
        out = [_spoken(m, p.text, spoken[1]) for m in out]
    taken = {m.paragraph for m in out}  # (points read as a chapeau's actions)
    for it in leaves(p.items):
        if _own_clause(w, it.text):
            out.extend(_clause_mandates(w, it.eid, it.text, (), doc))
        elif it.eid not in taken:
            # a point that asks mid-sentence: "(v) la situation des réfugiés ... et, à cet
            # égard, engage vivement tous les États à", as English reads it
            out.extend(_clause_mandates(w, it.eid, it.text, (), doc, finite=True))
    return out


def _declaration(w: Words, paragraphs: tuple[Paragraph, ...]) -> bool:
    """An annex in the first person plural: a declaration the body adopts (as English reads
    "We request ...")."""
    pattern = re.compile(w.lang.module.FIRST_PERSON)
    we = sum(1 for p in paragraphs if pattern.match(p.text))
    return len(paragraphs) >= 3 and we * 3 >= len(paragraphs)


def mandates(doc: Document) -> list[Mandate]:
    """Every mandate in the operative part of `doc`, a text in French or Spanish, then in the
    political declarations it adopts."""
    w = words_for(doc.language or "")
    out: list[Mandate] = []
    for p in doc.operative:
        out.extend(_paragraph(w, p, doc))
    for annex in doc.annexes:
        if _declaration(w, annex.paragraphs):
            for p in annex.paragraphs:
                out.extend(_paragraph(w, p, doc))
    return out
