"""Who an operative paragraph asks to do what, by when.

A paragraph is cut into clauses where a new operative verb begins (`clauses`). A clause whose
verb asks for action ("requests", "invites", "calls upon", "urges", "encourages", "decides to
...", "authorizes" ...) gives one mandate per infinitive it lists ("to provide ..., and to
prepare ..."), or one per item when its addressees are followed by a colon and the items say
what to do. For each: the addressees and collaborators (`subjects`), the action, every due
session, year or date with its real dates, whom it reports to, how often, for how long and
on what terms (`timing`). "Decides to remain seized" and "decides to continue its
consideration ... at its Nth session" are kept as their own types: they are the body's own
agenda. Decisions that take effect on adoption ("decides to adopt / approve / proclaim")
ask nothing of anyone and are not mandates.

Political declarations are read the same way in the first person ("We request the
Secretary-General ...", "We will encourage UN-Habitat ..."), whether the declaration is the
resolution's own text or an annex it adopts.
"""

from __future__ import annotations

import re

from ..lexicon import Lead
from ..model import Addressee, Document, Due, Item, Mandate, Paragraph, leaves
from . import timing
from .addressees import BODY_ITSELF, BODY_NAMES, actors, addressees, body_itself, known_actors
from .clauses import TYPES, clauses, depth_ok, lead_at, mandate_type, participles, unquoted
from .subjects import WITH_OPEN, Subject, _headed, _infinitive, parse

# -- actions ------------------------------------------------------------------------------

_NOT_VERBS = (
    r"the|a|an|its|his|her|their|this|that|these|those|all|any|each|every|such|other|some"
    r"|States|Member|United|be|date|ensure\b(?=,)|conflict|armed|which|whom|what|whose"
)
# A second action for the same addressees: "..., and to prepare", "; to submit", ", and to
# that end to engage", ", and, where appropriate, to request".
_NEXT_ACTION = re.compile(
    # "to conduct a review ... by September 2018 and further report to the Council every
    # three months": a second, bare, infinitive marked as a further step
    r"\s+and\s+(?:further|also)\s+(?=(?:report|submit|present|brief|inform)\s)|"
    r"(?:[,;]\s*(?:and\s*,?\s*|as\s+well\s+as\s+|also\s+)?|\s+and\s*,\s*|\s+and\s+)"
    r"(?:(?:to\s+(?:that|this)\s+end|in\s+(?:this|that)\s+regard|where\s+appropriate|as\s+"
    r"appropriate|if\s+(?:necessary|requested|so\s+requested)|inter\s+alia|in\s+particular|"
    r"upon\s+request|where\s+relevant)\s*,?\s*)?"
    rf"(?=to\s+(?:also\s+|further\s+)?(?!(?:{_NOT_VERBS})\b)(?![a-z]*[^s\W]s\b)[a-z])"
)
# An aside inside an action ("taking into account that ..., leaving her unable to enjoy her
# rights, to reach ..."): an infinitive list after one belongs to the aside, not the clause.
_ACTION_ASIDE = re.compile(
    r",\s*(?:taking|leaving|bearing|including|in\s+particular|such\s+as|which|while|whereby|"
    r"with\s+a\s+view|so\s+as|in\s+order|inter\s+alia|recognizing|noting|given)\b"
)


_PURPOSE = re.compile(r"\b(?:in\s+order|so\s+as|with\s+a\s+view|in\s+an\s+effort)\s+to\b")
# Words that carry an action's content: not "to", not adverbs ("to further refine").
_CONTENT = re.compile(r"\b(?!to\b|also\b|further\b|not\b|continue\b)(?![a-z]+ly\b)[A-Za-z][\w’'-]*")


# The delivery of what the action before made: "and to submit it to the Council".
_DELIVERY = re.compile(
    r"to\s+(?:submit|present|transmit|make\s+available|circulate|report\s+on)\s+"
    r"(?:it|them|the\s+report|its\s+report|the\s+results|its\s+findings|the\s+summary|such)\b"
)


def _actions(text: str) -> list[str]:
    """The infinitive phrases of an action list: "to provide ..., and to prepare ..." -> two;
    "to prepare a report and to submit it" is one."""
    cuts: list[tuple[int, int, bool]] = []  # (start, end, joined by "and")
    last = 0
    purpose = False  # inside what a meeting asked for is to do ("to discuss ... and to make ...")
    since = 0  # where the segment being read began (an accepted cut, or a meeting's purpose)
    for m in _NEXT_ACTION.finditer(text):
        if not depth_ok(text, m.start()):
            continue
        between = text[last : m.start()]
        gap = text[m.start() : m.end()]
        joined = bool(re.match(r"[,;]?\s*(?:and|as\s+well\s+as)\b", gap))
        bare = gap[0] not in ",;"
        if bare:
            if len(_CONTENT.findall(between)) < 2 or _DELIVERY.match(text, m.end()):
                continue  # "to develop and to implement a programme", "to prepare X and to submit it"
            if _PURPOSE.search(between) or purpose:
                continue  # "in order to better understand ... and to provide ...": the purpose goes on
            if _GOVERNED.search(between):
                continue  # "efforts to develop a policy and to create ...": still the efforts
        elif not joined and gap[0] == "," and _meeting_then(text[since : m.start()]):
            purpose = True  # "to convene a meeting ..., to discuss ...": what the meeting is for
            since = m.end()
            continue
        aside = _ACTION_ASIDE.search(between)
        relative = aside is not None and aside.group().lstrip(", ").startswith(
            ("which", "who", "that")
        )
        if aside and (not joined or relative) and _ASIDE_VERB.search(between, aside.end()):
            continue  # ", to reach ..." continues an infinitive inside the aside
        cuts.append((m.start(), m.end(), joined or gap[0] == ";"))
        purpose = False
        last = since = m.end()
    # A list of actions ends with one joined by "and" (or set off by a semicolon): a comma
    # alone with no such end is a purpose ("to use the findings ..., to accelerate actions").
    while cuts and not cuts[-1][2]:
        cuts.pop()
    out, start = [], 0
    for c, _, _ in cuts:
        out.append(text[start:c])
        start = c
    out.append(text[start:])
    return [
        re.sub(
            r"^(?:[,;]\s*(?:and\s*,?\s*|as\s+well\s+as\s+|also\s+)?|\s*and\s*,?\s*)"
            r"(?:(?:to\s+(?:that|this)\s+end|in\s+(?:this|that)\s+regard|where\s+appropriate|as\s+"
            r"appropriate|if\s+(?:necessary|requested|so\s+requested)|inter\s+alia|in\s+particular|"
            r"upon\s+request|where\s+relevant)\s*,?\s*)?",
            "",
            a,
        ).strip()
        for a in out
    ]


def _meeting_then(segment: str) -> bool:
    """A segment that asks for a meeting and goes on to no other infinitive: a comma and an
    infinitive after it say what the meeting is for."""
    m = _MEETING.search(segment)
    return bool(m) and not _ASIDE_VERB.search(segment, m.end())


# An infinitive governed by a noun: "efforts to develop", "measures to", "the efforts of
# developing countries to address ... and to halt" (the "and to" goes on with the noun's list).
_GOVERNED = re.compile(
    r"\b(?:efforts?|measures|steps|ways|means|capacity|capacities|ability|need|opportunit(?:y|ies)|"
    r"strategies|plans|policies|initiatives|programmes|commitments?|action|necessary|needed|"
    r"required)\b(?:\s+of\s+[\w\s-]{1,60}?)?"
    r"\s+to\s+[a-z]+\b(?![^,;]*\bto\s+[a-z]+\b)[^,;]*$"
)
# An infinitive inside an aside: "unable to enjoy" (not "access to livelihoods").
_ASIDE_VERB = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|their|all|any|each|this|that|these|those)\b)[a-z]+(?<!s)\b"
)


# A comma before one of these opens an aside or a new phrase, not the next item of a list
# ("to take measures to enhance bilateral, regional and international cooperation").
_ASIDE_OPENERS = re.compile(
    r"\s*(?:in|including|inter\s+alia|as|with|on|through|within|by|for|from|under|upon|"
    r"taking|bearing|where|which|who|whose|that|such\s+as|particularly|notably|especially|"
    r"while|so\s+as|in\s+order|and\s+(?:to|in|with|on|through)|at|if|when|where|both|"
    r"without|among|among\s+others|inter\s+alia|consistent|pursuant|according|subject|"
    r"building|based|drawing|paying|giving|using|making|focusing|following|according|leaving|"
    r"[a-z]{3,}ing)\b",
    re.I,
)
_SHORT_ASIDE = re.compile(
    r",\s*(?:and\s+|or\s+)?(?:as\s+appropriate|where\s+appropriate|inter\s+alia|in\s+particular|if\s+necessary|"
    r"as\s+necessary|upon\s+request|on\s+request|where\s+applicable|as\s+applicable|within\s+"
    r"existing\s+resources|among\s+other\s+things|in\s+this\s+regard|in\s+that\s+regard|as\s+a"
    r"\s+matter\s+of\s+priority|as\s+soon\s+as\s+possible|where\s+possible|to\s+the\s+extent"
    r"\s+possible|as\s+a\s+priority|where\s+relevant|as\s+relevant|inter\s+alia|"
    r"within\s+(?:their|its|his|her)\s+(?:respective\s+)?(?:existing\s+)?mandates?)\s*,"
)
# A parenthesis between commas after which the sentence goes on with its verb.
_PARENTHESIS = re.compile(
    r",[^,;]{1,80},\s+(?:is|are|was|were|be|has|have|had|will|shall|should|can|could|may|"
    r"must|would|does|do)\b"
)


# ", in 2019, open ... consultations": a short aside after which the object follows.
_SHORT_PARENTHESIS = re.compile(
    r",\s*(?:in|by|before|during)\s+(?:\w+\s+){0,2}\w+,\s+(?![a-z]+ing\b)[a-z]"
)


