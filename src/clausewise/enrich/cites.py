"""What a document cites: resolutions and decisions named by number in running text
("its resolution 70/1 of 25 September 2015", "Human Rights Council resolutions 5/1 and 5/2",
"Resolution 217 A (III)."), and document symbols ("A/CONF.157/24 (Part I)", joint symbols
split in two), in paragraphs, their items and footnotes.

The issuing body of a numbered reference comes from its context, nearest first: a body
named just before ("Security Council resolution"), "its" with the body the clause is about
("the Council, in its resolution 9/11") or the document's own body, a body named just
after ("... by the Subcommission"), and last the number's shape ("2334 (2016)" is the
Security Council's, "217 A (III)" the Assembly's). Symbols are written by
`clausewise.symbols`, the one normaliser.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..dates import DATE, iso_date
from ..model import Citation, Document, Item, Where
from ..symbols import NUMBER, find_symbols, reference_symbol, symbol_kind

# Bodies as texts name them, longest names first (a regex alternation takes the first match).
_BODIES: list[tuple[str, str]] = [
    (
        r"Sub-?\s?[Cc]ommission(?: on the Promotion and Protection of Human Rights"
        r"| on Prevention of Discrimination and Protection of Minorities)?",
        "SUBCOM",
    ),
    (r"Commission on Human Rights", "CHR"),
    (r"Human Rights Council", "HRC"),
    (r"Security Council", "SC"),
    (r"Economic and Social Council", "ECOSOC"),
    (r"General Assembly", "GA"),
    # other bodies whose resolutions have no symbol we can write: named so that their
    # numbers are not mistaken for the document's own body's
    (
        r"(?:United Nations )?Environment Assembly|Governing Council|World Health Assembly"
        r"|Conference of the Parties|Board of Governors|Executive Board|General Conference"
        r"|Commission on the Status of Women|Commission on Population and Development"
        r"|Commission for Social Development|Commission on Narcotic Drugs"
        r"|Commission on Crime Prevention and Criminal Justice|Statistical Commission"
        r"|Commission on Sustainable Development|Trade and Development Board"
        r"|Conference of States Parties|Meeting of States Parties|Assembly of States Parties"
        r"|Peacebuilding Commission|Trusteeship Council",
        "OTHER",
    ),
    (r"Assembly", "GA?"),  # "the Assembly": the GA unless the text is another assembly's
    (r"Council", "COUNCIL"),  # "the Council": the document's own council
]
_BODY_ALT = "|".join(f"(?P<b{i}>{pat})" for i, (pat, _) in enumerate(_BODIES))

# Other organizations' numbering, cited in UN texts: World Health Assembly "WHA72.8" and
# "58.16", climate "2/CP.23", biodiversity "X/29", IMO "A.1078(28)", UNIDO "GC.17/Res.6".
# They are citations too, with no UN symbol to write.
_FOREIGN = (
    r"(?:WHA\d{1,2}\.\d{1,3}|EB\d{1,3}\.R\d{1,2}|\d{1,2}\.\d{1,3}(?!\.?\d)"
    r"|\d{1,2}/(?:CP|CMP|CMA|COP|MOP)\.\d{1,2}|[IVXL]{1,5}/\d{1,3}(?:\s[A-Z](?![\w/]))?"
    r"|A\.\d{3,4}\(\d{1,2}\)|GC\.\d{1,2}/Res\.\d{1,2})"
)
# A bare number: another body's ("Conference resolution 1"), or a Security Council
# resolution cited without its year ("resolution 1493"), whose symbol needs the year. Only
# right after the keyword: later in a list a bare number is a footnote marker ("1981,120")
# or a day ("..., 24 March").
_BARE = (
    r"\d{1,4}(?![\d/.(]|\s\(|\s?[A-Z]\b|\s+(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)"
)
_FOREIGN_RE = re.compile(f"{_FOREIGN}|{_BARE}")
# The Human Rights Council's presidential statements: "President's statement PRST/9/2",
# "PRST OS/12/1" (organizational session) -> A/HRC/PRST/9/2, A/HRC/PRST/OS/12/1.
_PRST_RE = re.compile(
    r"(?:President[’']s\s+statements?\s+)?\bPRST[/\s](?P<n>(?:OS/)?\d{1,2}/\d{1,2})\b"
)
_ANY = rf"(?:{NUMBER}|{_FOREIGN})"
_FIRST = rf"(?:{NUMBER}|{_FOREIGN}|{_BARE})"
# A numbered reference: keyword, then a list of numbers each with an optional date.
_ONE = rf"(?P<num>{_FIRST})(?:,?\s+of\s+(?P<date>{DATE}))?"
_ONE_RE = re.compile(_ONE)
_SEP = r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*;\s*)"
_REF_RE = re.compile(
    rf"\b(?P<kw>[Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?)\s+"
    rf"(?P<list>{_FIRST}(?:,?\s+of\s+{DATE})?(?:{_SEP}{_ANY}(?:,?\s+of\s+{DATE})?)*)"
)
# Just before the keyword: "Security Council", "its", "the Council, in its", "its previous"
_BEFORE_RE = re.compile(
    rf"(?:(?:{_BODY_ALT})\s*,?\s*(?:(?:in|by|through|under|with|of)\s+)?)?"
    r"(?P<its>\bits\s+)?(?:(?:previous|relevant|subsequent|own|other|earlier|latest|"
    r"most\s+recent|related|later|first|last|recent)\s+)*$"
)
# Just after the list: "..., adopted by the Subcommission", "of the Economic and Social Council"
_AFTER_RE = re.compile(
    rf"^[^;.]{{0,160}}?\b(?:adopted\s+by|by|of)\s+(?:the\s+|its\s+)?(?:{_BODY_ALT})\b"
)
_BODY_CODE = {f"b{i}": code for i, (_, code) in enumerate(_BODIES)}


def _body_named(m: re.Match) -> str | None:
    for name, code in _BODY_CODE.items():
        if m.group(name):
            return code
    return None


def _resolve(code: str | None, doc_body: str | None) -> str | None:
    """A body code as named in the text -> the body whose symbol we write."""
    if code == "COUNCIL":
        return doc_body if doc_body in ("HRC", "SC", "ECOSOC") else None
    if code == "GA?":
        return "GA"
    return code


def _by_shape(number: str, doc: Document) -> str | None:
    """The likeliest issuer of a bare number in `doc` (no body named, no "its")."""
    n = number.strip()
    if re.search(r"\(\d{4}\)", n):
        return "SC"
    if re.search(r"\([IVXLC]+\)", n):
        return "ECOSOC" if doc.body == "ECOSOC" else "GA"
    m = re.match(r"(ES-|S-)?(\d+)/", n)
    if not m:
        return doc.body or "GA"
    first = int(m.group(2))
    if m.group(1) == "ES-":
        return "GA"
    if first >= 1946:  # year-numbered: the Commission's, the Sub-Commission's or ECOSOC's
        return "CHR" if doc.body == "HRC" else "ECOSOC"
    if m.group(1):
        return doc.body or "GA"
    if doc.body == "HRC" and doc.session and first > doc.session:
        return "GA"  # the Council's sessions are behind the Assembly's numbers
    if doc.body == "GA" and first < 31:
        return "HRC"  # the Assembly numbered "N/M" only from its 31st session
    return doc.body or "GA"


def _references(
    text: str, doc: Document
) -> Iterator[tuple[str, str | None, str, str | None, int, int]]:
    """(raw, symbol, kind, date, start, end) for each numbered reference in `text`."""
    if not any(w in text for w in ("esolution", "ecision", "ESOLUTION", "ECISION")):
        return
    for m in _REF_RE.finditer(text):
        kind = "decision" if m.group("kw").lower().startswith("decision") else "resolution"
        before = _BEFORE_RE.search(text, max(0, m.start() - 120), m.start())
        named = _body_named(before) if before else None
        its = bool(before and before.group("its"))
        after = _AFTER_RE.match(text[m.end() :])
        if named:
            body = _resolve(named, doc.body)
        elif after and not its:
            body = _resolve(_body_named(after), doc.body)
        elif its:
            body = doc.body
        else:
            body = None
        lead_start = before.start() if before and (named or its) else m.start()
        for i, one in enumerate(_ONE_RE.finditer(m.group("list"))):
            number = one.group("num")
            b = body or _by_shape(number, doc)
            date = iso_date(one.group("date")) if one.group("date") else None
            symbol = None
            if b == "SC" and number.isdigit() and date:
                symbol = f"S/RES/{number}({date[:4]})"  # "resolution 1493 of 28 July 2003"
            elif b != "OTHER" and not _FOREIGN_RE.fullmatch(number):
                # a body's number in a shape it never uses ("its resolutions 2139 (2014)" with
                # "its" the Security Council's, far back in the sentence): the shape decides
                symbol = reference_symbol(b, number, kind) or reference_symbol(
                    _by_shape(number, doc), number, kind
                )
            start = lead_start if i == 0 else m.start("list") + one.start()
            end = m.start("list") + one.end()
            yield text[start:end], symbol, kind, date, start, end


def _citations_in(
    text: str, doc: Document, eid: str, footnote: str | None = None
) -> list[Citation]:
    out: list[tuple[int, Citation]] = []
    taken: list[tuple[int, int]] = []
    refs = _references(text, doc)
    if doc.language not in (None, "en"):  # "sa résolution 70/1", "su resolución 70/1"
        from . import cites_lang

        refs = (
            cites_lang.references(text, doc) if doc.language in cites_lang.SUPPORTED else iter(())
        )
    for raw, symbol, kind, date, start, end in refs:
        out.append((start, Citation(raw, symbol, kind, date, Where(eid, start, end, footnote))))
        taken.append((start, end))
    if "PRST" in text:
        for m in _PRST_RE.finditer(text):
            where = Where(eid, m.start(), m.end(), footnote)
            symbol = "A/HRC/PRST/" + m.group("n")
            out.append((m.start(), Citation(m.group(), symbol, "statement", None, where)))
            taken.append((m.start(), m.end()))
    for symbol, start, end in find_symbols(text):
        if any(s <= start < e for s, e in taken):
            continue
        date = None
        m = re.match(rf"\s+of\s+({DATE})", text[end:])
        if m:
            date = iso_date(m.group(1))
        where = Where(eid, start, end, footnote)
        out.append((start, Citation(text[start:end], symbol, symbol_kind(symbol), date, where)))
    return [c for _, c in sorted(out, key=lambda x: x[0])]


def _items(items: tuple[Item, ...]) -> Iterator[Item]:
    for it in items:
        yield it
        yield from _items(it.items)


def _with_footnotes(text: str, eid: str, doc: Document, notes: dict, done: set) -> list[Citation]:
    """Citations in a paragraph's (or item's) text, then in the footnotes first marked there."""
    out = _citations_in(text, doc, eid)
    for f in notes.get(eid, []):
        out.extend(_citations_in(f.text, doc, eid, f.marker))
        done.add(id(f))
    return out


def cites(doc: Document) -> list[Citation]:
    """Every citation in `doc`, in reading order: each paragraph's own text, its items, then
    the footnotes first marked in it; footnotes attached to no paragraph come last."""
    by_para: dict[str, list] = {}
    for f in doc.footnotes:
        by_para.setdefault(f.paragraph or "", []).append(f)
    out: list[Citation] = []
    if doc.origin:  # "on the report of the Third Committee (A/72/439/Add.2)": in the header
        for symbol, start, end in find_symbols(doc.origin):
            where = Where("header", start, end)
            out.append(Citation(doc.origin[start:end], symbol, symbol_kind(symbol), None, where))
    done: set[int] = set()
    for p in doc.all_paragraphs():
        out.extend(_with_footnotes(p.text, p.eid, doc, by_para, done))
        for it in _items(p.items):
            out.extend(_with_footnotes(it.text, it.eid, doc, by_para, done))
    for f in doc.footnotes:
        if id(f) not in done:
            out.extend(_citations_in(f.text, doc, f.paragraph or "", f.marker))
    return _years_from_elsewhere(out)


def _years_from_elsewhere(found: list[Citation]) -> list[Citation]:
    """A Security Council resolution cited once with its year ("1493 (2003)", or "1493 of 28
    July 2003") and elsewhere bare ("resolution 1493") is the same resolution."""
    years = {}
    for c in found:
        m = re.fullmatch(r"S/RES/(\d+)\((\d{4})\)", c.symbol or "")
        if m:
            years[m.group(1)] = c.symbol
    if not years:
        return found
    out = []
    for c in found:
        m = re.search(r"(\d{1,4})$", c.raw) if c.symbol is None and c.kind == "resolution" else None
        if m and m.group(1) in years:
            c = Citation(c.raw, years[m.group(1)], c.kind, c.date, c.where)
        out.append(c)
    return out
