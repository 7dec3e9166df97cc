"""A mandate's life, derived from the library's records: pure functions, no storage.

- `mandate_ids(doc)`: a stable id per mandate, the source document's id, the paragraph's
  eid and the mandate's ordinal within that paragraph: "A_RES_73_163:para_20:1".
- `evidence(earlier, later)`: what a later text of the same body says about each mandate of
  an earlier one. `reported`: it takes note of, welcomes or considers the report the mandate
  asked for (a report "of the Secretary-General" when the Secretary-General was asked), or
  names a report "submitted pursuant to resolution X"; `held`: the meeting asked for took
  place ("the panel discussion held at its forty-sixth session"), or the body took up at the
  session named the question it decided to continue considering (the series' next text);
  `renewed` / `extended`: it renews or extends the mandate it established or extended;
  `repeated`: it asks the same of the same addressees again; `superseded`: it replaces or
  revokes what the text decided; `concluded`: it ends the mandate.
- `status(...)`: pending, due, overdue, fulfilled, renewed, recurring or superseded on a
  given day, with the evidence it rests on and the reason in words.
- `frequency(...)`: as the text states it, and as the series shows it (the same request at
  every session is annual; a 78th-session text asking for the 80th is biennial), with why.
- `dup_key` / `duplicates`: the same action asked of the same addressee in another series or
  by another body.

Every evidence record quotes the later text's words and names its paragraph, so a person
can check it in one click.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from ..enrich.sessions import session as calendar_session
from ..model import Due, Mandate
from ..ordinals import ORDINAL, ordinal_value
from .model import Doc, Entry, Evidence, Frequency, Status

# -- identity ---------------------------------------------------------------------------------


def mandate_ids(doc_id: str, mandates: list[Mandate] | tuple[Mandate, ...]) -> list[str]:
    """ "A_RES_73_163:para_20:1": the document, the paragraph (or item), and the mandate's
    place among that paragraph's mandates. Stable while the text is: a re-parse of the same
    text gives the same ids."""
    seen: dict[str, int] = {}
    out = []
    for m in mandates:
        seen[m.paragraph] = seen.get(m.paragraph, 0) + 1
        out.append(f"{doc_id}:{m.paragraph}:{seen[m.paragraph]}")
    return out


def split_id(mandate_id: str) -> tuple[str, str, int] | None:
    """ "A_RES_73_163:para_20:1" -> ("A_RES_73_163", "para_20", 1)."""
    m = re.fullmatch(r"(.+):([A-Za-z0-9_.-]+):(\d+)", mandate_id)
    return (m.group(1), m.group(2), int(m.group(3))) if m else None


_SESSION_OF = re.compile(r"^A/(?:HRC/)?RES/(\d+)/")


def session_of(doc: Doc) -> int | None:
    """The session a text belongs to: from its symbol where it says (A/RES/73/163 -> 73,
    A/HRC/RES/46/13 -> 46), else as the parser read it."""
    m = _SESSION_OF.match(doc.symbol or "")
    return int(m.group(1)) if m else doc.session


_SYMBOL_YEAR = re.compile(r"\((19[4-9]\d|20\d\d)\)\s*$")


def doc_date(symbol: str | None, stored: str | None) -> str | None:
    """The date the registry orders a text by: the library's, unless the symbol's own year
    says otherwise (S/RES/2075(2012) is of 2012, whatever a number read as a year says) or
    it lies in the future (a misread session)."""
    m = _SYMBOL_YEAR.search(symbol or "")
    if m and (not stored or stored[:4] != m.group(1)):
        return f"{m.group(1)}-01-01"
    if stored and stored[:4].isdigit() and int(stored[:4]) > _horizon():
        return None
    return stored


@lru_cache(maxsize=1)
def _horizon() -> int:
    """The last year the session calendar reaches: no text in a library is dated later."""
    from ..enrich.sessions import _table, bodies

    return max(s.closes.year for b in bodies() for s in _table(b).values())


# -- words ------------------------------------------------------------------------------------

_STOP = set(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "for",
        "with",
        "by",
        "at",
        "from",
        "as",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "be",
        "is",
        "are",
        "was",
        "were",
        "which",
        "who",
        "whom",
        "all",
        "any",
        "each",
        "other",
        "such",
        "also",
        "further",
        "including",
        "inter",
        "alia",
        "relevant",
        "appropriate",
        "within",
        "through",
        "between",
        "among",
        "into",
        "upon",
        "about",
        "under",
    ]
)


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z\-]+", text.lower()) if w not in _STOP]


def _sentence(text: str, at: int, span: int = 320) -> str:
    """The sentence (or clause) of `text` around `at`, at most `span` characters."""
    start = max(text.rfind("; ", 0, at), text.rfind(". ", 0, at))
    start = 0 if start < 0 else start + 2
    ends = [e for e in (text.find("; ", at), text.find(". ", at)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    out = text[start:end].strip()
    if len(out) > span:
        lo = max(0, at - start - span // 2)
        out = ("…" if lo else "") + out[lo : lo + span] + "…"
    return out


# -- reports ----------------------------------------------------------------------------------

_NOTED = re.compile(
    r"\b(?:tak(?:es|ing)\s+(?:note|into\s+account)|welcom(?:es|ing)|(?:having\s+)?(?:considered|"
    r"examined|received|studied)|not(?:es|ing)|acknowledg(?:es|ing)|appreciat(?:es|ing)|"
    r"commend(?:s|ing)|expresses\s+(?:its\s+)?appreciation|recall(?:s|ing)|in\s+the\s+light\s+of|"
    r"on\s+the\s+basis\s+of)\b[^;]{0,160}?\b(?:reports?|oral\s+updates?|study|studies|"
    r"compilation|summary)\b",
    re.I,
)
# The author a report is named after, from an addressee's name.
_AUTHORS = [
    (re.compile(r"Secretary-General"), r"Secretary-General"),
    (
        re.compile(r"High Commissioner for Human Rights"),
        r"(?:Office\s+of\s+the\s+)?(?:United\s+Nations\s+)?High\s+Commissioner",
    ),
    (
        re.compile(r"High Commissioner for Refugees"),
        r"(?:United\s+Nations\s+)?High\s+Commissioner\s+for\s+Refugees",
    ),
]


def _author(name: str) -> str:
    for pat, out in _AUTHORS:
        if pat.search(name):
            return out
    words = name.split()
    head = " ".join(words[:2]) if len(words) >= 2 and words[1][:1].isupper() else words[0]
    return r"\s+".join(re.escape(w) for w in head.split())


def _report_of(author: str) -> re.Pattern:
    return re.compile(
        r"\b(?:reports?|oral\s+updates?|study|studies|compilation|summary|note)\b"
        r"(?:\s+(?:entitled\s+[“\"][^”\"]{0,200}[”\"]|\([^)]{0,60}\)))?"
        rf"\s+(?:of|by|from|submitted\s+by|prepared\s+by|presented\s+by)\s+(?:the\s+)?{author}",
        re.I,
    )


def _pursuant(number: str | None) -> re.Pattern | None:
    """ "submitted pursuant to resolution 73/163", "requested in its resolution 73/163"."""
    if not number:
        return None
    num = re.escape(number.split(" ")[0])
    return re.compile(
        rf"(?:pursuant\s+to|requested\s+(?:in|by)|in\s+accordance\s+with|as\s+requested\s+in|"
        rf"in\s+response\s+to|mandated\s+(?:in|by))\s+(?:(?:General\s+Assembly|Human\s+Rights\s+"
        rf"Council|Security\s+Council|Council|Assembly|its)\s+)?(?:resolutions?|decisions?)\s+"
        rf"(?:[\w/\s(),]*?\band\s+)?{num}(?!\d)",
        re.I,
    )


# -- meetings ---------------------------------------------------------------------------------

_HELD = re.compile(
    r"\b(?:panel\s+discussions?|panels?|meetings?|dialogues?|seminars?|workshops?|forums?|"
    r"conferences?|debates?|discussions?|consultations?|events?|summits?|sessions?|hearings?|"
    r"commemorations?|segments?)\b[^;.]{0,160}?\b(?:held|convened|organized|organised|took\s+place|"
    r"hosted)\b|\b(?:held|convened|organized|organised|hosted)\b[^;.]{0,80}?\b(?:panel|meeting|"
    r"dialogue|seminar|workshop|forum|conference|debate|discussion|consultation|event|summit)",
    re.I,
)
_HELD_WORDS = ("held", "convened", "organi", "took place", "hosted")
_ORDINAL_SESSION = re.compile(rf"\b((?i:{ORDINAL}))\s+(?:regular\s+)?session\b")

# -- mandates established, extended, ended ----------------------------------------------------

_OBJECT = re.compile(
    r"\b(?:extend|renew|prolong|establish|create|appoint|set\s+up)\w*\s+(?P<obj>[^;]{10,200}?)"
    r"(?=\s+for\s+(?:a|an|one|two|three|four|five|six|twelve)\b|\s+until\b|,|;|$)",
    re.I,
)
# A decision to end a mandate: "Decides to terminate the mandate of UNAMID on 31 December
# 2020", "decides not to renew", "the closure of the Mission" (not "before the mandate is due
# to expire", nor "effective from the end of its session").
_ENDED = re.compile(
    r"\bdecides?\b[^;]{0,40}?\b(?:to\s+)?(?:terminate|end|conclude|close|discontinue|withdraw|"
    r"liquidate|not\s+to\s+(?:extend|renew))\b[^;]{0,60}?\bmandate\b"
    r"|\bdecides?\b[^;]{0,40}?\b(?:termination|closure|conclusion|liquidation)\s+of\b"
    r"|\bmandate\b[^;]{0,80}?\bshall\s+(?:terminate|end|expire|cease)\b",
    re.I,
)
# A later text that replaces an earlier one outright: "paragraph 11 of resolution 1970 (2011)
# shall be replaced by ...", "supersedes its resolution 60/283"; not "where ... conflicts,
# ... shall supersede ... to the extent", nor "shall remain in effect unless replaced".
_REPLACED = re.compile(
    r"\b(?:supersed\w*|replac\w*|revok\w*|rescind\w*|abrogat\w*)\s+(?:by\s+|in\s+(?:its\s+)?entirety\s+)?"
    r"(?:the\s+)?(?:its\s+)?(?:(?:paragraphs?|sections?)\s+[\w\s,()]{1,40}?\s+of\s+(?:its\s+)?)?resolutions?\b"
    r"|\bresolutions?\s+[^.;]{1,60}?\b(?:shall\s+be|is|are)\s+(?:hereby\s+)?"
    r"(?:replaced|superseded|revoked|rescinded|terminated|abrogated)\b",
    re.I,
)
_CONDITIONAL = re.compile(
    r"\bconflicts?\b|\bto\s+the\s+extent\b|\bunless\b|\bremain\s+in\s+(?:force|effect)\b", re.I
)
_PARAGRAPHS = re.compile(
    r"\bparagraphs?\s+((?:\d+\s*(?:\([a-z]\))?(?:\s*,\s*|\s+and\s+|\s+to\s+)?)+)\s+of\b"
)


def _holder(action: str) -> str:
    """What a mandate-kind action establishes or extends: "the mandate of the Special
    Rapporteur on extreme poverty and human rights"."""
    m = _OBJECT.search(action)
    return m.group("obj") if m else action


