"""Who an operative paragraph asks to do what, by when.

A paragraph is cut into clauses where a new operative verb begins ("Decides to devote ...,
and requests the President ..."). A clause whose verb asks for action ("requests",
"invites", "calls upon", "urges", "encourages", "decides to ...", "authorizes" ...) gives
one mandate per infinitive it lists ("to provide ..., and to prepare ..."), or one per item
when its addressees are followed by a colon and the items say what to do. For each: the
addressees (normalised, with a kind), collaborators ("in collaboration with ..."), the
action, the session it is due at (with years), whom it reports to and how often.
"Decides to remain seized" and "decides to continue its consideration ... at its Nth
session" are kept as their own types: they are the body's own agenda.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .addressees import BODY_ITSELF, BODY_NAMES, addressees, body_itself
from .lexicon import Lead, match_lead, third_person
from .model import Addressee, Document, Due, Item, Mandate, Paragraph
from .ordinals import ORDINAL, ordinal_value
from .sessions import session_years

# Verb lemma -> mandate type. Verbs outside this table state, note or welcome: no mandate.
TYPES = {
    "request": "request",
    "ask": "request",
    "mandate": "request",
    "entrust": "request",
    "direct": "request",
    "instruct": "request",
    "decide": "decision",
    "invite": "invitation",
    "call": "call",
    "appeal": "call",
    "urge": "urge",
    "exhort": "urge",
    "demand": "demand",
    "encourage": "encouragement",
    "authorize": "authorization",
    "authorise": "authorization",
    "recommend": "recommendation",
}

# Verbs at which a paragraph is cut into clauses, mid-sentence: the mandate verbs and the
# common operative verbs that would otherwise run on into the clause before them. Lemmas
# that are also common nouns ("states", "uses", "views", "records") are left out.
_OTHER_VERBS = """welcome note take emphasize emphasise stress underline underscore reaffirm recognize
    recognise acknowledge express reiterate affirm condemn deplore commend recall endorse
    approve look expect consider believe appreciate highlight remind regret reject agree
    insist observe confirm declare designate proclaim renew adopt thank pay salute
    congratulate applaud invite reiterate notes strongly"""
_SPLIT_LEMMAS = set(TYPES) | set(_OTHER_VERBS.split())

_CLAUSE_GAP = re.compile(r"[,;:]\s+(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+")


# A cheap test before the lexicon's grammar: a gap, adverbs, then one of the verbs above.
_CLAUSE_START = re.compile(
    r"(?:[,;:]\s+(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+)"
    r"(?=(?:(?:[a-z]+ly|also|further|again|once\s+again|moreover|hereby|therefore)\s+){0,3}"
    rf"(?:{'|'.join(sorted({third_person(v) for v in _SPLIT_LEMMAS}, key=len, reverse=True))})\b)"
)
# An infinitive that starts an action: "to consult", not "to the Council" or "to that end".
_NOT_VERBS = (
    r"the|a|an|its|his|her|their|this|that|these|those|all|any|each|every|such|other|some"
    r"|States|Member|United|be|date|ensure\b(?=,)|conflict|armed|which|whom|what|whose"
)
_INFINITIVE = re.compile(
    r"(?<!order )(?<!so as )(?<!a view )(?<!an effort )"
    rf"\b(?:not\s+)?to\s+(?!(?:{_NOT_VERBS})\b)(?:[a-z][\w-]*)"
)
# A second action for the same addressees: "..., and to prepare", "; to submit".
_NEXT_ACTION = re.compile(
    rf"[,;]\s*(?:and\s+|as\s+well\s+as\s+|also\s+)?(?=to\s+(?:also\s+|further\s+)?"
    rf"(?!(?:{_NOT_VERBS})\b)[a-z])"
)
_WITH = re.compile(
    r",?\s*\b(?:in\s+(?:close\s+)?(?:collaboration|cooperation|consultation|coordination|"
    r"partnership|conjunction)\s+with|jointly\s+with|together\s+with|with\s+the\s+"
    r"(?:support|assistance|help|cooperation|collaboration)\s+of|working\s+(?:closely\s+)?with)"
    r"\s+(?P<who>[^,;]+)"
)
# Asides in an addressee phrase that name nobody: ", as appropriate,", ", inter alia,"
_ASIDE = re.compile(
    r",\s*(?:and\s+|or\s+)?(?:in\s+accordance\s+with|consistent\s+with|in\s+line\s+with|within|as\s+appropriate|"
    r"where\s+appropriate|inter\s+alia|on\s+the\s+basis\s+of|bearing\s+in\s+mind|taking\s+into"
    r"\s+account|with\s+a\s+view\s+to|in\s+the\s+context\s+of|through|if|when|upon|pursuant\s+to|"
    r"in\s+order\s+to|once\s+again|again|also|further|in\s+this\s+regard|in\s+that\s+regard|"
    r"as\s+a\s+matter\s+of|at\s+the\s+(?:national|regional|international)|in\s+particular"
    r"(?=\s*,))[^,]*(?:,|$)"
)
_PRESIDED = re.compile(
    r"presided\s+over\s+by\s+(?:the\s+)?(?P<who>President\s+of\s+the\s+[A-Z][\w ]+?|its\s+"
    r"President|President)(?=[,;]|$)"
)

_BODY_CODE = {
    "General Assembly": "GA",
    "Assembly": "GA",
    "Human Rights Council": "HRC",
    "Security Council": "SC",
    "Economic and Social Council": "ECOSOC",
}
# A body's name as written: capitalised words and the small words between them.
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the|to|against|in)\s+)*[A-Z][\w'’-]*)*"
_BODY_WORDS = re.compile(
    r"\b(?:Assembly|Council|Commission|Committee|Conference|Board|Forum|Meeting|Group|Parties|"
    r"Congress|Platform|Session|Summit)\b"
)
_SESSION = re.compile(
    r"\b(?P<prep>at|to|during|before|by|until|for|in|from|of|on|beginning\s+at|starting\s+at)"
    r"\s+(?:the\s+)?(?:(?:its|their)\s+)?"
    r"(?:(?:main|regular|resumed|substantive)\s+(?:part\s+of\s+(?:its|the)\s+)?)?"
    rf"(?P<ord>(?i:{ORDINAL})|(?P<year>(?:19|20)\d\d))(?:\s+and\s+(?i:{ORDINAL}))?"
    r"\s+(?:regular\s+|substantive\s+|management\s+|annual\s+)?sessions?"
    rf"(?:\s+of\s+the\s+(?P<b2>{_NAME}))?"
)
# The body named just before "at its Nth session": "to the Committee for Programme and
# Coordination at its forty-second session".
_BODY_BEFORE = re.compile(rf"\b(?:the|its)\s+(?P<b1>{_NAME})\s*,?\s*$")
_REPORT_TO = re.compile(
    r"\b(?:report\w*|submit\w*|present\w*|transmit\w*|brief\w*|update\w*)\b[^;]*?\bto\s+"
    rf"(?:the\s+|its\s+)?(?P<b>{_NAME})"
)
_RECURRENCE = [
    (
        re.compile(
            r"\bannual(?:ly)?\b(?!\s+session)|\b(?:each|every)\s+year\b|\bon\s+an\s+annual\s+basis\b|"
            r"\byearly\b",
            re.I,
        ),
        "annual",
    ),
    (
        re.compile(
            r"\bbiennial(?:ly)?\b|\bevery\s+(?:two|other)\s+years?\b|\bon\s+a\s+biennial"
            r"\s+basis\b",
            re.I,
        ),
        "biennial",
    ),
    (re.compile(r"\btriennial(?:ly)?\b|\bevery\s+three\s+years\b", re.I), "triennial"),
    (re.compile(r"\bquadrennial(?:ly)?\b|\bevery\s+four\s+years\b", re.I), "quadrennial"),
    (re.compile(r"\bquinquennial(?:ly)?\b|\bevery\s+five\s+years\b", re.I), "quinquennial"),
    (
        re.compile(
            r"\bat\s+each\s+(?:of\s+its\s+)?(?:regular\s+)?session\b|\bat\s+every\s+"
            r"session\b",
            re.I,
        ),
        "every session",
    ),
    (
        re.compile(r"\b(?:on\s+a\s+regular\s+basis|regularly|periodically|periodic)\b", re.I),
        "periodic",
    ),
]
_REMAIN_SEIZED = re.compile(r"^\s*(?:\w+\s+)?to\s+remain\s+(?:actively\s+)?seized\b", re.I)
_CONTINUE = re.compile(
    r"^\s*(?:\w+\s+)?to\s+(?:continue\s+(?:its\s+|the\s+)?consideration\s+of|continue\s+to\s+"
    r"consider|further\s+consider|consider\s+(?:the|this|that)\s+(?:question|matter|issue|item|"
    r"subject)|include\s+(?:in|on)\s+(?:the\s+(?:provisional\s+)?agenda\s+of\s+its|its\s+"
    r"provisional\s+agenda)|include\s+the\s+"
    r"(?:item|question|sub-item)|consider\s+at\s+its)",
    re.I,
)


def _depth_ok(text: str, pos: int) -> bool:
    """Outside brackets and quotation marks at `pos`."""
    head = text[:pos]
    return head.count("(") <= head.count(")") and head.count("\u201c") <= head.count("\u201d")


def clauses(text: str) -> list[tuple[int, int, Lead]]:
    """(start, end, lead) of each clause of an operative paragraph's text; a clause starts
    at its verb ("requests", after the ", and" that joined it) and ends where the next begins."""
    first = match_lead(text)
    if first is None or first.kind not in ("operative", "base"):
        return []
    found: list[tuple[int, int, Lead]] = [(0, 0, first)]  # (gap start, verb start, lead)
    for m in _CLAUSE_START.finditer(text, first.end):
        at = m.end()
        if at >= len(text) or not text[at].islower() or not _depth_ok(text, at):
            continue
        lead = match_lead(text[at:])
        if lead and lead.kind == "operative" and lead.lemma in _SPLIT_LEMMAS:
            found.append((m.start(), at, lead))
    return [
        (at, found[i + 1][0] if i + 1 < len(found) else len(text), lead)
        for i, (_, at, lead) in enumerate(found)
    ]


def _body_code(name: str, doc: Document) -> str | None:
    """A body as named -> GA, HRC, SC, ECOSOC, the name of another body, or None if `name`
    does not name a body ("the Secretary-General")."""
    name = _squash(name)
    if name == "Council":
        return doc.body if doc.body in ("HRC", "SC", "ECOSOC") else "Council"
    for known, code in _BODY_CODE.items():
        if name == known or (" " in known and name.endswith(" " + known)):
            return code  # "the Special Rapporteur to the Human Rights Council" ends in one
    return name if _BODY_WORDS.search(name) else None


def _due(text: str, doc: Document) -> Due | None:
    if "ession" not in text:
        return None
    for m in _SESSION.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        if before.rstrip().endswith(("since", "held", "adopted")):
            continue  # a past session, not a due date
        code = None
        if m.group("b2"):
            code = _body_code(m.group("b2"), doc)
        if code is None:
            b1 = _BODY_BEFORE.search(before)
            code = _body_code(b1.group("b1"), doc) if b1 else None
        code = code or doc.body or "GA"
        if m.group("year"):  # "at its 2025 session": the Economic and Social Council's style
            year = int(m.group("year"))
            return Due(code, None, year, year)
        n = ordinal_value(m.group("ord"))
        y0, y1 = session_years(code, n)
        return Due(code, n, y0, y1)
    return None


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _body_name(name: str, doc: Document) -> str | None:
    code = _body_code(name, doc)
    return BODY_NAMES.get(code, code) if code else None


def _report_to(text: str, due: Due | None, doc: Document) -> str | None:
    for m in _REPORT_TO.finditer(text):
        name = _body_name(m.group("b"), doc)
        if name:
            return name
    if due and re.search(r"\breport", text):
        return BODY_NAMES.get(due.body, due.body)
    return None


_EVERY = re.compile(
    r"\bevery\s+(?P<n>\d+|two|three|four|six|twelve|eighteen)\s+(?P<unit>days|weeks|months)\b"
)


def _recurrence(text: str, due: Due | None) -> str | None:
    for pat, name in _RECURRENCE:
        if pat.search(text):
            return name
    m = _EVERY.search(text)  # the Security Council's "report every 60 days"
    if m:
        return f"every {m.group('n')} {m.group('unit')}"
    return "one-off" if due else None


# A comma before one of these opens an aside or a new phrase, not the next item of a list
# ("to take measures to enhance bilateral, regional and international cooperation").
_ASIDE_OPENERS = re.compile(
    r"\s*(?:in|including|inter\s+alia|as|with|on|through|within|by|for|from|under|upon|"
    r"taking|bearing|where|which|who|whose|that|such\s+as|particularly|notably|especially|"
    r"while|so\s+as|in\s+order|and\s+(?:to|in|with|on|through)|at|if|when|where|both|"
    r"without|among|among\s+others|inter\s+alia|consistent|pursuant|according|subject|"
    r"building|based|drawing|paying|giving|using|making|focusing|following|according)\b",
    re.I,
)


_SHORT_ASIDE = re.compile(
    r",\s*(?:and\s+|or\s+)?(?:as\s+appropriate|where\s+appropriate|inter\s+alia|in\s+particular|if\s+necessary|"
    r"as\s+necessary|upon\s+request|on\s+request|where\s+applicable|as\s+applicable|within\s+"
    r"existing\s+resources|among\s+other\s+things|in\s+this\s+regard|in\s+that\s+regard|as\s+a"
    r"\s+matter\s+of\s+priority|as\s+soon\s+as\s+possible|where\s+possible|to\s+the\s+extent"
    r"\s+possible|as\s+a\s+priority|where\s+relevant|as\s+relevant|inter\s+alia)\s*,"
)


# A parenthesis between commas after which the sentence goes on with its verb.
_PARENTHESIS = re.compile(
    r",[^,;]{1,80},\s+(?:is|are|was|were|be|has|have|had|will|shall|should|can|could|may|"
    r"must|would|does|do)\b"
)


def _short(action: str) -> str:
    """The action up to the first comma that opens an aside (not one inside a list); stock
    asides (", as appropriate,") are dropped rather than cut at."""
    action = _SHORT_ASIDE.sub("", action.strip()).rstrip(";.:,")
    for m in re.finditer(r"[,;]", action):
        if _PARENTHESIS.match(action, m.start()):
            continue  # "multilingualism, as a core value of the United Nations, is not ..."
        if m.group() == ";" or (
            _depth_ok(action, m.start())
            and len(action[: m.start()].split()) >= 4
            and not action[: m.start()].endswith(" that")
            and _ASIDE_OPENERS.match(action, m.end())
        ):
            return action[: m.start()]
    return action


def _collaborators(text: str, doc: Document) -> tuple[tuple[Addressee, ...], str]:
    """Collaborators named in `text`, and `text` without them."""
    if "with" not in text:
        return (), text
    found: list[Addressee] = []
    for m in _WITH.finditer(text):
        for a in addressees(m.group("who"), doc.body):
            if a not in found:
                found.append(a)
    return tuple(found), _WITH.sub("", text)


def _actions(rest: str) -> list[str]:
    """The infinitive phrases of a clause after its addressees: "to provide ..., and to
    prepare ..." -> two actions."""
    cuts = [m.start() for m in _NEXT_ACTION.finditer(rest) if _depth_ok(rest, m.start())]
    out, start = [], 0
    for c in cuts:
        out.append(rest[start:c])
        start = c
    out.append(rest[start:])
    return [re.sub(r"^[,;]\s*(?:and\s+|as\s+well\s+as\s+|also\s+)?", "", a).strip() for a in out]


