"""When a mandate is due, how often, for how long, and on what terms, read from its clause.

- `dues`: every session, year and date the clause gives ("to the Human Rights Council at its
  fifty-second session and to the General Assembly at its seventy-eighth session"; "in
  2025"; "by 31 March 2024"; "within 90 days of the adoption of the present resolution"),
  each with its real dates from the session calendar. Past sessions and dates ("since its
  forty-sixth session", "adopted at its ..." or anything before the document's own date) are
  not dues.
- `recurrence`: the frequency the text states ("annually", "every two years", "every 60 days").
- `duration`: the period a mandate is given for ("for a further period of three years",
  "for a further one-year period") and when it ends ("until 31 December 2025"; three years
  from HRC session 46 is session 55).
- `within_existing_resources`, `review`: the two terms the UN80 mandate review counts.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import DATE, MONTHS, iso_date
from ..model import Document, Due, ReviewClause
from ..ordinals import ORDINAL, ordinal_value
from .sessions import session, session_years

BODY_CODE = {
    "General Assembly": "GA",
    "Assembly": "GA",
    "Human Rights Council": "HRC",
    "Security Council": "SC",
    "Economic and Social Council": "ECOSOC",
}
# A body's name as written: capitalised words and the small words between them.
NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:of|on|for|and|the|to|against|in)\s+)*[A-Z][\w'’-]*)*"
_BODY_WORDS = re.compile(
    r"\b(?:Assembly|Council|Commission|Committee|Conference|Board|Forum|Meeting|Group|Parties|"
    r"Congress|Platform|Session|Summit)\b"
)
_ORD = rf"(?i:{ORDINAL})"
_SESSION = re.compile(
    r"\b(?P<prep>at|to|during|before|by|until|for|in|from|of|on|prior\s+to|after|following|"
    r"(?:by|before|until|at)\s+the\s+end\s+of|(?:beginning|starting|commencing)\s+(?:at|with|from|in)"
    r"|as\s+(?:from|of)|no\s+later\s+than)"
    r"\s+(?:the\s+)?(?:(?:its|their)\s+)?"
    r"(?:(?:main|regular|resumed|substantive)\s+(?:part\s+of\s+(?:its|the)\s+)?)?"
    rf"(?P<ord>{_ORD}|(?P<year>(?:19|20)\d\d))"
    rf"(?P<more>(?:\s*,\s*{_ORD}|\s+(?:and|or)\s+{_ORD})*)"
    r"\s+(?:regular\s+|substantive\s+|management\s+|annual\s+|ordinary\s+)?sessions?"
    rf"(?:\s+of\s+the\s+(?P<b2>{NAME}))?"
    # the Economic and Social Council's older style: "at its substantive session of 2015"
    r"|\b(?:at|to|during|for|before|by)\s+(?:its|the)\s+(?:substantive|regular|organizational|"
    r"resumed|management\s+segment\s+of\s+its)?\s*session\s+of\s+(?P<year2>(?:19|20)\d\d)\b"
)
_MORE_ORD = re.compile(_ORD)
# The body named just before "at its Nth session": "to the Committee for Programme and
# Coordination at its forty-second session", "and to the General Assembly at its ...".
_BODY_BEFORE = re.compile(rf"\b(?:the|its)\s+(?P<b1>{NAME})\s*,?\s*$")
# Words just before a session or date that make it past: "since", "held at", "adopted at".
_PAST = re.compile(
    r"(?:since|held|adopted|convened|took\s+place|established|launched|endorsed|agreed|"
    r"approved|considered|submitted|presented|requested|decided|issued|organized|hosted|"
    r"celebrated|commemorated|was|were|had|entitled|elected|began|started|concluded|ended)"
    r"(?:\s+\w+){0,3}\s*,?\s*$",
    re.I,
)
_YEAR = re.compile(
    r"\b(?P<prep>in|by|before|during|no\s+later\s+than|not\s+later\s+than|"
    r"(?:by|before|at)\s+the\s+end\s+of|from|starting\s+in|beginning\s+in)"
    r"\s+(?P<y>(?:19|20)\d\d)\b(?!\s*(?:[-–/]|Agenda|session|and\s+beyond|Summit))"
)
_DATE_DUE = re.compile(
    rf"\b(?P<prep>by|before|no\s+later\s+than|not\s+later\s+than|on|prior\s+to)\s+(?P<d>{DATE})"
)
_MONTH_DUE = re.compile(
    r"\b(?P<prep>by|before|no\s+later\s+than|not\s+later\s+than|in|by\s+the\s+end\s+of)\s+"
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?P<y>(?:19|20)\d\d)\b"
)
# "with the first written report due by 15 November": a day and month with no year, the
# next such day after the document's own
_DAY_MONTH_DUE = re.compile(
    r"\b(?P<prep>by|before|no\s+later\s+than|not\s+later\s+than)\s+(?P<d>\d{1,2})\s+"
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!,?\s*(?:of\s+)?(?:19|20)\d\d)"
)
_NUMBER = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "a": 1,
    "an": 1,
}
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBER, key=len, reverse=True)) + ")"
_WITHIN_DAYS = re.compile(
    rf"\b(?:within|no\s+later\s+than|not\s+later\s+than)\s+(?P<n>{_NUM})\s+(?P<unit>days|months)"
    r"(?!\s+(?:of|after|from|following)\s+(?!(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?adoption\b))"
)


def body_code(name: str, doc: Document) -> str | None:
    """A body as named -> GA, HRC, SC, ECOSOC, the name of another body, or None if `name`
    does not name a body ("the Secretary-General")."""
    name = re.sub(r"\s+", " ", name).strip()
    if name == "Council":
        return doc.body if doc.body in ("HRC", "SC", "ECOSOC") else "Council"
    for known, code in BODY_CODE.items():
        if name == known or (" " in known and name.endswith(" " + known)):
            return code  # "the Special Rapporteur to the Human Rights Council" ends in one
    return name if _BODY_WORDS.search(name) else None


def doc_day(doc: Document) -> date | None:
    """The document's own date: adopted, else issued, else the end of the year its symbol
    names (S/RES/2556 (2020)), or the day its session opened (a GA or HRC session)."""
    for d in (doc.dates.adopted, doc.dates.issued):
        if d:
            try:
                return date.fromisoformat(d)
            except ValueError:
                return None
    s = session(doc.body or "", doc.session) if doc.body in ("GA", "HRC") else None
    if s is not None:
        return s.opens
    m = re.search(r"\((19[4-9]\d|20\d\d)\)", doc.symbol or doc.number or "")
    return date(int(m.group(1)), 1, 1) if m else None


def session_due(body: str, n: int | None, prep: str = "at") -> Due:
    """The Due for `body`'s session `n`, with its dates from the calendar; "before" /
    "prior to" a session means by its opening day, "by the end of" by its last."""
    y0, y1 = session_years(body, n)
    s = session(body, n)
    d0 = d1 = None
    if s is not None:
        d0, d1 = s.opens.isoformat(), s.closes.isoformat()
        if prep in ("before", "prior to"):
            d0, d1 = None, (s.opens - timedelta(days=1)).isoformat()
        elif prep.endswith("the end of"):
            d0 = None
    return Due(body, n, y0, y1, d0, d1)


def _year_session_due(body: str, year: int) -> Due:
    """ "at its 2025 session": the Economic and Social Council names its sessions by year."""
    s = session(body, year)
    if s is None:
        return Due(body, None, year, year)
    return Due(body, None, year, year, s.opens.isoformat(), s.closes.isoformat())


_FUTURE = re.compile(r"\b(?:to|will|shall|would|should|could|may)\s+be\s+\w+\s*,?\s*$")


def _past(before: str) -> bool:
    """Words just before a session or date that put it in the past ("held at", "since");
    "to be held at" is still to come."""
    tail = before[-60:]
    return bool(_PAST.search(tail)) and not _FUTURE.search(tail)


def _session_dues(text: str, doc: Document, day: date | None) -> list[tuple[int, Due]]:
    out = []
    for m in _SESSION.finditer(text):
        before = text[max(0, m.start() - 120) : m.start()]
        if _past(before):
            continue
        after = text[m.end() : m.end() + 40]
        if re.match(r"\s*,?\s*(?:in|by)\s+(?:its\s+)?(?:resolution|decision)", after):
            continue  # "at its 73rd session, in its resolution 73/1": a citation
        code = None
        if m.group("b2"):
            code = body_code(m.group("b2"), doc)
        if code is None:
            b1 = _BODY_BEFORE.search(before)
            code = body_code(b1.group("b1"), doc) if b1 else None
        code = code or doc.body or "GA"
        prep = re.sub(r"\s+", " ", (m.group("prep") or "at").lower())
        if m.group("year") or m.group("year2"):
            due = _year_session_due(code, int(m.group("year") or m.group("year2")))
            if not _is_past(due, day):
                out.append((m.start(), due))
            continue
        numbers = [ordinal_value(m.group("ord"))]
        numbers += [ordinal_value(x.group()) for x in _MORE_ORD.finditer(m.group("more") or "")]
        codes = [code] * len(numbers)
        if len(numbers) > 1 and re.match(r"\s*,?\s*respectively", after):
            # "to the General Assembly and the Human Rights Council at their seventy-first
            # and thirty-third sessions, respectively"
            named = [BODY_CODE[b] for b in _PRINCIPAL.findall(before)]
            if len(named) >= len(numbers):
                codes = named[-len(numbers) :]
        for c, n in zip(codes, numbers, strict=True):
            due = session_due(c, n, prep)
            if not _is_past(due, day):
                out.append((m.start(), due))
    return out


_PRINCIPAL = re.compile(
    r"\b(General Assembly|Human Rights Council|Security Council|Economic and Social Council)\b"
)


def _is_past(due: Due, day: date | None) -> bool:
    """A due that ended before the document was adopted is a past session, not a due."""
    if day is None:
        return False
    if due.date_to:
        return date.fromisoformat(due.date_to) < day
    if due.year_to is not None:
        return due.year_to < day.year
    return False


_DIGIT = re.compile(r"\d")


def dues(text: str, doc: Document, report_body: str | None = None) -> list[Due]:
    """Every due in `text`, in the order written. A year or date due is the body's the
    report goes to (`report_body`, a code) or the document's own."""
    if "ession" not in text and "within" not in text and not _DIGIT.search(text):
        return []
    day = doc_day(doc)
    found = _session_dues(text, doc, day) if "ession" in text else []
    body = report_body or doc.body or ""  # a year or a date need not be any body's
    taken = [(p, p + 80) for p, _ in found]
    for m in _DATE_DUE.finditer(text):
        before = text[max(0, m.start() - 60) : m.start()]
        if _past(before) or re.search(r"\buntil\b[^;,]*$", before):
            continue  # "to support ATMIS until the end of security transition by 31 December
            # 2024": the end of a period, not a delivery
        d = iso_date(m.group("d"))
        if d is None:
            continue
        due = Due(body, None, int(d[:4]), int(d[:4]), d if m.group("prep") == "on" else None, d)
        if not _is_past(due, day):
            found.append((m.start(), due))
            taken.append((m.start(), m.end()))
    if day is not None:
        for m in _DAY_MONTH_DUE.finditer(text):
            if _past(text[max(0, m.start() - 60) : m.start()]):
                continue
            mo, dd = MONTHS[m.group("m").lower()], int(m.group("d"))
            try:
                when = date(day.year, mo, dd)
                if when <= day:
                    when = date(day.year + 1, mo, dd)
            except ValueError:
                continue
            due = Due(body, None, when.year, when.year, None, when.isoformat())
            found.append((m.start(), due))
            taken.append((m.start(), m.end()))
    for m in _MONTH_DUE.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or _past(
            text[max(0, m.start() - 60) : m.start()]
        ):
            continue
        y, mo = int(m.group("y")), MONTHS[m.group("m").lower()]
        last = (date(y + (mo == 12), mo % 12 + 1, 1) - timedelta(days=1)).isoformat()
        first = None if m.group("prep") != "in" else date(y, mo, 1).isoformat()
        due = Due(body, None, y, y, first, last)
        if not _is_past(due, day):
            found.append((m.start(), due))
            taken.append((m.start(), m.end()))
    for m in _YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or _past(
            text[max(0, m.start() - 60) : m.start()]
        ):
            continue
        y = int(m.group("y"))
        prep = m.group("prep").lower()
        first = (
            f"{y}-01-01"
            if prep in ("in", "during", "from", "starting in", "beginning in")
            else None
        )
        due = Due(body, None, y, y, first, f"{y}-12-31")
        if not _is_past(due, day):
            found.append((m.start(), due))
    if day is not None:
        for m in _WITHIN_DAYS.finditer(text):
            n = int(m.group("n")) if m.group("n").isdigit() else _NUMBER[m.group("n")]
            end = day + timedelta(days=n if m.group("unit") == "days" else round(n * 30.44))
            found.append((m.start(), Due(body, None, end.year, end.year, None, end.isoformat())))
    out: list[Due] = []
    for _, d in sorted(found, key=lambda x: x[0]):
        if d not in out:
            out.append(d)
    return out