def _acronyms(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z]{4,}\b", text))


def _same_holder(a: str, b: str) -> bool:
    ha, hb = _holder(a), _holder(b)
    if _acronyms(ha) & _acronyms(hb):
        return True
    return fuzz.token_set_ratio(ha.lower(), hb.lower()) >= 85


# -- repetition and duplication ---------------------------------------------------------------

_GROUP = {
    "request": "ask",
    "invitation": "ask",
    "encouragement": "ask",
    "urge": "ask",
    "call": "ask",
    "demand": "ask",
    "recommendation": "ask",
    "authorization": "ask",
    "decision": "decision",
    "continue_consideration": "consideration",
    "remain_seized": "consideration",
}


@lru_cache(maxsize=1 << 16)
def _norm_action(action: str) -> str:
    return " ".join(
        content_words(re.sub(r"^to\s+(?:also\s+|further\s+|continue\s+to\s+)?", "", action))
    )


_STATE_ORGAN = re.compile(
    r"^(?:the\s+)?(?:(?:Transitional\s+|Federal\s+|national\s+)?Government|(?:relevant\s+)?"
    r"authorities|Governments)\s+of\s+(?:the\s+)?"
)


@lru_cache(maxsize=1 << 14)
def actor_key(name: str) -> str:
    """One key for the names of one actor: "the Government of Myanmar" and "Myanmar" ask
    the same State; "parties involved in armed conflict" are "parties to armed conflict"."""
    key = _STATE_ORGAN.sub("", name).strip().lower()
    key = re.sub(
        r"\bparties\s+(?:involved\s+in|to)\s+(?:the\s+|an\s+|all\s+)?(?:armed\s+)?"
        r"conflicts?\b",
        "parties to armed conflict",
        key,
    )
    return key