def _short(action: str) -> str:
    """The action up to the first comma that opens an aside (not one inside a list); stock
    asides (", as appropriate,") are dropped rather than cut at."""
    action = _SHORT_ASIDE.sub("", action.strip()).rstrip(";.:,")
    for m in re.finditer(r"[,;]", action):
        if _PARENTHESIS.match(action, m.start()) or _SHORT_PARENTHESIS.match(action, m.start()):
            continue  # "multilingualism, as a core value of the United Nations, is not ..."
        if (
            m.group() == ";"
            or (
                depth_ok(action, m.start())
                and len(action[: m.start()].split()) >= 4
                and not re.fullmatch(
                    r"to\s+[a-z]+(?:,?\s+(?:and|or)\s+[a-z]+)+", action[: m.start()]
                )
                and not re.search(r"\b(?:that|shall|will|should|must|may|to)$", action[: m.start()])
                # "to cooperate further to bring, through lawful means, an end to ...": not after
                # a verb whose object is still to come
                and not re.search(
                    r"\bto\s+(?:[a-z]+ly\s+)?(?:bring|make|take|provide|give|put|consider|ensure|"
                    r"undertake|include|continue\s+to\s+[a-z]+|submit|present)$",
                    action[: m.start()],
                )
                and _ASIDE_OPENERS.match(action, m.end())
            )
        ):
            return action[: m.start()]
    return action


# -- what is asked --------------------------------------------------------------------------

_KIND_CONSIDER = {"continue_consideration", "remain_seized"}
_MEETING = re.compile(
    r"\b(?:convene|hold|organize|organise|host|devote|dedicate|commemorate|celebrate)\b[^;]{0,160}?"
    r"\b(?:meetings?|panels?|dialogues?|seminars?|workshops?|conferences?|sessions?|forums?|"
    r"summits?|consultations?|debates?|discussions?|events?|hearings?|retreats?|symposi\w+|"
    r"round\s*tables?|commemoration|segment)\b"
    # "that an interactive debate on ... will be held at its forty-ninth session"
    r"|\b(?:meeting|panel(?:\s+discussion)?|dialogue|seminar|workshop|conference|forum|summit|"
    r"consultation|debate|discussion|event|hearing|round\s*table)\b[^;]{0,160}?\b(?:will|shall|"
    r"should|is\s+to)\s+be\s+(?:held|convened|organized|organised)\b",
    re.I,
)
_REPORT = re.compile(
    r"^(?:to\s+)?(?:also\s+|further\s+|continue\s+to\s+)?(?:report|submit|present|brief|update|"
    r"transmit|inform|provide\s+(?:an?\s+)?(?:oral\s+|written\s+|annual\s+|comprehensive\s+)?"
    r"(?:report|update|briefing|information))\b"
    r"|\b(?:report|study|compilation|summary|update|briefing|analysis|assessment|overview|"
    r"recommendations)\b[^;]{0,200}?\bto\s+(?:the\s+)?(?:General\s+Assembly|Human\s+Rights\s+"
    r"Council|Security\s+Council|Council|Assembly|Economic\s+and\s+Social\s+Council|Commission)\b"
    r"|^(?:to\s+)?(?:prepare|produce|compile|conduct|undertake)\b[^;]{0,80}?\b(?:report|study|"
    r"compilation|summary)\b",
    re.I,
)
_ESTABLISH = re.compile(
    r"^(?:to\s+)?(?:(?:also|further|hereby)\s+)?(?:"
    r"(?:extend|renew|prolong)\b[^;]{0,60}?\b(?:mandates?|authori[sz]ations?|measures|resolution|"
    r"Mission|Operation|Force|Office|Panel|Group|Team|term|deployment|presence)\b"
    r"|(?:establish|create|appoint|set\s+up)\b[^;]{0,40}?"
    r"\b(?:mandates?|Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|Mission|"
    r"Commission|commission|mechanism|Panel|panel\s+of\s+experts|Group\s+of\s+Experts|Office|"
    r"Team|Representative|Envoy|Operation|Force|Fund|Committee|Forum|post|position|Platform)\b)",
    re.I,
)


def _kind(mtype: str, action: str) -> str:
    """report | meeting | mandate | consideration | action: what the evidence of its
    fulfilment looks like (a report noted, a meeting held, a mandate renewed)."""
    if mtype in _KIND_CONSIDER:
        return "consideration"
    if _ESTABLISH.search(action):
        return "mandate"
    if _MEETING.search(action):
        return "meeting"
    if _REPORT.search(action):
        return "report"
    return "action"


# -- making one ---------------------------------------------------------------------------

_REPORT_TO = re.compile(
    r"\b(?:report\w*|submit\w*|present\w*|transmit\w*|brief\w*|update\w*)\b[^;]*?\bto\s+"
    rf"(?:the\s+|its\s+)?(?P<b>{timing.NAME})"
)


def _body_name(name: str, doc: Document) -> str | None:
    code = timing.body_code(name, doc)
    return BODY_NAMES.get(code, code) if code else None


def _report_to(text: str, due: Due | None, doc: Document) -> str | None:
    for m in _REPORT_TO.finditer(text):
        name = _body_name(m.group("b"), doc)
        if name:
            return name
    if due and re.search(r"\breport", text):
        return BODY_NAMES.get(due.body, due.body)
    return None


_CODE_OF = {v: k for k, v in BODY_NAMES.items()}


def _make(eid, mtype, verb, who, with_, action, text, doc, scope=None, dues=None) -> Mandate:
    scope = scope if scope is not None else action
    report_to = _report_to(scope, None, doc)
    found = dues if dues is not None else timing.dues(scope, doc, _CODE_OF.get(report_to or ""))
    due = found[0] if found else None
    if report_to is None:
        report_to = _report_to(scope, due, doc)
    years, ends, sunset = timing.duration(scope, doc)
    review = None
    if mtype in ("decision", "continue_consideration") or sunset:
        review = timing.review_clause(eid, scope, sunset)
    short = _short(action)
    return Mandate(
        paragraph=eid,
        type=mtype,
        verb=verb,
        addressees=tuple(who),
        with_=tuple(with_),
        action=short,
        due=due,
        report_to=report_to,
        recurrence=timing.recurrence(scope, due),
        text=text,
        dues=tuple(found),
        kind=_kind(mtype, action),
        duration_years=years,
        ends=ends,
        within_existing_resources=timing.within_existing_resources(text),
        review_clause=review,
    )


# Words that continue a subject after "that": "that States parties consider", "that the
# relevant United Nations bodies take"; the first other lowercase word starts the predicate.
_SUBJECT = """the of on for and in all relevant its their other concerned parties members
    organizations agencies institutions bodies entities society sector partners countries
    community communities stakeholders actors mechanisms procedures holders funds programmes
    system development international regional subregional national non-governmental
    intergovernmental civil private specialized human rights mandate treaty special
    interested donor developed developing least such executive heads chiefs officials leaders
    representatives organs authorities forces groups donors creditors debtors governments
    government ministries administrations enterprises businesses companies media personnel
    signatories participants observers sides militias"""
_SUBJECT_WORDS = set(_SUBJECT.split())
# After a comma in a that-clause's subject, a further actor of the list (not an aside).
_LIST_GOES_ON = re.compile(
    r"\s*(?:and\s+)?(?:the\s+|all\s+|other\s+|relevant\s+)*(?:organizations|agencies|"
    r"institutions|bodies|entities|funds|programmes|partners|countries|stakeholders|actors|"
    r"mechanisms|organs)\b"
)
# "decides, in accordance with paragraph 14 of resolution 18/8, that ..."
# ("Demands once more that Israel withdraw ...")
_ADV = (
    r"(?:(?:also|further|hereby|therefore|again|once\s+more|once\s+again|moreover|strongly|"
    r"urgently|firmly|accordingly|[a-z]+ly)\s+)"
)
_THAT = re.compile(rf"^\s*{_ADV}?(?:,[^,;]{{1,160}},\s*)?that[\s,]")
# "decides that the following shall be the main purposes of the Commission:"
_FOLLOWING_OF = re.compile(
    r"^\s*the\s+following\s+(?:shall|will|should)\s+be\s+the\s+(?:\w+\s+)?"
    r"(?:purposes|tasks|functions|mandate|objectives|responsibilities)\s+of\s+(?P<who>.+?)\s*:?\s*$"
)


# "that the Ad Hoc Committee established by ..., which ..., should take into consideration":
# the subject ends before a modal; within it, before a participle or relative clause.
_MODAL = re.compile(
    r"\b(?:should|shall|must|will|would|may|can|could)\s+(?:also\s+|further\s+|not\s+)?[a-z]"
)
_SUBJECT_END = re.compile(
    r"\s+(?:established|created|set\s+up|mandated|appointed|referred\s+to|mentioned|which|who|"
    r"whose|that|as)\b|,"
)


# "that, where an item in part I of Annex C is sold ..., the State shall notify": a
# subordinate clause first, the subject after it
_SUBORDINATE = re.compile(
    r"\s*(?:where|when|whenever|if|once|unless|after|before|until|in\s+the\s+event|in\s+case|"
    r"as\s+soon\s+as|upon|pending|prior\s+to|for|in)\b"
)


_MANDATE_OF = re.compile(
    r"^(?:the\s+)?(?:(?:\w+\s+)?mandate|tasks|functions|responsibilities|terms\s+of\s+reference)\s+of\s+"
    r"(?P<who>.+)$|^(?P<own>.+?)['’]s?\s+(?:\w+\s+)?(?:mandate|tasks|functions|responsibilities)$"
)


