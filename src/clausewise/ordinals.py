"""Ordinal words as UN texts write sessions: "Seventy-second session", "forty-ninth"."""

from __future__ import annotations

import re

_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_TEENS = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_TENS_ORD = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}

ORDINAL_WORD = (
    r"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
    r"|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth"
    r"|eightieth|ninetieth|(?:one\s+)?hundredth)"
)
# "seventy-third", "73rd"
ORDINAL = r"(?:" + ORDINAL_WORD + r"|\d{1,4}(?:st|nd|rd|th))"
_ORDINAL_RE = re.compile(ORDINAL, re.I)


def ordinal_value(word: str) -> int | None:
    """ "seventy-second" -> 72, "43rd" -> 43; None if it is not an ordinal."""
    w = word.strip().lower().replace("\u2011", "-")
    m = re.fullmatch(r"(\d{1,4})(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    if w in _UNITS:
        return _UNITS[w]
    if w in _TEENS:
        return _TEENS[w]
    if w in _TENS_ORD:
        return _TENS_ORD[w]
    if w.endswith("hundredth"):
        return 100
    parts = re.split(r"[-\s]+", w)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS:
        return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def ordinal_words(n: int) -> str | None:
    """72 -> "seventy-second", the inverse of `ordinal_value` (1 to 100); None beyond."""
    if n in _WORD_OF:
        return _WORD_OF[n]
    tens, units = divmod(n, 10)
    if 2 <= tens <= 9 and units:
        ten = next(w for w, v in _TENS.items() if v == tens * 10)
        return f"{ten}-{_WORD_OF[units]}"
    return None


_WORD_OF = {v: w for table in (_UNITS, _TEENS, _TENS_ORD) for w, v in table.items()}
_WORD_OF[100] = "hundredth"