def same_ask(a: Mandate, b: Mandate, threshold: int = 85) -> bool:
    """The same action asked of (some of) the same addressees."""
    if _GROUP.get(a.type) != _GROUP.get(b.type):
        return False
    if not {actor_key(x.name) for x in a.addressees} & {actor_key(x.name) for x in b.addressees}:
        return False
    na, nb = _norm_action(a.action), _norm_action(b.action)
    wa, wb = na.split(), nb.split()
    if len(wa) < 3 or len(wb) < 3:
        return na == nb and bool(na)
    sa, sb = set(wa), set(wb)
    if len(sa & sb) * 2 < min(len(sa), len(sb)):
        return False  # not half the words in common: no need to ask rapidfuzz
    return fuzz.token_set_ratio(na, nb) >= threshold and fuzz.ratio(na, nb) >= threshold - 25


# Words that make an action about its own text ("a report on the implementation of the
# present resolution"): the same words in two series ask two different things.
_SELF_REFERENCE = re.compile(
    r"\b(?:present|this|that|the\s+said)\s+(?:resolution|decision|declaration)\b|\bthereon\b|"
    r"\bthereof\b|\btherein\b|\bthe\s+above\b|\babove-mentioned\b"
    # "the Special Rapporteur", "the Strategy": each series' own, named in its title
    r"|\bthe\s+(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|mandate\s+holder|"
    r"Committee|Commission|Strategy|Programme\s+of\s+Action|Convention|Agreement|Fund|Forum|"
    r"Conference|Mission|Panel|Office|Centre|Platform|Decade|Year)\b(?!\s+(?:on|of|for|in|against)\b)",
    re.I,
)
_PLAIN_WORDS = """report submit present general assembly council session sessions seventieth
    eightieth implementation information organization work activities continue united nations"""