def _that_clause(rest: str) -> tuple[str, str]:
    """ "that the Informal Consultative Process devise a process ..." -> (subject, predicate)."""
    body = re.sub(rf"^\s*{_ADV}?(?:,[^,;]{{1,160}},\s*)?that[\s,]+", "", rest)
    scanned = _scan_subject(body)
    # "that all parties allow ... and end use of hospitals ...": the subject ends at the first
    # verb, before any modal further on ("for purposes that could make ...")
    if (
        scanned is not None
        and addressees(scanned[0], None)
        and not _MODAL.match(scanned[1])
        and not _MODAL.search(body[: len(scanned[0]) + 40])
    ):
        return scanned
    modal = next((m for m in _MODAL.finditer(body) if depth_ok(body, m.start())), None)
    if modal is not None:
        head = body[: modal.start()]
        subject = _SUBJECT_END.split(head, 1)[0]
        if not addressees(subject, None) or _SUBORDINATE.match(subject):
            # "that, to support the parties ..., UNMHA shall undertake": the words just
            # before the modal
            subject = _SUBJECT_END.split(head.rsplit(",", 1)[-1].strip(), 1)[0]
        if addressees(subject, None):
            return subject, body[modal.start() :]
    return _scan_subject(body) or (body, "")


def _scan_subject(body: str) -> tuple[str, str] | None:
    """The subject of a that-clause up to its first verb: the first lowercase word that
    cannot continue a noun phrase of actors."""
    for m in re.finditer(r"\([^)]*\)|[\w'’-]+|[,;]", body):
        w = m.group()
        if w.startswith("("):
            continue  # (the "Panel of Experts")
        if w == "," and _LIST_GOES_ON.match(body, m.end()):
            continue  # "that the specialized agencies, organizations, programmes and funds ..."
        if w in ",;" or (w[0].islower() and w not in _SUBJECT_WORDS and not w.endswith("ed")):
            return body[: m.start()], body[m.start() :].lstrip(" ,")
    return None


def _own_clause(text: str) -> bool:
    """An item that opens with its own operative verb ("(a) Requests ...", in a declaration
    "(e) Request the Secretary-General ...") is a clause of its own, not an action of its
    parent."""
    lead = lead_at(text)
    if lead is None:
        return False
    if lead.kind == "operative":
        return True
    return lead.kind == "base" and lead.lemma in TYPES and lead.lemma != "decide"


# An item that states or commits rather than asks ("(t) Welcome follow-up on the partnership
# dialogues and commit to implementing our ... commitments"): not a task of its parent.
_STATEMENT_ITEM = re.compile(
    r"^(?:Welcome|Note|Take\s+note|Recognize|Recognise|Acknowledge|Reaffirm|Recall|Commit|Express|"
    r"Emphasize|Stress|Underline|Underscore)\b"
)


# "(b) invites the 1540 Committee to ...": the body's own verb, not a task it sets
_THIRD_PERSON = re.compile(r"^\s*(?:(?:[a-z]+ly|also|further)\s+)*[A-Za-z]+[^s\W]s\b")


def _asks_itself(it: Item, doc: Document) -> bool:
    """An item read as a clause of its own that asks something ("(e) Request the
    Secretary-General to ..."); one that opens with a verb but asks nothing of anyone named
    ("(c) Encourage the contribution of the private sector") stays a task of its parent."""
    return _own_clause(it.text) and bool(_clause_mandates(it.eid, it.text, (), doc))


_REPLACED_BY = re.compile(
    r"\bshall\s+be\s+(?:replaced|amended\s+to\s+read)\s+(?:by|as)\s+(?:the\s+)?following[^:“\"]{0,40}:?\s*"
    r"[“\"](?P<text>[^”\"]+)[”\"]"
)
_DECIDE_ASIDE = re.compile(r"^\s*(?:also\s+|further\s+)?,[^;]{1,240}?,\s*(?=to\s)")
_AGENDA = re.compile(r"^to\s+(?:maintain|retain|include|keep)\b[^;]{0,80}?\bagenda\b")
_SUBJECT_TO = re.compile(r"^\s*shall\s+(?:also\s+)?be\s+subject\s+to\b")
_REMAIN_SEIZED = re.compile(r"^\s*(?:\w+\s+)?to\s+remain\s+(?:actively\s+)?seized\b", re.I)
_CONTINUE = re.compile(
    r"^\s*(?:\w+\s+)?to\s+(?:continue\s+(?:its\s+|the\s+)?consideration\s+of|continue\s+to\s+"
    r"consider|further\s+consider|consider\s+(?:the|this|that)\s+(?:question|matter|issue|item|"
    r"subject)|include\s+(?:in|on)\s+(?:the\s+(?:provisional\s+)?agenda\s+of\s+its|its\s+"
    r"provisional\s+agenda)|include\s+the\s+"
    r"(?:item|question|sub-item)|consider\s+at\s+its|(?:defer|postpone)\s+(?:the\s+)?"
    r"consideration\s+of|retain\s+(?:the\s+item|on\s+its\s+agenda))",
    re.I,
)
# A that-clause in the indicative states; one with a modal or a bare verb asks.
_STATES = re.compile(r"^\s*(?:is|are|was|were|has|have|had|remains?|constitutes?|includes?)\b")
# "... should be designated International Anti-Cybercrime Day": naming takes effect at once
_NAMED = re.compile(
    r"\b(?:should|shall|will|is\s+to)\s+be\s+(?:designated|proclaimed|declared|renamed)\s+"
    r"(?:as\s+)?(?:the\s+)?[A-Z\u201c\"]"
)
# "... eligible for inclusion in the Sanctions List include:" (a) ...: what a term covers
_DEFINED = re.compile(r"\s(?:includes?|comprises?|are|is|consists?\s+of)\s*:?\s*$")
# set when adopted: a text that "shall read as follows", a term "defined as follows", "the
# scale of assessments ... shall be as follows" (not "the high-level meeting shall be
# organized as follows": a meeting yet to hold)
_AS_FOLLOWS = re.compile(
    r"\b(?:shall|should|will)\s+(?:be\s+(?:defined|amended\s+to\s+read)|read)\s+as\s+follows\b|"
    r"^\s*(?:\w+\s+)?that\s+the\s+(?:scale|rates?)\s+of\s+assessments?\b[^;:]*\bshall\s+be\s+as\s+"
    r"follows\b"
)
# Decisions that take effect when adopted: nothing is left to do.
_SELF_EXECUTING = re.compile(
    r"^\s*(?:\w+\s+)?to\s+(?:adopt|approve|endorse|proclaim|declare|designate|take\s+note|welcome|"
    r"elect|admit|grant|accept|confirm|amend|rename|reaffirm|recall|note|appropriate|"
    r"apportion|assess|revise\s+the\s+budget|observe|commemorate\s+the|recognize|acknowledge|"
    r"express|thank|associate|join|support)\b"
    # "Decides to provide Angola ... with an additional preparatory period of three years": granted
    r"|^\s*(?:\w+\s+)?to\s+provide\s+[A-Z][^;]{0,60}?\bwith\s+an?\s+(?:additional\s+|further\s+)?"
    r"(?:preparatory\s+)?period\b",
    re.I,
)
# "Decides to request the Secretary-General to ...": the decision is the request.
_DECIDE_TO_ASK = re.compile(
    r"^\s*(?:\w+\s+)?to\s+(?P<verb>request|invite|urge|encourage|call\s+upon|authorize|authorise|"
    r"entrust|mandate|ask)\b"
)
_PRESIDED = re.compile(
    r"presided\s+over\s+by\s+(?:the\s+)?(?P<who>President\s+of\s+the\s+[A-Z][\w ]+?|its\s+"
    r"President|President)(?=[,;]|$)"
)
_LEMMA_OF = {
    "request": "request",
    "invite": "invite",
    "urge": "urge",
    "encourage": "encourage",
    "call upon": "call",
    "authorize": "authorize",
    "authorise": "authorise",
    "entrust": "entrust",
    "mandate": "mandate",
    "ask": "ask",
}


