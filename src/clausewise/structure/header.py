"""The header: everything before the formula ("The General Assembly,").

Body, session, agenda items, distribution, dates, sponsors, title, number, origin. The
fields are found by what they say, wherever they sit: a converter may put "Forty-third
session 24 February–20 March 2020 Agenda item 3 ..." on one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..dates import DATE, iso_date
from ..ordinals import ORDINAL, ordinal_value
from ..symbols import SYMBOL_RE, normalise
from .lines import Line

BODY_NAMES = {
    "General Assembly": "GA",
    "Security Council": "SC",
    "Human Rights Council": "HRC",
    "Economic and Social Council": "ECOSOC",
    "Commission on Human Rights": "CHR",
    "Trusteeship Council": "TC",
    "United Nations Environment Assembly": "UNEA",
    "United Nations Habitat Assembly": "UN-Habitat",
    "UN-Habitat Assembly": "UN-Habitat",
    "Commission on the Status of Women": "CSW",
    "Commission on Population and Development": "CPD",
    "Commission on Narcotic Drugs": "CND",
    "Commission for Social Development": "CSocD",
    "Commission on Crime Prevention and Criminal Justice": "CCPCJ",
    "Sub-Commission on the Promotion and Protection of Human Rights": "SubCom",
}
_BODY_ALT = "|".join(sorted((re.escape(k) for k in BODY_NAMES), key=len, reverse=True))
_BODY_LINE = re.compile(rf"^(?:United Nations\s+)?({_BODY_ALT})\b")
_BODY_FIRST = frozenset("U" + "".join(k[0] for k in BODY_NAMES))  # what _BODY_LINE opens with

_DISTR = re.compile(r"\bDistr\.?\s*:?\s*(General|Limited|Restricted)\b", re.I)
_SESSION = re.compile(rf"\b({ORDINAL})\s+(?:special\s+|emergency\s+special\s+)?session\b", re.I)


def _session(t: str, low: str) -> re.Match | None:
    """_SESSION.search(t), looked for only just before each "session": the ordinal's
    alternation, tried at every position, made that search the header's slowest. (In an
    ASCII line, `low`, its casefold, has the same length and finds what re.I does.)"""
    if not t.isascii():
        return _SESSION.search(t)
    k = low.find("session")
    while k != -1:
        # A match ends with this "session\b" (endpos keeps the character \b looks at);
        # in single-spaced text it starts at most 40 characters before it (80, to spare).
        m = _SESSION.search(t, max(0, k - 80), k + 8)
        if m is not None:
            return m
        k = low.find("session", k + 1)
    return None


_YEAR_SESSION = re.compile(r"^(\d{4})\s+(?:substantive\s+|resumed\s+)?session\b", re.I)
# Sub-items run (a) ... (z), then (aa) ... (zz): item 98 of the eightieth session has an (ll)
_AGENDA = re.compile(
    r"\b(?:Provisional\s+)?agenda\s+items?\s+"
    r"(\d+\s*(?:\([a-z]{1,2}\))?(?:(?:\s*,\s*|\s+and\s+)(?:\d+\s*)?(?:\([a-z]{1,2}\))?)*)",
    re.I,
)
_AGENDA_OF = re.compile(
    r"\bItems?\s+(\d+(?:\s*\([a-z]{1,2}\))?)\s+of the (?:provisional )?agenda", re.I
)
_COMMITTEE = re.compile(
    r"^(First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization) Committee\b"
)
_ADOPTED = re.compile(
    rf"^(Resolution|Decision|Statement)s?\s+adopted\s+by\s+the\s+(.+?)\s+on\s+({DATE})", re.I
)
# (a text adopted without a meeting, during the pandemic, names no meeting)
_SC_ADOPTED = re.compile(
    rf"^Adopted by the Security Council(?: at its (\d+\w*) meeting)?,?\s+on\s+({DATE})", re.I
)
_ORIGIN = re.compile(
    r"^\[?\s*(?:on the (?:report|recommendation|proposal)s? of the (?P<by>.+?)|without reference to a Main Committee)"
    r"\s*\((?P<syms>.+)\)\s*\]?$",
    re.I,
)
# "Iraq:* draft resolution": the sponsor's footnote marker, raised (written back in as
# \x01*\x02) or set level with the text, may follow the colon.
_COLON_MARK = r"\s*:\s*(?P<mark>(?:\x01[^\x02]*\x02|[*†‡§]{1,3}))?\s*"
_SPONSORS = re.compile(
    r"^(?P<who>.+?)" + _COLON_MARK + r"(?P<what>(?:revised\s+|amended\s+)?draft\s+"
    r"(?:resolution|decision)(?:\s+[IVX]+)?)\s*$",
    re.I,
)
# "Denmark:* amendment to draft resolution A/C.2/80/L.13/Rev.1"; "Belarus, ...: amendments
# to draft resolution A/80/L.18"
_AMENDMENT = re.compile(
    r"^(?P<who>.+?)" + _COLON_MARK + r"(?P<what>amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?"
    r"draft\s+(?:resolution|decision)s?\b)(?P<target>.*)$",
    re.I,
)
_SYMBOL_MARK = re.compile(r"^(?P<sym>\S+?)\s*(?P<mark>[*†‡§]{1,3})$")  # "A/C.3/80/L.29*"
_SUBMITTED = re.compile(
    r"^(?:Revised\s+)?draft (?:resolution|decision)s? submitted by (?P<who>.+)$", re.I
)
_CONSULTATIONS = re.compile(r",?\s+(?:following|on the basis of) informal consultations\b.*$", re.I)
_NUMBERED_TITLE = re.compile(
    r"^(?P<num>\d{1,4}/(?:\d{1,4}|\.\.\.|…)(?:\s+[A-Z](?:-[A-Z])?)?|\d{4}/\d{1,3}|\d{1,4}\s*(?:[A-Z]\s*)?\([IVXLC]+\))"
    r"\s*\.?\s+(?P<title>\S.*)$"
)
_SC_NUMBER = re.compile(r"^Resolution\s+(\d{1,4}\s*\(\d{4}\))$")
_PRST = re.compile(r"^Statement by the President(?: of the (.+?))?\W*$")
_ORIGINAL = re.compile(r"^Original\s*:", re.I)
_DATE_ONLY = re.compile(rf"^{DATE}\.?$")
_DATE_FIRST = re.compile(rf"^({DATE})\b")
_PART = re.compile(r"^[A-Z]$")
_PLACEHOLDER = re.compile(r"/(?:\.\.\.|…)")


@cache
def member_states() -> tuple[str, ...]:
    text = resources.files("clausewise").joinpath("data/member_states.txt").read_text("utf-8")
    return tuple(n for n in (s.strip() for s in text.splitlines()) if n and not n.startswith("#"))


@cache
def _state_names() -> frozenset[str]:
    return frozenset(_canon(n) for n in member_states())


def _canon(name: str) -> str:
    return name.replace("'", "’").strip()


@dataclass
class Header:
    body: str | None = None
    session: int | None = None
    agenda_items: list[str] = field(default_factory=list)
    distribution: str | None = None
    issued: str | None = None
    adopted: str | None = None
    status: str | None = None
    doc_type: str | None = None
    sponsors: list[tuple[str, str | None]] = field(default_factory=list)  # (name, marker)
    title: str | None = None
    title_markers: list[str] = field(default_factory=list)
    number: str | None = None
    symbol: str | None = None
    origin: str | None = None
    committee: str | None = None
    meeting: str | None = None
    part: str | None = None
    header_markers: list[str] = field(default_factory=list)
    amends: str | None = None  # the draft an amendment amends


def _with_markers(line: Line) -> str:
    """The line's text with markers written back in as \\x01marker\\x02."""
    if not line.refs:
        return line.text
    out, pos = [], 0
    for marker, off in line.refs:
        out.append(line.text[pos:off])
        out.append(f"\x01{marker}\x02")
        pos = off
    out.append(line.text[pos:])
    return "".join(out)


