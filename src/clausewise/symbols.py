"""United Nations document symbols: find them in text and write each in one normal form.

Normal form: no spaces ("A/CONF.157/24(PartI)", "S/RES/2417(2018)", "A/RES/217(III)A"),
the body's own prefix ("A/RES/", "A/HRC/RES/", "E/RES/", "S/RES/"). Every module that
compares, stores or links symbols goes through `normalise`.
"""

from __future__ import annotations

import re

# A symbol: series letters, then slash-separated parts ("A/72/439/Add.2", "E/CN.4/Sub.2/2000/46",
# "A/HRC/43/L.23", "A/C.3/72/L.45/Rev.1"), optionally "(Part I)" / "(Vol. II)" / "(2018)".
SYMBOL_RE = re.compile(
    r"(?<![\w/])"
    r"(?:A|S|E|ST|TD|UNEP|HSP|ECE|CD|CEP|FCCC|UNW|DP|ICCD|CRC|CCPR|CERD|CEDAW|CAT|CMW|CRPD|"
    r"CESCR|ECA|ESCAP|ECLAC|ESCWA|UNCTAD|UNICEF|UNHCR|IDB|PBC|ISBA|SPLOS|CTBT|APLC|BWC|CCW|"
    r"NPT|UNCITRAL|UNIDIR|UNITAR|WFP|ACC|JIU|GC|EC)"
    r"(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+"
    r"(?:\s?\((?:Part|Vol\.|SUPP|Supp\.)\s?[IVX\d]+\)|\(\d{4}\))?"
)

_BODY_RES_PREFIX = {
    "GA": "A/RES/",
    "HRC": "A/HRC/RES/",
    "ECOSOC": "E/RES/",
    "SC": "S/RES/",
    "CHR": "E/CN.4/RES/",
}


def normalise(raw: str) -> str:
    """One spelling per symbol: spaces out, trailing full stop out."""
    s = raw.strip().rstrip(".,;:")
    s = re.sub(r"\s+", "", s)
    # "A/RES/217A(III)" and "217 A (III)" -> "A/RES/217(III)A" (DESIGN's normal form)
    m = re.fullmatch(r"(A/RES/)(\d+)([A-Z])\(([IVXLC]+)\)", s)
    if m:
        s = f"{m.group(1)}{m.group(2)}({m.group(4)}){m.group(3)}"
    return s


def find_symbols(text: str) -> list[tuple[str, int, int]]:
    """(normalised symbol, start, end) for each document symbol written in `text`."""
    return [(normalise(m.group()), m.start(), m.end()) for m in SYMBOL_RE.finditer(text)]


def resolution_symbol(body: str | None, number: str | None) -> str | None:
    """The symbol of an adopted resolution from its body and number ("72/169" -> A/RES/72/169)."""
    if not body or not number:
        return None
    prefix = _BODY_RES_PREFIX.get(body)
    if prefix is None:
        return None
    n = number.strip()
    m = re.fullmatch(r"(\d+)\s*([A-Z])?\s*\(([IVXLC]+)\)", n)  # "217 A (III)", "1166 (XII)"
    if m and body == "GA":
        return f"A/RES/{m.group(1)}({m.group(3)}){m.group(2) or ''}"
    m = re.fullmatch(r"(\d+)\s*\((\d{4})\)", n)  # "2417 (2018)"
    if m and body == "SC":
        return f"S/RES/{m.group(1)}({m.group(2)})"
    m = re.fullmatch(r"(\d+/\d+)(?:\s+([A-Z](?:-[A-Z])?))?", n)  # "72/169", "72/262 C"
    if m:
        return normalise(prefix + m.group(1) + (m.group(2) or ""))
    return None