def _decision(eid, lead, clause, rest, items, doc, prev) -> list[Mandate]:
    verb = lead.text
    itself = [body_itself(doc.body)]
    aside = _DECIDE_ASIDE.match(rest)
    if aside and not _THAT.match(rest):
        # "Decides, in the event of non-compliance with this resolution, to impose measures"
        rest = " " + rest[aside.end() :]
    if _REMAIN_SEIZED.match(rest):
        return [_make(eid, "remain_seized", verb, itself, (), rest, clause, doc)]
    if _CONTINUE.match(rest):
        # "to continue its consideration ... at its seventy-eighth session, ..., and to
        # maintain in the provisional agenda the sub-item ...": one agenda decision each
        out = []
        for act in _actions(rest.strip()):
            t = (
                "continue_consideration"
                if _CONTINUE.match(" " + act) or _AGENDA.match(act)
                else "decision"
            )
            out.append(_make(eid, t, verb, itself, (), act, clause, doc, act))
        return out
    ask = _DECIDE_TO_ASK.match(rest)
    if ask:  # "Decides to request the Secretary-General to ..."
        lemma = _LEMMA_OF[re.sub(r"\s+", " ", ask.group("verb"))]
        inner = Lead(clause[: len(clause) - len(rest) + ask.end()], lemma, lead.kind, 0)
        inner = Lead(inner.text, lemma, lead.kind, len(inner.text))
        found = _asked(eid, inner, clause, items, doc, prev, TYPES[lemma])
        if found:
            return found
    listed = bool(items) and rest.rstrip().endswith(":")
    if _SELF_EXECUTING.match(rest) and not listed:
        return []
    if not _THAT.match(rest) and not re.match(r"\s*(?:\w+\s+)?to\s", rest) and not listed:
        return []  # "Decides on ..." with no action: nothing asked
    replaced = _REPLACED_BY.search(rest)
    if replaced:
        # "that paragraph 11 of resolution 1970 (2011) shall be replaced by the following
        # paragraph: “Calls upon all Member States ...”": replacing takes effect at once;
        # the mandates are those of the paragraph put in
        return _clause_mandates(eid, replaced.group("text"), (), doc)
    if _THAT.match(rest):
        # "Decides that the Working Group shall meet ...": the Working Group, if an actor
        subject, predicate = _that_clause(rest)
        if _STATES.match(predicate) and not listed:
            return []  # "decides that MINUSCA's mandate is designed to ...": a statement
        following = _FOLLOWING_OF.match(re.sub(rf"^\s*{_ADV}?that\s+", "", rest))
        if following:
            subject = following.group("who")
        else:
            # "that the mandate of MINUSCA shall include the following tasks:", "that
            # UNMISS's mandate shall be as follows:": the mission does them
            of = _MANDATE_OF.match(subject.strip())
            if of:
                subject = of.group("who") or of.group("own")
        who = addressees(subject, doc.body) if _headed([subject], doc.body) else []
        if not who and not following and _DEFINED.search(rest) and not _MODAL.search(rest):
            return []  # "decides that acts ... eligible for listing include:" (a) ...: a definition
        if not who and not following and _AS_FOLLOWS.search(rest):
            # "Resolves that the scale of assessments ... for 2025, 2026 and 2027 shall be as
            # follows:", "that accountability shall be defined as follows", "that new staff rule
            # 13.13 (c) shall read as follows": set when adopted, nothing left to do
            return []
        named = _NAMED.search(rest)
        # (not "... 13 Vice-Presidents, one of whom shall be designated as Rapporteur-General")
        if named and re.search(r"\bof\s+wh(?:om|ich)\s+[^,;]*$", rest[: named.start()]):
            named = None
        if named and not listed:
            return []  # "that 24 December should be designated International ... Day": done
        if _SUBJECT_TO.match(predicate):
            # "that the individuals listed in annex I shall be subject to the travel ban":
            # the States must apply it
            who = [Addressee("Member States", "member_states")]
        if who:
            itself = who
    if listed:  # "decides that the Panel shall carry out the following tasks:" (a) ... (b) ...
        # another actor's items are its tasks even when they open with a verb that asks:
        # "decides that the Conference shall: ... (g) Invite Member States to ..." (the
        # Conference is to invite); the body's own are read as clauses of their own
        other = itself != [body_itself(doc.body)]
        return [
            _make(it.eid, "decision", verb, itself, _item_with(it.text, doc), it.text, it.text, doc)
            for it in leaves(items)
            if ((other and not _THIRD_PERSON.match(it.text)) or not _asks_itself(it, doc))
            and not _STATEMENT_ITEM.match(it.text)
        ]
    subj = parse(rest, doc.body)
    with_ = list(subj.collaborators)
    p = _PRESIDED.search(rest)
    if p:
        with_ += [a for a in addressees(p.group("who"), doc.body) if a not in with_]
    action = _without_with(rest).strip()
    if _THAT.match(rest):  # "decides, in accordance with ..., that the theme ... will be ..."
        action = "that " + re.sub(rf"^\s*{_ADV}?(?:,[^,;]{{1,160}},\s*)?that[\s,]+", "", action)
    return [_make(eid, "decision", verb, itself, with_, action, clause, doc, rest)]


def _without_with(text: str) -> str:
    """`text` without its comma-bounded collaborator phrases (", in consultation with X,")."""
    return re.sub(r",\s*" + WITH_OPEN.pattern + r"[^,;]*(?=,)", "", text)


def _item_with(text: str, doc: Document) -> tuple[Addressee, ...]:
    m = WITH_OPEN.search(text)
    return tuple(addressees(text[m.end() :].split(",")[0], doc.body)) if m else ()


def _asked_that(
    eid, lead, clause, rest, items, doc, prev, mtype, agent_only: bool = False
) -> list[Mandate]:
    """The mandates of an ask made in a that-clause: "that the Process devise ...", "that
    particular attention be given by all relevant actors to ..."; with `agent_only`, only
    the latter (a that-clause further on may be a participle's: "while recognizing that
    ... and that States have different national experiences")."""
    verb = lead.text
    subject, predicate = _that_clause(rest.rstrip(" :"))
    who = [] if agent_only else addressees(subject, doc.body)
    # (not "requests that they be disseminated as widely as possible": a thing, in the passive)
    pronoun = re.match(
        r"(?:he|she|it|they)\s+(?=[a-z])(?!(?:should\s+)?be\s+[a-z]+(?:ed|en)\b)", predicate
    )
    if not who and not agent_only and not subject.strip() and pronoun:
        # "Takes note of the report of the Secretary-General, and requests that he submit
        # ...": the one named before (the translations write "le prie de", "le pide que")
        who = list(prev)
        predicate = predicate[pronoun.end() :]
    passive = _PASSIVE_BY.match(f"{subject.strip()} {predicate}".strip())
    if not who and passive and lead.lemma != "recommend":
        # "Proposes that particular attention be given by all relevant actors to enhancing
        # ...": those named after "by" ("que tous les acteurs concernés réfléchissent",
        # "que todos los actores pertinentes presten especial atención")
        names, covered = actors(passive.group("who"), doc.body)
        if names and covered:
            who = list(names)
            whole = f"{subject.strip()} {predicate}".strip()
            predicate = (
                f"{passive.group('what')} {passive.group('verb')} {whole[passive.end() :].lstrip()}"
            )
    if agent_only and not who:
        return []
    more = _MORE_EFFORTS.match(rest)
    if (
        more
        and not agent_only
        and isinstance(prev, _Antecedent)
        and re.search(r"\befforts\b", prev._text)
    ):
        # "Also commends the Government of Afghanistan for ... its efforts to reach fiscal
        # sustainability, ..., and urges that continued efforts be made to meet revenue
        # targets": the efforts go on with those who made them (the translations write
        # "lui demande instamment de poursuivre ses efforts", "lo insta a seguir")
        who = list(prev)
        predicate = rest[more.end() :]
    out = []
    if who and predicate.strip():
        for act in _actions(predicate):
            w2 = _item_with(act, doc)
            out.append(_make(eid, mtype, verb, who, w2, _without_with(act), clause, doc, act))
    elif who and items:  # "Recommends that the Special Representative:" (a) ...
        for it in leaves(items):
            out.append(
                _make(it.eid, mtype, verb, who, _item_with(it.text, doc), it.text, it.text, doc)
            )
    return out