_INLINE_MARK = re.compile(r"\x01([^\x02]*)\x02")


def split_sponsors(who: str) -> list[tuple[str, str | None]]:
    """ "Belarus,\\x01*\\x02 Burundi ... and Yemen\\x01*\\x02" -> [(name, marker)]"""
    # "Belarus,* Burundi": a marker after the comma belongs to the name before it.
    who = re.sub(r",\s*((?:\x01[^\x02]*\x02)+)", r"\1,", who)
    # Split on commas; the last piece may hold "X and Y" where neither contains "and".
    pieces = [p.strip() for p in re.split(r",(?=\s|\x01)", who)]
    names: list[str] = []
    for i, piece in enumerate(pieces):
        piece = piece.strip().strip(",").strip()
        if not piece:
            continue
        if i == len(pieces) - 1 or " and " in piece:
            names.extend(_split_and(piece))
        else:
            names.append(piece)
    out = []
    for n in names:
        markers = _INLINE_MARK.findall(n)
        name = _INLINE_MARK.sub("", n).strip().strip(",").strip()
        name = re.sub(r"^and\s+", "", name)
        if name:
            out.append((name, markers[0] if markers else None))
    return out


def _split_and(piece: str) -> list[str]:
    """Split "Venezuela (Bolivarian Republic of) and Yemen" but keep "Trinidad and Tobago"."""
    bare = _INLINE_MARK.sub("", piece).strip()
    states = _state_names()
    if _canon(bare) in states or " and " not in piece:
        return [piece]
    parts = piece.split(" and ")
    # Try each split point; prefer one where both sides are known States.
    for k in range(1, len(parts)):
        left, right = " and ".join(parts[:k]), " and ".join(parts[k:])
        lb, rb = _canon(_INLINE_MARK.sub("", left)), _canon(_INLINE_MARK.sub("", right))
        if lb.startswith("and "):
            lb = lb[4:]
        if lb in states and (rb in states or " and " not in rb):
            return [left] + _split_and(right)
    for k in range(len(parts) - 1, 0, -1):
        left, right = " and ".join(parts[:k]), " and ".join(parts[k:])
        if _canon(_INLINE_MARK.sub("", right)) in states:
            return _split_and(left) + [right]
    return [" and ".join(parts[:-1]), parts[-1]]