_PLAIN = frozenset(_PLAIN_WORDS.split())


def _topic(action: str) -> set[str]:
    return set(_norm_action(action).split()) - _PLAIN


def _names(action: str) -> set[str]:
    """The proper names an action mentions ("Abyei", "the CAR"): two actions naming different
    places or bodies are not the same ask."""
    return set(re.findall(r"(?<=\s)[A-Z][\w-]+", action))


def dup_key(m: Mandate) -> str | None:
    """The key duplicates are looked up by: addressee, the action's first three content words.
    None for the body's own agenda, for actions too short to tell apart ("to do so") and for
    actions about their own text ("to report on the implementation of the present resolution")."""
    if m.kind == "consideration" or _GROUP.get(m.type) == "consideration":
        return None
    if _SELF_REFERENCE.search(m.action) or len(_topic(m.action)) < 5:
        return None
    words = _norm_action(m.action).split()
    if len(words) < 5:
        return None
    who = sorted(actor_key(a.name) for a in m.addressees)
    if not who:
        return None
    return who[0] + "|" + " ".join(words[:3])


_GENERIC = frozenset(
    [
        "human",
        "rights",
        "international",
        "united",
        "nations",
        "development",
        "cooperation",
        "situation",
        "promotion",
        "protection",
        "implementation",
    ]
)


def _shared(a: str | None, b: str | None) -> int:
    """How many topic words two series keys share (not the words every title has)."""
    return len((set((a or "").split()) & set((b or "").split())) - _GENERIC)


def _same_topic(a: str | None, b: str | None) -> bool:
    """Series keys that share most of their words are one series whose titles drifted
    ("... on its twenty-second session" and "... on its twenty-third session")."""
    if not a or not b:
        return False
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) * 3 >= 2 * min(len(wa), len(wb))


def is_duplicate(a: Entry, b: Entry) -> bool:
    """The same action asked of the same addressee by two bodies or in two series."""
    if a.doc == b.doc:
        return False
    if a.body == b.body and (a.series == b.series or _same_topic(a.series, b.series)):
        return False  # the same series asking again: repeated, not duplicated
    if a.body == b.body and not (a.series or b.series):
        return False  # untitled texts of one body (the Security Council's): series unknown
    if _names(a.mandate.action) != _names(b.mandate.action):
        return False
    return same_ask(a.mandate, b.mandate, threshold=90)


# -- evidence ---------------------------------------------------------------------------------


def _window_ok(m: Mandate, later: Doc, later_session: int | None, slack_days: int = 400) -> bool:
    """A later text can report on a due mandate from its due period on, for about a year."""
    if not m.dues or not later.date:
        return True
    day = date.fromisoformat(later.date[:10])
    for d in m.dues:
        if d.session is not None and later_session is not None and later.body == d.body:
            if d.session <= later_session <= d.session + 1:
                return True
            continue
        lo = date.fromisoformat(d.date_from) if d.date_from else None
        hi = date.fromisoformat(d.date_to) if d.date_to else None
        if (lo is None or (day - lo).days >= -120) and (
            hi is None or (day - hi).days <= slack_days
        ):
            return True
    return False