def _make(eid, mtype, verb, who, with_, action, text, doc, scope=None) -> Mandate:
    scope = scope if scope is not None else action
    due = _due(scope, doc)
    return Mandate(
        paragraph=eid,
        type=mtype,
        verb=verb,
        addressees=tuple(who),
        with_=tuple(with_),
        action=_short(action),
        due=due,
        report_to=_report_to(scope, due, doc),
        recurrence=_recurrence(scope, due),
        text=text,
    )


def _items(items: tuple[Item, ...]) -> Iterator[Item]:
    for it in items:
        if it.items:
            yield from _items(it.items)
        else:
            yield it


# Words that continue a subject after "that": "that States parties consider", "that the
# relevant United Nations bodies take"; the first other lowercase word starts the predicate.
_SUBJECT = """the of on for and in all relevant its their other concerned parties members
    organizations agencies institutions bodies entities society sector partners countries
    community communities stakeholders actors mechanisms procedures holders funds programmes
    system development international regional subregional national non-governmental
    intergovernmental civil private specialized human rights mandate treaty special
    interested donor developed developing least"""
_SUBJECT_WORDS = set(_SUBJECT.split())
_FOLLOWING = re.compile(r"^\s*the\s+following(?:\s+for\s+(?:consideration|action))?\s+(?:by|to)\s+")