# -- how often --------------------------------------------------------------------------

_RECURRENCE = [
    (
        re.compile(
            r"\bannual(?:ly)?\b(?!\s+session)|\b(?:each|every)\s+year\b|\bon\s+an\s+annual\s+basis\b|"
            r"\byearly\b|\bon\s+a\s+yearly\s+basis\b",
            re.I,
        ),
        "annual",
    ),
    (
        re.compile(
            r"\bbiennial(?:ly)?\b|\bevery\s+(?:two|other|second)\s+years?\b|\bon\s+a\s+biennial"
            r"\s+basis\b",
            re.I,
        ),
        "biennial",
    ),
    (re.compile(r"\btriennial(?:ly)?\b|\bevery\s+three\s+years\b", re.I), "triennial"),
    (re.compile(r"\bquadrennial(?:ly)?\b|\bevery\s+four\s+years\b", re.I), "quadrennial"),
    (re.compile(r"\bquinquennial(?:ly)?\b|\bevery\s+five\s+years\b", re.I), "quinquennial"),
    (
        re.compile(r"\btwice\s+(?:a|per|each)\s+year\b|\bsemi-?annual(?:ly)?\b", re.I),
        "every 6 months",
    ),
    (re.compile(r"\bquarterly\b|\bon\s+a\s+quarterly\s+basis\b", re.I), "every 3 months"),
    (re.compile(r"\bmonthly\b|\bon\s+a\s+monthly\s+basis\b", re.I), "monthly"),
    (
        re.compile(
            r"\bat\s+each\s+(?:of\s+its\s+)?(?:regular\s+)?session\b|\bat\s+every\s+"
            r"session\b|\bat\s+(?:each|every)\s+of\s+its\s+(?:regular\s+)?sessions\b|"
            r"\band\s+(?:each|every)\s+(?:regular\s+)?session\s+thereafter\b",
            re.I,
        ),
        "every session",
    ),
    (
        # "periodic", not "the Universal Periodic Review" (a name)
        re.compile(r"\b(?i:on\s+a\s+regular\s+basis|regularly|periodically)\b|\bperiodic\b"),
        "periodic",
    ),
]
_EVERY = re.compile(
    r"\bevery\s+(?P<n>\d+|two|three|four|six|twelve|eighteen)\s+(?P<unit>days|weeks|months)\b"
)