def _sponsors(m: re.Match, textual: list[str]) -> list[tuple[str, str | None]]:
    """The sponsors of a sponsor line; a marker after its colon ("Iraq:*") belongs to the
    name before the colon."""
    sponsors = split_sponsors(m.group("who"))
    raw = m.group("mark")
    if raw:
        raised = raw.startswith("\x01")  # a raised marker is in the line's refs already
        mark = raw[1:-1] if raised else raw
        if not raised:
            textual.append(mark)
        if sponsors and sponsors[-1][1] is None:
            sponsors[-1] = (sponsors[-1][0], mark)
    return sponsors


def _submitted(h: Header, who: str) -> None:
    """A draft submitted by an officer of the body: the officer is the sponsor, and the draft
    it was based on ("on the basis of informal consultations on draft resolution
    A/C.2/80/L.5") its origin, as an adopted text's origin is the draft it was adopted on."""
    h.status = "draft"
    # "... submitted by the Chair of the Committee following informal consultations"
    tail = _CONSULTATIONS.search(who)
    if tail is not None and (sym := SYMBOL_RE.search(tail.group())) is not None:
        h.origin = normalise(sym.group().rstrip(".,;:*"))
    h.sponsors = [(_CONSULTATIONS.sub("", who).rstrip("."), None)]