def _later(earlier: Doc, later: Doc) -> bool:
    return bool(earlier.date and later.date and later.date > earlier.date)


def _years_apart(a: str | None, b: str | None) -> float | None:
    if not a or not b:
        return None
    return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days / 365.25


_REPORT_WORDS = ("report", "update", "stud", "compilation", "summary")


class _Pair:
    """What an earlier and a later text share, read once per pair rather than per mandate:
    the later text's paragraphs that note a report, name a meeting held, end a mandate or
    cite the earlier text."""

    def __init__(self, earlier: Doc, later: Doc):
        self.earlier, self.later = earlier, later
        self.session = session_of(later)
        self.citing = {e for s, e in later.citations if s == earlier.symbol}
        self._reports: tuple[list, list] | None = None
        self._held: list[tuple[str, str, int]] | None = None

    def _read_reports(self) -> tuple[list, list]:
        if self._reports is None:
            number = (self.earlier.number or "").split(" ")[0]
            pursuant = _pursuant(number) if number else None
            found: list[tuple[str, str, int]] = []  # (eid, text, where)
            noted: list[tuple[str, str]] = []
            for p in self.later.paragraphs:
                low = p.text.lower()
                if pursuant is not None and number in p.text:
                    hit = pursuant.search(p.text)
                    if hit and re.search(r"\breports?\b", _sentence(p.text, hit.start())):
                        found.append((p.eid, p.text, hit.start()))
                if any(w in low for w in _REPORT_WORDS) and _NOTED.search(p.text):
                    noted.append((p.eid, p.text))
            self._reports = (found, noted)
        return self._reports

    @property
    def pursuant(self) -> list[tuple[str, str, int]]:
        """The later text's paragraphs naming a report made pursuant to the earlier text."""
        return self._read_reports()[0]

    @property
    def noted(self) -> list[tuple[str, str]]:
        """The later text's paragraphs that note, welcome or consider a report."""
        return self._read_reports()[1]

    @property
    def held(self) -> list[tuple[str, str, int]]:
        """The later text's mentions of a meeting or event held."""
        if self._held is None:
            self._held = [
                (p.eid, p.text, h.start())
                for p in self.later.paragraphs
                if any(w in p.text for w in _HELD_WORDS)
                for h in _HELD.finditer(p.text)
            ]
        return self._held


def _reported(m: Mandate, pair: _Pair) -> list[Evidence]:
    earlier, later = pair.earlier, pair.later
    if m.kind != "report" or not _window_ok(m, later, pair.session):
        return []
    if not m.dues:
        gap = _years_apart(earlier.date, later.date)
        if gap is None or gap > 3:
            return []
    for eid, text, at in pair.pursuant:
        return [Evidence("reported", later.id, later.symbol, eid, _sentence(text, at), later.date)]
    if not pair.noted:
        return []
    patterns = [_report_of(a) for a in {_author(a.name) for a in m.addressees}]
    topic = set(content_words(m.action + " " + (earlier.title or ""))) - _GENERIC
    for eid, text in pair.noted:
        hit = next((h for pat in patterns for h in [pat.search(text)] if h), None)
        if hit is None:
            continue
        sent = _sentence(text, hit.start(), 600)
        # the report on the same subject, not any report of the Secretary-General
        if len(topic & set(content_words(sent))) >= 3:
            return [
                Evidence(
                    "reported",
                    later.id,
                    later.symbol,
                    eid,
                    _sentence(text, hit.start()),
                    later.date,
                )
            ]
    return []


_GENERIC = set(
    [
        "report",
        "reports",
        "secretary-general",
        "general",
        "assembly",
        "united",
        "nations",
        "implementation",
        "resolution",
        "resolutions",
        "present",
        "session",
        "sessions",
        "council",
        "human",
        "rights",
        "submit",
        "submitted",
        "information",
        "progress",
        "work",
        "activities",
        "including",
        "taking",
        "note",
        "welcoming",
        "considered",
        "having",
    ]
)