_PURPOSE = re.compile(
    r"\b(?:in\s+order\s+to|so\s+as\s+to|with\s+a\s+view\s+to|to\s+ensure\s+that)\b"
)


def recurrence(text: str, due: Due | None) -> str | None:
    """The frequency the text states; "one-off" when it gives a due and no frequency. What
    the action is for does not count ("... to ensure that the Office can respond to the
    requests identified in its annual appeals")."""
    purpose = _PURPOSE.search(text, 1)
    if purpose is not None:
        text = text[: purpose.start()]
    for pat, name in _RECURRENCE:
        if pat.search(text):
            return name
    m = _EVERY.search(text)  # the Security Council's "report every 60 days"
    if m:
        return f"every {m.group('n')} {m.group('unit')}"
    return "one-off" if due else None


# -- for how long -------------------------------------------------------------------------

_PERIOD = re.compile(
    rf"\bfor\s+(?:a|an)\s+(?:(?:further|additional|new|initial|final|second|third|fourth)\s+)?"
    rf"(?:period|term)\s+of\s+(?P<n>{_NUM})\s+(?P<unit>years?|months?)\b"
    rf"|\bfor\s+(?:a\s+|an\s+)?(?:further|another|additional|new)\s+(?P<n2>{_NUM})[\s-]+"
    r"(?P<unit2>years?|months?)\b"
    rf"|\bfor\s+(?:a\s+|an\s+)?(?:(?:further|additional|new|initial)\s+)?(?P<n3>{_NUM})-"
    r"(?P<unit3>year|month)\s+(?:period|term)\b"
    r"|\bfor\s+(?:a|one)\s+(?:further|additional)\s+(?P<unit4>year)\b"
)
_UNTIL = re.compile(rf"\b(?:until|through|up\s+to)\s+(?P<d>{DATE})")