def parse_header(lines: list[Line]) -> Header:
    h = Header()
    title_candidates: list[Line] = []
    textual: list[str] = []  # footnote markers typed as text ("Iraq:*"): not in any line's refs
    for idx, line in enumerate(lines):
        t = line.text
        if not t:
            continue
        # Substring tests before the case-blind searches that scan the whole line: most
        # lines lack the word, and the searches were most of the header's time. casefold
        # folds as re.I does ("ſ" is "s").
        low = t.casefold()
        known = False
        m = _BODY_LINE.match(t) if t[0] in _BODY_FIRST else None
        if m and len(t) < 60 + len(m.group(1)):
            h.body = h.body or BODY_NAMES[m.group(1)]
            known = len(t) <= len(m.group(0)) + 2
        if "distr" in low and (m := _DISTR.search(t)) is not None:
            h.distribution = m.group(1).capitalize()
            known = True
            rest = t[m.end() :]
            h.issued = h.issued or iso_date(rest)
            # the date under "Distr.: Limited", maybe with the masthead's next line run into
            # it ("9 October 2025 English Original: English and Spanish")
            if (
                h.issued is None
                and idx + 1 < len(lines)
                and (d := _DATE_FIRST.match(lines[idx + 1].text)) is not None
            ):
                h.issued = iso_date(d.group(1))
        digit = t[0].isdecimal()  # as \d
        if digit and _DATE_ONLY.match(t):
            known = True
            if h.issued is None and h.distribution is not None:
                h.issued = iso_date(t)
        if t[0] in "Oo" and _ORIGINAL.match(t):
            known = True
        if h.session is None and "session" in low and (m := _session(t, low)) is not None:
            h.session = ordinal_value(m.group(1))
            known = known or m.start() == 0
        if digit and (m := _YEAR_SESSION.match(t)) is not None and h.session is None:
            h.session = int(m.group(1))
            known = True
        if (
            "agenda" in low
            and (m := _AGENDA.search(t) or _AGENDA_OF.search(t)) is not None
            and not h.agenda_items
        ):
            h.agenda_items = _agenda_items(m.group(1))
            known = known or m.start() == 0
        if "Committee" in t and (m := _COMMITTEE.match(t)) is not None and len(t) < 80:
            h.committee = m.group(0)
            known = True
        adopted = "adopted" in low
        if adopted and (m := _ADOPTED.match(t)) is not None:
            h.doc_type = {"resolution": "resolution", "decision": "decision"}.get(
                m.group(1).lower(), "statement"
            )
            h.status = "adopted"
            h.adopted = iso_date(m.group(3))
            body = _BODY_LINE.match(m.group(2))
            if body:
                h.body = BODY_NAMES[body.group(1)]
            known = True
            continue
        if adopted and (m := _SC_ADOPTED.match(t)) is not None:
            h.body, h.status, h.doc_type = "SC", "adopted", "resolution"
            h.meeting = f"{m.group(1)} meeting" if m.group(1) else None
            h.adopted = iso_date(m.group(2))
            continue
        if t[0] == "[" and (m := _ORIGIN.match(t)) is not None:
            syms = SYMBOL_RE.findall(m.group("syms"))
            if syms:
                h.origin = normalise(syms[0])
            by = m.group("by")
            if by and h.committee is None and "Committee" in by:
                h.committee = re.sub(r"^the\s+", "", by.strip())
            continue
        draft = "draft" in low
        if draft and ":" in t and (m := _SPONSORS.match(_with_markers(line))) is not None:
            if (s := _SUBMITTED.match(m.group("who"))) is not None:
                # "Draft resolution submitted by the Rapporteur ..., on the basis of informal
                # consultations on draft resolution A/C.2/80/L.2: draft resolution"
                _submitted(h, s.group("who"))
                h.doc_type = "decision" if "decision" in m.group("what").lower() else "resolution"
                continue
            h.status = "draft"
            h.doc_type = "decision" if "decision" in m.group("what").lower() else "resolution"
            h.sponsors = _sponsors(m, textual)
            continue
        if draft and ":" in t and (m := _AMENDMENT.match(_with_markers(line))) is not None:
            h.status = "amendment"
            h.doc_type = "decision" if "decision" in m.group("what").lower() else "resolution"
            h.sponsors = _sponsors(m, textual)
            target = _INLINE_MARK.sub("", m.group("target"))
            found = SYMBOL_RE.search(target)
            h.amends = normalise(found.group().rstrip(".,;:*")) if found else None
            continue
        if draft and (m := _SUBMITTED.match(t)) is not None:
            h.status = "draft"
            h.doc_type = (
                "decision"
                if low.startswith(("draft decision", "revised draft decision"))
                else "resolution"
            )
            _submitted(h, m.group("who"))
            continue
        if t.startswith("Resolution") and (m := _SC_NUMBER.match(t)) is not None:
            h.body, h.number = "SC", re.sub(r"\s+", " ", m.group(1))
            h.doc_type = h.doc_type or "resolution"
            continue
        if t.startswith("Statement") and (m := _PRST.match(t)) is not None:
            h.doc_type = "statement"
            if m.group(1):
                body = _BODY_LINE.match(m.group(1))
                if body:
                    h.body = BODY_NAMES[body.group(1)]
            continue
        if digit and not known and (m := _NUMBERED_TITLE.match(t)) is not None:
            num = m.group("num")
            if _PLACEHOLDER.search(num):
                h.status = h.status or "draft"
            else:
                h.number = re.sub(r"\s+", " ", num)
            h.title = m.group("title").strip()
            h.title_markers = [mk for mk, _ in line.refs]
            continue
        if len(t) == 1 and _PART.match(t):
            h.part = t
            continue
        sym = SYMBOL_RE.fullmatch(t.strip()) if "/" in t else None
        if sym is None and "/" in t and (ms := _SYMBOL_MARK.match(t.strip())) is not None:
            # a reissued document: "A/C.3/80/L.29*", its note "Reissued for technical reasons"
            sym = SYMBOL_RE.fullmatch(ms.group("sym"))
            if sym:
                textual.append(ms.group("mark"))
        if sym:
            h.symbol = normalise(sym.group())
            continue
        if t.lower() in ("draft resolution", "draft decision", "revised draft resolution"):
            h.status = "draft"
            continue
        if not known:
            title_candidates.append(line)
    if h.title is None and title_candidates:
        # A draft's title is the last free line before the formula.
        last = title_candidates[-1]
        if len(last.text) < 400 and not last.text.endswith((",", ";")):
            h.title = last.text
            h.title_markers = [mk for mk, _ in last.refs]
    for line in lines:
        h.header_markers.extend(mk for mk, _ in line.refs)
    h.header_markers.extend(textual)
    return h