def _asked(eid, lead, clause, items, doc, prev, mtype) -> list[Mandate]:
    """The mandates of a clause that asks someone (request, call, urge, invite ...)."""
    rest = clause[lead.end :]
    verb = lead.text
    if _THAT.match(rest):  # "recommends that the Process devise ...", "demands that all parties"
        return _asked_that(eid, lead, clause, rest, items, doc, prev, mtype)
    strict = lead.lemma == "call" and not re.search(r"\b(?:upon|on)$", lead.text)
    if lead.lemma == "appeal":  # "Appeals to trade unions ...": not the infinitive "to trade"
        rest = re.sub(r"^\s*(?:(?:also|further|again|once\s+again)\s+)?to\s+", " ", rest)
    # "Reiterates the call to the United Nations development system to ...": "to" names the
    # addressees as "upon" does, but strictly ("its call to uphold democratic institutions")
    if strict and not lead.text.endswith(" to"):
        # "calls for all parties to ...": only if actors and an action follow
        once = r"^\s*(?:(?:once\s+more|once\s+again|again|also|further)\s+)?for\s"
        if not re.match(once, rest) and not lead.text.endswith("for"):
            return []  # "calls attention to ..."
        rest = re.sub(once, " ", rest)
    # "encourages and supports men and boys to ...": the second verb is not an addressee
    rest = re.sub(r"^\s*and\s+(?:supports|assists|welcomes|calls\s+upon)\s+", " ", rest)
    subj: Subject = parse(rest, doc.body, strict=strict)
    who = subj.addressees
    at = rest.find(subj.action) if subj.action else -1
    if strict and who and at > 0 and re.search(r"\bto\s+be\s+[a-z]+(?:ed|en)\b", rest[:at]):
        return []  # "Calls for the ... monitoring bodies to be granted access to ...": by whom?
    if subj.pronoun:  # "urges them to ...": the actors named before
        who = tuple(prev)
        if isinstance(prev, _Antecedent) and re.match(r"\s*such\b", rest):
            who = tuple(prev.known())  # "calls for such support to end": no actor of the object
    if items and not subj.listed and re.search(r"\bthe\s+following\b[^;]*;?\s*$", subj.action):
        # "to contribute to the following tasks, in coordination with ...;" (a) ... (b) ...
        subj = Subject(subj.addressees, subj.collaborators, subj.action, subj.pronoun, True)
    if subj.listed and items:
        if not who and not subj.pronoun:
            # "Encourages increased cooperation between the United Nations and INTERPOL to
            # assist Member States ... in effectively using the following resources ...:"
            # (not "We call for support for the efforts of small island developing States:"
            # (a) To build resilience ...: the items are their efforts, others support them)
            by = _among(_LEAD_ASIDE.sub(" ", rest), doc)
            who = tuple(by[0]) if by is not None else ()
        if not who and not subj.pronoun:
            # "Also encourages, for the purpose of ..., the following:" (a) Nuclear-weapon
            # States to clearly set out ...; (b) All States to conduct dialogue ...: each
            # point names whom it asks ("Encourage également ... : a) Les États dotés
            # d'armes nucléaires à ...")
            own = _points_asking(items, mtype, verb, doc)
            if own:
                return own
        if not who:
            return []
        return [
            _make(
                it.eid,
                mtype,
                verb,
                who,
                subj.collaborators + _item_with(it.text, doc),
                it.text,
                it.text,
                doc,
            )
            for it in leaves(items)
            if not _asks_itself(it, doc) and not _STATEMENT_ITEM.match(it.text)
        ]
    if not who and not subj.pronoun and _THEIR.match(rest):
        # "encourages their participation in important meetings of the two organizations":
        # the actors named before take part
        who = tuple(prev)
        if isinstance(prev, _Antecedent):
            who = tuple(prev.known()) or tuple(_object_actors(prev._before, doc.body))
        if who:
            action = rest.strip()
            return [_make(eid, mtype, verb, who, (), action, clause, doc, action)]
    if not subj.action and not subj.pronoun and lead.lemma == "recommend":
        # "Recommends the provisional agenda ... for adoption by the Conference", "Recommends to
        # all Member States, organizations ... the use ... of the full potential of ..."
        rec = _RECOMMENDED.search(rest) or _RECOMMENDED_TO.match(rest)
        if rec:
            names, covered = actors(rec.group("who"), doc.body)
            meeting = _MEETING_ACTOR.fullmatch(rec.group("who"))
            if not names and meeting:
                names, covered = (Addressee(meeting.group("name"), "non_state"),), True
            if names and covered:
                action = rec.group("what").strip()
                return [_make(eid, mtype, verb, names, (), action, clause, doc, action)]
    if not subj.pronoun and (not who or not subj.action or any(" by " in a.name for a in who)):
        # ("encourages initiatives by the media to promote ...": the media, not the initiatives)
        # (actors but no action: "Encourages further dialogue between the United Nations and
        # the International Criminal Court")
        by = _nominal(rest, doc)
        if by is not None:  # "urges further efforts by all troop-contributing countries to ..."
            who, action = by
            # "efforts to strengthen ..., and to implement ...": infinitives listed
            infinitives = re.match(r"(?:[\w-]+\s+){0,6}?to\s+(?!the\b)[a-z]", action)
            acts = _actions(action) if infinitives else [action]
            return [
                _make(eid, mtype, verb, who, subj.collaborators, a, clause, doc, a) for a in acts
            ]
    if not who or not subj.action:
        later = _AND_THAT.search(rest)
        if not who and later and depth_ok(rest, later.start()):
            # "urges an end to impunity, and that the harassment of and attacks on journalists
            # be investigated by Afghan authorities": a further ask, in a that-clause
            # ("demande instamment aux autorités afghanes ... d'enquêter")
            return _asked_that(eid, lead, clause, rest[later.end() :], (), doc, prev, mtype, True)
        return []
    acts = _actions(subj.action)
    # "requests the President of the General Assembly at its seventieth session to follow
    # up ...": the session that officer serves in is when the ask falls due
    held_by = None
    at = rest.find(subj.action)
    if at > 0 and _OFFICER_SESSION.search(rest[:at]):
        held_by = timing.dues(rest[:at], doc) or None
    made = []
    for act in acts:
        # "calls upon the least developed countries to ... and upon development partners to
        # ...": a second set of addressees in the same clause
        more = _AND_UPON.search(act)
        if more and lead.lemma == "call":
            other = parse(" " + act[more.end("upon") :], doc.body)
            if other.addressees and other.action:
                first = act[: more.start()]
                made.append(
                    _make(eid, mtype, verb, who, subj.collaborators, first, clause, doc, first)
                )
                made.extend(
                    _make(
                        eid, mtype, verb, other.addressees, other.collaborators, a, clause, doc, a
                    )
                    for a in _actions(other.action)
                )
                continue
        made.append(
            _make(eid, mtype, verb, who, subj.collaborators, act, clause, doc, act, held_by)
            if held_by and not timing.dues(act, doc)
            else _make(eid, mtype, verb, who, subj.collaborators, act, clause, doc, act)
        )
    # "to prepare a report ..., and to present it to the Council at its 41st session": the
    # delivery step's due is the report's too; so is the due that ends a list joined by a
    # bare "and" ("to present an oral report and to engage in a dialogue ... at its 72nd session")
    for i in range(len(made) - 2, -1, -1):
        if made[i].due is not None or made[i + 1].due is None:
            continue
        bare = not re.search(r"[,;]\s*(?:and\s*,?\s*)?$", subj.action.split(acts[i + 1])[0])
        if bare or re.match(r"to\s+(?:submit|present|report|transmit|brief)", acts[i + 1]):
            made[i] = _redue(made[i], made[i + 1])
    return made


def _points_asking(items, mtype, verb, doc) -> list[Mandate]:
    """One mandate per point that opens with its own actors and an infinitive ("All States
    to conduct dialogue ..."), when the chapeau names no one; none unless every point does."""
    out = []
    for it in leaves(items):
        subj = parse(" " + it.text, doc.body, strict=True)
        first = it.text.find(subj.action) if subj.action else -1
        who = subj.addressees
        if not who and first > 0 and _POINT_ACTOR.match(it.text[:first]):
            # "All States possessing nuclear weapons to take actions": the actors, as qualified
            who = actors(it.text[:first], doc.body)[0]
        if not (who and first > 0) or not _headed([it.text[:first]], doc.body):
            return []
        out.append(_make(it.eid, mtype, verb, who, subj.collaborators, subj.action, it.text, doc))
    return out


# a point's actors qualified by a participle: "All States possessing nuclear weapons"
_POINT_ACTOR = re.compile(
    r"^(?:All\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+[a-z]+ing\b[^,;]{0,60}\s*$"
)


_MORE_EFFORTS = re.compile(
    r"\s*that\s+(?:continued|further|additional|renewed|sustained|more)\s+efforts\s+"
    r"(?:should\s+)?be\s+made\s+(?=to\s)"
)
_THEIR = re.compile(
    r"^\s*(?:for\s+)?their\s+(?:(?:continued|further|active|full|increased)\s+)?(?:participation|"
    r"support|involvement|engagement|cooperation|collaboration|efforts|contributions?|"
    # "Welcomes the contributions by the signatory States ..., and encourages their
    # continuation" ("les encourage à poursuivre leur action en ce sens")
    r"continuation)\b"
)
_RECOMMENDED = re.compile(
    r"^\s*(?P<what>the\s+[^;]+?)\s+for\s+(?:adoption|approval|consideration|endorsement)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][^,;]*?|(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:meeting|conference|summit))"
    r"(?=,|;|$)"
)
# "for adoption by the international meeting": a meeting adopts its own agenda
_MEETING_ACTOR = re.compile(
    r"(?:the\s+)?(?P<name>(?:[a-z-]+\s+){0,2}(?:meeting|conference|summit))"
)
_RECOMMENDED_TO = re.compile(
    r"^\s*to\s+(?P<who>[^;]+?)\s+(?P<what>the\s+(?:use|adoption|implementation|application|"
    r"establishment|consideration)\b[^;]*)$"
)


# What is asked, done by actors named after "by": "calls for renewed and urgent efforts by
# the parties ... to achieve ...", "requests enhanced reporting by MONUSCO", "reiterates its
# call for an immediate and complete ceasefire by all parties"; or after "from": "requests
# an update by 30 April 2024 from the African Union and the FGS on ..."
_BY = re.compile(
    r"^\s*(?:for\s+)?(?P<what>(?:[\w-]+,?\s+){0,6}?(?:efforts?|actions?|steps|measures|assistance|"
    r"support|ceasefire|cessation\s+of\s+hostilities|cooperation|reporting|engagement|"
    r"contributions?|commitments?|dialogue|initiatives?|update|briefing|information|report|"
    # "encourages accelerated progress by States", "the adoption by States of laws", "calls
    # for the provision by donors of early annual voluntary contributions"
    r"progress|adoption|provision|funding|use|implementation|"
    # "encourages further ratifications, acceptances and approvals of that Agreement by States
    # listed in article 9", "the development of mechanisms for regulation by the Economic
    # Community of Central African States", "participation by all stakeholders, sectors and
    # ministries" (the translations write "encourage les États visés ... à ratifier",
    # "encourage la Communauté économique ... à élaborer", "la participation de tous les acteurs")
    r"ratifications?|accessions?|acceptances?|approvals?|development|participation|"
    # "Encourages further studies, including by the Food and Agriculture Organization"
    # ("incluso por parte de la Organización de las Naciones Unidas para la Alimentación")
    r"studies)"
    r"(?:\s+by\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    # "the necessary support for its implementation from the administering Power"
    r"(?:\s+(?:for|of)\s+[^,;]{1,70}?)?)(?:,\s*including)?\s+(?:by|from)\s+"
)
# The same asked of actors named after "of": "Urges the participation of all interested
# States in multilateral negotiations", "encourages further efforts of the international
# community to offer ...", "Encourages the involvement of media ... in promoting ..."
_OF = re.compile(
    r"^\s*(?:for\s+)?(?P<what>(?:the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:efforts|participation|"
    # "Reiterates its call for the inclusion of the Territory in regional programmes": the
    # translations write "que le territoire puisse participer", "que el Territorio se incluya"
    r"involvement|collaboration|contributions?|engagement|cooperation|partnership|inclusion|"
    # "encourages the initiative of the States members of the ... Committee to further develop"
    r"initiatives?))"
    r"\s+of\s+"
)
# Who an actor named after "of" must not be: the people a measure serves ("the participation
# of women", "the involvement of young people") are not asked to act by it.
_BENEFICIARY = re.compile(
    r"\b(?:women|girls|children|youth|young|persons|people|peoples|individuals|victims|"
    r"refugees|migrants|minorities|communities|families|men|boys|older|elderly)\b(?!-)"
)
# Working together asked of actors named after "between" or "among": "Encourages continued
# collaboration between the Department of Global Communications and UNESCO in ...", "urges
# involvement, coordination and cooperation among all relevant international organizations
# and bodies", "encourages the sharing of information ... between the Office, ... and the
# States concerned"
_AMONG = re.compile(
    r"^\s*(?:for\s+)?(?P<what>(?:the\s+)?(?:[\w-]+,?\s+){0,8}?(?:cooperation|collaboration|"
    r"coordination|coherence|exchanges?|dialogue|liaison|partnerships?|synergies|interaction|"
    # "collaborative efforts between X and Y", "improved relations and enhanced engagement
    # between Afghanistan and its neighbours", "the next meeting between X and Y" (they meet)
    r"efforts|relations|engagement|meetings?|"
    r"approach|sharing\s+of\s+[^,;]{1,80}?))"
    r"(?P<mid>\s+(?:on|in|for|of)\s+[^;]{1,160}?)?"
    # "further cooperation, where appropriate, between"
    r"(?:,\s*(?:where|as|when|if)\s+[^,;]{1,30},)?\s+(?:between|among|amongst)\s+(?=\S)"
)
# Support asked of the international community by its adjective: "encourages international
# support for Member States, according to national circumstances, to voluntarily develop ..."
# ("encourage la communauté internationale à aider les États Membres")
_INTERNATIONAL = re.compile(
    r"^\s*(?:for\s+)?(?:[\w-]+\s+){0,2}?international\s+(?:support|assistance)\s+(?:for|to)\s"
)
_AMONG_END = re.compile(
    r"\s+(?:in|on|for|to|at|regarding|concerning|through|within|towards|as|so|with\s+a\s+view|"
    r"active|working|aimed)\s+(?!the\s+[A-Z]|[A-Z])|;|,\s*(?:in|as|with|within|including|while|"
    r"so|based|taking|bearing|through|inter\s+alia)\b|\s+with\s+(?:the\s+)?(?:aim|view)"
)