def duration(text: str, doc: Document) -> tuple[float | None, Due | None, str | None]:
    """(years, when it ends, the words) of the period a mandate is given for, or Nones."""
    m = _PERIOD.search(text)
    if m:
        n = next(g for g in (m.group("n"), m.group("n2"), m.group("n3"), "one") if g)
        unit = next(u for u in (m.group("unit"), m.group("unit2"), m.group("unit3"), "year") if u)
        k = int(n) if n.isdigit() else _NUMBER[n]
        years = float(k) if unit.startswith("year") else round(k / 12, 2)
        return years, _ends_after(doc, years), m.group()
    u = _UNTIL.search(text)
    if u:
        d = iso_date(u.group("d"))
        if d:
            start = doc_day(doc)
            years = round((date.fromisoformat(d) - start).days / 365.25, 1) if start else None
            body = doc.body or "GA"
            return years, Due(body, None, int(d[:4]), int(d[:4]), None, d), u.group()
    return None, None, None


def _ends_after(doc: Document, years: float) -> Due | None:
    """The session a period given at `doc`'s session ends at: a year is one Assembly session
    and three Council sessions; else the date, counted from the adoption."""
    body, n = doc.body, doc.session
    if years == int(years) and n and body in ("GA", "HRC"):
        return session_due(body, n + int(years) * (3 if body == "HRC" else 1))
    start = doc_day(doc)
    if start is None:
        return None
    end = start + timedelta(days=round(years * 365.25))
    return Due(body or "GA", None, end.year, end.year, None, end.isoformat())


