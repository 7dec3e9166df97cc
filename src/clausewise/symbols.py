"""United Nations document symbols: find them in text and write each in one normal form.

Normal form: no spaces ("A/CONF.157/24(PartI)", "S/RES/2417(2018)", "A/RES/217(III)A"),
the body's own prefix ("A/RES/", "A/HRC/RES/", "E/RES/", "S/RES/"). Every module that
compares, stores or links symbols goes through `normalise`; a resolution or decision
cited by its number in running text ("its resolution 70/1", "217 A (III)") goes through
`reference_symbol`, which builds the same normal form.
"""

from __future__ import annotations

import re

# The series a symbol can open with (its first slash-separated part).
SERIES = (
    r"(?:A|S|E|ST|TD|UNEP|HSP|ECE|CD|CEP|FCCC|UNW|DP|ICCD|CRC|CCPR|CERD|CEDAW|CAT|CMW|CRPD|"
    r"CESCR|ECA|ESCAP|ECLAC|ESCWA|UNCTAD|UNICEF|UNHCR|IDB|PBC|ISBA|SPLOS|CTBT|APLC|BWC|CCW|"
    r"NPT|UNCITRAL|UNIDIR|UNITAR|WFP|ACC|JIU|GC|EC|WT|INFCIRC|CBD|TRANS|HRI|IOC)"
)

# A symbol: series letters, then slash-separated parts ("A/72/439/Add.2", "E/CN.4/Sub.2/2000/46",
# "A/HRC/43/L.23", "A/C.3/72/L.45/Rev.1"), optionally "(Part I)" / "(Vol. II)" / "(2018)".
SYMBOL_RE = re.compile(
    r"(?<![\w/])" + SERIES + r"(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+"
    r"(?:\s?\((?:Part|Vol\.|SUPP|Supp\.)\s?[IVX\d]+\)|\(\d{4}\))?"
)

# Joint documents are written as one run: "E/CN.4/2001/2-E/CN.4/Sub.2/2000/46" is two.
_JOINT = re.compile(r"-(?=" + SERIES + r"/)")

_BODY_RES_PREFIX = {
    "GA": "A/RES/",
    "HRC": "A/HRC/RES/",
    "ECOSOC": "E/RES/",
    "SC": "S/RES/",
    "CHR": "E/CN.4/RES/",
    "SUBCOM": "E/CN.4/Sub.2/RES/",
}
_BODY_DEC_PREFIX = {
    "GA": "A/DEC/",
    "HRC": "A/HRC/DEC/",
    "ECOSOC": "E/DEC/",
    "CHR": "E/CN.4/DEC/",
    "SUBCOM": "E/CN.4/Sub.2/DEC/",
}

# A resolution or decision number as running text writes it, after "resolution(s)":
# "70/1", "72/262 C", "217 A (III)", "1514 (XV)", "2334 (2016)", "2005/66", "S-27/2",
# "ES-10/19", "3201 (S-VI)" (a special session's). Shared by `reference_symbol` and clausewise.enrich.cites.
NUMBER = (
    r"(?:(?:ES|S)-\d{1,2}/\d{1,3}"
    r"|\d{1,4}/\d{1,4}(?:\s[A-Z](?![\w/]))?"
    r"|\d{1,4}\s?(?:[A-Z]\s?)?\((?:(?:E?S-)?[IVXLC]+|\d{4})\)(?:\s[A-Z](?![\w/]))?)"
)
NUMBER_RE = re.compile(NUMBER)


def normalise(raw: str) -> str:
    """One spelling per symbol: spaces out, trailing full stop out."""
    s = raw.strip().rstrip(".,;:")
    s = re.sub(r"\s+", "", s)
    # "A/RES/217A(III)" and "217 A (III)" -> "A/RES/217(III)A" (DESIGN's normal form)
    m = re.fullmatch(r"(A/RES/)(\d+)([A-Z])\(((?:E?S-)?[IVXLC]+)\)", s)
    if m:
        s = f"{m.group(1)}{m.group(2)}({m.group(4)}){m.group(3)}"
    return s


def find_symbols(text: str) -> list[tuple[str, int, int]]:
    """(normalised symbol, start, end) for each document symbol written in `text`; a joint
    symbol ("E/CN.4/2001/2-E/CN.4/Sub.2/2000/46") gives one entry per document."""
    out: list[tuple[str, int, int]] = []
    if "/" not in text:  # every symbol has one; most paragraphs have none
        return out
    for m in SYMBOL_RE.finditer(text):
        start = m.start()
        for part in _JOINT.split(m.group()):
            end = start + len(part)
            raw = text[start:end].rstrip(".,;:")
            out.append((normalise(raw), start, start + len(raw)))
            start = end + 1  # past the joining hyphen
    return out


def symbol_kind(symbol: str) -> str:
    """What a symbol names: resolution, decision, draft or (any other) document."""
    if "/RES/" in symbol:
        return "resolution"
    if "/PRST/" in symbol:
        return "statement"
    if "/DEC/" in symbol:
        return "decision"
    if re.search(r"/L\.\d", symbol):
        return "draft"
    return "document"


def reference_symbol(body: str | None, number: str, kind: str = "resolution") -> str | None:
    """The symbol of resolution (or decision) `number` of `body` (GA, HRC, ECOSOC, SC, CHR,
    SUBCOM), as running text writes the number; None when that body has no such symbol."""
    prefixes = _BODY_DEC_PREFIX if kind == "decision" else _BODY_RES_PREFIX
    prefix = prefixes.get(body or "")
    if prefix is None:
        return None
    n = re.sub(r"\s+", " ", number.strip())
    m = re.fullmatch(r"(\d+) ?([A-Z])? ?\(((?:E?S-)?[IVXLC]+)\)(?: ([A-Z]))?", n)  # "217 A (III)"
    if m:
        if body not in ("GA", "ECOSOC"):
            return None
        part = m.group(2) or m.group(4) or ""
        return f"{prefix}{m.group(1)}({m.group(3)}){part}"
    m = re.fullmatch(r"(\d+) ?\((\d{4})\)", n)  # "2417 (2018)": the Security Council's form
    if m:
        return f"{prefix}{m.group(1)}({m.group(2)})" if body == "SC" else None
    m = re.fullmatch(r"((?:ES-|S-)?\d+/\d+)(?: ([A-Z](?:-[A-Z])?))?", n)  # "72/169", "72/262 C"
    if m:
        if body == "SC":
            return None
        return normalise(prefix + m.group(1) + (m.group(2) or ""))
    return None


def resolution_symbol(body: str | None, number: str | None) -> str | None:
    """The symbol of an adopted resolution from its body and number ("72/169" -> A/RES/72/169)."""
    if not body or not number:
        return None
    return reference_symbol(body, number)
