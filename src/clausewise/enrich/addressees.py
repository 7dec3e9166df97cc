"""Who a clause addresses: "the Secretary-General", "all States", "the President of the
Assembly", "the specialized agencies, funds and programmes" -> normalised names with a kind
(secretariat, body_itself, presiding_officer, member_states, un_system, non_state).

Known actors are matched first by name (longest patterns first, so "Office of the High
Commissioner" wins over "High Commissioner"); what is left of the phrase is split at commas
and "and", and each remaining piece is kept under its own name with a kind guessed from
its words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..dates import MONTHS
from ..model import Addressee

SECRETARIAT = "secretariat"
BODY_ITSELF = "body_itself"
PRESIDING = "presiding_officer"
STATES = "member_states"
UN_SYSTEM = "un_system"
NON_STATE = "non_state"

BODY_NAMES = {
    "GA": "General Assembly",
    "HRC": "Human Rights Council",
    "SC": "Security Council",
    "ECOSOC": "Economic and Social Council",
}

_GUESS = "guess"  # a name matched whole whose kind `_guess` decides
_SKIP = "skip"  # a name matched only to be left out

_BODY_BY_NAME = {name: code for code, name in BODY_NAMES.items()} | {"Assembly": "GA"}

_HC = r"(?:United Nations )?High Commissioner for Human Rights"

# (pattern, name or None to keep the text as written, kind). "{body}" and "{president}" are
# filled in per document. Order matters: longer names first.
_KNOWN: list[tuple[str, str | None, str]] = [
    (
        r"(?:Office of the )?(?:United Nations )?High Commissioner for Refugees",
        "United Nations High Commissioner for Refugees",
        UN_SYSTEM,
    ),
    (
        r"Office of the (?:United Nations )?High Commissioner(?: for Human Rights)?",
        "Office of the United Nations High Commissioner for Human Rights",
        SECRETARIAT,
    ),
    (_HC + r"|High Commissioner", "United Nations High Commissioner for Human Rights", SECRETARIAT),
    (
        r"(?:Special|Personal) (?:Representative|Envoy|Adviser|Coordinator)s? of the "
        r"Secretary-General(?: (?:on|for|in) [^,;]+?)?(?=,|;| and (?:the |[a-z])| to |$)",
        None,
        SECRETARIAT,
    ),
    # another organization's own: "the Secretary-General of UNCTAD"
    (
        r"Secretary-General of (?:the )?(?!United Nations)[A-Z][\w-]+(?: [A-Z][\w-]+)*",
        None,
        UN_SYSTEM,
    ),
    (r"Secretary-General", "Secretary-General", SECRETARIAT),
    # mandate holders named with their subject: "the Special Rapporteur on the situation of
    # human rights in Afghanistan", "the Working Group on the use of mercenaries"
    (
        r"(?:Special Rapporteurs?|Independent Experts?|Working Group|Chair-Rapporteur|"
        r"Special Representative|Special Envoy|Special Adviser|Commission of Inquiry|"
        r"Fact-Finding Mission|Group of (?:Eminent )?Experts|Panel of Experts|Expert Mechanism|"
        r"Commission on Human Rights|Team of Experts)"
        r"(?: (?:on|of|for|in|to|concerning) [^,;:]+?)?"
        r"(?=,|;|:|\s+and\s+(?:the\s+|other\s+|relevant\s+|all\s+|[A-Z])|\s+in\s+(?:close\s+)?"
        r"(?:collaboration|cooperation|consultation|coordination)|\s+with\s+the|$)",
        None,
        UN_SYSTEM,
    ),
    (r"(?:United Nations )?Secretariat", "Secretariat", SECRETARIAT),
    (
        r"(?:Deputy |Assistant )?(?:Under-)?Secretary-General for [^,;]+?(?=,|;| and | to |$)",
        None,
        SECRETARIAT,
    ),
    (r"Emergency Relief Coordinator", "Emergency Relief Coordinator", SECRETARIAT),
    # the Organization's own staff ("in consultation with staff", "staff representatives")
    (r"(?:the )?staff(?: representatives| unions)?\b", None, SECRETARIAT),
    (r"Department (?:of|for) [^,;]+?(?=,|;| and (?![A-Z])| to |$)", None, SECRETARIAT),
    (r"President of the (?:General )?Assembly", "President of the General Assembly", PRESIDING),
    (r"President of the Human Rights Council", "President of the Human Rights Council", PRESIDING),
    (r"President of the Security Council", "President of the Security Council", PRESIDING),
    (
        r"President of the Economic and Social Council",
        "President of the Economic and Social Council",
        PRESIDING,
    ),
    (r"(?:its|the) President(?: of the Council)?", "{president}", PRESIDING),
    (r"(?:its|the) Bureau(?: of the (?:Council|Assembly))?", "Bureau of the {body}", PRESIDING),
    (
        r"(?:all )?(?:the )?States Members of the United Nations(?: and [^,;]*?observer[^,;]*)?",
        "Member States",
        STATES,
    ),
    (r"(?:all )?Member and observer States", "Member and observer States", STATES),
    (r"(?:the |all )?signatory (?:States|countries)", "signatory States", STATES),
    # "the Member States of the African Union": another organization's members
    (
        # ("the States members of the United Nations Standing Advisory Committee on ...")
        r"(?:all )?(?:the )?(?:[Mm]ember [Ss]tates|States members) of (?:the )?"
        r"(?!United Nations\b(?! [A-Z]))[A-Z][\w'’-]*"
        r"(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*)*",
        None,
        STATES,
    ),
    (r"(?:all )?[Mm]ember [Ss]tates", "Member States", STATES),
    (
        r"(?:all |each |every )?States? part(?:y|ies)(?: to [^,;]+?)?"
        r"(?=,|;|$| to (?!the\b|a\b|an\b|its\b|their\b)[a-z]"
        r"| and (?:the |all |other |relevant |non-|international |regional |[a-z]))",
        "States parties",
        STATES,
    ),
    # "the nuclear-weapon States": those States, not all of them
    (r"(?:all )?(?:the )?(?:non-)?nuclear-weapon States", None, STATES),
    (
        r"(?:all )?(?:the )?(?:relevant |concerned |interested |other |Arab |African )?States"
        r"(?: concerned| that have not yet done so| in a position to do so| and Governments)?",
        "States",
        STATES,
    ),
    # "the Governments of Sudan and South Sudan", "the authorities of Myanmar": one actor
    (
        r"(?:the )?(?:Governments?|authorities|Government authorities) of (?:both )?(?:the )?[A-Z][\w'’-]*"
        r"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*)*",
        None,
        STATES,
    ),
    (r"(?:all )?(?:national )?Governments(?: concerned)?", "Governments", STATES),
    (
        r"(?:the )?(?:members of the )?international community(?: as a whole)?",
        "international community",
        STATES,
    ),
    (
        r"(?:the )?(?:least developed|landlocked developing|small island developing|middle-income|"
        r"transit developing|donor|developed|developing|transit|affected|host)"
        r"(?: and (?:transit )?(?:developing|developed|donor|host))?(?: country partners| countries| States| community)",
        None,
        STATES,
    ),
    (
        r"(?:the )?specialized agencies(?:, funds and programmes)?(?: of the United Nations"
        r"(?: system)?)?",
        "specialized agencies",
        UN_SYSTEM,
    ),
    (
        r"(?:the )?(?:five )?(?:United Nations )?regional (?:economic )?commissions"
        r"(?: of the United Nations)?",
        "regional commissions",
        UN_SYSTEM,
    ),
    (
        r"(?:both )?(?:bilateral and multilateral|multilateral and bilateral) (?:donors|partners)",
        None,
        NON_STATE,
    ),
    (
        r"(?:the )?(?:relevant )?(?:United Nations (?:specialized )?agencies, funds and programmes|"
        r"agencies, funds and programmes of the United Nations(?: system)?)",
        "United Nations agencies, funds and programmes",
        UN_SYSTEM,
    ),
    (
        r"(?:the )?(?:relevant )?(?:United Nations )?funds and programmes",
        "funds and programmes",
        UN_SYSTEM,
    ),
    # "the organs, organizations, funds and programmes of the United Nations system", "the
    # funds, programmes and specialized agencies of ...", "the relevant parts of ..."
    (
        r"(?:the )?(?:relevant )?(?:(?:entities|organizations|organs|bodies|agencies|funds|programmes|"
        r"specialized agencies|parts),? (?:and )?)*(?:entities|organizations|organs|bodies|agencies|"
        r"parts|programmes|specialized agencies) of the United Nations(?: development)?(?: system)?",
        "United Nations system",
        UN_SYSTEM,
    ),
    (
        r"(?:the )?(?:relevant )?(?:United Nations|UN) (?:development )?(?:system|entities|bodies|agencies|organizations)"
        r"(?: and (?:agencies|entities|bodies|organizations|programmes|organs))?",
        "United Nations system",
        UN_SYSTEM,
    ),
    (
        r"(?:the )?(?:relevant )?mechanisms of the Human Rights Council",
        "mechanisms of the Human Rights Council",
        UN_SYSTEM,
    ),
    (
        r"(?:the )?(?:relevant )?(?:United Nations )?(?:human rights )?(?:treaty bodies|special"
        r" procedures?(?: mandate holders)?|mechanisms and procedures|human rights mechanisms)",
        None,
        UN_SYSTEM,
    ),
    (
        r"(?:the )?(?:relevant )?non-governmental organizations",
        "non-governmental organizations",
        NON_STATE,
    ),
    (
        r"(?:the )?(?:relevant )?(?:international and regional |regional and international |"
        r"regional and subregional |regional |international )?intergovernmental organizations",
        "intergovernmental organizations",
        NON_STATE,
    ),
    (
        r"(?:the )?(?:relevant |appropriate )?(?:international and regional |regional and sub-?regional |"
        r"international, regional and sub-?regional |"
        r"regional |international |sub-?regional )(?:organizations|organisations|bodies|arrangements)"
        r"(?: and (?:arrangements|institutions))?",
        None,
        NON_STATE,
    ),
    (
        r"(?:all )?parties to (?:the |an |all )?(?:armed )?conflicts?",
        None,
        NON_STATE,
    ),
    # "the parties to the Convention": a treaty's parties (not "the Convention" asked)
    (
        r"(?:all )?parties to (?:the |that |this )?[A-Z][\w'’-]*"
        r"(?:\s+(?:(?:on|of|for|against|to|and|the|in)\s+)*[A-Z][\w'’-]*)*",
        None,
        STATES,
    ),
    (r"all concerned(?=\s*(?:,|;|$|and\s|to\s))", "all concerned", NON_STATE),
    # "Encourages the meeting of States parties in 2021 to consider ...": the meeting decides
    (
        r"(?:the )?(?:annual |biennial )?[Mm]eetings? of (?:the )?States [Pp]arties"
        r"(?: to [A-Z][^,;]+?)?(?=\s+(?:in|to|at)\s|,|;|$)",
        "Meeting of States Parties",
        NON_STATE,
    ),
    # "all parties in Yemen", "the Libyan parties": one actor, not a State
    (
        r"(?:(?:[A-Z][\w'’-]*|all|relevant|concerned) )?(?:parties|sides|stakeholders|actors|armed groups)"
        r" in (?:the )?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*",
        None,
        NON_STATE,
    ),
    (r"civil society(?: organizations| actors)?", "civil society", NON_STATE),
    (r"(?:all )?men and boys", "men and boys", NON_STATE),
    (
        r"(?:the )?(?:relevant )?(?:sub-?regional and regional |regional and sub-?regional |"
        r"regional )?fisheries management organizations(?: and arrangements)?",
        None,
        NON_STATE,
    ),
    # "the chairperson of the informal consultations of States parties to the Agreement"
    (
        r"(?:the )?[Cc]hair(?:person|man)? of the (?:informal )?(?:consultations|meeting)[^,;]*?"
        r"(?=\s+to\s+(?!the\b)[a-z]|,|;|$)",
        None,
        PRESIDING,
    ),
    (
        r"(?:all )?(?:relevant )?(?:departments|offices|entities)(?: and (?:offices|departments))?"
        r" (?:of|within|in) the Secretariat",
        "departments and offices of the Secretariat",
        SECRETARIAT,
    ),
    # a State's organs: "the security and armed forces of Myanmar", "the Myanmar military"
    (
        r"(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:military|army|armed forces|security forces|police)",
        None,
        STATES,
    ),
    (
        r"(?:the )?(?:security|armed|military|police|defence|defense)(?: and (?:security|armed|military|"
        r"police|defence|defense))? forces(?: of (?:the )?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)?",
        None,
        STATES,
    ),
    # an apposition that repeats who is addressed ("Israel, the occupying Power,"): skipped
    (r"(?:the )?occupying Power", None, _SKIP),
    (r"(?:the )?public and private sectors?", "public and private sectors", NON_STATE),
    (
        r"(?:the )?(?:troop(?:- and |-| and )police-|troop-|police-)contributing countries",
        "troop- and police-contributing countries",
        STATES,
    ),
    (r"(?:the )?administering Powers?", None, STATES),
    (
        r"(?:the )?(?:(?:development|trading|international|bilateral|multilateral|donor|financing|"
        r"technical|implementing)(?:,? and | ))?(?:development|trading|international|bilateral|"
        r"multilateral|donor|financing|technical|implementing) partners\b",
        None,
        NON_STATE,
    ),
    (
        r"(?:the )?Office of the High Representative for the Least Developed Countries, Landlocked "
        r"Developing Countries and Small Island Developing States",
        "Office of the High Representative for the Least Developed Countries, Landlocked Developing "
        "Countries and Small Island Developing States",
        SECRETARIAT,
    ),
    (r"(?:the )?private sector", "private sector", NON_STATE),
    (r"national human rights institutions", "national human rights institutions", NON_STATE),
    (r"(?:all )?(?:other )?(?:relevant )?stakeholders", "stakeholders", NON_STATE),
    (
        r"(?:United Nations )?Educational, Scientific and Cultural Organization(?: \(UNESCO\))?",
        "United Nations Educational, Scientific and Cultural Organization",
        UN_SYSTEM,
    ),
    (
        r"(?:United Nations )?Entity for Gender Equality and the Empowerment of Women(?: \(UN-Women\))?",
        "United Nations Entity for Gender Equality and the Empowerment of Women (UN-Women)",
        UN_SYSTEM,
    ),
    # The principal organs by name: the document's own body or another one (see `_guess`).
    (
        r"General Assembly|Human Rights Council|Security Council|Economic and Social Council",
        None,
        _GUESS,
    ),
    # Any other proper name, kept whole: "United Nations Office on Drugs and Crime",
    # "Commission on Science and Technology for Development" ("and" inside a name joins two
    # capitalised words; "and the" starts the next actor).
    (
        r"(?:(?:authorities|Government|Governments|people|leaders|President) of (?:the )?)?"
        r"(?:\d{3,4}\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|the|in|against|to)\s+)*[A-Z][\w'’-]*"
        r"|\s+and\s+[A-Z][\w'’-]*)*(?:\s+of\s+\d{1,3}\b)?(?:\s+\([A-Z][\w-]*\))?"
        r"(?:(?:\s+(?:transitional|national|interim|de\s+facto|local|State|federal))?"
        r"\s+(?:authorities|security forces|armed forces|forces|people|leaders|institutions|"
        r"countries|[Mm]ember [Ss]tates|member countries|members|nations|partners|missions|operations|"
        r"country teams|offices|sides|(?:political )?(?:stakeholders|actors|leaders|parties)))?",
        None,
        _GUESS,
    ),
]

# Words that mark a piece as a UN organ, office or mandate holder when it is not known.
_UN_WORDS = re.compile(
    r"\b(?:United Nations|Special Rapporteurs?|Independent Experts?|Working Groups?|Committee|"
    r"Commission|Council|Advisory|Rapporteur|Programme|Fund|Office|Organization|Agency|"
    r"Entity|Board|Forum|Panel|Mechanism|Tribunal|Court|Conference|UN-Women|UNICEF|UNDP|"
    r"UNESCO|UNHCR|UNODC|UNFPA|UNEP|UN-Habitat|WHO|ILO|FAO|IMF|World Bank|Peacebuilding|"
    r"Mission|Operation|Force|Secretariat|Department|Institute|University|Envoy|Coordinator|"
    r"Representative|Adviser|Administrator|Director|Executive|Chair|Chairs|Chairperson|"
    r"President|Prosecutor|Registrar|Ombudsman|Ombudsperson|Authority|Bank|Commissioner|Team|"
    r"Unit|Group|Experts|Expert|Monitoring|(?i:secretariats?|fact-finding mission|commission of inquiry|"
    r"panel of experts|working group|special rapporteur|independent expert|peacekeeping))\b"
)
# Acronyms of United Nations offices, missions and agencies the word lists cannot see.
_UN_ACRONYM = re.compile(
    r"^(?:UN[A-Z-]{2,}\w*|MINU\w+|MONU\w+|CTED|CTC|OHCHR|OCHA|DPPA|DPO|DESA|UNDESA|WFP|WHO|ILO|"
    r"FAO|IAEA|IOM|ITU|WMO|WIPO|IFAD|ICAO|IMO|OPCW|BINUH|ITC|UPU|UNOPS|UN Women|UN-Women)$"
)
_STATE_WORDS = re.compile(r"\b(?:States?|Governments?|countries|Member|authorities|Authorities)\b")
# Nouns that name actors, for a piece no list knows: "all actors on the international
# scene", "trading partners", "business enterprises"; a piece without one is not an actor.
_ACTOR_WORDS = re.compile(
    r"\b(?:actors?|stakeholders?|partners?|organizations?|institutions?|entities|entity|"
    r"agencies|agency|bodies|body|mechanisms?|society|sector|ministries|communit(?:y|ies)|donors?|"
    r"leaders?|members?|experts?|individuals?|groups?|businesses|enterprises?|companies|"
    r"corporations?|media|academia|people|peoples|persons|women|youth|parliaments?|"
    r"parliamentarians|others|associations?|unions?|networks?|foundations?|"
    r"philanthropists|defenders|journalists|users|providers|employers|workers|banks?|"
    r"investors|creditors|debtors|borrowers|operators|manufacturers|owners|holders|officials|"
    r"representatives|administrations?|offices?|departments?|missions?|teams?|forces?|"
    r"militias|groups|movements?|non-State|rebels|combatants|everyone|governments?|parties|"
    r"participants|contributors|signatories|observers|authorities|creditors|lenders|regulators|"
    r"supervisors|military|army|police|secretariats?|committees?|"
    r"shareholders|producers|exporters|importers|hosts|nations|jurisdictions|"
    r"delegations|guarantors|co-sponsors|sponsors|coordinators|fighters|neighbours|sides|those\s+who)\b"
)
_LEADING = re.compile(
    r"^(?:(?:all|the|relevant|appropriate|concerned|interested|other|also|further|in particular|"
    r"including|especially|notably|as appropriate|where appropriate|both|each|every|its)\b\s*)+",
    re.I,
)
_ASIDE_START = re.compile(
    r"(?:in|as|with|on|through|within|by|for|under|upon|inter alia|where|when|if|while|taking|"
    r"bearing|acting|pursuant|consistent|according|subject|without|at|from|after|before|during|"
    r"once|again|also|further|to|that|which|who|whose|building|based|drawing|using|making|"
    r"including\s+(?:through|by|in|with|at|on|when|where))\b"
)
_STOP = {"", "as appropriate", "inter alia", "where appropriate", "in particular", "also"}
# "in consultation with the Committee until 15 December 2025": a date is no actor
_STOP |= set(MONTHS)  # (lower-case names)


# One alternation, in the order above: at each position the first name that fits wins.
# Determiners go before the alternation, so that "the President of the Assembly" is tried
# as a whole at "President" rather than lost to "the President" one word earlier.
_KNOWN_RE = re.compile(
    r"(?:\b(?:the|all|its|relevant|other|concerned|interested|both)\s+)*(?:"
    + "|".join(f"(?P<k{i}>{p})" for i, (p, _, _) in enumerate(_KNOWN))
    + ")"
)


@lru_cache(maxsize=1)
def _member_states() -> frozenset[str]:
    """The list's names, with the forms running text uses: "Iran (Islamic Republic of)" is
    written "the Islamic Republic of Iran", "Democratic People’s Republic" with ' or ’."""
    text = resources.files("clausewise").joinpath("data/member_states.txt").read_text("utf-8")
    names = {x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#")}
    for n in list(names):
        m = re.fullmatch(r"(.+?) \((.+?)\)", n)
        if m:
            names.add(f"{m.group(2)} {m.group(1)}")  # "Islamic Republic of Iran"
        if "’" in n:
            names.add(n.replace("’", "'"))
    return frozenset(names)


def _own(doc_body: str | None) -> tuple[str, str]:
    body = BODY_NAMES.get(doc_body or "", "General Assembly")
    return body, f"President of the {body}"


def body_itself(doc_body: str | None) -> Addressee:
    return Addressee(BODY_NAMES.get(doc_body or "", doc_body or "the body"), BODY_ITSELF)


def _guess(piece: str, doc_body: str | None, proper: bool = False) -> Addressee | None:
    """An actor's kind from its name's words; None when `piece` names no actor (an aside,
    a qualifier such as "fishing for straddling fish stocks", an adverb)."""
    piece = piece.strip(" ,;:")
    if _ASIDE_START.match(piece):
        return None  # ", in meeting the objectives ...": an aside, not an actor
    name = _LEADING.sub("", piece).strip(" ,;:")
    # "sanctions committees established by [the Security Council]": the qualifier's remains
    name = re.sub(
        r"\s+(?:(?:established|created|set\s+up|mentioned|referred\s+to)\s+)?"
        r"(?:by|of|in|on|for|to|with|from)(?:\s+the)?$",
        "",
        name,
    )
    name = re.sub(r"[’']s$", "", name)  # "the Agency’s efforts": the Agency
    if name.lower() in _STOP or not re.search(r"[A-Za-z]{3}|^[A-Z]{2}$", name):
        return None
    code = _BODY_BY_NAME.get(name)
    if name == "Council" and doc_body in ("HRC", "SC", "ECOSOC"):
        code = doc_body
    if code:
        kind = BODY_ITSELF if code == doc_body else UN_SYSTEM
        return Addressee(BODY_NAMES[code], kind)
    if name in _member_states():
        return Addressee(name, STATES)  # "Burundi", "the Central African Republic"
    if re.search(r"\b(?:members|[Mm]ember [Ss]tates|[Mm]ember countries)$", name):
        return Addressee(name, STATES)  # "World Trade Organization members"
    if _UN_ACRONYM.match(name):
        return Addressee(name, UN_SYSTEM)  # "CTED", "UNAMA", "MONUSCO"
    if _UN_WORDS.search(name):
        return Addressee(name, UN_SYSTEM)
    if _STATE_WORDS.search(name):
        return Addressee(name, STATES)
    if proper or _ACTOR_WORDS.search(name):
        return Addressee(name, NON_STATE)
    return None


_COMPLEMENT = re.compile(r"\b(?:of|in|on|for|by|from|within|under|at|with)\s+(?:the\s+)?$")


def _joined(name: str) -> list[str]:
    """A run of capitalised words joined by "and" is one name ("Food and Agriculture
    Organization") unless each part is a State, an acronym or the United Nations ("Sudan and
    South Sudan", "the AU and CPLP", "the United Nations and INTERPOL"): then it is several."""
    parts = [_LEADING.sub("", p).strip() for p in re.split(r"\s+and\s+", name)]
    if len(parts) > 1 and all(
        p in _member_states() or p == "United Nations" or re.fullmatch(r"[A-Z][A-Z-]{1,7}", p)
        for p in parts
    ):
        return parts
    return [name]


def addressees(phrase: str, doc_body: str | None) -> list[Addressee]:
    """The actors named in `phrase` ("the Secretary-General and the High Commissioner"),
    in order, each once."""
    return list(_addressees(phrase.strip(" ,;:"), doc_body)[0])


def known_actors(text: str, doc_body: str | None) -> list[Addressee]:
    """The actors in running text that the known names find (not guessed from capitals):
    what "them" in "urges them" can stand for."""
    body, president = _own(doc_body)
    out: list[Addressee] = []
    for m in _KNOWN_RE.finditer(text):
        _, name, kind = _KNOWN[int(m.lastgroup[1:])]
        if kind in (_SKIP, _GUESS):
            continue
        n = (name or _LEADING.sub("", m.group().strip())).format(body=body, president=president)
        a = Addressee(n, kind)
        if a in out:
            out.remove(a)
        out.append(a)
    return out


def actors(phrase: str, doc_body: str | None) -> tuple[tuple[Addressee, ...], bool]:
    """The actors named in `phrase`, and whether they are all it says: False when words
    are left that name no actor ("a report on the role of civil society")."""
    return _addressees(phrase.strip(" ,;:"), doc_body)


# Words a list of actors may hold besides the actors: joins, determiners, stock asides.
_FILLER = re.compile(
    r"^(?:(?:and|or|as well as|the|all|its|their|relevant|other|concerned|also|as appropriate|"
    r"where appropriate|in particular|inter alia|including|respectively|both|each|"
    r"and other|and all|within their (?:respective )?mandates?|within its mandate|"
    r"that have not yet done so|to that end|acting nationally|international|regional|subregional|"
    r"national|subnational|local|bilateral|multilateral|public|governmental|intergovernmental|"
    # the first of two adjectives on one noun: "humanitarian and development actors",
    # "existing and new donors"
    r"humanitarian|development|existing|new|neighbouring|"
    # a field that stands beside the actors of a list, not an actor of its own: "participation
    # by all stakeholders, sectors and ministries" (not in the actor words: "businesses and
    # industries of all sizes and sectors", "the education, health and food sectors")
    r"sectors)(?:\s+|$))*$",
    re.I,
)


# The first of two adjectives on one noun ("existing and new donors", "intergovernmental and
# non-governmental organizations", "natural and juridical persons"): an actor of its own,
# the noun shared.
_ADJECTIVE = (
    r"(?:[a-z][\w-]*(?:al|ic|ive|ary|ian|ese|ish|ble)|new|existing|development|donor|private|"
    r"public|civilian|military|non-State|State)"
)
_PAIRED = re.compile(_ADJECTIVE)
_PAIRED_KNOWN = re.compile(r"(?<![\w\x00-])(?P<adj>" + _ADJECTIVE + r")\s+and\s+(?=\x00)")


_PAIRED_RUN = re.compile(
    r"(?<![\w\x00-])(?P<run>(?:" + _ADJECTIVE + r",\s+)+)(?P<last>" + _ADJECTIVE + r")\s+and\s+"
)


def _shares_noun(name: str) -> bool:
    """A name whose noun an adjective before "and" shares: an adjective and a plural noun
    ("new donors", "non-governmental organizations", "regional education authorities"); not
    "civil society" ("regional, intergovernmental and civil society organizations") nor
    "organizations with relevant expertise"."""
    first, _, noun = name.partition(" ")
    return bool(noun) and bool(_PAIRED.fullmatch(first)) and noun.split()[-1].endswith("s")


def _pairs(adjective: str, after: Addressee) -> bool:
    """ "existing" before "new donors", "natural" before "juridical persons"."""
    return bool(_PAIRED.fullmatch(adjective.strip())) and _shares_noun(after.name)


def _paired(adjective: str, name: str) -> str:
    """ "existing", "new donors" -> "existing donors"."""
    return f"{adjective} {name.split(None, 1)[1]}"


@lru_cache(maxsize=8192)  # the same few phrases recur: "the Secretary-General", "all States"
def _addressees(phrase: str, doc_body: str | None) -> tuple[tuple[Addressee, ...], bool]:
    body, president = _own(doc_body)
    found: list[tuple[int, Addressee]] = []
    pieces, last = [], 0
    for m in _KNOWN_RE.finditer(phrase):
        _, name, kind = _KNOWN[int(m.lastgroup[1:])]
        if kind == _SKIP:
            pass
        elif _COMPLEMENT.search(phrase, 0, m.start()) and re.search(
            r"[A-Za-z]{3}", phrase[: m.start()]
        ):
            pass  # "mechanisms of the Human Rights Council": the Council qualifies, it is not asked
        elif kind == _GUESS:
            for part in _joined(m.group()):
                a = _guess(part, doc_body, proper=True)
                if a is not None:
                    found.append((m.start(), a))
        else:
            n = (name or _LEADING.sub("", m.group().strip())).format(body=body, president=president)
            found.append((m.start(), Addressee(n, kind)))
        pieces.append(phrase[last : m.start()] + "\x00" * (m.end() - m.start()))
        last = m.end()
    rest = "".join(pieces) + phrase[last:]
    # what no known name covered: split at commas and "and", guess each piece
    covered = True
    for m in re.finditer(r"[^\x00,;]+", rest):
        parts = re.split(r"\s+(?:and|or|as well as)\s+|^(?:and|or)\s+", m.group())
        guessed = [_guess(piece, doc_body) for piece in parts]
        for i, (piece, a) in enumerate(zip(parts, guessed, strict=True)):
            nxt = guessed[i + 1] if i + 1 < len(parts) else None
            if a is None and nxt is not None and _pairs(piece, nxt):
                # "existing and new donors": existing donors too
                found.append((m.start(), Addressee(_paired(piece.strip(), nxt.name), nxt.kind)))
            elif a is not None:
                found.append((m.start(), a))
            elif not _FILLER.match(piece.strip(" ,;:.()")) and not _ASIDE_START.match(
                piece.strip()
            ):
                covered = False  # words that name no actor and qualify none
    for m in _PAIRED_KNOWN.finditer(rest):
        # "intergovernmental and non-governmental organizations": intergovernmental
        # organizations too, not only the known name after "and"
        at = m.end()
        known = next((a for start, a in found if start == at), None)
        if known is not None and _shares_noun(known.name):
            found.append((m.start(), Addressee(_paired(m.group("adj"), known.name), known.kind)))
    for m in _PAIRED_RUN.finditer(rest):
        # "intergovernmental, regional, subregional and non-governmental organizations": each
        # adjective of the run names an actor with the noun the last pair shares
        last = m.group("last")
        noun = next(
            (a for _, a in found if a.name.startswith(last + " ") and _shares_noun(a.name)), None
        )
        for adj in re.split(r",\s*", m.group("run").strip(" ,")):
            if noun is not None:
                found.append((m.start(), Addressee(_paired(adj, noun.name), noun.kind)))
    out: list[Addressee] = []
    for _, a in sorted(found, key=lambda x: x[0]):
        if a not in out:
            out.append(a)
    return tuple(out), covered