# "Encourages, in that context, continued cooperation ... among X, Y and Z": past the aside
_LEAD_ASIDE = re.compile(r"^\s*,\s*(?:in|where|as|when|if|at)\b[^,;]{0,60},")


def _nominal(rest: str, doc: Document) -> tuple[list[Addressee], str] | None:
    """What is asked in a noun of actors named after it: "efforts by X to ...", "the
    participation of X in ...", "cooperation between X and Y"."""
    rest = _LEAD_ASIDE.sub(" ", rest)
    by = _by_actors(rest, doc)
    if by is not None:
        return by
    m = _OF.match(rest)
    if m and depth_ok(rest, m.end()):
        after = rest[m.end() :]
        head = _AMONG_END.split(after, maxsplit=1)[0]
        head = re.split(r"\s+to\s+(?!the\b)[a-z]|,\s*(?:which|that|who|whose)\b", head, maxsplit=1)[
            0
        ]
        # "continued partnership of the United Nations in the Association of Southeast Asian
        # Nations Smart Cities Network": where they take part is not one of them
        where = re.search(r"\s+in\s+the\s+(?=[A-Z])", head)
        if where and re.fullmatch(r"(?:the\s+)?United\s+Nations", head[: where.start()].strip()):
            head = head[: where.start()]
        if m.group("what").endswith("inclusion") and not re.match(
            r"(?:the\s+)?Territor(?:y|ies)\b", head.strip()
        ):
            head = ""  # "the inclusion of countries of the region ... in those communications"
        names, _ = actors(head, doc.body)
        if names and not _BENEFICIARY.search(head) and _headed([head], doc.body):
            return list(names), f"{m.group('what').strip()} {after[len(head) :].strip()}".strip()
    among = _among(rest, doc)
    if among is not None:
        return among
    m = _INTERNATIONAL.match(rest)
    if m:  # "encourages international support for Member States ... to develop ..."
        return [Addressee("international community", "member_states")], rest.strip()
    return None


# texts and their goals, not actors: "the Sendai Framework", "the 2030 Agenda", "the Doha
# Programme of Action", "the African Union Framework for Post-conflict Reconstruction"; but
# "parties to the Basel Convention" act
_INSTRUMENT = re.compile(
    r"\b(?:Framework|Agenda|Declaration|Convention|Strategy|Plan\s+of\s+Action|Programme\s+of\s+"
    r"Action|Pathway|Goals?|targets?|Protocol|Charter|Agreement|Accord|Compact)\b"
)
_PARTY = re.compile(
    r"(?i)(?:the\s+)?(?:parties|states|members|signatories|secretariat|conference|commission|"
    r"committee|bureau)\b"
)


def _instrument(name: str) -> bool:
    return bool(_INSTRUMENT.search(name)) and not _PARTY.match(name)


def _among(rest: str, doc: Document) -> tuple[list[Addressee], str] | None:
    """Working together asked of the actors named after "between" or "among"."""
    m = _AMONG.match(rest)
    if m and depth_ok(rest, m.end()):
        after = rest[m.end() :]
        end = _AMONG_END.search(after)
        head = after[: end.start()] if end else after
        names, covered = actors(head, doc.body)
        # ("coherence between the Sendai Framework global targets and the monitoring of the
        # Doha Programme of Action": texts, which work together with no one)
        names = tuple(a for a in names if not _instrument(a.name))
        # "the sharing of experiences ... on unemployment, in particular among young people"
        if names and (covered or _headed([head], doc.body)) and not _BENEFICIARY.search(head):
            what = m.group("what") + (m.group("mid") or "")
            # what follows the actors, unless an aside or a further list ("..., including X")
            tail = after[len(head) :].strip() if end and after[end.start()] != "," else ""
            inf = _infinitive(after, len(head))
            if inf is not None and not re.fullmatch(
                r"\s*(?:,[^;]{0,160},\s*)?", after[len(head) : inf]
            ):
                inf = None  # an infinitive further on belongs to something else ("the right to privacy")
            if inf is not None:  # "... between X and Y[, within their mandates,] to address ..."
                return list(names), after[inf:].strip()
            return list(names), f"{what.strip()} {tail}".strip()
    return None


def _by_actors(rest: str, doc: Document) -> tuple[list[Addressee], str] | None:
    m = _BY.match(rest)
    if m is not None and _AGENT.search(rest[: m.end()]):
        return _far_by(rest, doc)
    if m is None or not depth_ok(rest, m.end()):
        return _far_by(rest, doc)
    after = rest[m.end() :]
    what = m.group("what").strip()
    subj = parse(" " + after, doc.body, strict=True)
    if subj.addressees and subj.action:
        return list(subj.addressees), f"{what} {subj.action}"
    head = re.split(
        r";|,\s+(?:in|as|with|within|including|while|consistent|bearing|taking|where|and\s+to|"
        r"individually|collectively|regarding)\b|"
        # ("by the Office of the United Nations High Commissioner for Human Rights")
        r"\s+(?:to|on|in|for|with|within|at|without)\s+(?![A-Z])|\s+of\s+(?!the\s+[A-Z]|[A-Z])|"
        # "by States listed in article 9, paragraph 1, thereof": which States, not more actors
        r"\s+(?:listed|referred\s+to|mentioned|named|identified|specified)\s+(?:in|on|under)\b",
        after,
    )[0]
    names, covered = _by_name(head, doc)
    if names and covered:
        return list(names), what
    return None


def _by_name(head: str, doc: Document) -> tuple[tuple[Addressee, ...], bool]:
    """The actors named after "by" (their names, whether they cover `head`): up to an "of"
    that qualifies a common noun, or, failing that, to the last "of" after which the rest is
    what they do it with ("by the Department of Global Communications of Portuguese,
    Kiswahili, ... and the 106 languages": the Department)."""
    names, covered = actors(_of_name(head), doc.body)
    if names and covered:
        return names, covered
    duty = re.search(r"\s+(?:responsible|in\s+charge)\b", head)
    if duty:  # "by the Ministry responsible for persons with disabilities": the Ministry
        shorter, whole = actors(head[: duty.start()], doc.body)
        if shorter and whole:
            return shorter, whole
    for m in reversed(list(re.finditer(r"\s+of\s+(?=[A-Z])", head))):
        shorter, whole = actors(head[: m.start()], doc.body)
        if shorter and whole and len(shorter) == 1 and known_actors(head[: m.start()], doc.body):
            return shorter, whole
    return names, covered


def _of_name(head: str) -> str:
    """`head` up to an "of" that qualifies a common noun ("donors of the Agency's emergency
    ... programmes"); an "of" inside a name stays ("the Office of the United Nations High
    Commissioner")."""
    for m in re.finditer(r"([\w’'-]+)\s+of\s", head):
        if m.group(1)[0].islower():
            return head[: m.end(1)]
    return head


# The use or implementation of a thing described at length, then ", by" its actors: "the use of
# and engagement with forums ..., such as the Commission ..., by all relevant stakeholders to
# promote ...", "the full implementation of the Convention ..., its Optional Protocol ... by
# all States parties, as well as ..."
_FAR_BY = re.compile(
    r"^\s*(?:for\s+)?(?P<what>(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:(?:use|"
    r"implementation|application)\s+of\s+|implementation,|"
    # "Encourages the process of developing a national strategy ... by the Ministry"
    # ("Alienta al Ministerio ... a que ... impulse el proceso de elaboración")
    r"process\s+of\s+(?:developing|drafting|preparing|adopting)\s+))"
)
_BY_AT = re.compile(r"(?:,|\)|\s)\s*by\s+(?=(?:the\s+|all\s+)?[A-Za-z])")
# The agent of a participle, not who is asked: "the action plan ... developed by the World
# Health Organization", "the memorandum of understanding signed by ...", "drawn up by"
_AGENT = re.compile(
    r"\b(?:[a-z]+ed|drawn(?:\s+up)?|set\s+up|taken|given|made|held|led|done|undertaken|written|"
    r"chosen|shown|known|run|built|sent|paid|put|spent|begun|seen)\s*,?\s+(?:by|from)\s+$"
)