def _considered(m: Mandate, earlier: Doc, later: Doc, ls: int | None) -> list[Evidence]:
    """The body took up the question at the session it named (the series' next text)."""
    due = m.due
    if m.type == "continue_consideration" and due and due.session is not None:
        if later.body != due.body or ls != due.session:
            return []
    else:
        gap = _years_apart(earlier.date, later.date)
        if gap is None or gap > 2.5:
            return []
    first = next(
        (p for p in later.paragraphs if earlier.number and earlier.number.split(" ")[0] in p.text),
        None,
    )
    where = first or next((p for p in later.paragraphs if p.kind == "operative"), None)
    if where is None:
        return []
    title = f"{later.symbol or later.id}" + (f" ({later.title})" if later.title else "")
    text = f"{title}: " + _sentence(where.text, 0, 240)
    return [Evidence("held", later.id, later.symbol, where.eid, text, later.date)]


def _meeting_held(m: Mandate, pair: _Pair) -> list[Evidence]:
    earlier, later = pair.earlier, pair.later
    if m.kind != "meeting":
        return []
    due = m.due
    if due and due.date_from and later.date and later.date < due.date_from:
        return []  # adopted before the meeting could have taken place
    gap = _years_apart(earlier.date, later.date)
    if gap is None or gap > 4:
        return []
    topic = set(content_words(m.action)) - {
        "meeting",
        "panel",
        "discussion",
        "convene",
        "hold",
        "session",
    }
    for eid, text, at in pair.held:
        sent = _sentence(text, at, 600)
        if due and due.session is not None:
            named = [ordinal_value(x) for x in _ORDINAL_SESSION.findall(sent)]
            # "its next annual interactive debate ... will be held at its fifty-second
            # session": the one asked for before has been held
            nxt = bool(named) and _NEXT.search(sent) and all(n and n > due.session for n in named)
            if named and due.session not in named and not nxt:
                continue
        if len(topic & set(content_words(sent))) >= 3:
            return [Evidence("held", later.id, later.symbol, eid, _sentence(text, at), later.date)]
    return []


_NEXT = re.compile(r"\b(?:its|the)\s+next\b", re.I)


def _renewed(mid: str, m: Mandate, later: Doc) -> list[Evidence]:
    if m.kind != "mandate":
        return []
    for nid, n in later.mandates:
        if n.kind == "mandate" and _same_holder(m.action, n.action):
            kind = "extended" if re.search(r"\bextend|\bprolong", n.action, re.I) else "renewed"
            return [
                Evidence(kind, later.id, later.symbol, n.paragraph, n.text[:400], later.date, nid)
            ]
    return []


def _ended(m: Mandate, earlier: Doc, later: Doc, citing: set[str]) -> list[Evidence]:
    """`citing`: the eids of `later`'s paragraphs that cite `earlier`."""
    out = []
    if not citing and m.kind != "mandate":
        return out
    for p in later.paragraphs:
        if p.kind != "operative":
            continue
        if p.eid in citing:
            r = _REPLACED.search(p.text)
            if r and not _CONDITIONAL.search(p.text) and _names_paragraph(p.text, m.paragraph):
                out.append(
                    Evidence(
                        "superseded",
                        later.id,
                        later.symbol,
                        p.eid,
                        _sentence(p.text, r.start()),
                        later.date,
                    )
                )
                break
        if m.kind == "mandate":
            e = _ENDED.search(p.text)
            if e and _same_holder(m.action, _sentence(p.text, e.start(), 600)):
                out.append(
                    Evidence(
                        "concluded",
                        later.id,
                        later.symbol,
                        p.eid,
                        _sentence(p.text, e.start()),
                        later.date,
                    )
                )
                break
    return out


def _names_paragraph(text: str, eid: str) -> bool:
    """Whether a text replacing "paragraph 11 of resolution X" replaces the mandate in `eid`
    (a text naming no paragraph replaces them all)."""
    named = _PARAGRAPHS.search(text)
    if not named:
        return True
    numbers = set(re.findall(r"\d+", named.group(1)))
    own = re.match(r"(?:.*__)?para_(\d+)", eid)
    return bool(own) and own.group(1) in numbers


def _repeated(
    m: Mandate, later: Doc, index: dict[str, list[tuple[str, Mandate]]]
) -> list[Evidence]:
    """`index`: `later`'s mandates by addressee name."""
    if m.kind in ("consideration", "mandate"):
        return []
    seen: set[str] = set()
    first = _norm_action(m.action).split()[:1]
    best: tuple[float, str, Mandate] | None = None  # the closest of the asks that match
    for a in m.addressees:
        for nid, n in index.get(f"{actor_key(a.name)}|{first[0] if first else ''}", ()):
            if nid in seen:
                continue
            seen.add(nid)
            if not same_ask(m, n):
                continue
            score = fuzz.ratio(_norm_action(m.action), _norm_action(n.action))
            if best is None or score > best[0]:
                best = (score, nid, n)
    if best is None:
        return []
    _, nid, n = best
    return [
        Evidence("repeated", later.id, later.symbol, n.paragraph, n.text[:400], later.date, nid)
    ]