def _that_clause(rest: str) -> tuple[str, str]:
    """ "that the Informal Consultative Process devise a process ..." -> (subject, predicate)."""
    body = re.sub(r"^\s*(?:\w+\s+)?that\s+", "", rest)
    for m in re.finditer(r"\([^)]*\)|[\w'’-]+|[,;]", body):
        w = m.group()
        if w.startswith("("):
            continue  # (the "Panel of Experts")
        if w in ",;" or (w[0].islower() and w not in _SUBJECT_WORDS and not w.endswith("ed")):
            if w.endswith("ed"):
                continue
            return body[: m.start()], body[m.start() :].lstrip(" ,")
    return body, ""


def _clause_mandates(eid: str, text: str, items: tuple[Item, ...], doc: Document) -> list[Mandate]:
    out: list[Mandate] = []
    for start, end, lead in clauses(text):
        clause = text[start:end].strip().rstrip(";.,")
        mtype = TYPES.get(lead.lemma)
        verb = lead.text
        if mtype is None:
            continue
        if lead.lemma == "call" and not re.search(r"\b(?:upon|on)$", lead.text):
            continue  # "calls for" names no one
        rest = clause[lead.end :]
        last = end >= len(text.rstrip())
        if mtype == "decision":
            out.extend(_decision(eid, verb, clause, rest, items if last else (), doc))
            continue
        if re.match(r"\s*that\s", rest):  # "recommends that the Process devise ..."
            subject, predicate = _that_clause(rest.rstrip(" :"))
            who = addressees(subject, doc.body)
            if who and predicate.strip():
                for act in _actions(predicate):
                    w2, act = _collaborators(act, doc)
                    out.append(_make(eid, mtype, verb, who, w2, act, clause, doc))
            elif who and last and items:  # "Recommends that the Special Representative:" (a) ...
                for it in _items(items):
                    w2, act = _collaborators(it.text, doc)
                    out.append(_make(it.eid, mtype, verb, who, w2, act, it.text, doc))
            continue
        with_, who_text = _collaborators(rest, doc)
        who_text = _FOLLOWING.sub("", who_text)
        m = next(
            (m for m in _INFINITIVE.finditer(who_text) if _depth_ok(who_text, m.start())), None
        )
        if m is None:
            if last and items and who_text.rstrip().endswith(":"):
                who = addressees(_ASIDE.sub(",", who_text.rstrip(" :")), doc.body)
                for it in _items(items) if who else ():
                    w2, act = _collaborators(it.text, doc)
                    out.append(_make(it.eid, mtype, verb, who, with_ + w2, act, it.text, doc))
            continue
        who = addressees(_ASIDE.sub(",", who_text[: m.start()]), doc.body)
        if not who:
            continue
        for act in _actions(who_text[m.start() :]):
            w2, act = _collaborators(act, doc)
            out.append(_make(eid, mtype, verb, who, with_ + w2, act, clause, doc))
    return out