def _far_by(rest: str, doc: Document) -> tuple[list[Addressee], str] | None:
    m = _FAR_BY.match(rest)
    if m is None:
        return None
    for b in _BY_AT.finditer(rest, m.end(), m.end() + 400):
        if ";" in rest[m.end() : b.start()] or not depth_ok(rest, b.start()):
            return None
        if _AGENT.search(rest[: b.end()]):
            continue
        after = rest[b.end() :]
        subj = parse(" " + after, doc.body, strict=True)
        if subj.addressees and subj.action:
            return list(subj.addressees), f"{rest[: b.start()].strip()} {subj.action}"
        head = re.split(
            r"[,;]|\s+(?:to|on|in|for|with|within|at|without)\s+(?![A-Z])|\s+of\s+(?!the\s+[A-Z]|[A-Z])",
            after,
        )[0]
        names, covered = _by_name(head, doc)
        if names and covered:
            return list(names), rest[: b.start()].strip()
    return None


_OFFICER_SESSION = re.compile(
    r"\b(?:President|Chair|Chairs|Bureau|Vice-Presidents?)\b[^;]{0,80}?\bat\s+its\s+[\w-]+\s+session\b"
)


def _redue(m: Mandate, donor: Mandate) -> Mandate:
    from dataclasses import replace

    return replace(
        m,
        due=donor.due,
        dues=donor.dues,
        report_to=m.report_to or donor.report_to,
        recurrence=donor.recurrence if m.recurrence in (None, "one-off") else m.recurrence,
    )


_PRONOUN_AHEAD = re.compile(r"\s*(?:them|it|the\s+latter|the\s+former)\b")
_AND_UPON = re.compile(r",?\s+and\s+(?P<upon>upon|on)\s+(?=(?:the\s+|all\s+)?[A-Za-z])")


class _Antecedent:
    """The last actor named in `text`, found when first iterated (most clauses never ask);
    failing a known name, the actors the previous clause is about (`_object_actors`)."""

    def __init__(
        self,
        text: str,
        body: str | None,
        before: str = "",
        plural: bool = False,
        singular: bool = False,
        those: bool = False,
    ):
        self._text, self._body, self._before, self._plural = text, body, before, plural
        self._singular = singular
        # "commends those heads of departments and offices who have launched gender training
        # for their managers and staff, and strongly encourages those who have not yet ...":
        # "those" are of what the clause before is about, not the last name in it
        self._those = those

    def known(self) -> list[Addressee]:
        return known_actors(self._text, self._body)[-1:]

    def __iter__(self):
        if self._plural:
            # "Expresses its appreciation to the Member States, the United Nations and other
            # ... organizations, which ... as discussed in the report of the Secretary-General
            # ..., and encourages them": a list the clause is about, not the last name
            about = _object_actors(self._before, self._body)
            if len(about) >= 2:
                return iter(about)
        found = self.known() or _object_actors(self._before, self._body)
        if self._those:  # (what they did is no actor: "... that have signed the Protocols")
            about = re.sub(
                r"\s+(?:that|which|who)\s+(?:have|has|had|are|is)\b[^,;]*", "", self._before
            )
            found = _object_actors(about, self._body) or self.known()
        if not found and self._singular:
            # "..., as well as the intention of the Unit to make a ... assessment in 2024, and
            # encourages it to report": the last one the clause before names
            found = _last_named(self._before, self._body)
        return iter(found)

    def __bool__(self) -> bool:
        return True


def _clause_mandates(
    eid: str, text: str, items: tuple[Item, ...], doc: Document, prev=(), inner: bool = False
) -> list[Mandate]:
    offset, text = unquoted(text)
    out: list[Mandate] = []
    last_end = 0
    before = ""  # what the previous clause is about, after its verb
    gap_at = 0  # where the previous clause ended
    for start, end, lead in clauses(text, inner=inner):
        clause = text[start:end].strip().rstrip(";.,")
        # "..., as appropriate, and, furthermore, takes note ...": the "and" is the next one's
        clause = re.sub(r",?\s+and$", "", clause)
        mtype = mandate_type(lead)
        if mtype is not None and _reported(before, text[gap_at:start], doc):
            # "Notes that the Secretary-General of the World Tourism Organization, in his
            # report, invites Member States ... to mainstream ...": his invitation, reported
            before, gap_at = clause[lead.end :], end
            continue
        gap_at = end
        if mtype is None and lead.lemma == "resolve" and _RESOLVES_THAT.match(clause):
            # "Resolves that, for 2021: ...", "Resolves that the Secretary-General shall
            # report ...": the body decides (the translations write "Décide", "Decide"); "resolves
            # to ..." commits the body itself and stays a statement
            mtype = "decision"
        if mtype is None and lead.lemma == "propose" and _PROPOSES_THAT.match(clause[lead.end :]):
            # "proposes that the Secretary-General ... continue to hold regular consultations":
            # a proposal to those it names (the translations write "invite le Secrétaire
            # général à", "propone que ... el Secretario General prosiga"); "proposes to ..."
            # commits the body itself and stays a statement
            mtype = "invitation"
        if (
            mtype is None
            and lead.lemma == "support"
            and lead.kind == "operative"
            and _SUPPORTS_EFFORTS.match(clause[lead.end :])
        ):
            # "supports further efforts by both States parties and the Technical Secretariat to
            # promote ...", "Supports efforts by the international community ... towards
            # safeguarding ...": efforts yet to be made, asked of those named ("encourage les
            # États parties et le Secrétariat technique à redoubler d'efforts"); not "supports
            # the efforts of Ukraine to maintain ...", efforts made ("Appuie les efforts")
            mtype = "encouragement"
        if mtype is None:
            before = clause[lead.end :]
            continue
        last = end >= len(text.rstrip())
        rest = clause[lead.end :]
        here = items if last else ()
        # whom "them" or "it" would stand for: the last addressees, else the last actor named
        # before (looked up only when a pronoun asks)
        # (actors named since the previous clause come first: "... we note that international
        # financial institutions provide ..., and we invite them to ...")
        ahead = _PRONOUN_AHEAD.match(rest)
        named = []
        if ahead and "latter" in ahead.group():
            named = known_actors(text[:start], doc.body)  # "the latter": the last one named
        elif ahead and prev:
            named = known_actors(text[last_end:start], doc.body)
        plural = bool(ahead) and ahead.group().strip() == "them"
        singular = bool(ahead) and ahead.group().strip() == "it"
        those = bool(re.match(r"\s*those\s+(?:that|which|who)\b", rest))
        antecedent = (
            tuple(named[-1:])
            or prev
            or _Antecedent(text[:start], doc.body, before, plural, singular, those)
        )
        if mtype == "decision":
            found = _decision(eid, lead, clause, rest, here, doc, antecedent)
        else:
            found = _asked(eid, lead, clause, here, doc, antecedent, mtype)
        if found:
            prev = found[-1].addressees
            last_end = end
        out.extend(found)
        before = clause[lead.end :]
    return out


# A statement that opens a that-clause and names its subject only, then a comma: the verb
# after it is that subject's ("Notes that the Secretary-General of the World Tourism
# Organization, in his report, invites ...").
_THAT_SUBJECT = re.compile(
    r"^\s*(?:(?:also|further|with\s+\w+|[a-z]+ly)\s+)*that\s+(?P<who>[^,;]+?)"
    r"(?:\s*,\s*(?:in|at|through|by|during)\b[^,;]*)?\s*$"
)


def _reported(before: str, gap: str, doc: Document) -> bool:
    """The clause after `before` (the previous, stating, clause's words after its verb) and
    `gap` is the ask of the actor that clause's that-clause names, not the body's."""
    if not re.fullmatch(r"\s*,\s*", gap):
        return False  # ", and invites": the body's own verb again
    m = _THAT_SUBJECT.match(before)
    if m is None or _scan_subject(m.group("who")) is not None:
        return False  # a word that is no actor's: "that only 80 per cent of ... reached ..."
    names, covered = actors(m.group("who"), doc.body)
    return bool(names) and covered and all(a.kind != BODY_ITSELF for a in names)


# A that-clause in the passive whose agent is named: "be given by all relevant actors to".
_PASSIVE_BY = re.compile(
    r"^(?P<what>[^,;]{1,60}?)\s+(?P<verb>(?:should\s+)?be\s+[a-z]+(?:ed|en))\s+by\s+(?P<who>[^,;]+?)(?=\s+(?:to|in|for)\s|\s+and\s+that\s)"
)
_SUPPORTS_EFFORTS = re.compile(
    r"^\s*(?:(?:also|fully|strongly)\s+)*(?:(?:further|continued|renewed|additional|increased|"
    r"enhanced|intensified)\s+)?efforts\s+(?:of|by)\s"
)
_AND_THAT = re.compile(r",?\s+and\s+(?=that\s)")
_PROPOSES_THAT = re.compile(r"^\s*(?:(?:also|further)\s+)?that\b")
_RESOLVES_THAT = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?[Rr]esolves\s+(?:further\s+|also\s+)?(?:that\b|to\s+(?!be\b)[a-z]+\b(?![^;]*:$))"
)


# The head of what a clause is about, before the actors it names: "the expressed readiness
# of", "the efforts of the", "the adoption by", "its appreciation to", "the progress
# towards enhancing cooperation between"
_OBJECT_HEAD = re.compile(
    r"^\s*(?:(?:the|its|their|with|to|of)\s+)*(?:(?![A-Z])[\w’'-]+\s+){0,5}?"
    r"(?:of|by|between|among|to|with|from)\s+"
)
# Where the named actors end: a reason ("for its debate"), an infinitive, a relative or an aside.
_OBJECT_END = re.compile(
    r"\s+for\s+(?:its|their|his|her|the|having|[a-z]+ing)\b|\s+to\s+(?!the\b)[a-z]+\b|;|"
    r"\s+(?:of|on)\s+(?!the\s+[A-Z]|[A-Z])[a-z]|"
    r",\s*(?:which|who|whose|in|as|with|within|including|and\s+(?:to|in|the\s+need))\b"
)