def _by_addressee(doc: Doc) -> dict[str, list[tuple[str, Mandate]]]:
    """`doc`'s mandates by addressee name and the first word of the action: a repeat asks
    the same of the same addressees, and opens with the same verb."""
    out: dict[str, list[tuple[str, Mandate]]] = {}
    for nid, n in doc.mandates:
        first = _norm_action(n.action).split()[:1]
        for a in n.addressees:
            out.setdefault(f"{actor_key(a.name)}|{first[0] if first else ''}", []).append((nid, n))
    return out


def evidence(earlier: Doc, later: Doc) -> list[tuple[str, Evidence]]:
    """(mandate id, evidence) for each mandate of `earlier` that `later` says something
    about. `later` must be a later text of the same body (the caller picks the pairs: the
    same series, or a text citing `earlier`)."""
    if not _later(earlier, later):
        return []
    pair = _Pair(earlier, later)
    ls = pair.session
    same_body = later.body == earlier.body
    citing = pair.citing
    # a text without a title (the Security Council's, in this corpus) has no series: a later
    # text of the same body that cites it goes on with it ("Recalling its resolution 2342
    # (2017)", then the same call again)
    # (and so does one whose title drifted but keeps the topic's words: "Awareness-raising on
    # the rights of persons with disabilities, and habilitation and rehabilitation", then
    # "Rights of persons with disabilities: participation in sport ...")
    same_series = (bool(earlier.series) and earlier.series == later.series) or (
        same_body
        and bool(citing)
        and (not (earlier.series and later.series) or _shared(earlier.series, later.series) >= 2)
    )
    index = _by_addressee(later) if same_body and same_series else {}
    out: list[tuple[str, Evidence]] = []
    for mid, m in earlier.mandates:
        found: list[Evidence] = []
        if m.kind == "consideration":
            if same_body and same_series:
                found += _considered(m, earlier, later, ls)
        else:
            found += _ended(m, earlier, later, citing) if same_body else []
            if same_body and same_series:
                found += _renewed(mid, m, later)
                found += _repeated(m, later, index)
                found += _meeting_held(m, pair)
            reaches = same_body or any(d.body == later.body for d in m.dues)
            if (same_series or citing) and reaches:
                found += _reported(m, pair)
        out.extend((mid, e) for e in found)
    return out


# -- status and frequency ---------------------------------------------------------------------

_PERIODIC = {
    "annual",
    "biennial",
    "triennial",
    "quadrennial",
    "quinquennial",
    "every session",
    "periodic",
}


def window_dues(m: Mandate) -> list[Due]:
    """What a mandate's status is timed by: its dues, or the end of the period it is given
    for (a mandate given for a period is up for renewal when it ends)."""
    if m.kind == "mandate" and m.ends:
        return [m.ends]
    return list(m.dues) or ([m.ends] if m.ends else [])


def _window(m: Mandate) -> tuple[date | None, date | None]:
    dues = window_dues(m)
    lo = [date.fromisoformat(d.date_from) for d in dues if d.date_from]
    hi = [date.fromisoformat(d.date_to) for d in dues if d.date_to]
    if not hi:
        hi = [date(d.year_to, 12, 31) for d in dues if d.year_to]
    return (min(lo) if lo else None), (max(hi) if hi else None)


def _due_words(m: Mandate) -> str:
    dues = window_dues(m)
    parts = []
    for d in dues:
        name = (
            f"{d.body} {d.session}"
            if d.session is not None
            else (f"{d.body} {d.year_from}" if d.body else str(d.year_from))
        )
        span = f"{d.date_from or '…'} to {d.date_to}" if d.date_to else ""
        parts.append(name.strip() + (f" ({span})" if span else ""))
    return "; ".join(parts)


def _cite(e: Evidence) -> str:
    return f"{e.symbol or e.doc}, {e.eid}"