# -- terms ----------------------------------------------------------------------------------

_WITHIN_RESOURCES = re.compile(
    r"\bwithin\s+(?:the\s+)?(?:limits\s+of\s+)?(?:(?:its|their|the)\s+)?(?:existing|available|current)\s+"
    r"(?:\w+\s+){0,2}?(?:resources|means|capacity|capacities)\b"
    r"|\bwithin\s+(?:its|their)\s+(?:respective\s+)?mandates?\s+and\s+(?:(?:existing|available)\s+)?"
    r"resources\b|\b(?:from|using)\s+(?:within\s+)?existing\s+resources\b"
    r"|\bwithin\s+the\s+(?:overall\s+)?level\s+of\s+(?:existing\s+)?resources\b",
    re.I,
)


def within_existing_resources(text: str) -> bool:
    return bool(_WITHIN_RESOURCES.search(text))


# A decision whose action is to review, or to decide on the future of, what was mandated.
_REVIEW = re.compile(
    r"^\s*(?:also\s+|further\s+)?to\s+(?:(?:further\s+)?(?:review|evaluate|assess)\s+(?:the\s+|its\s+)?"
    r"(?:(?:overall\s+)?implementation|functioning|mandates?|work|effectiveness|operation|modalities|"
    r"format|methods\s+of\s+work|outcome|progress|status|continuation|need|present\s+resolution|"
    r"arrangements|measures)\b|"
    r"(?:conduct|undertake|hold)\s+(?:a|an)\s+(?:\w+\s+){0,3}?review\s+of|"
    r"consider\s+(?:the\s+)?(?:continuation|renewal|extension|future|need\s+for|possible\s+extension)|"
    r"decide\s+(?:up)?on\s+(?:the\s+)?(?:continuation|renewal|extension|future))[^;]{0,160}",
    re.I,
)


def review_words(text: str) -> str | None:
    """The words of a decision to review ("to review the implementation of the present
    resolution at its eightieth session"), or None."""
    m = _REVIEW.search(text)
    return m.group().strip() if m else None


def review_clause(eid: str, text: str, sunset: str | None) -> ReviewClause | None:
    """The clause's own review or sunset terms: a period or end date (sunset), or a decision
    to review."""
    if sunset:
        return ReviewClause("sunset", eid, sunset)
    words = review_words(text)
    return ReviewClause("review", eid, words) if words else None