_NAMED_THE = re.compile(
    r"\bthe\s+(?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?)*[A-Z][\w’'-]*"
)


def _last_named(before: str, body: str | None) -> list[Addressee]:
    """The last actor `before` names by a capitalised name ("the intention of the Unit")."""
    for m in reversed(list(_NAMED_THE.finditer(before))):
        names, covered = actors(m.group(), body)
        if len(names) == 1 and covered and names[0].kind != BODY_ITSELF:
            return list(names)
    return []


def _object_actors(before: str, body: str | None) -> list[Addressee]:
    """The actors the clause before a pronoun names in its object: "Commends the Economic
    and Social Council for its debate ..., and requests it to continue" (the Council);
    "Welcomes the expressed readiness of the Iranian High Council for Human Rights and other
    Iranian officials to engage ..., and calls upon them to ..." (both)."""
    if not before.strip():
        return []
    phrase = before
    for _ in range(3):  # "of the report of the team of ...": past each head that names no one
        head = _OBJECT_HEAD.match(phrase)
        if head is None or actors(phrase[: head.end()], body)[0]:
            break
        phrase = phrase[head.end() :]
    phrase = re.sub(r"\band\s+of\s+", "and ", phrase)  # "the role of X and of Y"
    end = _OBJECT_END.search(phrase)
    if end:
        phrase = phrase[: end.start()]
    return list(actors(phrase, body)[0])


def _paragraph_mandates(p: Paragraph, doc: Document) -> list[Mandate]:
    out = _clause_mandates(p.eid, p.text, p.items, doc)
    out.extend(_participle_mandates(p.eid, p.text, doc))
    # items that are clauses of their own: "(a) Requests the Secretary-General to ..."
    # items already tasks of another actor ("decides that the Conference shall: (g) Invite
    # Member States to ..."): the Conference invites, the item is not the body's own ask
    itself = body_itself(doc.body)
    tasks = {
        m.paragraph
        for m in out
        if m.type == "decision" and itself not in m.addressees and m.paragraph != p.eid
    }
    for it in leaves(p.items):
        if _own_clause(it.text) and it.eid in tasks:
            continue
        if _own_clause(it.text):
            out.extend(_clause_mandates(it.eid, it.text, (), doc))
        else:
            # clauses inside an item: "(a) Receive requests ..., directs the Committee to
            # consider such requests, ..."; a sentence of its own: "... We urge ..."
            out.extend(_clause_mandates(it.eid, it.text, (), doc, inner=True))
    return out


_REPORTED = re.compile(r"\bwhich\s+(?:inter\s+alia\s+|also\s+|further\s+)?[a-z]+ed\b")


def _participle_mandates(eid: str, text: str, doc: Document) -> list[Mandate]:
    """ "... while urging all States to undertake ...", "including by urging the international
    community to align ...": a participle that names addressees and an action asks too."""
    out: list[Mandate] = []
    starts = [s for s, _, _ in clauses(text)]
    for at, lead in participles(text):
        # "welcomes the communiqué ..., which inter alia demanded ...; and adopted the Roadmap
        # ..., calling upon the international community to support its implementation": the
        # communiqué's own call, reported, not the body's
        since = max([s for s in starts if s <= at], default=0)
        if _REPORTED.search(text, since, at):
            continue
        end = len(text)
        nxt = re.search(r";|\.\s+[A-Z]", text[at:])
        if nxt:
            end = at + nxt.start()
        clause = text[at:end]
        subj = parse(clause[lead.end :], doc.body, strict=True)
        if subj.addressees and subj.action:
            mtype = TYPES[lead.lemma]
            out.extend(
                _make(eid, mtype, lead.text, subj.addressees, subj.collaborators, a, clause, doc, a)
                for a in _actions(subj.action)
            )
    return out


def _declaration(annex) -> bool:
    """An annex in the first person plural: a declaration or outcome the body adopts."""
    if annex.formula and annex.formula.lstrip('“"').startswith("We"):
        return True
    paras = annex.paragraphs
    we = sum(1 for p in paras if p.text.startswith("We "))
    if len(paras) >= 3 and we * 3 >= len(paras):
        return True
    # "..., we, Heads of State and Government and representatives of States and Governments
    # assembled ..., :" then "Request the Secretary-General ...", "Decide to convene ...": the
    # speakers named once, their verbs bare (A/RES/75/284)
    bare = sum(1 for p in paras if _BARE_OPENING.match(p.text))
    return len(paras) >= 3 and bool(_SPEAKERS.search(paras[0].text)) and bare * 2 >= len(paras)


_SPEAKERS = re.compile(
    r"\bwe,\s+(?:the\s+)?(?:Heads\s+of\s+State|Ministers|representatives)\b", re.I
)
# A paragraph opening with a verb in its bare form ("Request", "Commit", "Reaffirm").
_BARE_OPENING = re.compile(
    r"^(?:(?:Also|Further|Strongly|Therefore)\s+)?(?:Request|Decide|Commit|Reaffirm|Recognize|"
    r"Note|Welcome|Express|Underscore|Commend|Recall|Take|Emphasize|Reiterate|Pledge|Call|"
    r"Encourage|Urge|Invite|Acknowledge|Stress|Affirm|Resolve|Underline|Support)\b"
)


def mandates(doc: Document) -> list[Mandate]:
    """Every mandate in the operative part of `doc`, then in the political declarations it
    adopts ("We, Heads of State ... 53. Also request the Secretary-General to provide a
    progress report in 2020": A/RES/73/3), in paragraph order. Other annexes (rules,
    conventions, programmes) state norms rather than ask anyone to act, and are left out.
    A decision to review the resolution's mandates is their review clause. A text in French
    or Spanish is read in its own words (`mandates_lang`); one in Russian, Arabic or Chinese
    by its asking clauses (`mandates_clauses`)."""
    if doc.language not in (None, "en"):
        from . import mandates_clauses, mandates_lang

        if doc.language in mandates_clauses.SUPPORTED:
            return mandates_clauses.mandates(doc)
        return mandates_lang.mandates(doc) if doc.language in mandates_lang.SUPPORTED else []
    out: list[Mandate] = []
    opener: Paragraph | None = None  # the last numbered paragraph, if it opens a list
    for p in doc.operative:
        found = _paragraph_mandates(p, doc)
        if not found and opener is not None and _continues(p):
            found = _continued(opener, p, doc)
        out.extend(found)
        if not p.eid.startswith("para_u"):
            opener = p if p.text.rstrip().endswith(":") else None
    for annex in doc.annexes:
        if _declaration(annex):
            for p in annex.paragraphs:
                out.extend(_paragraph_mandates(p, doc))
    return _reviewed(out)


# A list the reader cut off from the clause that opens it: "Decides that the mandate of
# MINUSCA shall include the following priority tasks: (a) ... (iii) ..." then unnumbered
# paragraphs "– to ensure effective and dynamic protection of civilians ...;" or a heading
# line ("Stabilization and peace consolidation") holding the items (l) ... (t).
_DASH = re.compile(r"^\s*[–—-]\s+")


def _continues(p: Paragraph) -> bool:
    """An unnumbered paragraph that goes on with the list before it: a dash item, or a
    short heading that holds items."""
    if not p.eid.startswith("para_u"):
        return False
    if _DASH.match(p.text):
        return True
    text = p.text.strip()
    return bool(p.items) and len(text) <= 150 and not text.endswith((";", ".", ":"))


def _continued(opener: Paragraph, p: Paragraph, doc: Document) -> list[Mandate]:
    """The mandates of `p` read as further items of `opener`'s list."""
    tasks: list[Item] = []
    if _DASH.match(p.text):
        tasks.append(Item(p.eid, "", _DASH.sub("", p.text)))

    def walk(items: tuple[Item, ...]) -> None:
        for it in items:
            # a heading item ("(b) Support for the extension of State authority") holds the
            # tasks; an item that is a task itself ("(vi) To support ...") counts too
            if not it.items or re.match(r"\s*To\s", it.text):
                tasks.append(Item(it.eid, it.num, it.text))
            walk(it.items)

    walk(p.items)
    if not tasks:
        return []
    made = _clause_mandates(opener.eid, opener.text, tuple(tasks), doc)
    eids = {t.eid for t in tasks}
    return [m for m in made if m.paragraph in eids]


# A review of the resolution's own mandates, not of some other matter.
_OF_ITSELF = re.compile(
    r"\b(?:present|this)\s+resolution\b|\bmandates?\b|\bcontinuation\b|\brenewal\b|\bextension\b"
)


def _reviewed(found: list[Mandate]) -> list[Mandate]:
    """A resolution that decides to review its own mandates ("decides to review the
    implementation of the present resolution", "to consider the continuation of the
    mandate") gives that clause to every mandate of it lacking one of its own."""
    from dataclasses import replace

    review = next(
        (
            m.review_clause
            for m in found
            if m.review_clause is not None
            and m.review_clause.kind == "review"
            and any(a.kind == BODY_ITSELF for a in m.addressees)
            and _OF_ITSELF.search(m.review_clause.text)
        ),
        None,
    )
    if review is None:
        return found
    return [m if m.review_clause is not None else replace(m, review_clause=review) for m in found]


def is_secretariat(m: Mandate) -> bool:
    """A mandate the Secretariat carries out or services: addressed to the Secretary-General,
    the High Commissioner or another Secretariat office, or to a presiding officer (whose
    office the Secretariat supports)."""
    return any(a.kind in ("secretariat", "presiding_officer") for a in m.addressees)


__all__ = ["mandates", "clauses", "is_secretariat", "TYPES", "BODY_ITSELF"]
