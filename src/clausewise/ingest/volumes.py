"""Old-style resolutions ("1145 (XII)", before 1976) come in the corpus as pages of their
session's volume: the file named for one resolution holds a contents table and several
resolutions, each opening with its numbered title line ("1134 (XII). Admission of ...").
Read whole, the header took the first numbered title it met, so A/RES/1145(XII) was read
as 1134 (XII) with 1134's title and text; the Council's volumes ("39 (1948). Resolution of
20 January 1948", then its draft's symbol "[S/654]") likewise. The file's symbol says which
resolution it is for: `excerpt` keeps that resolution's part of the volume, from its
numbered title to the next one. Pure; text without the named title is returned unchanged."""

from __future__ import annotations

import re

# the Assembly's session in roman numerals, or the Council's year, after the number; a part
# letter may follow the number
_OLD_SYMBOL = re.compile(r"^[AS]/RES/(\d+)\s*(?:[A-Z]\s*)?\(([IVXLC]+|\d{4})\)$")
# a numbered title opens a block: "1134 (XII). Admission ...", "39 (1948). Resolution of
# 20 January 1948" (contents rows start with "|")
_TITLE = re.compile(r"^(\d+)\.?\s*(?:[A-Z]\s*)?\(([IVXLC]+|\d{4})\)\.\s", re.M)


def excerpt(text: str, symbol: str | None) -> str:
    """The part of a volume's text that is the resolution `symbol` names (A/RES/N(ROMAN),
    S/RES/N(YEAR)); the text unchanged for any other symbol, or when the volume holds no title for it."""
    m = _OLD_SYMBOL.match(symbol or "")
    if m is None:
        return text
    number, session = m.groups()
    titles = [t for t in _TITLE.finditer(text) if t.start() == 0 or text[t.start() - 1] == "\n"]
    for i, t in enumerate(titles):
        if t.group(1) == number and t.group(2) == session:
            # the next title of another resolution ends it (a part B repeats the number)
            end = next((u.start() for u in titles[i + 1 :] if u.group(1) != number), len(text))
            return text[t.start() : end].rstrip() + "\n"
    return text