def _agenda_items(raw: str) -> list[str]:
    """ "72 (b)" -> ["72 (b)"]; "19 and 24" -> ["19", "24"]; "69 (a) and (b)" -> two items."""
    items: list[str] = []
    last_num = None
    for m in re.finditer(r"(\d+)?\s*(\([a-z]{1,2}\))?", raw):
        num, sub = m.group(1), m.group(2)
        if not num and not sub:
            continue
        if num:
            last_num = num
        if last_num is None:
            continue
        items.append(f"{last_num} {sub}" if sub else last_num)
    return items


_HEADER_PATTERNS = (
    _DISTR,
    _ORIGINAL,
    _ADOPTED,
    _SC_ADOPTED,
    _ORIGIN,
    _SC_NUMBER,
    _PRST,
    _NUMBERED_TITLE,
    _COMMITTEE,
    _DATE_ONLY,
    _SUBMITTED,
)


_MASTHEAD = (_DISTR, _ORIGINAL, _SUBMITTED, _SPONSORS, _AMENDMENT, _COMMITTEE, _DATE_ONLY)


def is_masthead_line(line: Line) -> bool:
    """Is this line surely the header's (a sponsor line, "Distr.: Limited", a symbol, "Agenda
    item 134"), where is_header_line also takes a paragraph that names a session?"""
    t = line.text
    if len(t) > 200:
        return False
    if any(p.match(t) for p in _MASTHEAD) or (t[:6].lower() == "agenda" and _AGENDA.match(t)):
        return True
    return bool("/" in t and SYMBOL_RE.fullmatch(t.rstrip("*†‡§ ")))


def is_header_line(line: Line) -> bool:
    """Could this line belong to a header (used when a text has no formula)?"""
    t = line.text
    if any(p.match(t) for p in _HEADER_PATTERNS) or _BODY_LINE.match(t):
        return True
    low = t.casefold()
    if ("session" in low and _session(t, low)) or ("agenda" in low and _AGENDA.search(t)):
        return True
    if SYMBOL_RE.fullmatch(t) or _PART.match(t):
        return True
    if "/" in t and (m := _SYMBOL_MARK.match(t)) is not None and SYMBOL_RE.fullmatch(m.group(1)):
        return True
    return bool(_SPONSORS.match(t) or _AMENDMENT.match(t))