def _own_clause(text: str) -> bool:
    """An item that opens with its own operative verb ("(a) Requests ...") is a clause of
    its own, read by `_paragraph_mandates`, not an action of its parent."""
    lead = match_lead(text)
    return bool(lead and lead.kind == "operative")


def _decision(eid, verb, clause, rest, items, doc) -> list[Mandate]:
    itself = [body_itself(doc.body)]
    if _REMAIN_SEIZED.match(rest):
        return [_make(eid, "remain_seized", verb, itself, (), rest, clause, doc)]
    if _CONTINUE.match(rest):
        return [_make(eid, "continue_consideration", verb, itself, (), rest, clause, doc, rest)]
    listed = bool(items) and rest.rstrip().endswith(":")
    if not re.match(r"\s*(?:\w+\s+)?(?:to\s|that\s)", rest) and not listed:
        return []  # "Decides on ..." with no action: nothing asked
    if re.match(r"\s*(?:\w+\s+)?that\s", rest):
        # "Decides that the Working Group shall meet ...": the Working Group, if an actor
        subject, _ = _that_clause(rest)
        who = addressees(subject, doc.body)
        if who:
            itself = who
    if listed:  # "decides that the Panel shall carry out the following tasks:" (a) ... (b) ...
        return [
            _make(
                it.eid,
                "decision",
                verb,
                itself,
                _collaborators(it.text, doc)[0],
                it.text,
                it.text,
                doc,
            )
            for it in _items(items)
            if not _own_clause(it.text)
        ]
    with_, rest2 = _collaborators(rest, doc)
    p = _PRESIDED.search(rest2)
    if p:
        with_ += tuple(a for a in addressees(p.group("who"), doc.body) if a not in with_)
    action = rest2.strip()
    return [_make(eid, "decision", verb, itself, with_, action, clause, doc, rest2)]