def status(entry: Entry, found: list[Evidence] | tuple[Evidence, ...], today: date) -> Status:
    """The mandate's status on `today`, and the evidence it rests on."""
    m = entry.mandate
    by = {
        t: [e for e in found if e.type == t]
        for t in ("superseded", "concluded", "renewed", "extended", "repeated", "reported", "held")
    }
    ended = by["superseded"] + by["concluded"]
    renewed_after = [
        e
        for e in by["renewed"] + by["extended"]
        if ended and (e.date or "") >= (ended[0].date or "")
    ]
    if ended and not renewed_after:
        e = ended[0]
        verb = "concluded" if e.type == "concluded" else "superseded"
        return Status("superseded", f"{verb} by {_cite(e)}", (e,))
    renewals = sorted(by["renewed"] + by["extended"], key=lambda e: e.date or "")
    if renewals:
        e = renewals[0]
        return Status("renewed", f"{e.type} by {_cite(e)}", tuple(renewals))
    done = sorted(by["reported"] + by["held"], key=lambda e: e.date or "")
    if m.kind == "consideration" and done:
        e = done[0]
        return Status("fulfilled", f"taken up in {_cite(e)}", (e,))
    repeats = sorted(by["repeated"], key=lambda e: e.date or "")
    if repeats or (m.recurrence in _PERIODIC or (m.recurrence or "").startswith("every ")):
        why = (
            f"asked again in {', '.join(_cite(e) for e in repeats[:3])}"
            if repeats
            else f"the text asks for it {m.recurrence}"
        )
        return Status("recurring", why, tuple(repeats + done))
    if done:
        e = done[0]
        return Status("fulfilled", f"{e.type} in {_cite(e)}", tuple(done))
    lo, hi = _window(m)
    if hi is None:
        return Status(
            "pending", "no due date in the text and no later text in the library reports on it", ()
        )
    if lo is not None and today < lo:
        return Status("pending", f"not due yet: due {_due_words(m)}", ())
    if today <= hi:
        return Status("due", f"due {_due_words(m)}", ())
    return Status(
        "overdue", f"due {_due_words(m)}; no later text in the library reports it done", ()
    )


_STEP_NAMES = {1: "annual", 2: "biennial", 3: "triennial", 4: "quadrennial", 5: "quinquennial"}


def _per_year(body: str | None, sessions: int) -> str | None:
    """A gap in sessions as a frequency: the Assembly meets once a year, the Council three
    times."""
    if body == "HRC":
        if sessions % 3 == 0:
            return _STEP_NAMES.get(sessions // 3)
        return "every session" if sessions == 1 else f"every {sessions} sessions"
    return _STEP_NAMES.get(sessions)


def frequency(
    entry: Entry, found: list[Evidence] | tuple[Evidence, ...], sessions: dict[str, int | None]
) -> Frequency:
    """Explicit (the text's words) and inferred (the series'), with the reason. `sessions`:
    the session of each document the evidence names."""
    m = entry.mandate
    explicit = m.recurrence if m.recurrence not in (None, "one-off") else None
    own = entry.session
    repeats = sorted({sessions.get(e.doc) for e in found if e.type == "repeated"} - {None})
    if own is not None and repeats:
        seq = [own] + [s for s in repeats if s > own]
        gaps = {b - a for a, b in zip(seq, seq[1:], strict=False)}
        if len(seq) >= 2 and len(gaps) == 1:
            step = gaps.pop()
            name = _per_year(entry.body, step)
            if name:
                listed = ", ".join(str(s) for s in seq)
                return Frequency(
                    explicit,
                    name,
                    f"asked at {entry.body} sessions {listed}: every {step} session{'s' if step > 1 else ''}",
                )
        if len(seq) >= 2:
            return Frequency(
                explicit,
                "periodic",
                f"asked again at {entry.body} sessions {', '.join(str(s) for s in seq)}, at uneven intervals",
            )
    due = m.due
    if (
        own is not None
        and due
        and due.session is not None
        and due.body == entry.body
        and due.session > own
        and m.kind in ("report", "consideration", "meeting")
    ):
        step = due.session - own
        name = _per_year(entry.body, step)
        if name and entry.series:
            return Frequency(
                explicit,
                name,
                f"a {entry.body} {own} text asking for {entry.body} {due.session}: {step} session{'s' if step > 1 else ''} on",
            )
    return Frequency(explicit, None, None)


def due_json(d: Due) -> dict:
    return {
        "body": d.body,
        "session": d.session,
        "year_from": d.year_from,
        "year_to": d.year_to,
        "date_from": d.date_from,
        "date_to": d.date_to,
    }


def session_dates(body: str, number: int | None) -> tuple[str | None, str | None]:
    s = calendar_session(body, number)
    return (s.opens.isoformat(), s.closes.isoformat()) if s else (None, None)