def _paragraph_mandates(p: Paragraph, doc: Document) -> list[Mandate]:
    out = _clause_mandates(p.eid, p.text, p.items, doc)
    # items that are clauses of their own: "(a) Requests the Secretary-General to ..."
    for it in _items(p.items):
        if _own_clause(it.text):
            out.extend(_clause_mandates(it.eid, it.text, (), doc))
    return out


def mandates(doc: Document) -> list[Mandate]:
    """Every mandate in the operative part of `doc`, then in the political declarations it
    adopts ("We, Heads of State ... 53. Also request the Secretary-General to provide a
    progress report in 2020": A/RES/73/3), in paragraph order. Other annexes (rules,
    conventions, programmes) state norms rather than ask anyone to act, and are left out.
    A text in French or Spanish is read in its own words (`mandates_lang`)."""
    if doc.language not in (None, "en"):
        from . import mandates_lang

        return mandates_lang.mandates(doc) if doc.language in mandates_lang.SUPPORTED else []
    out: list[Mandate] = []
    for p in doc.operative:
        out.extend(_paragraph_mandates(p, doc))
    for annex in doc.annexes:
        if annex.formula and annex.formula.lstrip('“"').startswith("We"):
            for p in annex.paragraphs:
                out.extend(_paragraph_mandates(p, doc))
    return out


def is_secretariat(m: Mandate) -> bool:
    """A mandate the Secretariat carries out or services: addressed to the Secretary-General,
    the High Commissioner or another Secretariat office, or to a presiding officer (whose
    office the Secretariat supports)."""
    return any(a.kind in ("secretariat", "presiding_officer") for a in m.addressees)


__all__ = ["mandates", "clauses", "is_secretariat", "TYPES", "BODY_ITSELF"]
